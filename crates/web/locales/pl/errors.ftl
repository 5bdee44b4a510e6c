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
