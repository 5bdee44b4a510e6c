home-title = Micropolis
home-intro = Lokalne społeczności, w których ludzie pokazują, kim są i co potrafią, razem decydują i pomagają sobie nawzajem.
home-communities = Społeczności w sieci
home-no-communities = Nie ma jeszcze żadnych społeczności.
community-member-count = { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
}
community-membership = Członkostwo
community-join-intro = Po dołączeniu możesz brać udział we wszystkim, co robi społeczność.
community-join = Dołącz do społeczności { $community }
community-you-are = Twoja rola w tej społeczności: { $role }.
community-sign-up-to-join = Załóż konto, aby dołączyć
community-sign-in-to-join = lub zaloguj się
community-nav-label = W tej społeczności
community-nav-home = Strona główna
community-nav-support = Oferty i prośby
community-nav-timebank = Bank czasu
