chart-empty = Поки що тут нічого показати.
chart-summary-largest = Найбільше: { $label } — { $shown }.
chart-summary-all-zero = Усі числа дорівнюють нулю.
chart-table-caption = Числа: { $title }
