## L'aspetto della comunità: il suo colore e la sua foto di copertina, scelti dagli amministratori.

face-nav = Aspetto
face-title = L'aspetto della comunità
face-intro = Dai alla comunità un colore e una foto di copertina tutti suoi. Si vedono su tutte le sue pagine. Le impostazioni di visualizzazione di ogni persona, come il contrasto elevato, vengono comunque prima.
face-accent-title = Colore
face-accent-now = Il colore ora è { $colour }.
face-accent-reaches = Con il testo sopra raggiunge un contrasto di { $ratio_whole },{ $ratio_tenth }:1 (serve almeno 4,5:1).
face-accent-none = La comunità usa i colori della rete.
face-accent-field = Colore di pulsanti e link
face-accent-hint = Un # e sei cifre esadecimali, per esempio #2e6b30. I pulsanti hanno il testo bianco su questo colore e i link sono di questo colore, quindi deve essere abbastanza scuro: un contrasto di almeno 4,5:1. Lascia vuoto per usare i colori della rete.
face-cover-title = Foto di copertina
face-cover-now = La foto di copertina attuale, in cima alla pagina principale della comunità.
face-cover-none = Non c'è ancora una foto di copertina.
face-cover-hint = Compare in cima alla pagina principale della comunità. Funziona meglio una foto larga del luogo.
face-save = Salva
face-notice-saved = Salvato. Le pagine della comunità mostrano già la modifica.
moderation-target-community = L'aspetto della comunità
audit-action-community-accent-changed = Ha cambiato il colore della comunità
audit-action-community-cover-changed = Ha cambiato la foto di copertina della comunità
audit-action-community-cover-removed = Ha rimosso la foto di copertina della comunità
error-accent-malformed = Scrivi il colore come # e sei cifre esadecimali, per esempio #2e6b30.
error-accent-contrast = Questo colore è troppo chiaro. Con il testo bianco sopra e come colore dei link nella pagina raggiunge solo { $ratio_whole },{ $ratio_tenth }:1; serve almeno 4,5:1 (WCAG AA). Scegli una tonalità più scura.
