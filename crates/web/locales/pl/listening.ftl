community-nav-surveys = Ankiety
surveys-title = Ankiety
surveys-intro = Powiedz nam, czego potrzebujesz. Twoje odpowiedzi pomogą zdecydować, co centrum zaproponuje w następnej kolejności.
surveys-home-title = Wyraź swoje zdanie
surveys-see-all = Wszystkie ankiety
surveys-none = Nie ma jeszcze żadnej ankiety.
surveys-more = Więcej ankiet
survey-new = Napisz ankietę
survey-edit = Zmień ankietę
survey-status-draft = Szkic (jeszcze nieotwarta)
survey-status-open = Można odpowiadać
survey-status-closed = Zamknięta
survey-anonymous = Anonimowa
survey-named = Z imionami i nazwiskami
survey-response-count = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
survey-anonymous-promise = Ta ankieta jest anonimowa: zapisujemy, że bierzesz w niej udział, ale nie to, które odpowiedzi są Twoje. Nikt nie może powiązać Twoich odpowiedzi z Tobą, nawet organizatorzy.
survey-named-note = Ta ankieta nie jest anonimowa: organizatorzy widzą Twoje imię i nazwisko obok Twoich odpowiedzi.
survey-other-languages = Także w językach:
survey-required = wymagane
survey-hint-single = Wybierz jedną odpowiedź.
survey-hint-multiple = Wybierz wszystkie pasujące.
survey-hint-scale = Od 1 do 5.
survey-hint-text = Własnymi słowami.
survey-scale-lowest = wcale
survey-scale-highest = bardzo
survey-send = Wyślij moje odpowiedzi
survey-questions = Pytania
survey-answered-already = Dziękujemy: Twoje odpowiedzi na tę ankietę są już zapisane.
survey-closed-note = Ta ankieta jest zamknięta.
survey-draft-note = Ta ankieta jest szkicem: nikt poza organizatorami jej jeszcze nie widzi. Otwórz ją, gdy pytania będą gotowe.
survey-sign-in-to-answer = Odpowiadać mogą członkowie i członkinie społeczności.
survey-sign-in = Zaloguj się, aby odpowiedzieć
survey-members-answer = Odpowiadać mogą tylko członkowie i członkinie tej społeczności. Dołącz do społeczności, aby wziąć udział.
survey-see-results = Zobacz wyniki
survey-organise = Dla organizatorów
survey-translate = Przetłumacz ankietę
survey-paper = Wpisz papierowe formularze
survey-csv = Pobierz wszystkie odpowiedzi (CSV)
survey-delete = Usuń ankietę
survey-delete-confirm = Usunąć ankietę „{ $title }”? Nikt jeszcze na nią nie odpowiedział. Tego nie da się cofnąć.
survey-delete-yes = Tak, usuń
survey-open = Otwórz ankietę na odpowiedzi
survey-close = Zamknij ankietę
survey-notice-answered = Dziękujemy. Twoje odpowiedzi są zapisane.
survey-notice-saved = Ankieta jest zapisana.
survey-notice-opened = Ankieta jest otwarta i można na nią odpowiadać.
survey-notice-closed = Ankieta jest zamknięta.
survey-notice-translated = Tłumaczenie jest zapisane.
survey-notice-paper = Papierowy formularz jest zapisany.
survey-notice-deleted = Ankieta jest usunięta.
survey-builder-intro = Napisz pytania prostymi słowami. Przyciski pod każdym pytaniem przesuwają je lub usuwają; nic nie zostanie zapisane, dopóki nie naciśniesz „Zapisz ankietę”.
survey-field-title = Tytuł
survey-field-description = Wstęp
survey-field-description-hint = Nieobowiązkowe: dlaczego pytasz i co stanie się z odpowiedziami.
survey-field-locale = Język, w którym napisano ankietę
survey-field-privacy = Prywatność
survey-field-anonymous = Anonimowa: odpowiedzi nigdy nie są powiązane z osobami
survey-field-anonymous-hint = Zalecane przy ankietach o potrzebach. Nie da się tego zmienić, gdy ktoś już odpowie.
survey-field-results-public = Członkowie i członkinie mogą zobaczyć wyniki
survey-question-number = Pytanie { $number }
survey-field-prompt = Pytanie
survey-field-kind = Rodzaj odpowiedzi
survey-kind-single = Jeden wybór
survey-kind-multiple = Kilka wyborów
survey-kind-scale = Skala od 1 do 5
survey-kind-text = Własne słowa
survey-field-options = Możliwości wyboru
survey-field-options-hint = Dla pytań „jeden wybór” i „kilka wyborów”: jedna możliwość w każdym wierszu, od 2 do 20.
survey-field-required = Odpowiedź jest wymagana
survey-move-up = Przesuń w górę
survey-move-down = Przesuń w dół
survey-remove-question = Usuń
survey-add-question = Dodaj pytanie
survey-save = Zapisz ankietę
survey-cancel = Anuluj
survey-back = Wróć do ankiety
survey-translate-intro = Ankieta jest napisana w języku: { $language }. Wybierz język, na który chcesz ją przetłumaczyć.
survey-translation-done = przetłumaczona
survey-translation-missing = jeszcze nieprzetłumaczona
survey-translate-into = Przetłumacz na język: { $language }
survey-translate-hint = Nad każdym polem widać oryginał. Puste pole zostanie pokazane w języku oryginału.
survey-original = Oryginał:
survey-field-option = Możliwość wyboru:
survey-translation-save = Zapisz tłumaczenie
survey-paper-intro = Wpisuj po jednym papierowym formularzu naraz, razem z numerem, który jest na nim zapisany. Każdy numer można wpisać tylko raz, więc żaden formularz nie zostanie policzony dwa razy.
survey-field-paper-ref = Numer papierowego formularza
survey-field-paper-ref-hint = Zanim wpiszesz formularz, zapisz na nim numer, na przykład P-17.
survey-paper-save = Zapisz ten papierowy formularz
survey-paper-entered = Papierowy formularz { $number } jest zapisany. Możesz wpisać następny.
survey-results = Wyniki
survey-filter-title = Zobacz jedną grupę
survey-filter-label = Tylko osoby, które odpowiedziały
survey-filter-everyone = Wszyscy
survey-filter-show = Pokaż
survey-filter-clear = Pokaż wszystkich
survey-among = Wśród osób, które odpowiedziały „{ $group }”.
survey-withheld = { $count ->
    [one] Nie pokazujemy grup, w których jest mniej niż { $count } odpowiedź, aby nikogo nie dało się rozpoznać.
    [few] Nie pokazujemy grup, w których jest mniej niż { $count } odpowiedzi, aby nikogo nie dało się rozpoznać.
    [many] Nie pokazujemy grup, w których jest mniej niż { $count } odpowiedzi, aby nikogo nie dało się rozpoznać.
   *[other] Nie pokazujemy grup, w których jest mniej niż { $count } odpowiedzi, aby nikogo nie dało się rozpoznać.
}
survey-answered-by = { $count ->
    [one] Odpowiedziała { $count } osoba
    [few] Odpowiedziały { $count } osoby
    [many] Odpowiedziało { $count } osób
   *[other] Odpowiedziało { $count } osoby
}
survey-mean = Średnia: { $mean }
survey-chart-answer = Odpowiedź
survey-chart-responses = Liczba osób
survey-no-texts = Brak odpowiedzi własnymi słowami.
survey-texts-shown = { $count ->
    [one] Pokazujemy { $count } odpowiedź.
    [few] Pokazujemy { $count } odpowiedzi.
    [many] Pokazujemy { $count } odpowiedzi.
   *[other] Pokazujemy { $count } odpowiedzi.
}
error-survey-no-questions = Dodaj co najmniej jedno pytanie.
error-survey-too-many-questions = Ankieta może mieć najwyżej { $max } pytań.
error-survey-question-kind = Pytanie { $number }: wybierz rodzaj odpowiedzi.
error-survey-prompt-required = Pytanie { $number }: napisz treść pytania.
error-survey-prompt-invalid = Pytanie { $number }: pytanie jest za długie albo zawiera znaki, których nie da się zapisać.
error-survey-options-count = Pytanie { $number }: podaj od { $min } do { $max } możliwości wyboru, po jednej w wierszu.
error-survey-options-not-asked = Pytanie { $number }: możliwości wyboru mają tylko pytania typu „jeden wybór” i „kilka wyborów”.
error-survey-option-invalid = Pytanie { $number }: jedna z możliwości wyboru jest za długa albo zawiera znaki, których nie da się zapisać.
error-survey-option-repeated = Pytanie { $number }: każda możliwość wyboru musi być inna.
error-survey-translation-source = W tym języku napisano ankietę: zamiast tłumaczyć, zmień samą ankietę.
error-survey-translation-shape = Tłumaczenie nie pasuje do pytań ankiety.
error-survey-question-unknown = Jedna z odpowiedzi dotyczy pytania, którego nie ma w tej ankiecie.
error-survey-answer-repeated = Pytanie { $number }: odpowiedź podano więcej niż raz.
error-survey-answer-required = Pytanie { $number }: odpowiedz, proszę, na to pytanie.
error-survey-option-unknown = Pytanie { $number }: wybierz jedną z podanych możliwości.
error-survey-scale-range = Pytanie { $number }: wybierz liczbę od 1 do 5.
error-survey-text-too-long = Pytanie { $number }: odpowiedź jest za długa.
error-survey-text-invalid = Pytanie { $number }: odpowiedź zawiera znaki, których nie da się zapisać.
error-survey-answer-kind = Pytanie { $number }: ten rodzaj odpowiedzi nie pasuje do pytania.
error-survey-answered = Twoje odpowiedzi na tę ankietę są już zapisane.
error-survey-closed = Ta ankieta jest zamknięta i nie przyjmuje już odpowiedzi.
error-survey-not-opened = Papierowe formularze można wpisywać dopiero wtedy, gdy ankieta zostanie otwarta.
error-survey-paper-entered = Papierowy formularz z tym numerem został już wpisany.
error-survey-has-responses = Na tę ankietę już odpowiadano, więc nie można już zmieniać jej pytań.
error-survey-results-private = Wyniki tej ankiety są tylko dla organizatorów.
error-survey-among-unknown = Wybierz odpowiedź z jednego z pytań wyboru w tej ankiecie.
error-survey-status = Ten status jest nieznany.
error-survey-channel = Ten sposób odpowiadania jest nieznany.
