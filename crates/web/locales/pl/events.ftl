# Wydarzenia i miejsca.
community-nav-events = Wydarzenia
events-home-title = Wkrótce
events-see-all = Wszystkie wydarzenia
events-title = Wydarzenia
events-past-title = Minione wydarzenia
events-intro = Co się dzieje w okolicy. Godziny podajemy według zegara w miejscu wydarzenia.
events-past-intro = Wydarzenia, które już się odbyły, od najnowszych.
events-upcoming-link = Wkrótce
events-past-link = Minione wydarzenia
events-mine-title = Moje wydarzenia
events-mine-intro = Wydarzenia, na które idziesz lub czekasz na liście rezerwowej, we wszystkich Twoich społecznościach.
events-mine-none = Nie zapisałeś się jeszcze na żadne wydarzenie.
events-calendar-link = Kalendarz (.ics)
feed-link = Kanał wiadomości (Atom)
feed-title = wiadomości i wydarzenia
events-filters = Filtruj wydarzenia
events-field-language = Język wydarzenia
events-any-language = Dowolny język
events-field-access = Dostępność
events-any-access = Dowolna
events-field-place = Miejsce
events-any-place = Dowolne miejsce
events-filter-submit = Pokaż wydarzenia
events-results = Wydarzenia
events-none = Na razie nic nie zaplanowano.
events-more = Więcej
event-new = Dodaj wydarzenie
event-online = Online
event-full = brak miejsc
event-going-count = { $count ->
    [one] { $count } osoba idzie
    [few] { $count } osoby idą
    [many] { $count } osób idzie
   *[other] { $count } osoby idą
}
event-waiting-count = { $count ->
    [one] { $count } osoba czeka
    [few] { $count } osoby czekają
    [many] { $count } osób czeka
   *[other] { $count } osoby czekają
}
event-places-left = { $count ->
    [one] zostało { $count } miejsce
    [few] zostały { $count } miejsca
    [many] zostało { $count } miejsc
   *[other] zostało { $count } miejsca
}
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela
access-step_free = Wejście bez schodów
access-accessible_toilet = Toaleta dostępna
access-hearing_loop = Pętla indukcyjna
access-seating = Miejsca siedzące
access-quiet_room = Cichy pokój
event-status-going = Idę
event-status-waitlisted = Na liście rezerwowej
event-when = Kiedy
event-ended = wydarzenie się zakończyło
event-where = Gdzie
event-attendance = Miejsca
event-price = Cena
event-accessibility = Dostępność
event-languages = Języki wydarzenia
event-organiser = Organizator
event-add-to-calendar = Dodaj do mojego kalendarza (.ics)
event-poster-link = Plakat do wydruku
event-rsvp-title = Przyjdziesz?
event-ended-no-rsvp = To wydarzenie już się zakończyło.
event-you-are-going = Idziesz.
event-cancel = Jednak nie mogę przyjść
event-you-are-waiting = Jesteś na liście rezerwowej. Gdy zwolni się miejsce, będzie Twoje i napiszemy do Ciebie.
event-leave-waitlist = Wypisz mnie z listy rezerwowej
event-full-join-waitlist = Wszystkie miejsca są zajęte. Zapisz się na listę rezerwową: gdy ktoś zrezygnuje, wejdziesz na jego miejsce.
event-join-waitlist = Zapisz mnie na listę rezerwową
event-rsvp = Przyjdę
event-join-to-rsvp = Dołącz do społeczności, aby się zapisać
event-sign-in-to-rsvp = Zaloguj się, aby się zapisać
event-attendees-title = Kto przyjdzie
event-attendees-none = Nikt się jeszcze nie zapisał.
event-notice-created = Wydarzenie jest w kalendarzu.
event-notice-going = Idziesz. Do zobaczenia!
event-notice-waitlisted = Jesteś na liście rezerwowej.
event-notice-cancelled = Odwołane. Dziękujemy za informację.
event-poster-back = Wróć do wydarzenia
event-poster-scan = Zeskanuj, aby zobaczyć wydarzenie i się zapisać:
event-form-intro = Podaj godziny według zegara w miejscu wydarzenia.
event-field-title = Tytuł
event-field-body = Opis
event-field-starts = Początek
event-field-time-hint = Data i godzina, np. 2027-03-01 18:00.
event-field-ends = Koniec
event-field-zone = Strefa czasowa
event-field-place = Miejsce
event-field-place-hint = Wybierz miejsce, podaj link online albo jedno i drugie.
event-no-place = Bez miejsca (tylko online)
event-field-online = Link online
event-field-capacity = Liczba miejsc
event-field-capacity-hint = Zostaw puste, jeśli bez limitu.
event-field-price = Cena
event-field-price-hint = Np. „wstęp wolny” albo „10 zł”. Może zostać puste.
event-create-submit = Dodaj do kalendarza
places-title = Miejsca
places-intro = Gdzie spotyka się społeczność i jak tam wejść.
places-none = Nie opisano jeszcze żadnego miejsca.
place-new = Opisz miejsce
place-edit = Popraw to miejsce
place-address = Adres
place-coordinates = Współrzędne
place-opening-hours = Godziny otwarcia
place-access-unknown = Jeszcze nie opisano.
place-events-title = Wkrótce w tym miejscu
place-all-events = Wszystkie wydarzenia w tym miejscu
place-field-name = Nazwa
place-field-lat = Szerokość geograficzna
place-field-lon = Długość geograficzna
place-field-coordinates-hint = Opcjonalnie, w stopniach, np. 52.18 i 21.17.
place-field-opening-hours-hint = Opcjonalnie, tak jak ludzie mają je przeczytać.
place-save = Zapisz miejsce
place-notice-saved = Miejsce zapisane.
mail-event-moved-up-subject = Zwolniło się miejsce: { $title }
mail-event-moved-up-body =
    Dzień dobry, { $name },

    ktoś zrezygnował, więc masz miejsce na „{ $title }”.

    Kiedy: { $when } ({ $zone })
    Gdzie: { $where }

    Jeśli jednak nie możesz przyjść, odwołaj udział na stronie wydarzenia, aby następna osoba mogła wejść na Twoje miejsce:

    { $link }
