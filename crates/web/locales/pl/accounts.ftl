sign-up-title = Załóż konto
sign-up-intro = To zajmie minutę. Twój adres e-mail nigdy nie będzie widoczny dla innych osób.
sign-up-submit = Załóż konto
sign-up-have-account = Masz już konto?
sign-up-check-inbox-title = Sprawdź skrzynkę
sign-up-check-inbox = Wysłaliśmy ci wiadomość z linkiem. Otwórz go, aby potwierdzić adres e-mail, a potem się zaloguj.
sign-in-title = Zaloguj się
sign-in-submit = Zaloguj się
sign-in-forgot = Nie pamiętasz hasła?
sign-in-no-account = Jesteś tu pierwszy raz?
field-display-name = Twoje imię
field-display-name-hint = Tak zobaczą cię inne osoby. Wystarczy samo imię.
field-email = Adres e-mail
field-password = Hasło
field-new-password = Nowe hasło
field-new-password-hint = Co najmniej 10 znaków. Kilka słów razem to dobre hasło.
field-current-password = Obecne hasło
field-locale = Język
verify-title = Potwierdź adres e-mail
verify-intro = Naciśnij przycisk, aby potwierdzić, że ten adres e-mail należy do ciebie.
verify-submit = Potwierdź mój adres e-mail
verify-done-title = Adres e-mail potwierdzony
verify-done = Dziękujemy. Twój adres e-mail jest potwierdzony i możesz się zalogować.
reset-title = Zresetuj hasło
reset-intro = Wpisz adres e-mail swojego konta. Wyślemy ci link do ustawienia nowego hasła.
reset-submit = Wyślij mi link
reset-sent-title = Sprawdź skrzynkę
reset-sent = Jeśli jakieś konto używa tego adresu, wysłaliśmy na niego wiadomość z linkiem. Link działa przez godzinę.
reset-new-title = Ustaw nowe hasło
reset-new-submit = Zapisz nowe hasło
reset-done-title = Hasło zmienione
reset-done = Nowe hasło jest zapisane. Dla bezpieczeństwa wylogowaliśmy cię na wszystkich urządzeniach. Zaloguj się ponownie.
account-title = Moje konto
account-memberships = Moje społeczności
account-no-memberships = Nie należysz jeszcze do żadnej społeczności.
account-find-community = Znajdź społeczność
account-settings = Imię i język
account-email-is = Twój adres e-mail: { $email }
account-save = Zapisz
account-saved-settings = Imię i język są zapisane.
account-password = Hasło
account-password-intro = Gdy zmienisz hasło, wylogujemy cię na wszystkich innych urządzeniach.
account-change-password = Zmień hasło
account-saved-password = Hasło zostało zmienione. Inne urządzenia zostały wylogowane.
account-sessions = Zalogowane urządzenia
account-sessions-intro = Jeśli nie rozpoznajesz jakiegoś urządzenia, wyloguj je i zmień hasło.
account-session-current = to urządzenie
account-session-last-seen = Ostatnia aktywność: { $when }
account-session-end = Wyloguj: { $device }
account-session-unknown-device = Nieznane urządzenie
account-saved-session = To urządzenie zostało wylogowane.
mail-verify-subject = Potwierdź adres e-mail w Micropolis
mail-verify-body =
    Cześć { $name },

    witamy w Micropolis. Potwierdź swój adres e-mail, otwierając ten link:

    { $link }

    Link działa przez dwa dni. Jeśli to nie ty zakładasz konto, możesz zignorować tę wiadomość.
mail-reset-subject = Zresetuj hasło do Micropolis
mail-reset-body =
    Cześć { $name },

    ktoś poprosił o zresetowanie hasła do twojego konta w Micropolis. Aby ustawić nowe hasło, otwórz ten link:

    { $link }

    Link działa przez godzinę. Jeśli to nie ty, zignoruj tę wiadomość: twoje hasło pozostanie bez zmian.
account-mails = Powiadomienia e-mail
account-message-mails = Wyślij mi jeden e-mail, gdy wiadomość czeka nieprzeczytana od godziny
account-saved-mails = Twój wybór dotyczący powiadomień e-mail jest zapisany.
account-data-intro = Pobierz wszystko, co o tobie przechowujemy, albo usuń konto.
account-data-link = Twoje dane
mail-unread-subject = { $sender } pisze do ciebie w Micropolis
mail-unread-body =
    Cześć { $name },

    { $sender } pisze do ciebie w Micropolis. Wiadomość czeka od godziny i nie jest jeszcze przeczytana. Przeczytaj ją i odpowiedz tutaj:

    { $link }

    Takie e-maile wysyłamy najwyżej raz dziennie dla każdej rozmowy. Jeśli nie chcesz ich dostawać, odznacz pole w sekcji „Powiadomienia e-mail” na stronie swojego konta: { $settings }
