# Budżet obywatelski: edycje, projekty, głosy i wyniki.
budgets-nav = Budżet obywatelski
budgets-title = Budżet obywatelski
budgets-intro = Mieszkańcy i mieszkanki razem decydują, na co wydać część pieniędzy. Organizatorzy otwierają edycję i opisują projekty. Każda osoba z naszej społeczności ma jeden głos i wybiera projekty do wysokości puli.
budgets-home-teaser = Zdecyduj razem z sąsiadami, na co wydać część pieniędzy: wybierz projekty, które chcesz, w ramach dostępnej kwoty.
budgets-see-rounds = Zobacz edycje budżetu obywatelskiego
budgets-none = Nie ma jeszcze żadnej edycji.
budgets-older = Starsze edycje
budgets-phase-open = Trwa głosowanie
budgets-phase-upcoming = Wkrótce
budgets-phase-closed = Zakończone
budgets-total = Pula
budgets-window = Głosowanie od { $opens } do { $closes }.
budgets-opens-in-days = { $count ->
    [one] Głosowanie zacznie się za { $count } dzień.
   *[other] Głosowanie zacznie się za { $count } dni.
}
budgets-opens-in-hours = { $count ->
    [one] Głosowanie zacznie się za { $count } godzinę.
    [few] Głosowanie zacznie się za { $count } godziny.
    [many] Głosowanie zacznie się za { $count } godzin.
   *[other] Głosowanie zacznie się za { $count } godziny.
}
budgets-opens-soon = Głosowanie zacznie się za mniej niż godzinę.
budgets-closes-in-days = { $count ->
    [one] Głosowanie trwa. Kończy się za { $count } dzień.
   *[other] Głosowanie trwa. Kończy się za { $count } dni.
}
budgets-closes-in-hours = { $count ->
    [one] Głosowanie trwa. Kończy się za { $count } godzinę.
    [few] Głosowanie trwa. Kończy się za { $count } godziny.
    [many] Głosowanie trwa. Kończy się za { $count } godzin.
   *[other] Głosowanie trwa. Kończy się za { $count } godziny.
}
budgets-closes-soon = Głosowanie trwa. Kończy się za mniej niż godzinę.
budgets-closed-on = Głosowanie zakończyło się { $date }.
budgets-see-results = Zobacz wyniki
budgets-see-tally = Zobacz dotychczasowe głosy (tylko dla organizatorów)
budgets-results-when = Wyniki opublikujemy po zakończeniu głosowania.
budgets-results-come = Wyniki opublikujemy po zakończeniu głosowania, { $date }.
budgets-new-title = Otwórz nową edycję
budgets-new-intro = Podaj nazwę edycji, kwotę do wydania i daty głosowania. Projekty możesz dodawać, dopóki nie zacznie się głosowanie.
budgets-field-title = Nazwa edycji
budgets-field-title-hint = Na przykład: Budżet obywatelski 2027
budgets-field-rules = Zasady
budgets-field-rules-hint = Jak wybieramy projekty i kto może głosować. Możesz użyć Markdown: **pogrubienie**, listy z -.
budgets-field-total = Kwota do wydania
budgets-field-total-hint = W pełnych jednostkach, bez groszy, na przykład 200 000.
budgets-field-currency = Waluta
budgets-field-currency-hint = Trzy wielkie litery, na przykład PLN, DKK albo EUR.
budgets-field-window = Daty głosowania
budgets-field-window-hint = Godziny podajemy w czasie UTC. Głosowanie musi zacząć się w przyszłości.
budgets-field-opens = Początek głosowania
budgets-field-closes = Koniec głosowania
budgets-new-submit = Otwórz edycję
budgets-notice-opened = Edycja jest otwarta. Dodaj projekty przed początkiem głosowania.
budgets-notice-project = Projekt został dodany.
budgets-notice-voted = Dziękujemy! Twój głos został policzony.
budgets-notice-paper = Głos papierowy został zapisany. Możesz wpisać kolejny.
budgets-voting = Głosowanie
budgets-ballots = Oddane głosy
budgets-rules = Zasady
budgets-you-voted = Twój głos
budgets-you-voted-on = Twój głos z { $date }. Wybrane projekty:
budgets-you-voted-paper = Twój głos papierowy zapisano w centrum { $date }. Wybrane projekty:
budgets-your-total = Razem: { $cost }.
budgets-ballot-title = Zagłosuj
budgets-ballot-intro = Zaznacz projekty, które chcesz wybrać. Razem mogą kosztować najwyżej { $total }. Głosować możesz raz.
budgets-ballot-legend = Projekty do wyboru
budgets-ballot-check = Sprawdź mój wybór
budgets-ballot-cast = Oddaj głos
budgets-chosen-count = { $count ->
    [one] { $count } projekt
    [few] { $count } projekty
    [many] { $count } projektów
   *[other] { $count } projektu
}
budgets-chosen = Wybrano { $projects } za { $cost } z { $total }.
budgets-sign-in-to-vote = Zaloguj się, aby zagłosować
budgets-members-vote = Głosować mogą tylko członkowie i członkinie tej społeczności.
budgets-join-to-vote = Dołącz do społeczności
budgets-projects = Projekty
budgets-projects-none = Nie ma jeszcze projektów.
budgets-cost = Koszt
budgets-add-project = Dodaj projekt
budgets-add-project-intro = Projekty można dodawać do początku głosowania.
budgets-field-project-title = Nazwa projektu
budgets-field-project-body = Opis
budgets-field-project-body-hint = Co to jest, gdzie i dla kogo. Możesz użyć Markdown.
budgets-field-cost = Koszt
budgets-field-cost-hint = W pełnych jednostkach, najwyżej { $total }.
budgets-add-project-submit = Dodaj projekt
budgets-paper-title = Wpisz głos papierowy
budgets-paper-intro = Dla osób, które głosowały osobiście w centrum. Każda osoba ma jeden głos: przez internet albo na papierze.
budgets-paper-open = Otwórz formularz głosów papierowych
budgets-field-resident-email = Adres e-mail osoby, która głosowała
budgets-field-resident-email-hint = Adres, którego ta osoba używa w tej społeczności.
budgets-paper-total = Projekty na jednej karcie mogą razem kosztować najwyżej { $total }.
budgets-paper-legend = Projekty zaznaczone na karcie
budgets-paper-submit = Zapisz głos
budgets-back-to-round = Wróć do edycji
budgets-results-title = Wyniki
budgets-tally-notice = Głosowanie jeszcze trwa: to dotychczasowe głosy, widoczne tylko dla organizatorów.
budgets-spent = Wydane na wybrane projekty
budgets-left = Zostaje
budgets-chart-title = Głosy na projekty
budgets-votes = { $count ->
    [one] { $count } głos
    [few] { $count } głosy
    [many] { $count } głosów
   *[other] { $count } głosu
}
budgets-selected = Wybrany
budgets-not-selected = Niewybrany
budgets-table-caption = Wszystkie projekty w kolejności wyników
budgets-column-place = Miejsce
budgets-column-project = Projekt
budgets-column-votes = Głosy
budgets-column-cost = Koszt
budgets-column-selected = Wybrany
budgets-yes = Tak
budgets-no = Nie
budgets-rule-title = Jak wybieramy projekty
budgets-rule = Projekty ustawiamy według liczby głosów. Gdy dwa mają tyle samo głosów, pierwszy jest tańszy, a potem ten dodany wcześniej. Idąc po tej liście, wybieramy każdy projekt, który mieści się w pozostałej kwocie. Projekt, który się nie mieści, pomijamy i sprawdzamy kolejne.
budgets-csv = Pobierz wszystkie głosy (CSV)
budgets-csv-hint = Jeden wiersz na głos: jego numer, czy był papierowy, i wybrane projekty. Bez nazwisk i bez godzin, więc możesz samodzielnie policzyć głosy.

