sign-up-title = Opret din konto
sign-up-intro = Det tager et minut. Din e-mailadresse bliver aldrig vist for andre.
sign-up-submit = Opret konto
sign-up-have-account = Har du allerede en konto?
sign-up-check-inbox-title = Tjek din indbakke
sign-up-check-inbox = Vi har sendt dig en mail med et link. Åbn det for at bekræfte din e-mailadresse, og log derefter ind.
sign-in-title = Log ind
sign-in-submit = Log ind
sign-in-forgot = Har du glemt din adgangskode?
sign-in-no-account = Ny her?
field-display-name = Dit navn
field-display-name-hint = Det navn, andre ser. Det kan bare være dit fornavn.
field-email = E-mailadresse
field-password = Adgangskode
field-new-password = Ny adgangskode
field-new-password-hint = Mindst 10 tegn. Nogle få ord sammen giver en god adgangskode.
field-current-password = Nuværende adgangskode
field-locale = Sprog
verify-title = Bekræft din e-mailadresse
verify-intro = Tryk på knappen for at bekræfte, at denne e-mailadresse er din.
verify-submit = Bekræft min e-mailadresse
verify-done-title = E-mailadressen er bekræftet
verify-done = Tak. Din e-mailadresse er bekræftet, og du kan logge ind.
reset-title = Nulstil din adgangskode
reset-intro = Skriv e-mailadressen til din konto. Vi sender dig et link, så du kan vælge en ny adgangskode.
reset-submit = Send mig et link
reset-sent-title = Tjek din indbakke
reset-sent = Hvis en konto bruger denne adresse, er en mail med et link på vej. Linket virker i en time.
reset-new-title = Vælg en ny adgangskode
reset-new-submit = Gem ny adgangskode
reset-done-title = Adgangskoden er ændret
reset-done = Din nye adgangskode er gemt. Af hensyn til din sikkerhed er du logget ud overalt. Log ind igen.
account-title = Min konto
account-memberships = Mine fællesskaber
account-no-memberships = Du er ikke medlem af et fællesskab endnu.
account-find-community = Find et fællesskab
account-settings = Navn og sprog
account-email-is = Din e-mailadresse: { $email }
account-save = Gem
account-saved-settings = Dit navn og sprog er gemt.
account-password = Adgangskode
account-password-intro = Når du skifter adgangskode, bliver du logget ud på alle andre enheder.
account-change-password = Skift adgangskode
account-saved-password = Din adgangskode er ændret. Andre enheder er logget ud.
account-sessions = Hvor du er logget ind
account-sessions-intro = Hvis du ikke kender en enhed, så log den ud, og skift din adgangskode.
account-session-current = denne enhed
account-session-last-seen = Sidst aktiv: { $when }
account-session-end = Log ud på { $device }
account-session-unknown-device = Ukendt enhed
account-saved-session = Enheden er logget ud.
mail-verify-subject = Bekræft din e-mailadresse til Micropolis
mail-verify-body =
    Hej { $name }

    Velkommen til Micropolis. Bekræft din e-mailadresse ved at åbne dette link:

    { $link }

    Linket virker i to dage. Hvis du ikke har oprettet en konto, kan du se bort fra denne mail.
mail-reset-subject = Nulstil din adgangskode til Micropolis
mail-reset-body =
    Hej { $name }

    Nogen har bedt om at nulstille adgangskoden til din konto på Micropolis. Åbn dette link for at vælge en ny adgangskode:

    { $link }

    Linket virker i en time. Hvis det ikke var dig, så se bort fra denne mail: Din adgangskode forbliver den samme.
account-mails = E-mails
account-message-mails = Send mig én e-mail, når en besked har ventet ulæst i en time
account-saved-mails = Dit valg om e-mails er gemt.
account-data-intro = Hent alt, hvad vi har om dig, eller slet din konto.
account-data-link = Dine data
mail-unread-subject = { $sender } har skrevet til dig på Micropolis
mail-unread-body =
    Hej { $name }

    { $sender } sendte dig for en time siden en besked på Micropolis, som du ikke har læst endnu. Læs og svar på den her:

    { $link }

    Vi sender højst én sådan mail om dagen for hver samtale. Hvis du ikke vil have disse mails, så fjern fluebenet under »E-mails« på din kontoside: { $settings }
