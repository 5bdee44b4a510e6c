# Moderazione: segnalazioni, pagine dei moderatori, blocchi e registro delle azioni.

community-nav-moderation = Moderazione
moderation-nav-label = Moderazione
moderation-nav-queue = Segnalazioni da decidere
moderation-nav-decided = Decise
moderation-nav-blocks = Persone bloccate
moderation-nav-log = Registro delle azioni

moderation-hidden-mark = Nascosto dai moderatori
moderation-message-removed = Messaggio rimosso dai moderatori.
moderation-person-blocked = Bloccata in questa comunità

moderation-target-initiative = Iniziativa
moderation-target-comment = Commento
moderation-target-support = Offerta o richiesta
moderation-target-message = Messaggio privato
moderation-target-story = Storia
moderation-target-event = Evento
moderation-target-account = Persona
moderation-target-exchange = Scambio di tempo
moderation-target-timebank = Banca del tempo
moderation-target-other = Altro

moderation-status-open = In attesa di decisione
moderation-status-hidden = Nascosto
moderation-status-dismissed = Respinta

moderation-title = Segnalazioni da decidere
moderation-intro = Queste cose sono state segnalate da chi abita qui. Apri una segnalazione, leggi di cosa si tratta e decidi: nascondi il contenuto o respingi la segnalazione.
moderation-none = Nessuna segnalazione in attesa. Grazie di aver controllato.
moderation-decided-title = Segnalazioni decise
moderation-decided-intro = Segnalazioni già decise, le decisioni più recenti per prime. Dalla pagina di una segnalazione puoi mostrare di nuovo un contenuto nascosto.
moderation-decided-none = Nessuna segnalazione è stata ancora decisa.
moderation-reported-by = segnalato da { $name }
moderation-reports-on-target = { $count ->
    [one] { $count } segnalazione sulla stessa cosa
   *[other] { $count } segnalazioni sulla stessa cosa
}
moderation-target-gone = Non esiste più: chi l'ha scritto l'ha cancellato o se n'è andato.
moderation-note = Cosa hanno scritto:
moderation-why = Perché:
moderation-decide = Decidi
moderation-open-report = Vedi la segnalazione
moderation-more = Altre
moderation-notice-decided = Fatto. La segnalazione è decisa.
moderation-notice-restored = Fatto. È di nuovo visibile.
moderation-notice-blocked = Fatto. La persona è bloccata in questa comunità.
moderation-notice-unblocked = Fatto. La persona può unirsi di nuovo.

moderation-report-title = Segnalazione: { $what }
moderation-field-reason = Motivo
moderation-field-reporter = Segnalato da
moderation-field-reported-at = Segnalato il
moderation-field-status = Stato
moderation-field-reports-on-target = Segnalazioni sulla stessa cosa
moderation-field-decided-by = Decisa da
moderation-what-was-reported = Cosa è stato segnalato
moderation-written-by = Scritto da { $name }
moderation-message-private = Questo è un messaggio privato. Lo vedi solo perché è stato segnalato. Tienilo per te.
moderation-see-target = Vedi dove si trova

moderation-decide-title = La tua decisione
moderation-field-action = Cosa deve succedere?
moderation-action-hide = Nascondilo. Lo vedranno solo i moderatori.
moderation-action-block = Blocca questa persona nella comunità. Non ne fa più parte.
moderation-action-dismiss = Respingi la segnalazione. Non cambia nulla.
moderation-field-decision-note = Perché (facoltativo)
moderation-field-decision-note-hint = Gli altri moderatori lo leggono nel registro delle azioni.
moderation-decide-submit = Decidi

moderation-restore-title = Mostralo di nuovo
moderation-restore-explained = Chi poteva vederlo prima potrà vederlo di nuovo.
moderation-restore-submit = Mostralo di nuovo
moderation-unblock-title = Togli il blocco
moderation-unblock-explained = La persona potrà unirsi di nuovo alla comunità.
moderation-unblock-submit = Togli il blocco

