chart-empty = Der er intet at vise her endnu.
chart-summary-largest = Størst er { $label }: { $shown }.
chart-summary-all-zero = Alle tallene er nul.
chart-table-caption = Tallene: { $title }
