## Courses: the lists, a course's page, enrolment, attendance and the certificate.

courses-title = Kursy
courses-past-title = Zakończone kursy
courses-intro = Kursy prowadzone przez organizatorów społeczności. Zapisz się na miejsce; gdy kurs jest pełny, dopisz się do listy rezerwowej, a przejdziesz na listę uczestników, gdy tylko zwolni się miejsce.
courses-see-current = Trwające i nadchodzące kursy
courses-see-past = Zakończone kursy
courses-calendar = Dodaj kursy do swojego kalendarza (iCalendar)
courses-none = Nie trwa ani nie jest zaplanowany jeszcze żaden kurs.
courses-past-none = Żaden kurs jeszcze się nie zakończył.
courses-more = Więcej kursów
courses-home-see-all = Wszystkie kursy
community-nav-courses = Kursy
course-create = Utwórz kurs
course-sessions =
    { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[many] { $count } spotkań
    }
course-seats-left =
    { $count ->
        [one] Zostało jedno miejsce
        [few] Zostały { $count } miejsca
       *[many] Zostało { $count } miejsc
    }
course-full = Brak miejsc
course-waitlist-count =
    { $count ->
        [one] { $count } osoba czeka
        [few] { $count } osoby czekają
       *[many] { $count } osób czeka
    }
course-form-intro = Opisz kurs, podaj liczbę miejsc i pierwsze spotkania. Kolejne spotkania dodasz na stronie kursu.
course-field-title = Tytuł
course-field-body = O czym jest kurs
course-field-capacity = Liczba miejsc
course-field-capacity-hint = Ile osób może wziąć udział (od 1 do 1000).
course-field-time-zone = Strefa czasowa
course-field-time-zone-hint = Gdzie odbywają się spotkania, jako nazwa strefy czasowej, np. Europe/Warsaw.
course-field-sessions = Spotkania
course-field-sessions-hint = Podaj datę i godzinę początku i końca każdego spotkania. Niepotrzebny wiersz zostaw pusty.
course-session-number = Spotkanie { $count }
course-field-starts-at = Początek
course-field-ends-at = Koniec
course-create-submit = Utwórz kurs
course-organiser = Organizator
course-dates = Terminy
course-places = Zajęte miejsca
course-take-attendance = Sprawdź obecność
course-enrolment-title = Udział
course-status-enrolled = Masz miejsce na tym kursie.
course-status-waitlisted = Jesteś na liście rezerwowej. Napiszemy do ciebie e-mail, gdy zwolni się dla ciebie miejsce.
course-attended =
    { $count ->
        [one] Byłeś/byłaś na jednym spotkaniu.
        [few] Byłeś/byłaś na { $count } spotkaniach.
       *[many] Byłeś/byłaś na { $count } spotkaniach.
    }
course-certificate-download = Pobierz zaświadczenie o udziale (PDF)
course-withdraw = Rezygnuję z miejsca
course-leave-waitlist = Wypisz mnie z listy rezerwowej
course-finished = Ten kurs się zakończył.
course-full-intro = Wszystkie miejsca są zajęte. Dopisz się do listy rezerwowej: pierwsza osoba z listy dostaje najbliższe zwolnione miejsce.
course-join-waitlist = Dopisz mnie do listy rezerwowej
course-enrol = Zapisz mnie na kurs
course-join-to-enrol = Dołącz do społeczności, aby zapisywać się na jej kursy
course-sign-in-to-enrol = Zaloguj się, aby się zapisać
course-people-title = Uczestnicy kursu
course-people-none = Nikt się jeszcze nie zapisał.
course-add-session = Dodaj spotkanie
course-add-session-submit = Dodaj spotkanie
course-attendance-title = Lista obecności
course-attendance-legend = Kto był obecny?
course-attendance-withdrew = zrezygnował(a) później
course-attendance-submit = Zapisz obecność
course-back = Wróć do kursu
course-notice-created = Kurs został opublikowany.
course-notice-enrolled = Masz miejsce na kursie.
course-notice-waitlisted = Kurs jest pełny: jesteś na liście rezerwowej.
course-notice-withdrawn = Nie jesteś już zapisany/zapisana na kurs.
course-notice-session-added = Spotkanie zostało dodane.
course-notice-attendance = Obecność zapisana.
certificate-title = Zaświadczenie o udziale
certificate-confirms = Niniejszym potwierdzamy, że
certificate-took-part = wziął/wzięła udział w kursie
certificate-sessions =
    { $count ->
        [one] Spotkanie, w którym uczestniczył(a):
       *[other] Spotkania, w których uczestniczył(a) ({ $count }):
    }
certificate-issued = Wystawiono { $date }, { $organisation }
mail-course-promoted-subject = Jest dla ciebie miejsce: { $course }
mail-course-promoted-body =
    Cześć { $name },

    na kursie „{ $course }” zwolniło się miejsce i jest twoje: byłeś/byłaś pierwszy/pierwsza na liście rezerwowej.

    Kurs i jego spotkania: { $link }

    Jeśli nie możesz już przyjść, zrezygnuj z miejsca na tej stronie, aby mogła je zająć kolejna osoba z listy.
error-course-capacity = Podaj liczbę miejsc od 1 do { $max }.
error-course-sessions-none = Podaj co najmniej jedno spotkanie.
error-course-sessions-many = Kurs można utworzyć z najwyżej { $max } spotkaniami; kolejne dodasz na jego stronie.
error-course-span = Kurs trwa najwyżej rok, od pierwszego do ostatniego spotkania.
error-course-status-unknown = Nieznany stan zapisu.
error-course-when-unknown = Wybierz trwające lub zakończone kursy.
error-course-finished = Ten kurs się zakończył: nie można się już zapisać.
error-course-already-enrolled = Jesteś już zapisany/zapisana na ten kurs lub na jego listę rezerwową.
error-course-attendance-not-enrolled = Obecność można zaznaczyć tylko uczestnikom kursu.
error-course-certificate-not-attended = Zaświadczenie wydajemy po udziale w co najmniej jednym spotkaniu.
