nav-skip = Vai al contenuto principale
nav-main-label = Menu principale
nav-language-label = Lingua
nav-breadcrumbs = Ti trovi qui
nav-communities = Comunità
nav-account = Il mio account
nav-sign-in = Accedi
nav-sign-up = Registrati
nav-sign-out = Esci
footer-about = Micropolis — un luogo dove le persone di un quartiere o di una città mostrano chi sono, decidono insieme e si aiutano a vicenda.
form-error-summary = C'è un problema
role-member = membro
role-organiser = organizzatore
role-moderator = moderatore
role-admin = amministratore
nav-messages = Messaggi
nav-unread = { $count ->
    [one] { $count } non letto
   *[other] { $count } non letti
}
person-former-member = Ex membro
language-en = inglese
language-pl = polacco
language-da = danese
language-it = italiano
language-uk = ucraino
language-de = tedesco
language-fr = francese
language-es = spagnolo
language-ru = russo
language-ar = arabo
