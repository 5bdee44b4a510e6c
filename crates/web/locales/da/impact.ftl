impact-title = Effekt
impact-network-title = Effekt i hele netværket
impact-nav = Effekt
impact-network-link = Effekt i hele netværket: tallene til en rapport til bevillingsgiveren
impact-intro = Hvad beboerne har gjort sammen, måned for måned: de tal, en rapport til bevillingsgiveren spørger om.
impact-period-title = Periode
impact-from = Første måned
impact-to = Sidste måned
impact-month-hint = År og måned, for eksempel 2026-05.
impact-show = Vis tal
impact-csv = Hent tallene som regneark (CSV)
impact-totals-title = I alt for perioden
impact-figure = Tal
impact-value = I alt
impact-months-title = Måned for måned
impact-month = Måned
impact-active = Aktive beboere
impact-newcomers = Nye, der deltog
impact-members = Medlemmer ved periodens slutning
impact-hours = Timer udvekslet i tidsbanken
impact-exchanges = Udvekslinger i tidsbanken
impact-events = Afholdte arrangementer
impact-attendance = Deltagere i arrangementer
impact-courses = Afsluttede kurser
impact-completion = Gennemførte kurser
impact-surveys = Åbne spørgeskemaer
impact-response-rate = Svarprocent for spørgeskemaer
impact-none = ingen
impact-part-of-whole = { $part } af { $whole } ({ $rate })
impact-response-count = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
impact-unit-people = Personer
impact-unit-hours = Timer
impact-unit-events = Arrangementer
impact-unit-completed = Gennemført
impact-unit-rate = Svarprocent
impact-about-title = Hvad tallene tæller
impact-about = Aktive beboere deltog i noget i måneden: foreslog, støttede eller kommenterede et initiativ, stemte i et borgerbudget, meldte sig til et arrangement eller et kursus, udvekslede tid, fortalte en fortælling, lagde et tilbud eller en anmodning op eller svarede på et spørgeskema. Hver person tælles én gang om måneden og én gang i alt. Nye meldte sig ind i måneden og deltog i noget i perioden. Et kursus er gennemført af dem, der kom til mindst halvdelen af mødegangene. Svarprocenten er de medlemmer, der svarede, delt med de medlemmer, der blev spurgt; papirskemaer tæller med i svarene, men ikke i procenten, da de kan komme fra folk, der ikke er medlemmer.
impact-error-month = Skriv en måned som år og måned, for eksempel 2026-05.
impact-error-order = Den sidste måned kan ikke ligge før den første.
impact-error-too-long = { $count ->
    [one] Vælg en periode på højst { $count } måned.
   *[other] Vælg en periode på højst { $count } måneder.
}
impact-error-forbidden = Kun fællesskabets arrangører, moderatorer og administratorer og netværkskoordinatorer kan se disse tal.
