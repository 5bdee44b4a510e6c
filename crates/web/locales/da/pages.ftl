## Sidens ramme: navigation, sidefod, visning

nav-home = Forside
nav-help = Hjælp
nav-my-communities = Mine fællesskaber
nav-all-communities = Alle fællesskaber
nav-display = Tekststørrelse og kontrast
footer-label = Om dette websted
footer-accessibility = Tilgængelighedserklæring
footer-privacy = Privatliv
title-error-prefix = Fejl:

display-title = Tekststørrelse og kontrast
display-intro = Gør teksten større eller kontrasten højere. Dit valg gemmes kun i denne browser.
display-text-legend = Tekststørrelse
display-text-standard = Normal
display-text-large = Stor
display-contrast-legend = Kontrast
display-contrast-standard = Normal
display-contrast-high = Høj
display-save = Gem
display-saved = Dine indstillinger er gemt.
display-back = Tilbage til siden, du kom fra
display-dark = Siderne bliver mørke, når din enhed bruger mørk tilstand. Din browsers zoom virker også på alle sider.

## Hjælp

help-title = Hjælp
help-intro = Sådan deltager du i dit fællesskab på Micropolis, og hvem der kan hjælpe, når noget ikke virker.
help-join-title = Bliv medlem af et fællesskab
help-join = Opret en konto, åbn dit fællesskab fra listen over fællesskaber, og tryk på knappen for at blive medlem. Det er gratis, og du kan deltage i alt, hvad dit fællesskab laver.
help-account-title = Log ind og din adgangskode
help-account = Log ind med din e-mailadresse og din adgangskode. Hvis du har glemt din adgangskode, sender vi et link til din e-mailadresse, så du kan vælge en ny.
help-language-title = Sprog
help-language = Vælg dit sprog øverst på alle sider. Denne browser husker dit valg. Når du er logget ind, kan du også vælge det under Min konto.
help-display-title = Tekststørrelse og kontrast
help-display = Du kan gøre teksten større og kontrasten højere. Linket står øverst og nederst på alle sider. Din browsers zoom virker også.
help-keyboard-title = Brug af tastatur
help-keyboard = Alt virker med tastaturet alene. Tab flytter til næste link eller felt, Skift og Tab flytter tilbage, og Enter følger et link eller trykker på en knap. Første tryk på Tab på en side viser et link, der springer direkte til hovedindholdet.
help-contact-title = Hvem kan hjælpe
help-contact = Arrangørerne i dit fællesskab kender det bedst: spørg dem. Ved problemer med din konto eller med dette websted kan du kontakte dem, der driver denne installation af Micropolis.

## Tilgængelighedserklæring

a11y-title = Tilgængelighedserklæring
a11y-intro = Micropolis er for alle i et fællesskab: unge og ældre, med eller uden handicap, på telefon eller computer. Denne erklæring fortæller, hvor tilgængeligt dette websted er, og hvad du kan gøre, når noget ikke virker for dig.
a11y-status-title = Hvor tilgængeligt webstedet er
a11y-status = Vi arbejder for at opfylde retningslinjerne for tilgængeligt webindhold (WCAG) 2.2 på niveau AA, som den europæiske standard EN 301 549 kræver. Så vidt vi ved, opfylder alle sider dem, bortset fra de begrænsninger, der er beskrevet nedenfor.
a11y-features-title = Det kan du
a11y-feature-keyboard = Bruge alle sider med tastaturet alene.
a11y-feature-screen-reader = Bruge en skærmlæser: siderne har overskrifter, landemærker og formularfelter med navne, og fejl er knyttet til de felter, de handler om.
a11y-feature-zoom = Zoome ind til 400 % og bruge webstedet på en lille skærm uden at miste indhold.
a11y-feature-display = Gøre teksten større og kontrasten højere:
a11y-feature-dark = Bruge mørk tilstand: siderne følger indstillingen på din enhed.
a11y-feature-languages = Læse webstedet på engelsk, polsk, dansk, italiensk eller ukrainsk.
a11y-feature-no-script = Bruge webstedet uden JavaScript.
a11y-testing-title = Sådan tjekker vi
a11y-testing = Hver side tjekkes i en rigtig browser, på flere sprog og i bredden af en telefon og en computer, med automatiske tilgængelighedstest (axe-core). Vi tjekker også, at koden på hver side er gyldig, og at alle opgaver kan klares med tastaturet alene. Automatiske test finder ikke alle problemer, så vi tester også i hånden, og din feedback er vigtig for os.
a11y-limits-title = Kendte begrænsninger
a11y-limits = Tekster, som medlemmer selv skriver, for eksempel beskrivelsen af et fællesskab, vises på det sprog, de er skrevet på. Webstedet er endnu ikke testet sammen med folk, der bruger skærmlæser; det har vi planer om.
a11y-feedback-title = Feedback og kontakt
a11y-feedback = Hvis noget er svært at bruge eller ikke virker for dig, så sig det til os. Spørg arrangørerne i dit fællesskab, eller kontakt dem, der driver denne installation af Micropolis. Skriv, hvilken side det var, og hvad der skete. Vi svarer og retter, hvad vi kan.
a11y-enforcement-title = Hvis du ikke er tilfreds med vores svar
a11y-enforcement = Du kan henvende dig til den offentlige myndighed, der fører tilsyn med digital tilgængelighed i dit land.

