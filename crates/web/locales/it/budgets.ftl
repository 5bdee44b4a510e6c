# Bilancio partecipativo: edizioni, progetti, voti e risultati.
budgets-nav = Bilancio partecipativo
budgets-title = Bilancio partecipativo
budgets-intro = Chi abita qui decide insieme come spendere una parte dei soldi. Chi organizza apre un'edizione e descrive i progetti. Ogni membro ha un voto e sceglie progetti fino all'importo totale.
budgets-home-teaser = Decidete insieme come spendere una parte dei soldi: scegli i progetti che vuoi, entro l'importo disponibile.
budgets-see-rounds = Vedi le edizioni del bilancio partecipativo
budgets-none = Non ci sono ancora edizioni.
budgets-older = Edizioni precedenti
budgets-phase-open = Votazione aperta
budgets-phase-upcoming = Prossimamente
budgets-phase-closed = Votazione chiusa
budgets-total = Importo totale
budgets-window = Votazione dal { $opens } al { $closes }.
budgets-opens-in-days = { $count ->
    [one] La votazione apre tra { $count } giorno.
   *[other] La votazione apre tra { $count } giorni.
}
budgets-opens-in-hours = { $count ->
    [one] La votazione apre tra { $count } ora.
   *[other] La votazione apre tra { $count } ore.
}
budgets-opens-soon = La votazione apre tra meno di un'ora.
budgets-closes-in-days = { $count ->
    [one] La votazione è aperta. Chiude tra { $count } giorno.
   *[other] La votazione è aperta. Chiude tra { $count } giorni.
}
budgets-closes-in-hours = { $count ->
    [one] La votazione è aperta. Chiude tra { $count } ora.
   *[other] La votazione è aperta. Chiude tra { $count } ore.
}
budgets-closes-soon = La votazione è aperta. Chiude tra meno di un'ora.
budgets-closed-on = La votazione si è chiusa il { $date }.
budgets-see-results = Vedi i risultati
budgets-see-tally = Vedi i voti finora (solo per chi organizza)
budgets-results-when = I risultati vengono pubblicati alla chiusura della votazione.
budgets-results-come = I risultati vengono pubblicati alla chiusura della votazione, il { $date }.
budgets-new-title = Apri una nuova edizione
budgets-new-intro = Dai un nome all'edizione e indica l'importo da spendere e le date della votazione. Puoi aggiungere progetti finché la votazione non apre.
budgets-field-title = Nome dell'edizione
budgets-field-title-hint = Per esempio: Bilancio partecipativo 2027
budgets-field-rules = Regole
budgets-field-rules-hint = Come si scelgono i progetti e chi può votare. Puoi usare Markdown: **grassetto**, elenchi con -.
budgets-field-total = Importo da spendere
budgets-field-total-hint = In unità intere, senza centesimi, per esempio 200 000.
budgets-field-currency = Valuta
budgets-field-currency-hint = Tre lettere maiuscole, per esempio EUR, DKK o PLN.
budgets-field-window = Date della votazione
budgets-field-window-hint = Gli orari sono in UTC. La votazione deve aprire nel futuro.
budgets-field-opens = Apertura della votazione
budgets-field-closes = Chiusura della votazione
budgets-new-submit = Apri l'edizione
budgets-notice-opened = L'edizione è aperta ai progetti. Aggiungili prima che apra la votazione.
budgets-notice-project = Il progetto è stato aggiunto.
budgets-notice-voted = Grazie! Il tuo voto è stato contato.
budgets-notice-paper = Il voto su carta è registrato. Puoi inserire il prossimo.
budgets-voting = Votazione
budgets-ballots = Voti espressi
budgets-rules = Regole
budgets-you-voted = Hai votato
budgets-you-voted-on = Hai votato il { $date } per:
budgets-you-voted-paper = Il tuo voto su carta è stato registrato al centro il { $date }. Ha scelto:
budgets-your-total = In tutto: { $cost }.
budgets-ballot-title = Il tuo voto
budgets-ballot-intro = Spunta i progetti che vuoi. Insieme possono costare al massimo { $total }. Puoi votare una volta.
budgets-ballot-legend = Progetti che scegli
budgets-ballot-check = Controlla la mia scelta
budgets-ballot-cast = Vota
budgets-chosen-count = { $count ->
    [one] { $count } progetto
   *[other] { $count } progetti
}
budgets-chosen = Hai scelto { $projects } per { $cost } su { $total }.
budgets-sign-in-to-vote = Accedi per votare
budgets-members-vote = Possono votare solo i membri di questa comunità.
budgets-join-to-vote = Entra nella comunità
budgets-projects = Progetti
budgets-projects-none = Ancora nessun progetto.
budgets-cost = Costo
budgets-add-project = Aggiungi un progetto
budgets-add-project-intro = Si possono aggiungere progetti finché la votazione non apre.
budgets-field-project-title = Nome del progetto
budgets-field-project-body = Descrizione
budgets-field-project-body-hint = Che cos'è, dove e per chi. Puoi usare Markdown.
budgets-field-cost = Costo
budgets-field-cost-hint = In unità intere, al massimo { $total }.
budgets-add-project-submit = Aggiungi il progetto
budgets-paper-title = Registra un voto su carta
budgets-paper-intro = Per chi ha votato di persona al centro. Ogni abitante ha un voto, online o su carta.
budgets-paper-open = Apri il modulo per i voti su carta
budgets-field-resident-email = Indirizzo e-mail di chi ha votato
budgets-field-resident-email-hint = L'indirizzo che usa in questa comunità.
budgets-paper-total = I progetti di una scheda possono costare insieme al massimo { $total }.
budgets-paper-legend = Progetti scelti sulla scheda
budgets-paper-submit = Registra il voto
budgets-back-to-round = Torna all'edizione
budgets-results-title = Risultati
budgets-tally-notice = La votazione è ancora aperta: questi sono i voti finora, visibili solo a chi organizza.
budgets-spent = Speso per i progetti scelti
budgets-left = Avanza
budgets-chart-title = Voti per progetto
budgets-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } voti
}
budgets-selected = Scelto
budgets-not-selected = Non scelto
budgets-table-caption = Tutti i progetti nell'ordine dei risultati
budgets-column-place = Posizione
budgets-column-project = Progetto
budgets-column-votes = Voti
budgets-column-cost = Costo
budgets-column-selected = Scelto
budgets-yes = Sì
budgets-no = No
budgets-rule-title = Come si scelgono i progetti
budgets-rule = I progetti si mettono in ordine di voti. Se due hanno gli stessi voti, viene prima quello che costa meno, poi quello aggiunto prima. Scorrendo questo elenco, ogni progetto viene scelto se ci sta ancora nei soldi rimasti. Un progetto che non ci sta si salta, e si provano comunque i successivi.
budgets-csv = Scarica tutti i voti (CSV)
budgets-csv-hint = Una riga per voto: il suo numero, se era su carta e i progetti scelti. Niente nomi e niente orari, così puoi contare i voti da te.

