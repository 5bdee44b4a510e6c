# Inicjatywy i komentarze.
community-nav-initiatives = Inicjatywy
initiatives-title = Inicjatywy
initiatives-intro = Pomysły sąsiadów i sąsiadek dla naszej okolicy. Poprzyj te, które ci się podobają, zaoferuj pomoc i zobacz, co odpowiadają organizatorzy.
initiatives-sign-in-to-take-part = Zaloguj się, aby zaproponować inicjatywę albo ją poprzeć.
initiatives-filters = Sortuj i filtruj
initiatives-field-sort = Kolejność
initiatives-sort-newest = Najpierw najnowsze
initiatives-sort-supported = Najpierw z największym poparciem
initiatives-field-state = Etap
initiatives-any-state = Wszystkie etapy
initiatives-filter-submit = Pokaż
initiatives-results = Znalezione inicjatywy
initiatives-none = Na razie nie ma tu żadnych inicjatyw.
initiatives-more = Więcej inicjatyw
initiative-state-open = Zbiera poparcie
initiative-state-accepted = Przyjęta
initiative-state-declined = Odrzucona
initiative-state-in_progress = W realizacji
initiative-state-done = Zrealizowana
initiative-supporters = { $count ->
    [one] { $count } osoba popiera
    [few] { $count } osoby popierają
    [many] { $count } osób popiera
   *[other] { $count } osoby popiera
}
initiative-comments = { $count ->
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
initiative-volunteer-count = { $count ->
    [one] { $count } osoba oferuje pomoc
    [few] { $count } osoby oferują pomoc
    [many] { $count } osób oferuje pomoc
   *[other] { $count } osoby oferuje pomoc
}
initiative-propose = Zaproponuj inicjatywę
initiative-form-intro = Opisz, co chcesz zmienić albo stworzyć i dlaczego to ważne dla okolicy. Potem inne osoby mogą to poprzeć i zaoferować pomoc.
initiative-field-title = Tytuł
initiative-field-title-hint = Krótka nazwa twojego pomysłu, na przykład: „Ławki wzdłuż ścieżki nad rzeką”.
initiative-field-body = Opis
markdown-hint = Możesz użyć prostego formatowania: **pogrubienie**, *kursywa*, listy zaczynające się od „-” i linki.
initiative-propose-submit = Opublikuj inicjatywę
initiative-proposed-by = Zaproponowane przez
initiative-support-title = Poparcie
initiative-volunteers-title = Osoby, które oferują pomoc
initiative-volunteers-none = Nikt jeszcze nie zaoferował pomocy.
initiative-take-part = Weź udział
initiative-support = Poprzyj tę inicjatywę
initiative-you-support = Popierasz tę inicjatywę.
initiative-withdraw-support = Wycofaj moje poparcie
initiative-support-closed = Ta inicjatywa nie zbiera już poparcia.
initiative-follow = Obserwuj
initiative-unfollow = Przestań obserwować
initiative-field-volunteer-note = Co możesz zrobić? (opcjonalnie)
initiative-field-volunteer-note-hint = Na przykład: „Mogę malować w soboty”.
initiative-volunteer = Chcę pomóc
initiative-you-volunteer = Oferujesz pomoc przy tej inicjatywie.
initiative-unvolunteer = Wycofaj moją ofertę pomocy
initiative-join-to-take-part = Dołącz do tej społeczności, aby wziąć udział.
initiative-sign-in-to-take-part = Zaloguj się, aby wziąć udział.
initiative-answer-title = Odpowiedz w imieniu organizatorów
initiative-answer-intro = Wybierz następny etap i wyjaśnij go. Twoja odpowiedź jest publiczna i zostaje w historii zmian.
initiative-field-new-state = Nowy etap
initiative-field-answer = Publiczna odpowiedź
initiative-field-answer-hint = Napisz, co postanowiono, dlaczego i co będzie dalej.
initiative-answer-submit = Opublikuj odpowiedź
initiative-history-title = Historia zmian
initiative-history-proposed = Inicjatywa zaproponowana
initiative-notice-proposed = Twoja inicjatywa jest opublikowana.
initiative-notice-supported = Dziękujemy! Popierasz tę inicjatywę.
initiative-notice-withdrawn = Twoje poparcie zostało wycofane.
initiative-notice-volunteered = Dziękujemy, że oferujesz pomoc.
initiative-notice-unvolunteered = Twoja oferta pomocy została wycofana.
initiative-notice-followed = Obserwujesz tę inicjatywę.
initiative-notice-unfollowed = Nie obserwujesz już tej inicjatywy.
initiative-notice-answered = Odpowiedź jest opublikowana.
comment-field-body = Twój komentarz
comment-submit = Dodaj komentarz
comment-notice-posted = Twój komentarz został dodany.
comments-title = Komentarze
comments-none = Nie ma jeszcze komentarzy.
comments-more = Więcej komentarzy
comment-edited = zmieniony
comment-removed = Komentarz usunięty.
comment-change = Zmień lub usuń mój komentarz
comment-reply = Odpowiedz
comment-field-reply = Twoja odpowiedź
comment-reply-submit = Dodaj odpowiedź
comment-back = Wróć do rozmowy
comment-edit-hint = Możesz zmienić komentarz w ciągu 15 minut od jego napisania.
comment-save = Zapisz komentarz
comment-edit-window-over = Minęło ponad 15 minut, więc tego komentarza nie można już zmienić. Nadal możesz go usunąć.
comment-delete-title = Usuń komentarz
comment-delete-intro = Jego miejsce w rozmowie zostanie, z oznaczeniem „Komentarz usunięty”.
comment-delete = Usuń
error-initiative-state-unknown = Wybierz jeden z etapów.
error-initiative-sort-unknown = Wybierz „Najpierw najnowsze” albo „Najpierw z największym poparciem”.
error-initiative-state-change = Inicjatywa na tym etapie nie może przejść do etapu, który wybrano.
error-initiative-closed = Ta inicjatywa nie zbiera już poparcia ani ofert pomocy.
error-initiative-support-duplicate = Już popierasz tę inicjatywę.
error-comment-edit-window = Komentarz można zmienić tylko w ciągu 15 minut od jego napisania.
error-comment-parent-unknown = Komentarza, na który odpowiadasz, nie ma w tej rozmowie.
error-comment-target-unknown = Komentować można inicjatywy, wydarzenia i historie.
initiatives-see-all = Wszystkie inicjatywy
initiative-photo-add = Dodaj zdjęcie
initiative-photo-change = Zmień lub usuń zdjęcie
initiative-photo-title = Zdjęcie inicjatywy
initiative-photo-intro = Zdjęcie pokazuje sąsiadom, o co chodzi: miejsce takie, jakie jest teraz, albo jak mogłoby wyglądać. Zmienić je może tylko osoba, która zaproponowała inicjatywę, czyli ty.
initiative-photo-current = Obecne zdjęcie
initiative-photo-save = Zapisz zdjęcie
initiative-photo-cancel = Wróć do inicjatywy
initiative-notice-photo = Zdjęcie jest zapisane.
error-initiative-author-only = Zdjęcie inicjatywy może zmienić tylko osoba, która ją zaproponowała.
