error-required = Wypełnij to pole.
error-too-long = { $max ->
    [one] Użyj najwyżej { $max } znaku.
   *[other] Użyj najwyżej { $max } znaków.
}
error-wrong-type = Ta wartość ma niewłaściwy typ.
error-body-not-object = Wyślij obiekt JSON.
error-limit-range = Wybierz limit od 1 do 100.
error-cursor-invalid = Ten kursor nie pochodzi od nas. Zacznij od nowa bez niego.
error-email-missing = Wpisz swój adres e-mail.
error-email-invalid = Wpisz adres e-mail w postaci nazwa@example.org.
error-email-taken = Konto z tym adresem e-mail już istnieje. Zaloguj się albo zresetuj hasło.
error-email-not-verified = Najpierw potwierdź swój adres e-mail: otwórz link z wiadomości, którą ci wysłaliśmy. Nie masz wiadomości? Wybierz „Nie pamiętasz hasła?”, aby dostać nowy link.
error-display-name-missing = Wpisz imię, które zobaczą inne osoby.
error-display-name-invalid = Używaj tylko liter, cyfr i znaków interpunkcyjnych.
error-display-name-invisible = Usuń niewidoczne znaki (znaczniki kierunku tekstu lub spacje o zerowej szerokości): mogą sprawić, że imię będzie wyglądać jak czyjeś inne.
error-password-missing = Wpisz hasło.
error-password-too-short = { $min ->
    [one] Użyj co najmniej { $min } znaku. Kilka słów razem to dobre hasło.
   *[other] Użyj co najmniej { $min } znaków. Kilka słów razem to dobre hasło.
}
error-password-common = To hasło jest jednym z najczęściej używanych. Wybierz inne.
error-password-wrong = To nie jest twoje obecne hasło.
error-sign-in-failed = Adres e-mail lub hasło są nieprawidłowe.
error-token-invalid = Ten link jest już nieważny. Poproś o nowy.
error-locale-unknown = Wybierz jeden z języków: en, pl, da, it, uk.
error-slug-invalid = Użyj od 3 do 50 małych liter, cyfr i łączników. Na początku i na końcu musi być litera lub cyfra.
error-slug-taken = Ten adres jest już używany przez inną społeczność.
error-country-invalid = Użyj dwuliterowego kodu kraju, np. PL, DK lub IT.
error-role-unknown = Wybierz jedną z ról: member, organiser, moderator, admin.
error-nothing-to-change = Napisz, co zmienić: rolę, oznaczenie zaufanej osoby pomagającej albo jedno i drugie.
error-last-admin = Społeczność potrzebuje co najmniej jednej osoby z rolą administratora. Najpierw nadaj tę rolę komuś innemu.
error-forbidden = Nie masz uprawnień, żeby to zrobić.
error-unauthorised = Zaloguj się, żeby to zrobić.
error-back-home = Przejdź do strony głównej
problem-bad-request = Nieprawidłowe żądanie
problem-bad-request-detail = Nie udało się odczytać żądania. Sprawdź adres i, jeśli ją wysłano, treść.
problem-unauthorised = Nie zalogowano
problem-forbidden = Brak dostępu
problem-not-found = Nie znaleziono
problem-not-found-detail = Nic tu nie ma. Strona mogła zostać przeniesiona lub usunięta albo w adresie jest literówka.
problem-method-not-allowed = Niedozwolona metoda
problem-method-not-allowed-detail = Ten adres nie przyjmuje tego rodzaju żądań.
problem-conflict = Konflikt
problem-too-large = Za duże
problem-too-large-detail = Żądanie jest za duże.
problem-not-json = To nie jest JSON
problem-not-json-detail = Wyślij treść jako JSON z nagłówkiem Content-Type: application/json.
problem-invalid = Nieprawidłowe dane
problem-invalid-detail = Niektórych wartości brakuje lub są nieprawidłowe. Sprawdź komunikat przy każdym polu.
problem-rate-limited = Zbyt wiele prób
problem-rate-limited-detail = { $minutes ->
    [one] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minutę.
    [few] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minuty.
    [many] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minut.
   *[other] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minuty.
}
problem-internal = Coś poszło nie tak
problem-internal-detail = Coś poszło nie tak po naszej stronie. Nic nie zostało zmienione. Spróbuj ponownie za chwilę.
problem-csrf-detail = Ten formularz był zbyt stary albo pochodził z innej strony. Nic nie zostało zmienione. Wróć, odśwież stronę i spróbuj ponownie.
problem-reference = Identyfikator dla pomocy technicznej: { $id }
error-members-only = Tylko osoby należące do tej społeczności mogą to zrobić. Najpierw dołącz do społeczności.
error-date-invalid = Wpisz datę w postaci 2026-12-31.
error-date-past = Wybierz dzisiejszy lub późniejszy dzień.
error-language-unknown = Wybierz języki z listy.
error-support-kind-unknown = Wybierz „Oferuję pomoc” lub „Potrzebuję pomocy”.
error-support-category-unknown = Wybierz jedną z kategorii.
error-support-status-unknown = Wybierz: otwarta, dopasowana lub zamknięta.
error-support-status-filter = Użyj „open” lub „all”.
error-support-offer-sensitive = Tylko prośby mogą być poufne.
error-support-kind-fixed = Oferta pozostaje ofertą, a prośba prośbą. Zamiast tego dodaj nowy wpis.
error-support-own = To twój wpis. Odpowiadają na niego inni.
error-support-not-open = Ten wpis nie jest już otwarty, więc nie można na niego odpowiedzieć.
error-report-reason-unknown = Wybierz powód.
error-report-target-unknown = Wybierz, co zgłaszasz: inicjatywę, komentarz, ofertę lub prośbę, wiadomość albo osobę.
error-report-target-missing = Napisz, co zgłaszasz.
error-report-duplicate = To zgłoszenie już od ciebie mamy. Moderatorzy się temu przyjrzą.
error-minutes-positive = Wpisz pełną liczbę minut: 1 lub więcej.
error-minutes-too-many = { $max ->
    [one] Wpisz najwyżej { $max } minutę (jeden tydzień).
    [few] Wpisz najwyżej { $max } minuty (jeden tydzień).
    [many] Wpisz najwyżej { $max } minut (jeden tydzień).
   *[other] Wpisz najwyżej { $max } minuty (jeden tydzień).
}
error-exchange-person-unknown = Wybierz osobę z tej społeczności.
error-exchange-self = Do wymiany potrzebne są dwie różne osoby.
error-exchange-not-party = Możesz zapisać tylko wymianę z twoim udziałem.
error-exchange-support-unknown = Ta oferta lub prośba nie jest dla ciebie widoczna w tej społeczności.
error-exchange-direction = Napisz, kto dał czas: ty czy druga osoba.
error-exchange-own-proposal = Tę wymianę proponujesz ty; potwierdza ją druga osoba.
error-exchange-decided = Ta wymiana została już potwierdzona lub odrzucona.
error-exchange-reversed = Ta wymiana została już cofnięta.
error-exchange-not-confirmed = Cofnąć można tylko potwierdzoną wymianę.
error-exchange-status-unknown = Nieznany status wymiany.
error-limit-mode-unknown = Wybierz „warn” lub „block”.
error-timebank-minimum-range = Wpisz pełną liczbę godzin: 0 lub więcej.
error-timebank-below-limit = Saldo osoby otrzymującej czas spadłoby wtedy poniżej limitu społeczności, czyli { $min } min poniżej zera.
error-fund-direction-unknown = Wybierz, w którą stronę idzie czas.
error-text-control = Usuń z tekstu niewidoczne znaki sterujące.
error-date-too-far = Wybierz dzień w ciągu najbliższego roku.
error-report-own = Nie można zgłosić czegoś, co napisało się samemu.
error-conversation-closed = Druga osoba odeszła z Micropolis, więc ta rozmowa jest zamknięta.
error-timebank-minimum-minutes = Podaj 0 lub ujemną liczbę minut (najwyżej 100 tygodni poniżej zera).
error-time-zone-unknown = Wybierz strefę czasową z listy, np. Europe/Warsaw.
error-time-invalid = Podaj datę i godzinę, np. 2027-03-01T18:00.
error-time-skipped = Tej godziny nie ma, bo zegary przestawia się na czas letni; wybierz inną.
error-ends-before-start = Koniec musi być po początku.
