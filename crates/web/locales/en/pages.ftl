## The page shell: navigation, footer, display settings

nav-home = Home
nav-help = Help
nav-my-communities = My communities
nav-all-communities = All communities
nav-display = Text size and contrast
footer-label = About this site
footer-accessibility = Accessibility statement
footer-privacy = Privacy
title-error-prefix = Error:

display-title = Text size and contrast
display-intro = Make the text larger or the contrast higher. Your choice is kept in this browser only.
display-text-legend = Text size
display-text-standard = Standard
display-text-large = Large
display-contrast-legend = Contrast
display-contrast-standard = Standard
display-contrast-high = High
display-save = Save
display-saved = Your settings are saved.
display-back = Back to the page you were on
display-dark = Pages turn dark when your device uses dark mode. Your browser's zoom works on every page too.

## Help

help-title = Help
help-intro = How to take part in your community on Micropolis, and who can help when something does not work.
help-join-title = Joining a community
help-join = Create an account, open your community from the list of communities and press the button to join. Joining is free, and you can take part in everything your community does.
help-account-title = Signing in and your password
help-account = Sign in with your e-mail address and your password. If you forgot your password, we send a link to your e-mail address so that you can choose a new one.
help-language-title = Language
help-language = Choose your language at the top of every page. This browser remembers your choice. When you are signed in, you can also set it on My account.
help-display-title = Text size and contrast
help-display = You can make the text larger and the contrast higher. The link is at the top and at the bottom of every page. Your browser's zoom works too.
help-keyboard-title = Using a keyboard
help-keyboard = Everything works with a keyboard alone. Tab moves to the next link or field, Shift and Tab moves back, and Enter follows a link or presses a button. The first Tab on a page shows a link that skips straight to the main content.
help-contact-title = Who can help
help-contact = The organisers of your community know it best: ask them. For problems with your account or with this site, contact the people who run this installation of Micropolis.

## Accessibility statement

a11y-title = Accessibility statement
a11y-intro = Micropolis is for everyone in a community: young and old, with or without a disability, on a phone or a computer. This statement says how accessible this site is and what to do when something does not work for you.
a11y-status-title = How accessible this site is
a11y-status = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, the level that the European standard EN 301 549 asks for. As far as we know, all pages meet it, apart from the limits described below.
a11y-features-title = What you can do
a11y-feature-keyboard = Use every page with a keyboard alone.
a11y-feature-screen-reader = Use a screen reader: pages have headings, landmarks and labelled form fields, and errors are linked to their fields.
a11y-feature-zoom = Zoom in to 400% and use the site on a small screen without losing content.
a11y-feature-display = Make the text larger and the contrast higher:
a11y-feature-dark = Use dark mode: pages follow the setting of your device.
a11y-feature-languages = Read the site in English, Polish, Danish, Italian or Ukrainian.
a11y-feature-no-script = Use the site without JavaScript.
a11y-testing-title = How we check
a11y-testing = Every page is checked in a real browser, in several languages and at the widths of a phone and of a computer, with automated accessibility tests (axe-core). We also check that the code of every page is valid and that every task can be done with a keyboard alone. Automated tests do not find every problem, so we also test by hand, and your feedback matters to us.
a11y-limits-title = Known limits
a11y-limits = Texts that members write, such as the description of a community, are shown in the language they were written in. The site has not yet been tested together with people who use screen readers; we plan to do this.
a11y-feedback-title = Feedback and contact
a11y-feedback = If something is hard to use or does not work for you, tell us. Ask the organisers of your community, or contact the people who run this installation of Micropolis. Say which page it was and what happened. We will answer and fix what we can.
a11y-enforcement-title = If you are not satisfied with our answer
a11y-enforcement = You can turn to the public body that oversees digital accessibility in your country.

## Privacy

privacy-title = Privacy
privacy-intro = We keep only what this site needs to work. We do not track you, we show no adverts, and we do not sell or share your data. The site loads nothing from other sites.
privacy-stored-title = What we store
privacy-stored-account = Your account: your name, your e-mail address, your language, and your password as a one-way code that nobody can turn back into the password.
privacy-stored-memberships = The communities you joined and your role in each of them.
privacy-stored-support = What you post in offers and requests, and your private conversations. Only you and the other person read a conversation; moderators read it only when one of you reports a message. Requests you mark private (and requests for emotional support) are seen only by you, trusted helpers and moderators.
privacy-stored-timebank = Your time-bank exchanges and the bookings of your account. If you delete your account, the bookings stay without your name, so that everyone else's accounts still add up.
privacy-stored-sessions = Where you are signed in: the kind of browser and device, and when it was last used. You can see this on My account and sign a device out.
privacy-stored-attempts = Failed attempts to sign in, with the network address they came from, for 15 minutes. This stops people from guessing passwords.
privacy-visible-title = Who sees what
privacy-visible = Your e-mail address is never shown to other people. Your name and your role are visible to the members of the communities you join.
privacy-cookies-title = Cookies
privacy-cookies = This site uses only the cookies it needs to work, and no cookies from other sites:
privacy-cookie-session = keeps you signed in.
privacy-cookie-csrf = protects your forms from being sent by other sites.
privacy-cookie-lang = remembers the language you chose.
privacy-cookie-display = remember your text size and contrast.
privacy-mail-title = E-mail
privacy-mail = We send you e-mail only when you need it: to confirm your e-mail address, to reset your password, and once when a message has waited unread for an hour (at most one a day for each conversation; you can switch this off on My account).
privacy-rights-title = Your rights
privacy-rights = Under the General Data Protection Regulation (GDPR) you can see, correct, download and delete your data. On My account you can change your name and language; under “Your data” you can download everything we hold about you in one file, and delete your account. For anything else, ask the people who run this installation: they must answer within one month.
privacy-controller-title = Who is responsible
privacy-controller = The people or the organisation who run this installation of Micropolis are responsible for your data. Micropolis is free software: anyone can read how it handles data.
