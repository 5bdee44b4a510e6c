error-required = Udfyld dette felt.
error-too-long = Brug højst { $max } tegn.
error-wrong-type = Værdien har den forkerte type.
error-body-not-object = Send et JSON-objekt.
error-limit-range = Vælg en grænse fra 1 til 100.
error-cursor-invalid = Denne markør kommer ikke fra os. Start forfra uden den.
error-email-missing = Skriv din e-mailadresse.
error-email-invalid = Skriv en e-mailadresse som navn@example.org.
error-email-taken = Der findes allerede en konto med denne e-mailadresse. Log ind i stedet, eller nulstil din adgangskode.
error-email-not-verified = Bekræft først din e-mailadresse: Åbn linket i den mail, vi har sendt dig. Ingen mail? Vælg »Har du glemt din adgangskode?« for at få et nyt link.
error-display-name-missing = Skriv det navn, andre skal se.
error-display-name-invalid = Brug kun bogstaver, tal og tegnsætning.
error-password-missing = Skriv en adgangskode.
error-password-too-short = Brug mindst { $min } tegn. Nogle få ord sammen giver en god adgangskode.
error-password-common = Denne adgangskode er blandt de mest almindelige. Vælg en anden.
error-password-wrong = Det er ikke din nuværende adgangskode.
error-sign-in-failed = E-mailadressen eller adgangskoden er forkert.
error-token-invalid = Dette link virker ikke længere. Bed om et nyt.
error-locale-unknown = Vælg en af: en, pl, da, it, uk.
error-slug-invalid = Brug 3 til 50 små bogstaver, tal og bindestreger. Adressen skal starte og slutte med et bogstav eller et tal.
error-slug-taken = Denne adresse bruges allerede af et andet fællesskab.
error-country-invalid = Brug en landekode på to bogstaver, fx PL, DK eller IT.
error-role-unknown = Vælg en af: member, organiser, moderator, admin.
error-nothing-to-change = Angiv, hvad der skal ændres: en rolle, mærket som betroet hjælper eller begge dele.
error-last-admin = Et fællesskab skal have mindst én administrator. Gør først en anden til administrator.
error-forbidden = Du har ikke lov til at gøre dette.
error-unauthorised = Log ind for at gøre dette.
error-back-home = Gå til forsiden
problem-bad-request = Ugyldig forespørgsel
problem-bad-request-detail = Forespørgslen kunne ikke læses. Tjek adressen og eventuelt indholdet, du sendte.
problem-unauthorised = Ikke logget ind
problem-forbidden = Ikke tilladt
problem-not-found = Ikke fundet
problem-not-found-detail = Der er intet her. Siden er måske flyttet eller fjernet, eller adressen er skrevet forkert.
problem-method-not-allowed = Metoden er ikke tilladt
problem-method-not-allowed-detail = Denne adresse tager ikke imod denne slags forespørgsler.
problem-conflict = Konflikt
problem-too-large = For stor
problem-too-large-detail = Forespørgslen er for stor.
problem-not-json = Ikke JSON
problem-not-json-detail = Send indholdet som JSON med Content-Type: application/json.
problem-invalid = Ugyldige oplysninger
problem-invalid-detail = Nogle værdier mangler eller er ikke gyldige. Se beskeden ved hvert felt.
problem-rate-limited = For mange forsøg
problem-rate-limited-detail = { $minutes ->
    [one] For mange forsøg. Prøv igen om { $minutes } minut.
   *[other] For mange forsøg. Prøv igen om { $minutes } minutter.
}
problem-internal = Noget gik galt
problem-internal-detail = Noget gik galt hos os. Intet blev ændret. Prøv igen om lidt.
problem-csrf-detail = Formularen var for gammel eller kom fra et andet websted. Intet blev ændret. Gå tilbage, genindlæs siden, og prøv igen.
problem-reference = Reference til support: { $id }
error-members-only = Kun medlemmer af dette fællesskab kan gøre dette. Bliv medlem af fællesskabet først.
error-date-invalid = Skriv en dato som 2026-12-31.
error-date-past = Vælg i dag eller en senere dag.
error-language-unknown = Vælg sprog fra listen.
error-support-kind-unknown = Vælg »Jeg tilbyder hjælp« eller »Jeg har brug for hjælp«.
error-support-category-unknown = Vælg en af kategorierne.
error-support-status-unknown = Vælg åben, aftalt eller lukket.
error-support-status-filter = Brug »open« eller »all«.
error-support-offer-sensitive = Kun anmodninger kan holdes fortrolige.
error-support-kind-fixed = Et tilbud forbliver et tilbud, og en anmodning forbliver en anmodning. Opret et nyt opslag i stedet.
error-support-own = Det er dit eget opslag. Det er andre, der svarer på det.
error-support-not-open = Opslaget er ikke længere åbent, så det kan ikke besvares.
error-report-reason-unknown = Vælg en grund.
error-report-target-unknown = Vælg, hvad du anmelder: et initiativ, en kommentar, et tilbud eller en anmodning, en besked eller en person.
error-report-target-missing = Angiv, hvad du anmelder.
error-report-duplicate = Du har allerede anmeldt dette. Moderatorerne kigger på det.
error-minutes-positive = Skriv et helt antal minutter, 1 eller flere.
error-minutes-too-many = { $max ->
    [one] Skriv højst { $max } minut (en uge).
   *[other] Skriv højst { $max } minutter (en uge).
}
error-exchange-person-unknown = Vælg et medlem af dette fællesskab.
error-exchange-self = En udveksling kræver to forskellige personer.
error-exchange-not-party = Du kan kun registrere en udveksling, som du selv har været med i.
error-exchange-support-unknown = Dette tilbud eller denne anmodning kan du ikke se i dette fællesskab.
error-exchange-direction = Angiv, hvem der gav tiden: dig eller den anden person.
error-exchange-own-proposal = Du har foreslået denne udveksling; det er den anden person, der bekræfter den.
error-exchange-decided = Denne udveksling er allerede bekræftet eller afvist.
error-exchange-reversed = Denne udveksling er allerede tilbageført.
error-exchange-not-confirmed = Kun en bekræftet udveksling kan tilbageføres.
error-exchange-status-unknown = Ukendt status for udvekslingen.
error-limit-mode-unknown = Vælg »warn« eller »block«.
error-timebank-minimum-range = Skriv et helt antal timer, 0 eller flere.
error-timebank-below-limit = { $min ->
    [one] Det ville bringe modtageren under fællesskabets grænse på { $min } minut under nul.
   *[other] Det ville bringe modtageren under fællesskabets grænse på { $min } minutter under nul.
}
error-fund-direction-unknown = Vælg, hvilken vej tiden går.
error-text-control = Fjern de usynlige kontroltegn fra teksten.
error-date-too-far = Vælg en dag inden for det næste år.
error-report-own = Du kan ikke anmelde noget, du selv har skrevet.
error-conversation-closed = Den anden person har forladt Micropolis, så samtalen er lukket.
error-timebank-minimum-minutes = Brug 0 eller et negativt antal minutter (højst 100 uger under nul).
