community-nav-stories = Historie
stories-title = Historie miejsca
stories-intro = Co mieszkańcy i mieszkanki pamiętają, lubią i odkrywają w okolicy: opowiedziane przez nich, ze zdjęciami.
stories-home-title = Historie miejsca
stories-see-all = Wszystkie historie
story-new = Opowiedz historię
stories-join-to-tell = Dołącz do społeczności, aby opowiedzieć historię
stories-sign-in-to-tell = Zaloguj się, aby opowiedzieć historię
stories-search-title = Szukaj historii
stories-search-label = Słowa w tytule lub w historii
stories-search = Szukaj
stories-tags-title = Tagi
stories-all = Wszystkie historie
stories-found-title = Historie
stories-none = Nie ma jeszcze historii. Opowiedz pierwszą.
stories-none-found = Żadna historia nie pasuje. Spróbuj innych słów lub innego tagu.
stories-more = Więcej historii
story-notice-created = Twoja historia została opublikowana.
story-notice-saved = Zmiany zostały zapisane.
story-notice-deleted = Historia została usunięta.
story-audience-public = Publiczna
story-audience-members = Tylko dla członków społeczności
story-comment-count = { $count ->
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
story-tags = Tagi tej historii
story-edit = Edytuj historię
story-delete = Usuń historię
story-delete-confirm = Usunąć „{ $title }” razem ze zdjęciem i komentarzami? Tego nie da się cofnąć.
story-delete-submit = Usuń na zawsze
story-delete-cancel = Zachowaj historię
story-field-title = Tytuł
story-field-body = Twoja historia
story-field-tags = Tagi (nieobowiązkowe)
story-field-tags-hint = Słowa, które pomogą innym ją znaleźć, oddzielone przecinkami: rzeka, stare zdjęcia, szkoła.
story-field-audience = Kto może ją czytać
story-audience-public-choice = Wszyscy, także osoby niezalogowane
story-audience-members-choice = Tylko członkowie i członkinie tej społeczności
story-photo-current = Obecne zdjęcie
story-save = Opublikuj
story-cancel = Anuluj
error-audience-unknown = Wybierz, kto może ją czytać.
error-tag-invalid = W tagach używaj liter, cyfr i łączników, a tagi oddzielaj przecinkami.
error-tag-too-long = Każdy tag może mieć najwyżej { $max } znaków.
error-tags-too-many = Użyj najwyżej { $max } tagów.
error-story-author-only = Tylko osoba, która opowiedziała tę historię, może ją zmienić.