moderation-block-author = Blocca { $name } in questa comunità
moderation-block-title = Blocca una persona
moderation-block-explained = La persona non fa più parte della comunità e non può unirsi di nuovo finché un moderatore non toglie il blocco. Quello che ha scritto resta.
moderation-field-block-reason = Perché
moderation-field-block-reason-hint = Lo leggono gli altri moderatori. Anche la persona, se chiede i suoi dati.
moderation-field-email = Il suo indirizzo e-mail
moderation-field-email-hint = L'indirizzo con cui accede.
moderation-block-submit = Blocca

moderation-blocks-title = Persone bloccate
moderation-blocks-intro = Queste persone non possono unirsi alla comunità finché il blocco non viene tolto.
moderation-blocks-none = Nessuna persona è bloccata.
moderation-unblock-person = Togli il blocco a { $name }
moderation-column-person = Persona
moderation-column-reason = Perché
moderation-column-by = Bloccata da
moderation-column-when = Quando
moderation-column-unblock = Togli il blocco
moderation-column-who = Chi
moderation-column-what = Cosa
moderation-column-on = Su cosa
moderation-column-why = Perché

moderation-log-title = Registro delle azioni
moderation-log-intro = Ogni decisione dei moderatori e ogni modifica degli amministratori: chi, cosa, quando e perché. Qui non si può cambiare nulla.
moderation-log-none = Non è ancora successo nulla.
moderation-log-older = Voci precedenti

moderation-filed-title = Segnalazione inviata
moderation-filed-back = Torna indietro

audit-action-report-hidden = Ha nascosto ciò che era segnalato
audit-action-report-dismissed = Ha respinto una segnalazione
audit-action-content-restored = Ha mostrato di nuovo un contenuto nascosto
audit-action-member-blocked = Ha bloccato una persona
audit-action-member-unblocked = Ha tolto un blocco
audit-action-role-changed = Ha cambiato un ruolo
audit-action-trusted-helper-marked = Ha nominato una persona di fiducia
audit-action-trusted-helper-unmarked = Ha tolto il ruolo di persona di fiducia
audit-action-initiative-answered = Ha risposto a un'iniziativa
audit-action-budget-created = Ha creato un bilancio partecipativo
audit-action-paper-ballot-recorded = Ha registrato un voto su carta
audit-action-survey-opened = Ha aperto un questionario
audit-action-survey-closed = Ha chiuso un questionario
audit-action-survey-paper-recorded = Ha inserito un questionario cartaceo
audit-action-timebank-corrected = Ha corretto uno scambio di tempo
audit-action-timebank-fund-transfer = Ha spostato tempo con il fondo della comunità
audit-action-timebank-limit-changed = Ha cambiato il limite della banca del tempo
audit-action-resident-registered = Ha registrato una persona residente allo sportello
audit-action-helper-ended = Ha concluso il ruolo di una persona di supporto

error-report-community-missing = Indica a quale comunità segnali questa persona.
error-report-community-unknown = Non esiste una comunità con questo indirizzo.
error-report-status-unknown = Una segnalazione non può avere questo stato.
error-report-action-unknown = Scegli cosa deve succedere: nascondi o respingi la segnalazione.
error-report-queue-unknown = Scegli le segnalazioni aperte o quelle decise.
error-report-decided = Questa segnalazione è già stata decisa.
error-report-not-hidden = Questa segnalazione ora non nasconde nulla.
error-moderators-only = Solo i moderatori di questa comunità possono farlo.
error-block-outranked = Non puoi bloccare una persona con un ruolo uguale o superiore al tuo.
error-block-person-unknown = Non conosciamo nessuno con questo indirizzo.
error-block-self = Non puoi bloccare te stesso o te stessa.
error-block-exists = Questa persona è già bloccata.
error-community-blocked = I moderatori ti hanno bloccato in questa comunità. Non puoi unirti.
error-audit-action-unknown = Il registro non conosce questa azione.
