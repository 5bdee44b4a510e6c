# Borgerbudget: runder, projekter, stemmer og resultater.
budgets-nav = Borgerbudget
budgets-title = Borgerbudget
budgets-intro = Borgerne bestemmer sammen, hvad en del af pengene skal bruges på. Arrangørerne åbner en runde og beskriver projekterne. Hvert medlem har én stemme og vælger projekter op til det samlede beløb.
budgets-home-teaser = Bestem sammen, hvad en del af pengene skal bruges på: vælg de projekter, du vil have, inden for det beløb, der er.
budgets-see-rounds = Se borgerbudgettets runder
budgets-none = Der er ingen runder endnu.
budgets-older = Ældre runder
budgets-phase-open = Åben for afstemning
budgets-phase-upcoming = Kommer snart
budgets-phase-closed = Afsluttet
budgets-total = Samlet beløb
budgets-window = Afstemning fra { $opens } til { $closes }.
budgets-opens-in-days = { $count ->
    [one] Afstemningen åbner om { $count } dag.
   *[other] Afstemningen åbner om { $count } dage.
}
budgets-opens-in-hours = { $count ->
    [one] Afstemningen åbner om { $count } time.
   *[other] Afstemningen åbner om { $count } timer.
}
budgets-opens-soon = Afstemningen åbner om mindre end en time.
budgets-closes-in-days = { $count ->
    [one] Afstemningen er åben nu. Den lukker om { $count } dag.
   *[other] Afstemningen er åben nu. Den lukker om { $count } dage.
}
budgets-closes-in-hours = { $count ->
    [one] Afstemningen er åben nu. Den lukker om { $count } time.
   *[other] Afstemningen er åben nu. Den lukker om { $count } timer.
}
budgets-closes-soon = Afstemningen er åben nu. Den lukker om mindre end en time.
budgets-closed-on = Afstemningen lukkede { $date }.
budgets-see-results = Se resultaterne
budgets-see-tally = Se stemmerne indtil nu (kun for arrangører)
budgets-results-when = Resultaterne offentliggøres, når afstemningen lukker.
budgets-results-come = Resultaterne offentliggøres, når afstemningen lukker { $date }.
budgets-new-title = Åbn en ny runde
budgets-new-intro = Giv runden et navn, og skriv beløbet, der skal bruges, og datoerne for afstemningen. Du kan tilføje projekter, indtil afstemningen åbner.
budgets-field-title = Rundens navn
budgets-field-title-hint = For eksempel: Borgerbudget 2027
budgets-field-rules = Regler
budgets-field-rules-hint = Hvordan projekterne vælges, og hvem der må stemme. Du kan bruge Markdown: **fed**, lister med -.
budgets-field-total = Beløb, der skal bruges
budgets-field-total-hint = Hele enheder uden øre, for eksempel 200 000.
budgets-field-currency = Valuta
budgets-field-currency-hint = Tre store bogstaver, for eksempel DKK, EUR eller PLN.
budgets-field-window = Datoer for afstemningen
budgets-field-window-hint = Tidspunkterne er i UTC. Afstemningen skal åbne i fremtiden.
budgets-field-opens = Afstemningen åbner
budgets-field-closes = Afstemningen lukker
budgets-new-submit = Åbn runden
budgets-notice-opened = Runden er åben for projekter. Tilføj dem, før afstemningen åbner.
budgets-notice-project = Projektet er tilføjet.
budgets-notice-voted = Tak! Din stemme er talt med.
budgets-notice-paper = Papirstemmen er registreret. Du kan indtaste den næste.
budgets-voting = Afstemning
budgets-ballots = Afgivne stemmer
budgets-rules = Regler
budgets-you-voted = Du har stemt
budgets-you-voted-on = Du stemte { $date } på:
budgets-you-voted-paper = Din papirstemme blev registreret i centret { $date }. Den valgte:
budgets-your-total = I alt: { $cost }.
budgets-ballot-title = Din stemme
budgets-ballot-intro = Sæt flueben ved de projekter, du vil have. Tilsammen må de koste højst { $total }. Du kan stemme én gang.
budgets-ballot-legend = Projekter, du vælger
budgets-ballot-check = Tjek mit valg
budgets-ballot-cast = Afgiv min stemme
budgets-chosen-count = { $count ->
    [one] { $count } projekt
   *[other] { $count } projekter
}
budgets-chosen = Du har valgt { $projects } for { $cost } af { $total }.
budgets-sign-in-to-vote = Log ind for at stemme
budgets-members-vote = Kun medlemmer af dette fællesskab kan stemme.
budgets-join-to-vote = Bliv medlem af fællesskabet
budgets-projects = Projekter
budgets-projects-none = Ingen projekter endnu.
budgets-cost = Pris
budgets-add-project = Tilføj et projekt
budgets-add-project-intro = Projekter kan tilføjes, indtil afstemningen åbner.
budgets-field-project-title = Projektets navn
budgets-field-project-body = Beskrivelse
budgets-field-project-body-hint = Hvad det er, hvor, og for hvem. Du kan bruge Markdown.
budgets-field-cost = Pris
budgets-field-cost-hint = Hele enheder, højst { $total }.
budgets-add-project-submit = Tilføj projektet
budgets-paper-title = Registrér en papirstemme
budgets-paper-intro = For borgere, der har stemt personligt i centret. Hver borger har én stemme, online eller på papir.
budgets-paper-open = Åbn formularen til papirstemmer
budgets-field-resident-email = Borgerens e-mailadresse
budgets-field-resident-email-hint = Den adresse, personen bruger i dette fællesskab.
budgets-paper-total = Projekterne på én stemmeseddel må tilsammen koste højst { $total }.
budgets-paper-legend = Projekter på stemmesedlen
budgets-paper-submit = Registrér stemmen
budgets-back-to-round = Tilbage til runden
budgets-results-title = Resultater
budgets-tally-notice = Afstemningen er stadig åben: det her er stemmerne indtil nu, og kun arrangører kan se dem.
budgets-spent = Brugt på de valgte projekter
budgets-left = Tilbage
budgets-chart-title = Stemmer pr. projekt
budgets-votes = { $count ->
    [one] { $count } stemme
   *[other] { $count } stemmer
}
budgets-selected = Valgt
budgets-not-selected = Ikke valgt
budgets-table-caption = Alle projekter i resultatets rækkefølge
budgets-column-place = Plads
budgets-column-project = Projekt
budgets-column-votes = Stemmer
budgets-column-cost = Pris
budgets-column-selected = Valgt
budgets-yes = Ja
budgets-no = Nej
budgets-rule-title = Sådan vælges projekterne
budgets-rule = Projekterne sættes i rækkefølge efter stemmer. Har to lige mange stemmer, kommer det billigste først og derefter det, der blev tilføjet først. Ned gennem listen bliver hvert projekt valgt, hvis det stadig kan være i de penge, der er tilbage. Et projekt, der ikke kan være der, springes over, og de næste prøves stadig.
budgets-csv = Hent alle stemmer (CSV)
budgets-csv-hint = Én række pr. stemme: dens nummer, om den var på papir, og de valgte projekter. Ingen navne og ingen tidspunkter, så du selv kan tælle stemmerne.

