# Moderacja: zgłoszenia, strony moderatorów, blokady i dziennik działań.

community-nav-moderation = Moderacja
moderation-nav-label = Moderacja
moderation-nav-queue = Zgłoszenia do decyzji
moderation-nav-decided = Rozpatrzone
moderation-nav-blocks = Zablokowane osoby
moderation-nav-log = Dziennik działań

moderation-hidden-mark = Ukryte przez moderację
moderation-message-removed = Wiadomość usunięta przez moderację.
moderation-person-blocked = Zablokowana osoba w tej społeczności

moderation-target-initiative = Inicjatywa
moderation-target-comment = Komentarz
moderation-target-support = Oferta lub prośba
moderation-target-message = Prywatna wiadomość
moderation-target-story = Historia
moderation-target-event = Wydarzenie
moderation-target-account = Osoba
moderation-target-exchange = Wymiana czasu
moderation-target-timebank = Bank czasu
moderation-target-other = Coś innego

moderation-status-open = Czeka na decyzję
moderation-status-hidden = Ukryte
moderation-status-dismissed = Odrzucone

moderation-title = Zgłoszenia do decyzji
moderation-intro = Mieszkańcy i mieszkanki zgłosili te rzeczy. Otwórz zgłoszenie, przeczytaj, czego dotyczy, i zdecyduj: ukryj to albo odrzuć zgłoszenie.
moderation-none = Żadne zgłoszenie nie czeka. Dziękujemy, że zaglądasz.
moderation-decided-title = Rozpatrzone zgłoszenia
moderation-decided-intro = Zgłoszenia już rozpatrzone, najnowsze decyzje na górze. Ukrytą treść możesz znów pokazać na stronie zgłoszenia.
moderation-decided-none = Żadne zgłoszenie nie zostało jeszcze rozpatrzone.
moderation-reported-by = zgłasza: { $name }
moderation-reports-on-target = { $count ->
    [one] { $count } zgłoszenie tego samego
    [few] { $count } zgłoszenia tego samego
    [many] { $count } zgłoszeń tego samego
   *[other] { $count } zgłoszenia tego samego
}
moderation-target-gone = To już nie istnieje: autor lub autorka usunęli to albo odeszli.
moderation-note = Co napisano:
moderation-why = Dlaczego:
moderation-decide = Zdecyduj
moderation-open-report = Zobacz zgłoszenie
moderation-more = Więcej
moderation-notice-decided = Gotowe. Zgłoszenie jest rozpatrzone.
moderation-notice-restored = Gotowe. To znów jest widoczne.
moderation-notice-blocked = Gotowe. Ta osoba jest zablokowana w tej społeczności.
moderation-notice-unblocked = Gotowe. Ta osoba może znów dołączyć.

moderation-report-title = Zgłoszenie: { $what }
moderation-field-reason = Powód
moderation-field-reporter = Zgłasza
moderation-field-reported-at = Data zgłoszenia
moderation-field-status = Stan
moderation-field-reports-on-target = Zgłoszenia tego samego
moderation-field-decided-by = Decyzja
moderation-what-was-reported = Czego dotyczy zgłoszenie
moderation-written-by = Autor lub autorka: { $name }
moderation-message-private = To prywatna wiadomość. Widzisz ją tylko dlatego, że ktoś ją zgłosił. Zachowaj ją dla siebie.
moderation-see-target = Zobacz, gdzie to jest

moderation-decide-title = Twoja decyzja
moderation-field-action = Co ma się stać?
moderation-action-hide = Ukryj to. Zobaczą to tylko moderatorzy.
moderation-action-block = Zablokuj tę osobę w społeczności. Przestaje być jej członkiem lub członkinią.
moderation-action-dismiss = Odrzuć zgłoszenie. Nic się nie zmienia.
moderation-field-decision-note = Dlaczego (nieobowiązkowo)
moderation-field-decision-note-hint = Inni moderatorzy przeczytają to w dzienniku działań.
moderation-decide-submit = Zdecyduj

moderation-restore-title = Pokaż to znowu
moderation-restore-explained = Wszyscy, którzy widzieli to wcześniej, znów to zobaczą.
moderation-restore-submit = Pokaż to znowu
moderation-unblock-title = Zdejmij blokadę
moderation-unblock-explained = Ta osoba będzie mogła znów dołączyć do społeczności.
moderation-unblock-submit = Zdejmij blokadę

