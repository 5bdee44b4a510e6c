# Eventi e luoghi.
community-nav-events = Eventi
events-home-title = Prossimamente
events-see-all = Tutti gli eventi
events-title = Eventi
events-past-title = Eventi passati
events-intro = Che cosa succede nel quartiere. Gli orari sono quelli del luogo dell'evento.
events-past-intro = Eventi che si sono già svolti, dai più recenti.
events-upcoming-link = Prossimamente
events-past-link = Eventi passati
events-mine-title = I miei eventi
events-mine-intro = Gli eventi a cui partecipi o per cui sei in lista d'attesa, in tutte le tue comunità.
events-mine-none = Non ti sei ancora iscritto a nessun evento.
events-calendar-link = Calendario (.ics)
feed-link = Feed delle notizie (Atom)
feed-title = notizie ed eventi
events-filters = Filtra gli eventi
events-field-language = Lingua parlata
events-any-language = Qualsiasi lingua
events-field-access = Accessibilità
events-any-access = Qualsiasi
events-field-place = Luogo
events-any-place = Ovunque
events-filter-submit = Mostra gli eventi
events-results = Eventi
events-none = Ancora niente in programma.
events-more = Altri
event-new = Organizza un evento
event-online = Online
event-full = completo
event-going-count = { $count ->
    [one] { $count } partecipante
   *[other] { $count } partecipanti
}
event-waiting-count = { $count ->
    [one] { $count } in attesa
   *[other] { $count } in attesa
}
event-places-left = { $count ->
    [one] { $count } posto libero
   *[other] { $count } posti liberi
}
weekday-mon = lunedì
weekday-tue = martedì
weekday-wed = mercoledì
weekday-thu = giovedì
weekday-fri = venerdì
weekday-sat = sabato
weekday-sun = domenica
access-step_free = Accesso senza gradini
access-accessible_toilet = Bagno accessibile
access-hearing_loop = Anello a induzione
access-seating = Posti a sedere
access-quiet_room = Stanza tranquilla
event-status-going = Partecipo
event-status-waitlisted = In lista d'attesa
event-when = Quando
event-ended = l'evento è concluso
event-where = Dove
event-attendance = Posti
event-price = Prezzo
event-accessibility = Accessibilità
event-languages = Lingue parlate
event-organiser = Organizzatore
event-add-to-calendar = Aggiungi al mio calendario (.ics)
event-poster-link = Locandina da stampare
event-rsvp-title = Verrai?
event-ended-no-rsvp = Questo evento è concluso.
event-you-are-going = Partecipi.
event-cancel = Non posso più venire
event-you-are-waiting = Sei in lista d'attesa. Se si libera un posto è tuo e te lo scriviamo.
event-leave-waitlist = Esci dalla lista d'attesa
event-full-join-waitlist = Tutti i posti sono occupati. Mettiti in lista d'attesa: se qualcuno rinuncia, entri tu.
event-join-waitlist = Mettimi in lista d'attesa
event-rsvp = Ci sarò
event-join-to-rsvp = Unisciti alla comunità per iscriverti
event-sign-in-to-rsvp = Accedi per iscriverti
event-attendees-title = Chi viene
event-attendees-none = Non si è ancora iscritto nessuno.
event-notice-created = L'evento è in calendario.
event-notice-going = Partecipi. A presto!
event-notice-waitlisted = Sei in lista d'attesa.
event-notice-cancelled = Disdetto. Grazie di averci avvisato.
event-poster-back = Torna all'evento
event-poster-scan = Inquadra per vedere l'evento e iscriverti:
event-form-intro = Indica gli orari dell'orologio del luogo dell'evento.
event-field-title = Titolo
event-field-body = Descrizione
event-field-starts = Inizio
event-field-time-hint = Data e ora, per esempio 2027-03-01 18:00.
event-field-ends = Fine
event-field-zone = Fuso orario
event-field-place = Luogo
event-field-place-hint = Scegli un luogo, indica un link online o entrambi.
event-no-place = Nessun luogo (solo online)
event-field-online = Link online
event-field-capacity = Posti
event-field-capacity-hint = Lascia vuoto se non c'è limite.
event-field-price = Prezzo
event-field-price-hint = Per esempio "gratuito" o "5 €". Può restare vuoto.
event-create-submit = Metti in calendario
places-title = Luoghi
places-intro = Dove si incontra la comunità e come entrarci.
places-none = Nessun luogo ancora descritto.
place-new = Descrivi un luogo
place-edit = Correggi questo luogo
place-address = Indirizzo
place-coordinates = Coordinate
place-opening-hours = Orari di apertura
place-access-unknown = Non ancora descritta.
place-events-title = Prossimamente qui
place-all-events = Tutti gli eventi qui
place-field-name = Nome
place-field-lat = Latitudine
place-field-lon = Longitudine
place-field-coordinates-hint = Facoltative, in gradi, per esempio 39.22 e 9.11.
place-field-opening-hours-hint = Facoltativi, come le persone devono leggerli.
place-save = Salva il luogo
place-notice-saved = Luogo salvato.
mail-event-moved-up-subject = Si è liberato un posto: { $title }
mail-event-moved-up-body =
    Ciao { $name },

    qualcuno ha rinunciato, quindi hai un posto per "{ $title }".

    Quando: { $when } ({ $zone })
    Dove: { $where }

    Se alla fine non puoi venire, disdici sulla pagina dell'evento, così la persona successiva potrà entrare:

    { $link }
mail-event-reminder-subject = Domani: { $title }
mail-event-reminder-body =
    Ciao { $name },

    ti ricordiamo che partecipi a "{ $title }".

    Quando: { $when } ({ $zone })
    Dove: { $where }

    Se non puoi venire, disdici sulla pagina dell'evento, così chi è in lista d'attesa potrà venire al tuo posto:

    { $link }
error-access-unknown = Scegli le caratteristiche di accessibilità dall'elenco.
error-coordinate-invalid = Indica i gradi come numero, per esempio 39.22 (latitudine da −90 a 90, longitudine da −180 a 180).
error-coordinates-both = Indica sia la latitudine sia la longitudine, oppure nessuna delle due.
error-rsvp-status-unknown = Risposta sconosciuta.
error-url-invalid = Inserisci un indirizzo web che inizi con https:// o http://.
error-capacity-range = Indica un numero intero di posti da 1 a { $max }, oppure lascia vuoto.
error-place-unknown = Scegli uno dei luoghi della comunità.
error-event-too-long = Un evento può durare al massimo { $days } giorni.
error-event-where-missing = Scegli un luogo o indica un link online.
error-event-over = Questo evento è concluso.
event-edit = Modifica l'evento
event-edit-link = Modifica questo evento
event-save-submit = Salva le modifiche
event-notice-saved = Le modifiche sono salvate. Se si sono liberati posti, chi era in lista d'attesa è passato avanti.
error-capacity-below-going = { $going ->
    [one] Partecipa già { $going } persona; i posti non possono essere di meno.
   *[other] Partecipano già { $going } persone; i posti non possono essere di meno.
}
event-photo-current = La foto attuale
