# Moderation: anmeldelser, moderatorernes sider, blokeringer og loggen over handlinger.

community-nav-moderation = Moderation
moderation-nav-label = Moderation
moderation-nav-queue = Anmeldelser at afgøre
moderation-nav-decided = Afgjorte
moderation-nav-blocks = Blokerede personer
moderation-nav-log = Log over handlinger

moderation-hidden-mark = Skjult af moderatorerne
moderation-message-removed = Beskeden er fjernet af moderatorerne.
moderation-person-blocked = Blokeret fra dette fællesskab

moderation-target-initiative = Initiativ
moderation-target-comment = Kommentar
moderation-target-support = Tilbud eller anmodning
moderation-target-message = Privat besked
moderation-target-story = Fortælling
moderation-target-event = Arrangement
moderation-target-account = Person
moderation-target-exchange = Udveksling af tid
moderation-target-timebank = Tidsbank
moderation-target-other = Noget andet

moderation-status-open = Venter på en afgørelse
moderation-status-hidden = Skjult
moderation-status-dismissed = Afvist

moderation-title = Anmeldelser at afgøre
moderation-intro = Beboere har anmeldt dette. Åbn en anmeldelse, læs hvad den handler om, og afgør den: skjul det, eller afvis anmeldelsen.
moderation-none = Ingen anmeldelser venter. Tak fordi du kigger.
moderation-decided-title = Afgjorte anmeldelser
moderation-decided-intro = Anmeldelser, der allerede er afgjort, de nyeste afgørelser først. Du kan vise skjult indhold igen fra anmeldelsens side.
moderation-decided-none = Ingen anmeldelse er afgjort endnu.
moderation-reported-by = anmeldt af { $name }
moderation-reports-on-target = { $count ->
    [one] { $count } anmeldelse af det samme
   *[other] { $count } anmeldelser af det samme
}
moderation-target-gone = Det findes ikke længere: forfatteren har slettet det eller er gået.
moderation-note = Det skrev de:
moderation-why = Hvorfor:
moderation-decide = Afgør
moderation-open-report = Se anmeldelsen
moderation-more = Flere
moderation-notice-decided = Færdig. Anmeldelsen er afgjort.
moderation-notice-restored = Færdig. Det vises igen.
moderation-notice-blocked = Færdig. Personen er blokeret fra dette fællesskab.
moderation-notice-unblocked = Færdig. Personen kan blive medlem igen.

moderation-report-title = Anmeldelse: { $what }
moderation-field-reason = Grund
moderation-field-reporter = Anmeldt af
moderation-field-reported-at = Anmeldt den
moderation-field-status = Status
moderation-field-reports-on-target = Anmeldelser af det samme
moderation-field-decided-by = Afgjort af
moderation-what-was-reported = Det blev anmeldt
moderation-written-by = Skrevet af { $name }
moderation-message-private = Dette er en privat besked. Du ser den kun, fordi den er blevet anmeldt. Behold den for dig selv.
moderation-see-target = Se, hvor det står

moderation-decide-title = Din afgørelse
moderation-field-action = Hvad skal der ske?
moderation-action-hide = Skjul det. Kun moderatorerne kan se det.
moderation-action-block = Bloker personen fra fællesskabet. Medlemskabet ophører.
moderation-action-dismiss = Afvis anmeldelsen. Intet ændres.
moderation-field-decision-note = Hvorfor (valgfrit)
moderation-field-decision-note-hint = De andre moderatorer kan læse det i loggen over handlinger.
moderation-decide-submit = Afgør

moderation-restore-title = Vis det igen
moderation-restore-explained = Alle, der kunne se det før, kan se det igen.
moderation-restore-submit = Vis det igen
moderation-unblock-title = Ophæv blokeringen
moderation-unblock-explained = Personen kan blive medlem af fællesskabet igen.
moderation-unblock-submit = Ophæv blokeringen

