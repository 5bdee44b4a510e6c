chart-empty = There is nothing to show for this yet.
chart-summary-largest = The largest is { $label }: { $shown }.
chart-summary-all-zero = All the figures are zero.
chart-table-caption = The figures: { $title }
