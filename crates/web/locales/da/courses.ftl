## Courses: the lists, a course's page, enrolment, attendance and the certificate.

courses-title = Kurser
courses-past-title = Afsluttede kurser
courses-intro = Kurser, som fællesskabets arrangører holder. Tilmeld dig en plads; er kurset fuldt, så skriv dig på ventelisten, og du rykker op, så snart en plads bliver ledig.
courses-see-current = Igangværende og kommende kurser
courses-see-past = Afsluttede kurser
courses-calendar = Føj kurserne til din kalender (iCalendar)
courses-none = Der er endnu ingen igangværende eller planlagte kurser.
courses-past-none = Intet kursus er afsluttet endnu.
courses-more = Flere kurser
courses-home-see-all = Alle kurser
community-nav-courses = Kurser
course-create = Opret et kursus
course-sessions =
    { $count ->
        [one] { $count } mødegang
       *[other] { $count } mødegange
    }
course-seats-left =
    { $count ->
        [one] Én plads tilbage
       *[other] { $count } pladser tilbage
    }
course-full = Fuldt
course-waitlist-count =
    { $count ->
        [one] { $count } person venter
       *[other] { $count } personer venter
    }
course-form-intro = Beskriv kurset, angiv hvor mange der kan deltage, og giv de første mødegange. Flere mødegange kan tilføjes på kursets side.
course-field-title = Titel
course-field-body = Hvad kurset handler om
course-field-capacity = Pladser
course-field-capacity-hint = Hvor mange der kan deltage (1 til 1000).
course-field-time-zone = Tidszone
course-field-time-zone-hint = Hvor mødegangene finder sted, som navnet på en tidszone, fx Europe/Copenhagen.
course-field-sessions = Mødegange
course-field-sessions-hint = Angiv dato og klokkeslæt for, hvornår hver mødegang begynder og slutter. Lad en række stå tom, hvis du ikke har brug for den.
course-session-number = Mødegang { $count }
course-field-starts-at = Begynder
course-field-ends-at = Slutter
course-create-submit = Opret kurset
course-organiser = Arrangør
course-dates = Datoer
course-places = Optagne pladser
course-take-attendance = Registrér fremmøde
course-enrolment-title = Deltag
course-status-enrolled = Du har en plads på kurset.
course-status-waitlisted = Du står på ventelisten. Vi skriver til dig, når der bliver en plads ledig til dig.
course-attended =
    { $count ->
        [one] Du har deltaget i én mødegang.
       *[other] Du har deltaget i { $count } mødegange.
    }
course-certificate-download = Hent dit deltagerbevis (PDF)
course-withdraw = Opgiv min plads
course-leave-waitlist = Forlad ventelisten
course-finished = Kurset er afsluttet.
course-full-intro = Alle pladser er optaget. Skriv dig på ventelisten: den første på listen får den næste plads, der bliver ledig.
course-join-waitlist = Skriv mig på ventelisten
course-enrol = Tilmeld mig kurset
course-join-to-enrol = Bliv medlem af fællesskabet for at tilmelde dig dets kurser
course-sign-in-to-enrol = Log ind for at tilmelde dig
course-people-title = Deltagere
course-people-none = Ingen har tilmeldt sig endnu.
course-add-session = Tilføj en mødegang
course-add-session-submit = Tilføj mødegangen
course-attendance-title = Fremmøde
course-attendance-legend = Hvem var der?
course-attendance-withdrew = har siden meldt fra
course-attendance-submit = Gem fremmøde
course-back = Tilbage til kurset
course-notice-created = Kurset er offentliggjort.
course-notice-enrolled = Du har en plads på kurset.
course-notice-waitlisted = Kurset er fuldt: du står på ventelisten.
course-notice-withdrawn = Du er ikke længere tilmeldt kurset.
course-notice-session-added = Mødegangen er tilføjet.
course-notice-attendance = Fremmødet er gemt.
certificate-title = Deltagerbevis
certificate-confirms = Hermed bekræftes det, at
certificate-took-part = har deltaget i kurset
certificate-sessions =
    { $count ->
        [one] Mødegang med deltagelse:
       *[other] Mødegange med deltagelse ({ $count }):
    }
certificate-issued = Udstedt { $date } af { $organisation }
mail-course-promoted-subject = Der er en plads til dig: { $course }
mail-course-promoted-body =
    Hej { $name },

    der er blevet en plads ledig på kurset “{ $course }”, og den er din: du stod først på ventelisten.

    Kurset og dets mødegange: { $link }

    Hvis du ikke længere kan komme, så opgiv din plads på siden, så den næste på ventelisten kan få den.
error-course-capacity = Angiv et helt antal pladser fra 1 til { $max }.
error-course-sessions-none = Angiv mindst én mødegang.
error-course-sessions-many = Et kursus oprettes med højst { $max } mødegange; tilføj flere på kursets side.
error-course-span = Et kursus varer højst et år, fra første til sidste mødegang.
error-course-status-unknown = Ukendt tilmeldingsstatus.
error-course-when-unknown = Vælg igangværende eller afsluttede kurser.
error-course-finished = Kurset er afsluttet: man kan ikke længere tilmelde sig.
error-course-already-enrolled = Du er allerede tilmeldt kurset eller står på dets venteliste.
error-course-attendance-not-enrolled = Kun kursets deltagere kan registreres som fremmødt.
error-course-certificate-not-attended = Et deltagerbevis udstedes, når du har deltaget i mindst én mødegang.