moderation-block-author = Bloker { $name } fra dette fællesskab
moderation-block-title = Bloker en person
moderation-block-explained = Medlemskabet ophører, og personen kan ikke blive medlem igen, før en moderator ophæver blokeringen. Det, personen har skrevet, bliver stående.
moderation-field-block-reason = Hvorfor
moderation-field-block-reason-hint = De andre moderatorer kan læse det. Det kan personen også, hvis de beder om deres data.
moderation-field-email = Personens e-mailadresse
moderation-field-email-hint = Den adresse, personen logger ind med.
moderation-block-submit = Bloker

moderation-blocks-title = Blokerede personer
moderation-blocks-intro = Disse personer kan ikke blive medlemmer af fællesskabet, før blokeringen er ophævet.
moderation-blocks-none = Ingen er blokeret.
moderation-unblock-person = Ophæv blokeringen af { $name }
moderation-column-person = Person
moderation-column-reason = Hvorfor
moderation-column-by = Blokeret af
moderation-column-when = Hvornår
moderation-column-unblock = Ophæv blokeringen
moderation-column-who = Hvem
moderation-column-what = Hvad
moderation-column-on = Hvad det gjaldt
moderation-column-why = Hvorfor

moderation-log-title = Log over handlinger
moderation-log-intro = Alle moderatorernes afgørelser og alle administratorernes ændringer: hvem, hvad, hvornår og hvorfor. Intet her kan ændres.
moderation-log-none = Der er ikke sket noget endnu.
moderation-log-older = Ældre indførsler

moderation-filed-title = Anmeldelsen er sendt
moderation-filed-back = Gå tilbage

audit-action-report-hidden = Skjulte det anmeldte
audit-action-report-dismissed = Afviste en anmeldelse
audit-action-content-restored = Viste skjult indhold igen
audit-action-member-blocked = Blokerede en person
audit-action-member-unblocked = Ophævede en blokering
audit-action-role-changed = Ændrede en rolle
audit-action-trusted-helper-marked = Gjorde en person til betroet hjælper
audit-action-trusted-helper-unmarked = Fjernede en betroet hjælper
audit-action-initiative-answered = Svarede på et initiativ
audit-action-budget-created = Oprettede et borgerbudget
audit-action-paper-ballot-recorded = Registrerede en stemme på papir
audit-action-survey-opened = Åbnede et spørgeskema
audit-action-survey-closed = Lukkede et spørgeskema
audit-action-survey-paper-recorded = Indtastede et spørgeskema på papir
audit-action-timebank-corrected = Rettede en udveksling af tid
audit-action-timebank-fund-transfer = Flyttede tid med fællesskabets pulje
audit-action-timebank-limit-changed = Ændrede tidsbankens grænse
audit-action-resident-registered = Registrerede en beboer ved skranken
audit-action-helper-ended = Afsluttede en hjælpers rolle

error-report-community-missing = Skriv, hvilket fællesskab du anmelder personen til.
error-report-community-unknown = Der er intet fællesskab med denne adresse.
error-report-status-unknown = En anmeldelse kan ikke have denne status.
error-report-action-unknown = Vælg, hvad der skal ske: skjul det, eller afvis anmeldelsen.
error-report-queue-unknown = Vælg de åbne eller de afgjorte anmeldelser.
error-report-decided = Denne anmeldelse er allerede afgjort.
error-report-not-hidden = Denne anmeldelse skjuler ikke noget nu.
error-moderators-only = Kun dette fællesskabs moderatorer kan gøre dette.
error-block-outranked = Du kan ikke blokere en person med samme eller højere rolle end din.
error-block-person-unknown = Vi kender ingen med denne adresse.
error-block-self = Du kan ikke blokere dig selv.
error-block-exists = Denne person er allerede blokeret.
error-community-blocked = Moderatorerne har blokeret dig fra dette fællesskab. Du kan ikke blive medlem.
error-audit-action-unknown = Loggen kender ikke denne handling.