error-budget-phase-unknown = Det er ikke et trin i en runde.
error-budget-currency-invalid = Skriv valutaen med tre bogstaver, for eksempel DKK, EUR eller PLN.
error-budget-amount-whole = Skriv et helt tal, for eksempel 200000.
error-budget-amount-positive = Skriv et beløb over 0.
error-budget-amount-too-large = Beløbet er for stort. Højst { $max }.
error-budget-time-invalid = Skriv en dato og et klokkeslæt, for eksempel 2027-03-01T09:00.
error-budget-opens-past = Afstemningen skal åbne i fremtiden.
error-budget-closes-before-opens = Afstemningen skal lukke, efter den åbner.
error-budget-cost-over-total = Et projekt kan ikke koste mere end hele runden: { $total }.
error-budget-choose-one = Vælg mindst ét projekt.
error-budget-project-unknown = Et af de valgte projekter hører ikke til denne runde.
error-budget-over = Dit valg koster { $cost }, men runden har { $total }. Fjern et projekt, og prøv igen.
error-budget-projects-closed = Afstemningen er åbnet, så der kan ikke tilføjes flere projekter.
error-budget-not-open-yet = Afstemningen er ikke åbnet endnu.
error-budget-closed = Afstemningen er lukket.
error-budget-already-voted = Du har allerede stemt i denne runde. Alle stemmer én gang.
error-budget-resident-already-voted = Denne borger har allerede stemt i denne runde, online eller på papir.
error-budget-resident-email-missing = Skriv borgerens e-mailadresse.
error-budget-resident-unknown = Intet medlem af dette fællesskab har denne e-mailadresse.
error-budget-results-later = Afstemningen er stadig åben. Resultaterne offentliggøres, når den lukker.
