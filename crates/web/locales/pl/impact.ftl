impact-title = Wpływ
impact-network-title = Wpływ w całej sieci
impact-nav = Wpływ
impact-network-link = Wpływ w całej sieci: liczby do sprawozdania dla grantodawcy
impact-intro = Co mieszkańcy i mieszkanki zrobili razem, miesiąc po miesiącu: liczby, o które pyta sprawozdanie dla grantodawcy.
impact-period-title = Okres
impact-from = Pierwszy miesiąc
impact-to = Ostatni miesiąc
impact-month-hint = Rok i miesiąc, na przykład 2026-05.
impact-show = Pokaż liczby
impact-csv = Pobierz liczby jako arkusz (CSV)
impact-totals-title = Razem w wybranym okresie
impact-figure = Co liczymy
impact-value = Razem
impact-months-title = Miesiąc po miesiącu
impact-month = Miesiąc
impact-active = Aktywni mieszkańcy i mieszkanki
impact-newcomers = Nowe osoby, które wzięły udział
impact-members = Członkowie i członkinie społeczności na koniec okresu
impact-hours = Godziny wymienione w banku czasu
impact-exchanges = Wymiany w banku czasu
impact-events = Wydarzenia
impact-attendance = Osoby, które biorą udział w wydarzeniach
impact-courses = Zakończone kursy
impact-completion = Ukończenie kursów
impact-surveys = Otwarte ankiety
impact-response-rate = Odsetek odpowiedzi na ankiety
impact-none = brak
impact-part-of-whole = { $part } z { $whole } ({ $rate })
impact-response-count = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
impact-unit-people = Osoby
impact-unit-hours = Godziny
impact-unit-events = Wydarzenia
impact-unit-completed = Ukończyli
impact-unit-rate = Odsetek odpowiedzi
impact-about-title = Co liczą te liczby
impact-about = Aktywna osoba zrobiła coś w danym miesiącu: zgłosiła, poparła lub skomentowała inicjatywę, oddała głos w budżecie obywatelskim, zapisała się na wydarzenie lub kurs, wymieniła czas, opowiedziała historię, dodała ofertę lub prośbę albo odpowiedziała na ankietę. Każda osoba liczy się raz w miesiącu i raz w sumie. Nowe osoby dołączyły w danym miesiącu i wzięły w czymś udział w wybranym okresie. Kurs ukończyły osoby obecne na co najmniej połowie zajęć. Odsetek odpowiedzi to liczba członków i członkiń, którzy odpowiedzieli, podzielona przez liczbę zapytanych; formularze papierowe liczą się do odpowiedzi, ale nie do odsetka, bo mogą pochodzić od osób spoza społeczności.
impact-error-month = Wpisz miesiąc jako rok i miesiąc, na przykład 2026-05.
impact-error-order = Ostatni miesiąc nie może być przed pierwszym.
impact-error-too-long = { $count ->
    [one] Wybierz okres najwyżej { $count } miesiąca.
    [few] Wybierz okres najwyżej { $count } miesięcy.
    [many] Wybierz okres najwyżej { $count } miesięcy.
   *[other] Wybierz okres najwyżej { $count } miesiąca.
}
impact-error-forbidden = Te liczby widzą tylko organizatorzy, moderatorzy i administratorzy społeczności oraz koordynatorzy sieci.
