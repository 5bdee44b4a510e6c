# Initiativer og kommentarer.
community-nav-initiatives = Initiativer
initiatives-title = Initiativer
initiatives-intro = Idéer fra naboer til vores område. Støt dem, du kan lide, tilbyd at hjælpe, og se, hvad arrangørerne svarer.
initiatives-sign-in-to-take-part = Log ind for at foreslå et initiativ eller støtte et.
initiatives-filters = Sortér og filtrér
initiatives-field-sort = Rækkefølge
initiatives-sort-newest = Nyeste først
initiatives-sort-supported = Mest støttede først
initiatives-field-state = Fase
initiatives-any-state = Alle faser
initiatives-filter-submit = Vis
initiatives-results = Fundne initiativer
initiatives-none = Her er ingen initiativer endnu.
initiatives-more = Flere initiativer
initiative-state-open = Åbent for støtte
initiative-state-accepted = Godkendt
initiative-state-declined = Afvist
initiative-state-in_progress = I gang
initiative-state-done = Gennemført
initiative-supporters = { $count ->
    [one] { $count } støtter
   *[other] { $count } støttere
}
initiative-comments = { $count ->
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
initiative-volunteer-count = { $count ->
    [one] { $count } person tilbyder at hjælpe
   *[other] { $count } personer tilbyder at hjælpe
}
initiative-propose = Foreslå et initiativ
initiative-form-intro = Beskriv, hvad du gerne vil ændre eller skabe, og hvorfor det betyder noget for nabolaget. Så kan andre støtte det og tilbyde at hjælpe.
initiative-field-title = Overskrift
initiative-field-title-hint = Et kort navn til din idé, for eksempel »Bænke langs stien ved åen«.
initiative-field-body = Beskrivelse
markdown-hint = Du kan bruge enkel formatering: **fed**, *kursiv*, lister, der begynder med »-«, og links.
initiative-propose-submit = Offentliggør initiativet
initiative-proposed-by = Foreslået af
initiative-support-title = Støtte
initiative-volunteers-title = Folk, der tilbyder at hjælpe
initiative-volunteers-none = Ingen har tilbudt at hjælpe endnu.
initiative-take-part = Vær med
initiative-support = Støt dette initiativ
initiative-you-support = Du støtter dette initiativ.
initiative-withdraw-support = Træk min støtte tilbage
initiative-support-closed = Dette initiativ kan ikke længere få støtte.
initiative-follow = Følg
initiative-unfollow = Stop med at følge
initiative-field-volunteer-note = Hvad kan du gøre? (valgfrit)
initiative-field-volunteer-note-hint = For eksempel »Jeg kan male om lørdagen«.
initiative-volunteer = Jeg vil gerne hjælpe
initiative-you-volunteer = Du har tilbudt at hjælpe.
initiative-unvolunteer = Træk mit tilbud om hjælp tilbage
initiative-join-to-take-part = Bliv medlem af dette fællesskab for at være med.
initiative-sign-in-to-take-part = Log ind for at være med.
initiative-answer-title = Svar som arrangør
initiative-answer-intro = Vælg den næste fase, og forklar den. Dit svar er offentligt og bliver stående i historikken.
initiative-field-new-state = Ny fase
initiative-field-answer = Offentligt svar
initiative-field-answer-hint = Skriv, hvad der blev besluttet, hvorfor, og hvad der sker nu.
initiative-answer-submit = Offentliggør svaret
initiative-history-title = Historik
initiative-history-proposed = Foreslået
initiative-notice-proposed = Dit initiativ er offentliggjort.
initiative-notice-supported = Tak! Du støtter nu dette initiativ.
initiative-notice-withdrawn = Din støtte er trukket tilbage.
initiative-notice-volunteered = Tak, fordi du tilbyder at hjælpe.
initiative-notice-unvolunteered = Dit tilbud om hjælp er trukket tilbage.
initiative-notice-followed = Du følger nu dette initiativ.
initiative-notice-unfollowed = Du følger ikke længere dette initiativ.
initiative-notice-answered = Svaret er offentliggjort.
comment-field-body = Din kommentar
comment-submit = Slå kommentaren op
comment-notice-posted = Din kommentar er slået op.
comments-title = Kommentarer
comments-none = Ingen kommentarer endnu.
comments-more = Flere kommentarer
comment-edited = rettet
comment-removed = Kommentaren er fjernet.
comment-change = Ret eller slet min kommentar
comment-reply = Svar
comment-field-reply = Dit svar
comment-reply-submit = Slå svaret op
comment-back = Tilbage til samtalen
comment-edit-hint = Du kan rette en kommentar i 15 minutter, efter du har skrevet den.
comment-save = Gem kommentaren
comment-edit-window-over = Der er gået mere end 15 minutter, så kommentaren kan ikke længere rettes. Du kan stadig slette den.
comment-delete-title = Slet kommentaren
comment-delete-intro = Dens plads i samtalen bliver stående, markeret »Kommentaren er fjernet«.
comment-delete = Slet
error-initiative-state-unknown = Vælg en af faserne.
error-initiative-sort-unknown = Vælg nyeste eller mest støttede.
error-initiative-state-change = Et initiativ i denne fase kan ikke gå videre til den fase, du valgte.
error-initiative-closed = Dette initiativ kan ikke længere få støtte eller tilbud om hjælp.
error-initiative-support-duplicate = Du støtter allerede dette initiativ.
error-comment-edit-window = En kommentar kan kun rettes inden for 15 minutter, efter den er skrevet.
error-comment-parent-unknown = Den kommentar, du svarer på, er ikke med i denne samtale.
error-comment-target-unknown = Man kan kommentere initiativer, arrangementer og fortællinger.
initiatives-see-all = Alle initiativer
