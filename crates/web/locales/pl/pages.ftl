## Szkielet strony: nawigacja, stopka, ustawienia wyświetlania

nav-home = Strona główna
nav-help = Pomoc
nav-my-communities = Moje społeczności
nav-all-communities = Wszystkie społeczności
nav-display = Rozmiar tekstu i kontrast
footer-label = O tej stronie
footer-accessibility = Deklaracja dostępności
footer-privacy = Prywatność
title-error-prefix = Błąd:

display-title = Rozmiar tekstu i kontrast
display-intro = Powiększ tekst albo zwiększ kontrast. Twój wybór zapamiętamy tylko w tej przeglądarce.
display-text-legend = Rozmiar tekstu
display-text-standard = Zwykły
display-text-large = Duży
display-contrast-legend = Kontrast
display-contrast-standard = Zwykły
display-contrast-high = Wysoki
display-save = Zapisz
display-saved = Twoje ustawienia są zapisane.
display-back = Wróć do poprzedniej strony
display-dark = Strony stają się ciemne, gdy Twoje urządzenie używa trybu ciemnego. Na każdej stronie działa też powiększenie w przeglądarce.

## Pomoc

help-title = Pomoc
help-intro = Jak brać udział w życiu swojej społeczności w Micropolis i kto pomoże, gdy coś nie działa.
help-join-title = Dołączanie do społeczności
help-join = Załóż konto, otwórz swoją społeczność z listy społeczności i naciśnij przycisk, aby dołączyć. Dołączenie jest bezpłatne i możesz brać udział we wszystkim, co robi Twoja społeczność.
help-account-title = Logowanie i hasło
help-account = Zaloguj się swoim adresem e-mail i hasłem. Jeśli nie pamiętasz hasła, wyślemy na Twój adres e-mail link, przez który ustawisz nowe.
help-language-title = Język
help-language = Język wybierzesz na górze każdej strony. Ta przeglądarka zapamięta Twój wybór. Po zalogowaniu możesz też ustawić go w zakładce Moje konto.
help-display-title = Rozmiar tekstu i kontrast
help-display = Możesz powiększyć tekst i zwiększyć kontrast. Link do tych ustawień jest na górze i na dole każdej strony. Działa też powiększenie w przeglądarce.
help-keyboard-title = Korzystanie z klawiatury
help-keyboard = Wszystko działa przy użyciu samej klawiatury. Tab przenosi do następnego linku lub pola, Shift z Tab cofa, a Enter otwiera link lub naciska przycisk. Pierwsze naciśnięcie Tab na stronie pokazuje link, który przenosi prosto do głównej treści.
help-contact-title = Kto może pomóc
help-contact = Najlepiej zna Twoją społeczność jej organizator lub organizatorka: zapytaj ich. W sprawie konta albo problemów z tą stroną skontaktuj się z osobami, które prowadzą tę instalację Micropolis.

## Deklaracja dostępności

a11y-title = Deklaracja dostępności
a11y-intro = Micropolis jest dla wszystkich w społeczności: młodszych i starszych, z niepełnosprawnością i bez niej, na telefonie i na komputerze. Ta deklaracja mówi, na ile ta strona jest dostępna i co zrobić, gdy coś u Ciebie nie działa.
a11y-status-title = Na ile ta strona jest dostępna
a11y-status = Chcemy spełniać wytyczne WCAG 2.2 (Web Content Accessibility Guidelines) na poziomie AA, którego wymaga europejska norma EN 301 549. Według naszej wiedzy wszystkie strony go spełniają, z wyjątkiem ograniczeń opisanych niżej.
a11y-features-title = Co możesz zrobić
a11y-feature-keyboard = Korzystać z każdej strony przy użyciu samej klawiatury.
a11y-feature-screen-reader = Korzystać z czytnika ekranu: strony mają nagłówki, regiony i opisane pola formularzy, a błędy są połączone z polami, których dotyczą.
a11y-feature-zoom = Powiększyć stronę do 400% i korzystać z niej na małym ekranie bez utraty treści.
a11y-feature-display = Powiększyć tekst i zwiększyć kontrast:
a11y-feature-dark = Korzystać z trybu ciemnego: strony dopasowują się do ustawień Twojego urządzenia.
a11y-feature-languages = Czytać stronę po angielsku, polsku, duńsku, włosku lub ukraińsku.
a11y-feature-no-script = Korzystać ze strony bez JavaScriptu.
a11y-testing-title = Jak sprawdzamy
a11y-testing = Każdą stronę sprawdzamy w prawdziwej przeglądarce, w kilku językach, na szerokości telefonu i komputera, za pomocą automatycznych testów dostępności (axe-core). Sprawdzamy też, czy kod każdej strony jest poprawny i czy każde zadanie da się wykonać samą klawiaturą. Testy automatyczne nie znajdują wszystkich problemów, więc sprawdzamy też ręcznie, a Twoje uwagi są dla nas ważne.
a11y-limits-title = Znane ograniczenia
a11y-limits = Teksty pisane przez członków i członkinie, na przykład opis społeczności, pokazujemy w języku, w którym zostały napisane. Strona nie była jeszcze testowana razem z osobami korzystającymi z czytników ekranu; planujemy to zrobić.
a11y-feedback-title = Uwagi i kontakt
a11y-feedback = Jeśli coś jest trudne w użyciu albo u Ciebie nie działa, daj nam znać. Zapytaj organizatorów swojej społeczności albo skontaktuj się z osobami, które prowadzą tę instalację Micropolis. Napisz, na której stronie to było i co się stało. Odpowiemy i naprawimy, co się da.
a11y-enforcement-title = Jeśli nasza odpowiedź Cię nie zadowala
a11y-enforcement = Możesz zwrócić się do urzędu, który w Twoim kraju nadzoruje dostępność cyfrową.