mail-event-reminder-subject = Jutro: { $title }
mail-event-reminder-body =
    Dzień dobry, { $name },

    przypominamy, że idziesz na „{ $title }”.

    Kiedy: { $when } ({ $zone })
    Gdzie: { $where }

    Jeśli nie możesz przyjść, odwołaj udział na stronie wydarzenia, aby ktoś z listy rezerwowej mógł przyjść zamiast Ciebie:

    { $link }
error-access-unknown = Wybierz udogodnienia z listy.
error-coordinate-invalid = Podaj stopnie jako liczbę, np. 52.18 (szerokość od −90 do 90, długość od −180 do 180).
error-coordinates-both = Podaj szerokość i długość geograficzną albo żadnej.
error-rsvp-status-unknown = Nieznana odpowiedź.
error-url-invalid = Podaj adres internetowy zaczynający się od https:// lub http://.
error-capacity-range = Podaj liczbę miejsc od 1 do { $max } albo zostaw puste.
error-place-unknown = Wybierz jedno z miejsc społeczności.
error-event-too-long = Wydarzenie może trwać najwyżej { $days } dni.
error-event-where-missing = Wybierz miejsce albo podaj link online.
error-event-over = To wydarzenie już się zakończyło.
event-edit = Zmień wydarzenie
event-edit-link = Zmień to wydarzenie
event-save-submit = Zapisz zmiany
event-notice-saved = Zmiany są zapisane. Jeśli zwolniły się miejsca, osoby z listy oczekujących zostały przesunięte.
error-capacity-below-going = { $going ->
    [one] Przychodzi już { $going } osoba; liczba miejsc nie może być mniejsza.
    [few] Przychodzą już { $going } osoby; liczba miejsc nie może być mniejsza.
   *[other] Przychodzi już { $going } osób; liczba miejsc nie może być mniejsza.
}
event-photo-current = Obecne zdjęcie