## Privatliv

privacy-title = Privatliv
privacy-intro = Vi gemmer kun det, webstedet skal bruge for at virke. Vi sporer dig ikke, viser ingen reklamer og sælger eller deler ikke dine data. Webstedet henter intet fra andre websteder.
privacy-stored-title = Det gemmer vi
privacy-stored-account = Din konto: dit navn, din e-mailadresse, dit sprog og din adgangskode som en envejskode, som ingen kan lave tilbage til adgangskoden.
privacy-stored-memberships = De fællesskaber, du er medlem af, og din rolle i hvert af dem.
privacy-stored-support = Det, du skriver i tilbud og anmodninger, og dine private samtaler. Kun du og den anden person læser en samtale; moderatorerne læser den kun, hvis en af jer anmelder en besked. Anmodninger, du markerer som fortrolige (og anmodninger om følelsesmæssig støtte), kan kun ses af dig, betroede hjælpere og moderatorer.
privacy-stored-timebank = Dine udvekslinger i tidsbanken og posteringerne på din konto der. Hvis du sletter din konto, bliver posteringerne stående uden dit navn, så alle andres konti stadig går op.
privacy-stored-sessions = Hvor du er logget ind: typen af browser og enhed, og hvornår den sidst blev brugt. Du kan se det under Min konto og logge en enhed ud derfra.
privacy-stored-attempts = Mislykkede forsøg på at logge ind, med den netværksadresse de kom fra, i 15 minutter. Det forhindrer, at nogen gætter adgangskoder.
privacy-visible-title = Hvem ser hvad
privacy-visible = Din e-mailadresse vises aldrig for andre. Dit navn og din rolle kan ses af medlemmerne i de fællesskaber, du bliver medlem af.
privacy-cookies-title = Cookies
privacy-cookies = Webstedet bruger kun de cookies, det skal bruge for at virke, og ingen cookies fra andre websteder:
privacy-cookie-session = holder dig logget ind.
privacy-cookie-csrf = beskytter dine formularer mod at blive sendt af andre websteder.
privacy-cookie-lang = husker det sprog, du har valgt.
privacy-cookie-display = husker din tekststørrelse og kontrast.
privacy-mail-title = E-mail
privacy-mail = Vi sender dig kun e-mails, når du har brug for dem: for at bekræfte din e-mailadresse, for at nulstille din adgangskode og én gang, når en besked har ventet ulæst i en time (højst én om dagen for hver samtale; du kan slå det fra under Min konto).
privacy-rights-title = Dine rettigheder
privacy-rights = Efter databeskyttelsesforordningen (GDPR) kan du se, rette, hente og slette dine data. Under Min konto kan du ændre dit navn og sprog; under »Dine data« kan du hente alt, hvad vi har om dig, i én fil og slette din konto. Har du andre ønsker, så spørg dem, der driver denne installation: de skal svare inden for en måned.
privacy-controller-title = Hvem har ansvaret
privacy-controller = De personer eller den organisation, der driver denne installation af Micropolis, har ansvaret for dine data. Micropolis er fri software: alle kan se, hvordan det behandler data.
