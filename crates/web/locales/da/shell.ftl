nav-skip = Gå til hovedindholdet
nav-main-label = Hovedmenu
nav-language-label = Sprog
nav-breadcrumbs = Du er her
nav-communities = Fællesskaber
nav-account = Min konto
nav-sign-in = Log ind
nav-sign-up = Opret konto
nav-sign-out = Log ud
footer-about = Micropolis — et sted, hvor folk i en bydel eller by kan vise, hvem de er, beslutte sammen og hjælpe hinanden.
form-error-summary = Der er et problem
role-member = medlem
role-organiser = arrangør
role-moderator = moderator
role-admin = administrator
nav-messages = Beskeder
nav-unread = { $count ->
    [one] { $count } ulæst
   *[other] { $count } ulæste
}
person-former-member = Tidligere medlem
language-en = engelsk
language-pl = polsk
language-da = dansk
language-it = italiensk
language-uk = ukrainsk
language-de = tysk
language-fr = fransk
language-es = spansk
language-ru = russisk
language-ar = arabisk
