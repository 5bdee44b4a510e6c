home-title = Micropolis
home-intro = Lokale fællesskaber, hvor folk viser, hvem de er, og hvad de kan, beslutter sammen og hjælper hinanden.
home-communities = Fællesskaber i netværket
home-no-communities = Der er ingen fællesskaber endnu.
community-member-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}
community-membership = Medlemskab
community-join-intro = Som medlem kan du være med i alt, hvad fællesskabet laver.
community-join = Bliv medlem af { $community }
community-you-are = Din rolle i dette fællesskab: { $role }.
community-sign-up-to-join = Opret konto for at blive medlem
community-sign-in-to-join = eller log ind
community-nav-label = I dette fællesskab
community-nav-home = Forside
community-nav-support = Tilbud og anmodninger
community-nav-timebank = Tidsbank
