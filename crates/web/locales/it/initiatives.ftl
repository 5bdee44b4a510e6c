# Iniziative e commenti.
community-nav-initiatives = Iniziative
initiatives-title = Iniziative
initiatives-intro = Idee delle persone del quartiere per la nostra zona. Sostieni quelle che ti piacciono, offriti di aiutare e guarda cosa risponde chi organizza.
initiatives-sign-in-to-take-part = Accedi per proporre un'iniziativa o per sostenerne una.
initiatives-filters = Ordina e filtra
initiatives-field-sort = Ordine
initiatives-sort-newest = Prima le più recenti
initiatives-sort-supported = Prima le più sostenute
initiatives-field-state = Fase
initiatives-any-state = Tutte le fasi
initiatives-filter-submit = Mostra
initiatives-results = Iniziative trovate
initiatives-none = Qui non ci sono ancora iniziative.
initiatives-more = Altre iniziative
initiative-state-open = Aperta al sostegno
initiative-state-accepted = Accolta
initiative-state-declined = Respinta
initiative-state-in_progress = In corso
initiative-state-done = Realizzata
initiative-supporters = { $count ->
    [one] { $count } persona la sostiene
   *[other] { $count } persone la sostengono
}
initiative-comments = { $count ->
    [one] { $count } commento
   *[other] { $count } commenti
}
initiative-volunteer-count = { $count ->
    [one] { $count } persona si offre di aiutare
   *[other] { $count } persone si offrono di aiutare
}
initiative-propose = Proponi un'iniziativa
initiative-form-intro = Descrivi cosa vorresti cambiare o creare, e perché è importante per il quartiere. Poi le altre persone potranno sostenerla e offrire aiuto.
initiative-field-title = Titolo
initiative-field-title-hint = Un nome breve per la tua idea, per esempio «Panchine lungo il sentiero del fiume».
initiative-field-body = Descrizione
markdown-hint = Puoi usare una formattazione semplice: **grassetto**, *corsivo*, elenchi che iniziano con «-» e link.
initiative-propose-submit = Pubblica l'iniziativa
initiative-proposed-by = Proposta da
initiative-support-title = Sostegno
initiative-volunteers-title = Persone che si offrono di aiutare
initiative-volunteers-none = Ancora nessuna persona si è offerta di aiutare.
initiative-take-part = Partecipa
initiative-support = Sostieni questa iniziativa
initiative-you-support = Hai dato il tuo sostegno a questa iniziativa.
initiative-withdraw-support = Ritira il mio sostegno
initiative-support-closed = Questa iniziativa non raccoglie più sostegno.
initiative-follow = Segui
initiative-unfollow = Smetti di seguire
initiative-field-volunteer-note = Cosa potresti fare? (facoltativo)
initiative-field-volunteer-note-hint = Per esempio «Posso dipingere il sabato».
initiative-volunteer = Voglio aiutare
initiative-you-volunteer = Hai offerto il tuo aiuto.
initiative-unvolunteer = Ritira la mia offerta di aiuto
initiative-join-to-take-part = Unisciti a questa comunità per partecipare.
initiative-sign-in-to-take-part = Accedi per partecipare.
initiative-answer-title = Rispondi a nome di chi organizza
initiative-answer-intro = Scegli la prossima fase e spiega il perché. La tua risposta è pubblica e resta nella cronologia.
initiative-field-new-state = Nuova fase
initiative-field-answer = Risposta pubblica
initiative-field-answer-hint = Scrivi cosa è stato deciso, perché e cosa succede adesso.
initiative-answer-submit = Pubblica la risposta
initiative-history-title = Cronologia
initiative-history-proposed = Proposta
initiative-notice-proposed = La tua iniziativa è pubblicata.
initiative-notice-supported = Grazie per il tuo sostegno a questa iniziativa.
initiative-notice-withdrawn = Il tuo sostegno è stato ritirato.
initiative-notice-volunteered = Grazie per la tua offerta di aiuto.
initiative-notice-unvolunteered = La tua offerta di aiuto è stata ritirata.
initiative-notice-followed = Ora segui questa iniziativa.
initiative-notice-unfollowed = Non segui più questa iniziativa.
initiative-notice-answered = La risposta è pubblicata.
comment-field-body = Il tuo commento
comment-submit = Pubblica il commento
comment-notice-posted = Il tuo commento è pubblicato.
comments-title = Commenti
comments-none = Ancora nessun commento.
comments-more = Altri commenti
comment-edited = modificato
comment-removed = Commento eliminato.
comment-change = Modifica o elimina il mio commento
comment-reply = Rispondi
comment-field-reply = La tua risposta
comment-reply-submit = Invia la risposta
comment-back = Torna alla conversazione
comment-edit-hint = Puoi modificare un commento entro 15 minuti da quando l'hai scritto.
comment-save = Salva il commento
comment-edit-window-over = Sono passati più di 15 minuti, quindi questo commento non si può più modificare. Puoi ancora eliminarlo.
comment-delete-title = Elimina il commento
comment-delete-intro = Il suo posto nella conversazione resta, con la scritta «Commento eliminato».
comment-delete = Elimina
error-initiative-state-unknown = Scegli una delle fasi.
error-initiative-sort-unknown = Scegli «Prima le più recenti» o «Prima le più sostenute».
error-initiative-state-change = Un'iniziativa in questa fase non può passare alla fase che hai scelto.
error-initiative-closed = Questa iniziativa non raccoglie più sostegno né offerte di aiuto.
error-initiative-support-duplicate = Sostieni già questa iniziativa.
error-comment-edit-window = Un commento si può modificare solo entro 15 minuti da quando è stato scritto.
error-comment-parent-unknown = Il commento a cui rispondi non fa parte di questa conversazione.
error-comment-target-unknown = Si possono commentare iniziative, eventi e storie.
initiatives-see-all = Tutte le iniziative
