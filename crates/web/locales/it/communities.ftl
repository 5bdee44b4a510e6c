home-title = Micropolis
home-intro = Comunità locali dove le persone mostrano chi sono e cosa sanno fare, decidono insieme e si aiutano a vicenda.
home-communities = Comunità della rete
home-no-communities = Non ci sono ancora comunità.
community-member-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
community-membership = Adesione
community-join-intro = Chi si unisce può partecipare a tutto ciò che fa la comunità.
community-join = Unisciti a { $community }
community-you-are = Il tuo ruolo in questa comunità: { $role }.
community-sign-up-to-join = Registrati per unirti
community-sign-in-to-join = oppure accedi
community-nav-label = In questa comunità
community-nav-home = Pagina iniziale
community-nav-support = Offerte e richieste
community-nav-timebank = Banca del tempo
