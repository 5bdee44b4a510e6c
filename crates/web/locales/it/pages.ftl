## La cornice della pagina: navigazione, piè di pagina, visualizzazione

nav-home = Pagina iniziale
nav-help = Aiuto
nav-my-communities = Le mie comunità
nav-all-communities = Tutte le comunità
nav-display = Dimensione del testo e contrasto
footer-label = Su questo sito
footer-accessibility = Dichiarazione di accessibilità
footer-privacy = Privacy
title-error-prefix = Errore:

display-title = Dimensione del testo e contrasto
display-intro = Ingrandisci il testo o aumenta il contrasto. La tua scelta resta salvata solo in questo browser.
display-text-legend = Dimensione del testo
display-text-standard = Normale
display-text-large = Grande
display-contrast-legend = Contrasto
display-contrast-standard = Normale
display-contrast-high = Alto
display-save = Salva
display-saved = Le tue impostazioni sono salvate.
display-back = Torna alla pagina precedente
display-dark = Le pagine diventano scure quando il tuo dispositivo usa la modalità scura. Anche lo zoom del browser funziona su ogni pagina.

## Aiuto

help-title = Aiuto
help-intro = Come partecipare alla vita della tua comunità su Micropolis, e chi può aiutarti quando qualcosa non funziona.
help-join-title = Entrare in una comunità
help-join = Registrati, apri la tua comunità dall'elenco delle comunità e premi il pulsante per entrare. È gratis, e puoi partecipare a tutto quello che fa la tua comunità.
help-account-title = Accesso e password
help-account = Accedi con il tuo indirizzo e-mail e la tua password. Se hai dimenticato la password, ti mandiamo un link al tuo indirizzo e-mail per sceglierne una nuova.
help-language-title = Lingua
help-language = Scegli la lingua in alto in ogni pagina. Questo browser ricorda la tua scelta. Quando hai fatto l'accesso, puoi impostarla anche in Il mio account.
help-display-title = Dimensione del testo e contrasto
help-display = Puoi ingrandire il testo e aumentare il contrasto. Il link è in alto e in basso in ogni pagina. Funziona anche lo zoom del browser.
help-keyboard-title = Usare la tastiera
help-keyboard = Tutto funziona anche solo con la tastiera. Tab porta al link o al campo successivo, Maiusc e Tab torna indietro, e Invio apre un link o preme un pulsante. Il primo Tab su una pagina mostra un link che porta subito al contenuto principale.
help-contact-title = Chi può aiutarti
help-contact = Chi organizza la tua comunità la conosce meglio di chiunque: chiedi a loro. Per problemi con il tuo account o con questo sito, contatta le persone che gestiscono questa installazione di Micropolis.

## Dichiarazione di accessibilità

a11y-title = Dichiarazione di accessibilità
a11y-intro = Micropolis è per tutte le persone di una comunità: giovani e anziane, con o senza disabilità, dal telefono o dal computer. Questa dichiarazione dice quanto è accessibile questo sito e cosa fare quando qualcosa non funziona per te.
a11y-status-title = Quanto è accessibile questo sito
a11y-status = Vogliamo rispettare le Linee guida per l'accessibilità dei contenuti web (WCAG) 2.2 al livello AA, quello richiesto dalla norma europea EN 301 549. Per quanto ne sappiamo, tutte le pagine lo rispettano, tranne i limiti descritti qui sotto.
a11y-features-title = Cosa puoi fare
a11y-feature-keyboard = Usare ogni pagina solo con la tastiera.
a11y-feature-screen-reader = Usare un lettore di schermo: le pagine hanno titoli, punti di riferimento e campi dei moduli con un'etichetta, e gli errori sono collegati ai campi a cui si riferiscono.
a11y-feature-zoom = Ingrandire fino al 400% e usare il sito su uno schermo piccolo senza perdere contenuti.
a11y-feature-display = Ingrandire il testo e aumentare il contrasto:
a11y-feature-dark = Usare la modalità scura: le pagine seguono l'impostazione del tuo dispositivo.
a11y-feature-languages = Leggere il sito in inglese, polacco, danese, italiano o ucraino.
a11y-feature-no-script = Usare il sito senza JavaScript.
a11y-testing-title = Come controlliamo
a11y-testing = Ogni pagina viene controllata in un vero browser, in più lingue e alla larghezza di un telefono e di un computer, con test automatici di accessibilità (axe-core). Controlliamo anche che il codice di ogni pagina sia valido e che ogni operazione si possa fare solo con la tastiera. I test automatici non trovano tutti i problemi, quindi controlliamo anche a mano, e il tuo parere è importante per noi.
a11y-limits-title = Limiti noti
a11y-limits = I testi scritti dai membri, come la descrizione di una comunità, sono mostrati nella lingua in cui sono stati scritti. Il sito non è ancora stato provato insieme a persone che usano un lettore di schermo; lo faremo.
a11y-feedback-title = Segnalazioni e contatti
a11y-feedback = Se qualcosa è difficile da usare o non funziona per te, diccelo. Chiedi a chi organizza la tua comunità, oppure contatta le persone che gestiscono questa installazione di Micropolis. Scrivi in quale pagina è successo e che cosa è successo. Ti risponderemo e sistemeremo quello che possiamo.
a11y-enforcement-title = Se la nostra risposta non ti soddisfa
a11y-enforcement = Puoi rivolgerti all'ente pubblico che nel tuo paese vigila sull'accessibilità digitale.