moderation-block-author = Zablokuj osobę { $name } w tej społeczności
moderation-block-title = Zablokuj osobę
moderation-block-explained = Ta osoba przestaje należeć do społeczności i nie może dołączyć, dopóki moderacja nie zdejmie blokady. To, co napisała, zostaje.
moderation-field-block-reason = Dlaczego
moderation-field-block-reason-hint = Przeczytają to inni moderatorzy. Także ta osoba, jeśli poprosi o swoje dane.
moderation-field-email = Jej adres e-mail
moderation-field-email-hint = Adres, którym się loguje.
moderation-block-submit = Zablokuj

moderation-blocks-title = Zablokowane osoby
moderation-blocks-intro = Te osoby nie mogą dołączyć do społeczności, dopóki blokada nie zostanie zdjęta.
moderation-blocks-none = Nikt nie jest zablokowany.
moderation-unblock-person = Zdejmij blokadę: { $name }
moderation-column-person = Osoba
moderation-column-reason = Dlaczego
moderation-column-by = Kto zablokował
moderation-column-when = Kiedy
moderation-column-unblock = Zdejmij blokadę
moderation-column-who = Kto
moderation-column-what = Co
moderation-column-on = Czego dotyczy
moderation-column-why = Dlaczego

moderation-log-title = Dziennik działań
moderation-log-intro = Każda decyzja moderacji i każda zmiana wprowadzona przez administrację: kto, co, kiedy i dlaczego. Niczego tu nie można zmienić.
moderation-log-none = Jeszcze nic się nie wydarzyło.
moderation-log-older = Starsze wpisy

moderation-filed-title = Zgłoszenie wysłane
moderation-filed-back = Wróć

audit-action-report-hidden = Ukrycie zgłoszonej treści
audit-action-report-dismissed = Odrzucenie zgłoszenia
audit-action-content-restored = Ponowne pokazanie ukrytej treści
audit-action-member-blocked = Zablokowanie osoby
audit-action-member-unblocked = Zdjęcie blokady
audit-action-role-changed = Zmiana roli
audit-action-trusted-helper-marked = Nadanie roli zaufanej osoby pomagającej
audit-action-trusted-helper-unmarked = Odebranie roli zaufanej osoby pomagającej
audit-action-initiative-answered = Odpowiedź na inicjatywę
audit-action-budget-created = Utworzenie budżetu obywatelskiego
audit-action-paper-ballot-recorded = Wpisanie głosu z karty papierowej
audit-action-survey-opened = Otwarcie ankiety
audit-action-survey-closed = Zamknięcie ankiety
audit-action-survey-paper-recorded = Wpisanie papierowego formularza ankiety
audit-action-timebank-corrected = Korekta wymiany czasu
audit-action-timebank-fund-transfer = Przesunięcie czasu z funduszem społeczności
audit-action-timebank-limit-changed = Zmiana limitu banku czasu
audit-action-resident-registered = Rejestracja mieszkańca lub mieszkanki w punkcie obsługi
audit-action-helper-ended = Zakończenie roli osoby wspierającej

error-report-community-missing = Napisz, w której społeczności zgłaszasz tę osobę.
error-report-community-unknown = Nie ma społeczności o tym adresie.
error-report-status-unknown = Zgłoszenie nie może mieć takiego stanu.
error-report-action-unknown = Wybierz, co ma się stać: ukryj to albo odrzuć zgłoszenie.
error-report-queue-unknown = Wybierz zgłoszenia otwarte albo rozpatrzone.
error-report-decided = To zgłoszenie jest już rozpatrzone.
error-report-not-hidden = To zgłoszenie niczego teraz nie ukrywa.
error-moderators-only = Tylko moderatorzy tej społeczności mogą to zrobić.
error-block-outranked = Nie możesz zablokować osoby, która ma taką samą albo wyższą rolę niż ty.
error-block-person-unknown = Nie znamy nikogo o tym adresie.
error-block-self = Nie możesz zablokować siebie.
error-block-exists = Ta osoba jest już zablokowana.
error-community-blocked = Moderacja zablokowała cię w tej społeczności. Nie możesz do niej dołączyć.
error-audit-action-unknown = Dziennik nie zna takiego działania.
