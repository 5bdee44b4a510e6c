sign-up-title = Crea il tuo account
sign-up-intro = Ci vuole un minuto. Il tuo indirizzo e-mail non viene mai mostrato alle altre persone.
sign-up-submit = Crea account
sign-up-have-account = Hai già un account?
sign-up-check-inbox-title = Controlla la posta
sign-up-check-inbox = Ti abbiamo inviato un messaggio con un link. Aprilo per confermare il tuo indirizzo e-mail, poi accedi.
sign-in-title = Accedi
sign-in-submit = Accedi
sign-in-forgot = Hai dimenticato la password?
sign-in-no-account = Prima volta qui?
field-display-name = Il tuo nome
field-display-name-hint = Il nome che vedranno le altre persone. Può essere anche solo il nome di battesimo.
field-email = Indirizzo e-mail
field-password = Password
field-new-password = Nuova password
field-new-password-hint = Almeno 10 caratteri. Qualche parola messa insieme è una buona password.
field-current-password = Password attuale
field-locale = Lingua
verify-title = Conferma il tuo indirizzo e-mail
verify-intro = Premi il pulsante per confermare che questo indirizzo e-mail è tuo.
verify-submit = Conferma il mio indirizzo e-mail
verify-done-title = Indirizzo e-mail confermato
verify-done = Grazie. Il tuo indirizzo e-mail è confermato e ora puoi accedere.
reset-title = Reimposta la password
reset-intro = Inserisci l'indirizzo e-mail del tuo account. Ti invieremo un link per scegliere una nuova password.
reset-submit = Inviami un link
reset-sent-title = Controlla la posta
reset-sent = Se un account usa questo indirizzo, un messaggio con un link è in arrivo. Il link funziona per un'ora.
reset-new-title = Scegli una nuova password
reset-new-submit = Salva la nuova password
reset-done-title = Password cambiata
reset-done = La tua nuova password è salvata. Per sicurezza abbiamo chiuso tutte le tue sessioni: accedi di nuovo.
account-title = Il mio account
account-memberships = Le mie comunità
account-no-memberships = Non fai ancora parte di nessuna comunità.
account-find-community = Trova una comunità
account-settings = Nome e lingua
account-email-is = Il tuo indirizzo e-mail: { $email }
account-save = Salva
account-saved-settings = Nome e lingua salvati.
account-password = Password
account-password-intro = Quando cambi la password, chiudiamo la sessione su tutti gli altri dispositivi.
account-change-password = Cambia password
account-saved-password = La password è cambiata. Gli altri dispositivi sono stati disconnessi.
account-sessions = Dove hai effettuato l'accesso
account-sessions-intro = Se non riconosci un dispositivo, disconnettilo e cambia la password.
account-session-current = questo dispositivo
account-session-last-seen = Ultima attività: { $when }
account-session-end = Disconnetti { $device }
account-session-unknown-device = Dispositivo sconosciuto
account-saved-session = Il dispositivo è stato disconnesso.
mail-verify-subject = Conferma il tuo indirizzo e-mail per Micropolis
mail-verify-body =
    Ciao { $name },

    ti diamo il benvenuto su Micropolis. Conferma il tuo indirizzo e-mail aprendo questo link:

    { $link }

    Il link funziona per due giorni. Se non hai creato un account, puoi ignorare questo messaggio.
mail-reset-subject = Reimposta la password di Micropolis
mail-reset-body =
    Ciao { $name },

    qualcuno ha chiesto di reimpostare la password del tuo account Micropolis. Per scegliere una nuova password, apri questo link:

    { $link }

    Il link funziona per un'ora. Se la richiesta non viene da te, ignora questo messaggio: la tua password resta com'è.
account-mails = E-mail
account-message-mails = Mandami un'e-mail, una sola volta, quando un messaggio resta non letto per un'ora
account-saved-mails = La tua scelta sulle e-mail è salvata.
account-data-intro = Scarica tutto ciò che conserviamo su di te, oppure elimina il tuo account.
account-data-link = I tuoi dati
mail-unread-subject = { $sender } ti ha scritto su Micropolis
mail-unread-body =
    Ciao { $name },

    un'ora fa { $sender } ti ha mandato su Micropolis un messaggio che non hai ancora letto. Leggilo e rispondi qui:

    { $link }

    Inviamo al massimo un'e-mail di questo tipo al giorno per ogni conversazione. Per non riceverle più, togli la spunta dalla casella sotto «E-mail» nella pagina del tuo account: { $settings }
