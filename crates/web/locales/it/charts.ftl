chart-empty = Per ora non c'è niente da mostrare.
chart-summary-largest = Il valore più alto è { $label }: { $shown }.
chart-summary-all-zero = Tutti i valori sono zero.
chart-table-caption = I dati: { $title }
