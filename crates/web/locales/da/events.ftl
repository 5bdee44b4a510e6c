# Arrangementer og steder.
community-nav-events = Arrangementer
events-home-title = Snart
events-see-all = Alle arrangementer
events-title = Arrangementer
events-past-title = Tidligere arrangementer
events-intro = Hvad der sker i nabolaget. Tiderne er vist efter uret der, hvor arrangementet foregår.
events-past-intro = Arrangementer, der har fundet sted, de nyeste først.
events-upcoming-link = Snart
events-past-link = Tidligere arrangementer
events-mine-title = Mine arrangementer
events-mine-intro = De arrangementer, du deltager i eller står på venteliste til, i alle dine fællesskaber.
events-mine-none = Du har ikke tilmeldt dig noget arrangement endnu.
events-calendar-link = Kalender (.ics)
feed-link = Nyhedsfeed (Atom)
feed-title = nyheder og arrangementer
events-filters = Filtrér arrangementer
events-field-language = Sprog
events-any-language = Alle sprog
events-field-access = Tilgængelighed
events-any-access = Alt
events-field-place = Sted
events-any-place = Alle steder
events-filter-submit = Vis arrangementer
events-results = Arrangementer
events-none = Intet planlagt endnu.
events-more = Flere
event-new = Opret et arrangement
event-online = Online
event-full = fuldt
event-going-count = { $count ->
    [one] { $count } deltager
   *[other] { $count } deltager
}
event-waiting-count = { $count ->
    [one] { $count } venter
   *[other] { $count } venter
}
event-places-left = { $count ->
    [one] { $count } plads tilbage
   *[other] { $count } pladser tilbage
}
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag
access-step_free = Niveaufri adgang
access-accessible_toilet = Handicaptoilet
access-hearing_loop = Teleslynge
access-seating = Siddepladser
access-quiet_room = Stille rum
event-status-going = Deltager
event-status-waitlisted = På venteliste
event-when = Hvornår
event-ended = arrangementet er slut
event-where = Hvor
event-attendance = Pladser
event-price = Pris
event-accessibility = Tilgængelighed
event-languages = Sprog
event-organiser = Arrangør
event-add-to-calendar = Føj til min kalender (.ics)
event-poster-link = Plakat til udskrift
event-rsvp-title = Kommer du?
event-ended-no-rsvp = Arrangementet er slut.
event-you-are-going = Du deltager.
event-cancel = Jeg kan alligevel ikke komme
event-you-are-waiting = Du står på ventelisten. Bliver en plads ledig, er den din, og vi skriver til dig.
event-leave-waitlist = Forlad ventelisten
event-full-join-waitlist = Alle pladser er taget. Skriv dig på ventelisten: melder nogen fra, rykker du op.
event-join-waitlist = Skriv mig på ventelisten
event-rsvp = Jeg kommer
event-join-to-rsvp = Bliv medlem af fællesskabet for at tilmelde dig
event-sign-in-to-rsvp = Log ind for at tilmelde dig
event-attendees-title = Hvem kommer
event-attendees-none = Ingen har tilmeldt sig endnu.
event-notice-created = Arrangementet er i kalenderen.
event-notice-going = Du deltager. Vi ses!
event-notice-waitlisted = Du står på ventelisten.
event-notice-cancelled = Afmeldt. Tak fordi du sagde til.
event-poster-back = Tilbage til arrangementet
event-poster-scan = Scan for at se arrangementet og tilmelde dig:
event-form-intro = Angiv tiderne efter uret der, hvor arrangementet foregår.
event-field-title = Titel
event-field-body = Beskrivelse
event-field-starts = Starter
event-field-time-hint = Dato og klokkeslæt, fx 2027-03-01 18:00.
event-field-ends = Slutter
event-field-zone = Tidszone
event-field-place = Sted
event-field-place-hint = Vælg et sted, angiv et onlinelink eller begge dele.
event-no-place = Intet sted (kun online)
event-field-online = Onlinelink
event-field-capacity = Pladser
event-field-capacity-hint = Lad feltet stå tomt, hvis der ikke er nogen grænse.
event-field-price = Pris
event-field-price-hint = Fx "gratis" eller "50 kr.". Må være tom.
event-create-submit = Sæt det i kalenderen
places-title = Steder
places-intro = Hvor fællesskabet mødes, og hvordan man kommer ind.
places-none = Ingen steder er beskrevet endnu.
place-new = Beskriv et sted
place-edit = Ret dette sted
place-address = Adresse
place-coordinates = Koordinater
place-opening-hours = Åbningstider
place-access-unknown = Ikke beskrevet endnu.
place-events-title = Snart her
place-all-events = Alle arrangementer her
place-field-name = Navn
place-field-lat = Breddegrad
place-field-lon = Længdegrad
place-field-coordinates-hint = Valgfrit, i grader, fx 55.50 og 9.73.
place-field-opening-hours-hint = Valgfrit, som folk skal læse dem.
place-save = Gem stedet
place-notice-saved = Stedet er gemt.
mail-event-moved-up-subject = En plads er blevet ledig: { $title }
mail-event-moved-up-body =
    Hej { $name },

    Nogen har meldt fra, så du har en plads til "{ $title }".

    Hvornår: { $when } ({ $zone })
    Hvor: { $where }

    Kan du alligevel ikke komme, så afmeld dig på arrangementets side, så den næste kan rykke op:

    { $link }
mail-event-reminder-subject = I morgen: { $title }
mail-event-reminder-body =
    Hej { $name },

    En påmindelse om, at du deltager i "{ $title }".

    Hvornår: { $when } ({ $zone })
    Hvor: { $where }

    Kan du ikke komme, så afmeld dig på arrangementets side, så en fra ventelisten kan komme i stedet:

    { $link }
error-access-unknown = Vælg tilgængelighed fra listen.
error-coordinate-invalid = Angiv grader som et tal, fx 55.50 (breddegrad −90 til 90, længdegrad −180 til 180).
error-coordinates-both = Angiv både bredde- og længdegrad, eller ingen af dem.
error-rsvp-status-unknown = Ukendt svar.
error-url-invalid = Angiv en webadresse, der starter med https:// eller http://.
error-capacity-range = Angiv et helt antal pladser fra 1 til { $max }, eller lad feltet stå tomt.
error-place-unknown = Vælg et af fællesskabets steder.
error-event-too-long = Et arrangement må højst vare { $days } dage.
error-event-where-missing = Vælg et sted eller angiv et onlinelink.
error-event-over = Arrangementet er slut.
event-edit = Ret arrangementet
event-edit-link = Ret dette arrangement
event-save-submit = Gem ændringerne
event-notice-saved = Ændringerne er gemt. Er der blevet plads, er folk på ventelisten rykket op.
error-capacity-below-going = { $going ->
    [one] { $going } person kommer allerede; antallet af pladser kan ikke være lavere.
   *[other] { $going } personer kommer allerede; antallet af pladser kan ikke være lavere.
}
event-photo-current = Fotoet nu
