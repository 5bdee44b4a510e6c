impact-title = Impatto
impact-network-title = Impatto in tutta la rete
impact-nav = Impatto
impact-network-link = Impatto in tutta la rete: i dati per il rapporto a chi finanzia
impact-intro = Cosa hanno fatto insieme gli abitanti, mese per mese: i dati che chiede un rapporto per chi finanzia.
impact-period-title = Periodo
impact-from = Primo mese
impact-to = Ultimo mese
impact-month-hint = Anno e mese, per esempio 2026-05.
impact-show = Mostra i dati
impact-csv = Scarica i dati come foglio di calcolo (CSV)
impact-totals-title = Totali del periodo
impact-figure = Dato
impact-value = Totale
impact-months-title = Mese per mese
impact-month = Mese
impact-active = Abitanti attivi
impact-newcomers = Nuovi membri che hanno partecipato
impact-members = Membri alla fine del periodo
impact-hours = Ore scambiate nella banca del tempo
impact-exchanges = Scambi nella banca del tempo
impact-events = Eventi svolti
impact-attendance = Persone che partecipano agli eventi
impact-courses = Corsi conclusi
impact-completion = Completamento dei corsi
impact-surveys = Questionari aperti
impact-response-rate = Tasso di risposta ai questionari
impact-none = nessuno
impact-part-of-whole = { $part } su { $whole } ({ $rate })
impact-response-count = { $count ->
    [one] { $count } risposta
   *[other] { $count } risposte
}
impact-unit-people = Persone
impact-unit-hours = Ore
impact-unit-events = Eventi
impact-unit-completed = Completato
impact-unit-rate = Tasso di risposta
impact-about-title = Cosa contano questi dati
impact-about = Un abitante attivo ha partecipato a qualcosa nel mese: ha proposto, sostenuto o commentato un'iniziativa, ha votato in un bilancio partecipativo, si è iscritto a un evento o a un corso, ha scambiato tempo, ha raccontato una storia, ha pubblicato un'offerta o una richiesta o ha risposto a un questionario. Ogni persona conta una volta al mese e una volta nei totali. I nuovi membri si sono iscritti nel mese e hanno partecipato a qualcosa nel periodo. Un corso è completato da chi è venuto ad almeno metà degli incontri. Il tasso di risposta divide i membri che hanno risposto per i membri a cui è stato chiesto; i moduli cartacei contano tra le risposte ma non nel tasso, perché possono venire da persone che non sono membri.
impact-error-month = Scrivi un mese come anno e mese, per esempio 2026-05.
impact-error-order = L'ultimo mese non può venire prima del primo.
impact-error-too-long = { $count ->
    [one] Scegli un periodo di al massimo { $count } mese.
   *[other] Scegli un periodo di al massimo { $count } mesi.
}
impact-error-forbidden = Solo organizzatori, moderatori e amministratori della comunità e coordinatori della rete possono vedere questi dati.
