chart-empty = Na razie nie ma tu nic do pokazania.
chart-summary-largest = Najwięcej: { $label } – { $shown }.
chart-summary-all-zero = Wszystkie liczby wynoszą zero.
chart-table-caption = Liczby: { $title }
