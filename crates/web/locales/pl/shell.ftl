nav-skip = Przejdź do treści głównej
nav-main-label = Menu główne
nav-language-label = Język
nav-breadcrumbs = Jesteś tutaj
nav-communities = Społeczności
nav-account = Moje konto
nav-sign-in = Zaloguj się
nav-sign-up = Załóż konto
nav-sign-out = Wyloguj się
footer-about = Micropolis — miejsce, w którym ludzie z dzielnicy lub miasta pokazują, kim są, razem decydują i pomagają sobie nawzajem.
form-error-summary = Wystąpił problem
role-member = członek
role-organiser = organizator
role-moderator = moderator
role-admin = administrator
nav-messages = Wiadomości
nav-unread = { $count ->
    [one] { $count } nieprzeczytana
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanej
}
person-former-member = Usunięte konto
language-en = angielski
language-pl = polski
language-da = duński
language-it = włoski
language-uk = ukraiński
language-de = niemiecki
language-fr = francuski
language-es = hiszpański
language-ru = rosyjski
language-ar = arabski
