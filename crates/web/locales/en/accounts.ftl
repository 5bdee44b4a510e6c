sign-up-title = Create your account
sign-up-intro = It takes a minute. Your e-mail address is never shown to others.
sign-up-submit = Create account
sign-up-have-account = Already have an account?
sign-up-check-inbox-title = Check your inbox
sign-up-check-inbox = We sent you a mail with a link. Open it to confirm your e-mail address, then sign in.
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = New here?
field-display-name = Your name
field-display-name-hint = The name others will see. It can be your first name only.
field-email = E-mail address
field-password = Password
field-new-password = New password
field-new-password-hint = At least 10 characters. A few words together make a good password.
field-current-password = Current password
field-locale = Language
verify-title = Confirm your e-mail address
verify-intro = Press the button to confirm that this e-mail address is yours.
verify-submit = Confirm my e-mail address
verify-done-title = E-mail address confirmed
verify-done = Thank you. Your e-mail address is confirmed and you can sign in.
reset-title = Reset your password
reset-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
reset-submit = Send me a link
reset-sent-title = Check your inbox
reset-sent = If an account uses this address, a mail with a link is on its way. The link works for one hour.
reset-new-title = Choose a new password
reset-new-submit = Save new password
reset-done-title = Password changed
reset-done = Your new password is saved. For your safety you were signed out everywhere; sign in again.
account-title = My account
account-memberships = My communities
account-no-memberships = You have not joined a community yet.
account-find-community = Find a community
account-settings = Name and language
account-email-is = Your e-mail address: { $email }
account-save = Save
account-saved-settings = Your name and language are saved.
account-password = Password
account-password-intro = When you change your password, you are signed out on every other device.
account-change-password = Change password
account-saved-password = Your password is changed. Other devices were signed out.
account-sessions = Where you are signed in
account-sessions-intro = If you do not recognise a device, sign it out and change your password.
account-session-current = this device
account-session-last-seen = Last active: { $when }
account-session-end = Sign out { $device }
account-session-unknown-device = Unknown device
account-saved-session = That device is signed out.
mail-verify-subject = Confirm your e-mail address for Micropolis
mail-verify-body =
    Hello { $name },

    Welcome to Micropolis. Please confirm your e-mail address by opening this link:

    { $link }

    The link works for two days. If you did not create an account, you can ignore this mail.
mail-reset-subject = Reset your Micropolis password
mail-reset-body =
    Hello { $name },

    Someone asked to reset the password of your Micropolis account. To choose a new password, open this link:

    { $link }

    The link works for one hour. If it was not you, ignore this mail: your password stays as it is.
account-mails = E-mails
account-message-mails = E-mail me once when a message waits unread for an hour
account-saved-mails = Your e-mail choice is saved.
account-data-intro = Download everything we hold about you, or delete your account.
account-data-link = Your data
mail-unread-subject = { $sender } wrote to you on Micropolis
mail-unread-body =
    Hello { $name },

    { $sender } sent you a message on Micropolis an hour ago that you have not read yet. Read and answer it here:

    { $link }

    We send at most one such mail a day for each conversation. To stop these mails, untick the box under “E-mails” on your account page: { $settings }
