nav-skip = Skip to main content
nav-main-label = Main
nav-language-label = Language
nav-breadcrumbs = You are here
nav-communities = Communities
nav-account = My account
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-sign-out = Sign out
footer-about = Micropolis — a place for the people of a district or town to show who they are, decide together and help each other.
form-error-summary = There is a problem
role-member = member
role-organiser = organiser
role-moderator = moderator
role-admin = admin
nav-messages = Messages
nav-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
person-former-member = Former member
language-en = English
language-pl = Polish
language-da = Danish
language-it = Italian
language-uk = Ukrainian
language-de = German
language-fr = French
language-es = Spanish
language-ru = Russian
language-ar = Arabic
