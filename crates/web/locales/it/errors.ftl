error-required = Compila questo campo.
error-too-long = { $max ->
    [one] Usa al massimo { $max } carattere.
   *[other] Usa al massimo { $max } caratteri.
}
error-wrong-type = Questo valore è del tipo sbagliato.
error-body-not-object = Invia un oggetto JSON.
error-limit-range = Scegli un limite da 1 a 100.
error-cursor-invalid = Questo cursore non è uno di quelli che abbiamo fornito. Ricomincia senza.
error-email-missing = Inserisci il tuo indirizzo e-mail.
error-email-invalid = Inserisci un indirizzo e-mail come nome@example.org.
error-email-taken = Esiste già un account con questo indirizzo e-mail. Accedi oppure reimposta la password.
error-email-not-verified = Prima conferma il tuo indirizzo e-mail: apri il link nel messaggio che ti abbiamo inviato. Non è arrivato? Scegli «Hai dimenticato la password?» per ricevere un nuovo link.
error-display-name-missing = Inserisci il nome che vedranno le altre persone.
error-display-name-invalid = Usa solo lettere, numeri e segni di punteggiatura.
error-display-name-invisible = Togli i caratteri invisibili (segni di direzione del testo o spazi a larghezza zero): potrebbero far sembrare il nome quello di un'altra persona.
error-password-missing = Inserisci una password.
error-password-too-short = { $min ->
    [one] Usa almeno { $min } carattere. Qualche parola messa insieme è una buona password.
   *[other] Usa almeno { $min } caratteri. Qualche parola messa insieme è una buona password.
}
error-password-common = Questa password è tra le più comuni. Scegline un'altra.
error-password-wrong = Questa non è la tua password attuale.
error-sign-in-failed = L'indirizzo e-mail o la password non sono corretti.
error-token-invalid = Questo link non è più valido. Chiedine uno nuovo.
error-locale-unknown = Scegli tra: en, pl, da, it, uk.
error-slug-invalid = Usa da 3 a 50 lettere minuscole, cifre e trattini. Il primo e l'ultimo carattere devono essere una lettera o una cifra.
error-slug-taken = Questo indirizzo è già usato da un'altra comunità.
error-country-invalid = Usa un codice paese di due lettere, come PL, DK o IT.
error-role-unknown = Scegli tra: member, organiser, moderator, admin.
error-nothing-to-change = Indica cosa cambiare: il ruolo, il contrassegno di persona di fiducia o entrambi.
error-last-admin = Una comunità ha bisogno di almeno una persona con il ruolo di amministratore. Prima assegna questo ruolo a qualcun altro.
error-forbidden = Non hai il permesso di farlo.
error-unauthorised = Accedi per farlo.
error-back-home = Vai alla pagina iniziale
problem-bad-request = Richiesta non valida
problem-bad-request-detail = Non è stato possibile leggere la richiesta. Controlla l'indirizzo e, se l'hai inviato, il contenuto.
problem-unauthorised = Accesso non effettuato
problem-forbidden = Non consentito
problem-not-found = Non trovato
problem-not-found-detail = Qui non c'è niente. Forse la pagina è stata spostata o rimossa, oppure l'indirizzo contiene un errore.
problem-method-not-allowed = Metodo non consentito
problem-method-not-allowed-detail = Questo indirizzo non accetta questo tipo di richiesta.
problem-conflict = Conflitto
problem-too-large = Troppo grande
problem-too-large-detail = La richiesta è troppo grande.
problem-not-json = Non è JSON
problem-not-json-detail = Invia il contenuto come JSON con Content-Type: application/json.
problem-invalid = Dati non validi
problem-invalid-detail = Alcuni valori mancano o non sono validi. Leggi il messaggio accanto a ogni campo.
problem-rate-limited = Troppi tentativi
problem-rate-limited-detail = { $minutes ->
    [one] Troppi tentativi. Riprova tra { $minutes } minuto.
   *[other] Troppi tentativi. Riprova tra { $minutes } minuti.
}
problem-internal = Qualcosa è andato storto
problem-internal-detail = Qualcosa è andato storto da parte nostra. Non è stato modificato nulla. Riprova tra poco.
problem-csrf-detail = Questo modulo era troppo vecchio o veniva da un altro sito. Non è stato modificato nulla. Torna indietro, ricarica la pagina e riprova.
problem-reference = Riferimento per l'assistenza: { $id }
error-members-only = Solo chi fa parte di questa comunità può farlo. Prima unisciti alla comunità.
error-date-invalid = Inserisci una data come 2026-12-31.
error-date-past = Scegli oggi o un giorno successivo.
error-language-unknown = Scegli le lingue dall'elenco.
error-support-kind-unknown = Scegli «Offro aiuto» o «Ho bisogno di aiuto».
error-support-category-unknown = Scegli una delle categorie.
error-support-status-unknown = Scegli aperta, abbinata o chiusa.
error-support-status-filter = Usa «open» o «all».
error-support-offer-sensitive = Solo le richieste possono essere riservate.
error-support-kind-fixed = Un'offerta resta un'offerta e una richiesta resta una richiesta. Pubblicane invece una nuova.
error-support-own = È una tua pubblicazione. Sono le altre persone a rispondere.
error-support-not-open = Non è più aperta, quindi non si può più rispondere.
error-report-reason-unknown = Scegli un motivo.
error-report-target-unknown = Scegli cosa segnali: un'iniziativa, un commento, un'offerta o una richiesta, un messaggio o una persona.
error-report-target-missing = Indica cosa segnali.
error-report-duplicate = Hai già fatto questa segnalazione. I moderatori la esamineranno.
error-minutes-positive = Inserisci un numero intero di minuti, 1 o più.
error-minutes-too-many = { $max ->
    [one] Inserisci al massimo { $max } minuto (una settimana).
   *[other] Inserisci al massimo { $max } minuti (una settimana).
}
error-exchange-person-unknown = Scegli un membro di questa comunità.
error-exchange-self = Per uno scambio servono due persone diverse.
error-exchange-not-party = Puoi registrare solo uno scambio a cui hai partecipato.
error-exchange-support-unknown = Questa offerta o richiesta non è tra quelle che puoi vedere in questa comunità.
error-exchange-direction = Indica chi ha dato il tempo: tu o l'altra persona.
error-exchange-own-proposal = Hai proposto tu questo scambio; è l'altra persona a confermarlo.
error-exchange-decided = Questo scambio è già stato confermato o rifiutato.
error-exchange-reversed = Questo scambio è già stato annullato.
error-exchange-not-confirmed = Si può annullare solo uno scambio confermato.
error-exchange-status-unknown = Stato dello scambio sconosciuto.
error-limit-mode-unknown = Scegli «warn» o «block».
error-timebank-minimum-range = Inserisci un numero intero di ore, 0 o più.
error-timebank-below-limit = { $min ->
    [one] Così chi riceve scenderebbe oltre il limite della comunità, che è di { $min } minuto sotto zero.
   *[other] Così chi riceve scenderebbe oltre il limite della comunità, che è di { $min } minuti sotto zero.
}
error-fund-direction-unknown = Scegli in quale direzione va il tempo.
error-text-control = Togli dal testo i caratteri di controllo invisibili.
error-date-too-far = Scegli un giorno entro il prossimo anno.
error-report-own = Non puoi segnalare ciò che hai scritto tu.
error-conversation-closed = L'altra persona ha lasciato Micropolis, quindi questa conversazione è chiusa.
error-timebank-minimum-minutes = Usa 0 o un numero negativo di minuti (al massimo 100 settimane sotto zero).
error-time-zone-unknown = Scegli un fuso orario dall'elenco, per esempio Europe/Rome.
error-time-invalid = Inserisci data e ora, per esempio 2027-03-01T18:00.
error-time-skipped = Quest'ora non esiste perché gli orologi passano all'ora legale; scegline un'altra.
error-ends-before-start = La fine deve venire dopo l'inizio.