## Privacy

privacy-title = Privacy
privacy-intro = Conserviamo solo quello che serve a far funzionare il sito. Non ti tracciamo, non mostriamo pubblicità e non vendiamo né condividiamo i tuoi dati. Il sito non carica nulla da altri siti.
privacy-stored-title = Cosa conserviamo
privacy-stored-account = Il tuo account: il tuo nome, il tuo indirizzo e-mail, la tua lingua e la tua password sotto forma di codice a senso unico, da cui nessuno può ricavare la password.
privacy-stored-memberships = Le comunità di cui fai parte e il tuo ruolo in ciascuna.
privacy-stored-support = Quello che pubblichi nelle offerte e nelle richieste, e le tue conversazioni private. Una conversazione la leggete solo tu e l'altra persona; i moderatori la leggono solo se una delle due persone segnala un messaggio. Le richieste che segni come riservate (e le richieste di sostegno emotivo) sono visibili solo a te, alle persone di fiducia e ai moderatori.
privacy-stored-timebank = I tuoi scambi nella banca del tempo e le registrazioni sul tuo conto. Se elimini il tuo account, le registrazioni restano senza il tuo nome, così i conti di tutte le altre persone continuano a tornare.
privacy-stored-sessions = I dispositivi da cui hai fatto l'accesso: il tipo di browser e di dispositivo, e quando è stato usato l'ultima volta. Li vedi in Il mio account, dove puoi anche disconnettere un dispositivo.
privacy-stored-attempts = I tentativi di accesso falliti, con l'indirizzo di rete da cui arrivano, per 15 minuti. Così nessuno può indovinare le password per tentativi.
privacy-visible-title = Chi vede cosa
privacy-visible = Il tuo indirizzo e-mail non viene mai mostrato ad altre persone. Il tuo nome e il tuo ruolo sono visibili ai membri delle comunità in cui entri.
privacy-cookies-title = Cookie
privacy-cookies = Questo sito usa solo i cookie che gli servono per funzionare, e nessun cookie di altri siti:
privacy-cookie-session = mantiene il tuo accesso.
privacy-cookie-csrf = protegge i tuoi moduli dall'invio da parte di altri siti.
privacy-cookie-lang = ricorda la lingua che hai scelto.
privacy-cookie-display = ricordano la dimensione del testo e il contrasto.
privacy-mail-title = E-mail
privacy-mail = Ti mandiamo e-mail solo quando ti servono: per confermare il tuo indirizzo e-mail, per reimpostare la password e una volta quando un messaggio resta non letto per un'ora (al massimo una al giorno per ogni conversazione; puoi disattivarle in Il mio account).
privacy-rights-title = I tuoi diritti
privacy-rights = Secondo il Regolamento generale sulla protezione dei dati (GDPR) puoi vedere, correggere, scaricare e cancellare i tuoi dati. Nella pagina Il mio account puoi cambiare nome e lingua; alla voce «I tuoi dati» puoi scaricare in un unico file tutto ciò che conserviamo su di te, ed eliminare il tuo account. Per tutto il resto, chiedi alle persone che gestiscono questa installazione: devono risponderti entro un mese.
privacy-controller-title = Chi è responsabile
privacy-controller = Le persone o l'organizzazione che gestiscono questa installazione di Micropolis sono responsabili dei tuoi dati. Micropolis è software libero: chiunque può leggere come tratta i dati.