## Prywatność

privacy-title = Prywatność
privacy-intro = Przechowujemy tylko to, czego ta strona potrzebuje do działania. Nie śledzimy Cię, nie pokazujemy reklam i nie sprzedajemy ani nie udostępniamy Twoich danych. Strona nie wczytuje niczego z innych stron.
privacy-stored-title = Co przechowujemy
privacy-stored-account = Twoje konto: imię lub nazwę, adres e-mail, język oraz hasło w postaci jednokierunkowego kodu, z którego nikt nie odczyta hasła.
privacy-stored-memberships = Społeczności, do których należysz, i Twoją rolę w każdej z nich.
privacy-stored-support = To, co piszesz w ofertach i prośbach, oraz Twoje prywatne rozmowy. Rozmowę czytacie tylko Ty i druga osoba; moderatorzy czytają ją tylko wtedy, gdy któreś z Was zgłosi wiadomość. Prośby, które oznaczysz jako poufne (oraz prośby o wsparcie emocjonalne), widzą tylko: Ty, zaufane osoby pomagające i moderatorzy.
privacy-stored-timebank = Twoje wymiany i zapisy na Twoim koncie w banku czasu. Jeśli usuniesz konto, te zapisy zostaną, ale bez Twojego imienia, żeby konta wszystkich innych osób nadal się zgadzały.
privacy-stored-sessions = Urządzenia, na których się logujesz: rodzaj przeglądarki i urządzenia oraz czas ostatniego użycia. Widzisz to w zakładce Moje konto i możesz tam wylogować urządzenie.
privacy-stored-attempts = Nieudane próby logowania wraz z adresem sieciowym, z którego przyszły, przez 15 minut. To chroni przed zgadywaniem haseł.
privacy-visible-title = Kto co widzi
privacy-visible = Twój adres e-mail nigdy nie jest pokazywany innym osobom. Twoje imię lub nazwę oraz rolę widzą członkowie i członkinie społeczności, do których dołączysz.
privacy-cookies-title = Pliki cookie
privacy-cookies = Ta strona używa tylko plików cookie potrzebnych do działania i żadnych plików cookie z innych stron:
privacy-cookie-session = utrzymuje Twoje zalogowanie.
privacy-cookie-csrf = chroni Twoje formularze przed wysłaniem przez inne strony.
privacy-cookie-lang = zapamiętuje wybrany język.
privacy-cookie-display = zapamiętują rozmiar tekstu i kontrast.
privacy-mail-title = E-mail
privacy-mail = Wysyłamy Ci e-maile tylko wtedy, gdy są potrzebne: aby potwierdzić Twój adres e-mail, aby zresetować hasło i raz, gdy wiadomość czeka nieprzeczytana od godziny (najwyżej jeden e-mail dziennie dla każdej rozmowy; możesz to wyłączyć w zakładce Moje konto).
privacy-rights-title = Twoje prawa
privacy-rights = Zgodnie z RODO możesz zobaczyć, poprawić, pobrać i usunąć swoje dane. W zakładce Moje konto zmienisz imię lub nazwę oraz język; w sekcji „Twoje dane” pobierzesz w jednym pliku wszystko, co o Tobie przechowujemy, i usuniesz konto. W innych sprawach zwróć się do osób, które prowadzą tę instalację: muszą odpowiedzieć w ciągu miesiąca.
privacy-controller-title = Kto odpowiada za dane
privacy-controller = Za Twoje dane odpowiadają osoby lub organizacja, które prowadzą tę instalację Micropolis. Micropolis jest wolnym oprogramowaniem: każdy może sprawdzić, jak przetwarza dane.
