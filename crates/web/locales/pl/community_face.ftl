## Wygląd społeczności: jej kolor i zdjęcie w nagłówku, ustawiane przez administratorów.

face-nav = Wygląd
face-title = Wygląd społeczności
face-intro = Nadaj społeczności własny kolor i zdjęcie w nagłówku. Widać je na wszystkich jej stronach. Ustawienia wyświetlania każdej osoby, na przykład wysoki kontrast, nadal mają pierwszeństwo.
face-accent-title = Kolor
face-accent-now = Obecny kolor to { $colour }.
face-accent-reaches = Z tekstem na nim osiąga kontrast { $ratio_whole },{ $ratio_tenth }:1 (potrzeba co najmniej 4,5:1).
face-accent-none = Społeczność używa kolorów sieci.
face-accent-field = Kolor przycisków i linków
face-accent-hint = Znak # i sześć cyfr szesnastkowych, na przykład #2e6b30. Przyciski mają na tym kolorze biały tekst, a linki są w tym kolorze, więc musi być wystarczająco ciemny: kontrast co najmniej 4,5:1. Zostaw puste, aby używać kolorów sieci.
face-cover-title = Zdjęcie w nagłówku
face-cover-now = Obecne zdjęcie w nagłówku, na górze strony głównej społeczności.
face-cover-none = Nie ma jeszcze zdjęcia w nagłówku.
face-cover-hint = Pojawia się na górze strony głównej społeczności. Najlepiej sprawdza się szerokie zdjęcie okolicy.
face-save = Zapisz
face-notice-saved = Zapisano. Strony społeczności pokazują już zmianę.
moderation-target-community = Wygląd społeczności
audit-action-community-accent-changed = Zmiana koloru społeczności
audit-action-community-cover-changed = Zmiana zdjęcia w nagłówku społeczności
audit-action-community-cover-removed = Usunięcie zdjęcia w nagłówku społeczności
error-accent-malformed = Wpisz kolor jako # i sześć cyfr szesnastkowych, na przykład #2e6b30.
error-accent-contrast = Ten kolor jest za jasny. Z białym tekstem na nim i jako kolor linków na stronie osiąga tylko { $ratio_whole },{ $ratio_tenth }:1, a potrzeba co najmniej 4,5:1 (WCAG AA). Wybierz ciemniejszy odcień.