error-budget-phase-unknown = Questa non è una fase di un'edizione.
error-budget-currency-invalid = Scrivi la valuta con tre lettere, per esempio EUR, DKK o PLN.
error-budget-amount-whole = Scrivi un numero intero, per esempio 200000.
error-budget-amount-positive = Scrivi un importo maggiore di 0.
error-budget-amount-too-large = L'importo è troppo grande. Al massimo { $max }.
error-budget-time-invalid = Scrivi una data e un'ora, per esempio 2027-03-01T09:00.
error-budget-opens-past = La votazione deve aprire nel futuro.
error-budget-closes-before-opens = La votazione deve chiudere dopo l'apertura.
error-budget-cost-over-total = Un progetto non può costare più dell'intera edizione: { $total }.
error-budget-choose-one = Scegli almeno un progetto.
error-budget-project-unknown = Uno dei progetti scelti non fa parte di questa edizione.
error-budget-over = La tua scelta costa { $cost }, ma l'edizione ha { $total }. Togli un progetto e riprova.
error-budget-projects-closed = La votazione è aperta, quindi non si possono aggiungere altri progetti.
error-budget-not-open-yet = La votazione non è ancora aperta.
error-budget-closed = La votazione è chiusa.
error-budget-already-voted = Hai già votato in questa edizione. Si vota una volta sola.
error-budget-resident-already-voted = Questa persona ha già votato in questa edizione, online o su carta.
error-budget-resident-email-missing = Scrivi l'indirizzo e-mail della persona.
error-budget-resident-unknown = Nessun membro di questa comunità ha questo indirizzo e-mail.
error-budget-results-later = La votazione è ancora aperta. I risultati vengono pubblicati alla chiusura.