error-budget-phase-unknown = To nie jest etap edycji.
error-budget-currency-invalid = Podaj walutę trzema literami, na przykład PLN, DKK albo EUR.
error-budget-amount-whole = Podaj liczbę całkowitą, na przykład 200000.
error-budget-amount-positive = Podaj kwotę większą niż 0.
error-budget-amount-too-large = Ta kwota jest za duża. Najwyżej { $max }.
error-budget-time-invalid = Podaj datę i godzinę, na przykład 2027-03-01T09:00.
error-budget-opens-past = Głosowanie musi zacząć się w przyszłości.
error-budget-closes-before-opens = Głosowanie musi skończyć się po swoim początku.
error-budget-cost-over-total = Projekt nie może kosztować więcej niż cała pula: { $total }.
error-budget-choose-one = Wybierz co najmniej jeden projekt.
error-budget-project-unknown = Jeden z wybranych projektów nie należy do tej edycji.
error-budget-over = Twój wybór kosztuje { $cost }, a pula to { $total }. Odznacz jakiś projekt i spróbuj jeszcze raz.
error-budget-projects-closed = Głosowanie już się zaczęło, więc nie można dodawać projektów.
error-budget-not-open-yet = Głosowanie jeszcze się nie zaczęło.
error-budget-closed = Głosowanie jest zakończone.
error-budget-already-voted = Twój głos w tej edycji jest już oddany. Każda osoba głosuje raz.
error-budget-resident-already-voted = Ta osoba już głosowała w tej edycji, przez internet albo na papierze.
error-budget-resident-email-missing = Podaj adres e-mail tej osoby.
error-budget-resident-unknown = Nikt w tej społeczności nie ma takiego adresu e-mail.
error-budget-results-later = Głosowanie jeszcze trwa. Wyniki opublikujemy po jego zakończeniu.
