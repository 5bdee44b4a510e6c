## Courses: the lists, a course's page, enrolment, attendance and the certificate.

courses-title = Corsi
courses-past-title = Corsi conclusi
courses-intro = Corsi tenuti dagli organizzatori della comunità. Iscriviti per avere un posto; se il corso è pieno, mettiti in lista d'attesa: passi avanti appena si libera un posto.
courses-see-current = Corsi in corso e in arrivo
courses-see-past = Corsi conclusi
courses-calendar = Aggiungi i corsi al tuo calendario (iCalendar)
courses-none = Non ci sono ancora corsi in corso o in programma.
courses-past-none = Nessun corso si è ancora concluso.
courses-more = Altri corsi
courses-home-see-all = Tutti i corsi
community-nav-courses = Corsi
course-create = Crea un corso
course-sessions =
    { $count ->
        [one] { $count } incontro
       *[other] { $count } incontri
    }
course-seats-left =
    { $count ->
        [one] Resta un posto
       *[other] Restano { $count } posti
    }
course-full = Completo
course-waitlist-count =
    { $count ->
        [one] { $count } persona in attesa
       *[other] { $count } persone in attesa
    }
course-form-intro = Descrivi il corso, indica quante persone può accogliere e i primi incontri. Potrai aggiungere altri incontri nella pagina del corso.
course-field-title = Titolo
course-field-body = Di che cosa tratta il corso
course-field-capacity = Posti
course-field-capacity-hint = Quante persone possono partecipare (da 1 a 1000).
course-field-time-zone = Fuso orario
course-field-time-zone-hint = Dove si tengono gli incontri, come nome di un fuso orario, per esempio Europe/Rome.
course-field-sessions = Incontri
course-field-sessions-hint = Indica data e ora di inizio e di fine di ogni incontro. Lascia vuota una riga se non ti serve.
course-session-number = Incontro { $count }
course-field-starts-at = Inizio
course-field-ends-at = Fine
course-create-submit = Crea il corso
course-organiser = Organizzatore
course-dates = Date
course-places = Posti occupati
course-take-attendance = Registra le presenze
course-enrolment-title = Partecipa
course-status-enrolled = Hai un posto in questo corso.
course-status-waitlisted = Sei in lista d'attesa. Ti scriveremo quando si libera un posto per te.
course-attended =
    { $count ->
        [one] Hai partecipato a un incontro.
       *[other] Hai partecipato a { $count } incontri.
    }
course-certificate-download = Scarica il tuo attestato di partecipazione (PDF)
course-withdraw = Rinuncio al mio posto
course-leave-waitlist = Esci dalla lista d'attesa
course-finished = Questo corso è concluso.
course-full-intro = Tutti i posti sono occupati. Mettiti in lista d'attesa: la prima persona in lista prende il prossimo posto che si libera.
course-join-waitlist = Mettimi in lista d'attesa
course-enrol = Iscrivimi al corso
course-join-to-enrol = Entra nella comunità per iscriverti ai suoi corsi
course-sign-in-to-enrol = Accedi per iscriverti
course-people-title = Partecipanti
course-people-none = Non si è ancora iscritto nessuno.
course-add-session = Aggiungi un incontro
course-add-session-submit = Aggiungi l'incontro
course-attendance-title = Presenze
course-attendance-legend = Chi era presente?
course-attendance-withdrew = si è poi ritirato/a
course-attendance-submit = Salva le presenze
course-back = Torna al corso
course-notice-created = Il corso è pubblicato.
course-notice-enrolled = Hai un posto nel corso.
course-notice-waitlisted = Il corso è pieno: sei in lista d'attesa.
course-notice-withdrawn = Non sei più iscritto/a al corso.
course-notice-session-added = L'incontro è stato aggiunto.
course-notice-attendance = Presenze salvate.
certificate-title = Attestato di partecipazione
certificate-confirms = Si attesta che
certificate-took-part = ha partecipato al corso
certificate-sessions =
    { $count ->
        [one] Incontro frequentato:
       *[other] Incontri frequentati ({ $count }):
    }
certificate-issued = Rilasciato il { $date } da { $organisation }
mail-course-promoted-subject = C'è un posto per te: { $course }
mail-course-promoted-body =
    Ciao { $name },

    si è liberato un posto nel corso “{ $course }” ed è tuo: eri il primo o la prima in lista d'attesa.

    Il corso e i suoi incontri: { $link }

    Se non puoi più venire, rinuncia al posto in quella pagina, così potrà prenderlo la prossima persona in attesa.
error-course-capacity = Indica un numero intero di posti da 1 a { $max }.
error-course-sessions-none = Indica almeno un incontro.
error-course-sessions-many = Un corso si crea con al massimo { $max } incontri; aggiungine altri nella sua pagina.
error-course-span = Un corso dura al massimo un anno, dal primo all'ultimo incontro.
error-course-status-unknown = Stato di iscrizione sconosciuto.
error-course-when-unknown = Scegli i corsi in corso o quelli conclusi.
error-course-finished = Questo corso è concluso: non ci si può più iscrivere.
error-course-already-enrolled = Sei già iscritto/a a questo corso o alla sua lista d'attesa.
error-course-attendance-not-enrolled = Si possono segnare presenti solo i partecipanti del corso.
error-course-certificate-not-attended = L'attestato si ottiene dopo aver partecipato ad almeno un incontro.
