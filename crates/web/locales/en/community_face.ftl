## The community's own face: its colour and its cover photo, set by its admins.

face-nav = Appearance
face-title = The community's appearance
face-intro = Give the community its own colour and cover photo. They show on all its pages. Each person's own display settings, such as high contrast, still come first.
face-accent-title = Colour
face-accent-now = The colour now is { $colour }.
face-accent-reaches = With the text drawn on it, it reaches a contrast of { $ratio_whole }.{ $ratio_tenth }:1 (at least 4.5:1 is needed).
face-accent-none = The community uses the network's colours.
face-accent-field = Colour of buttons and links
face-accent-hint = A # and six hexadecimal digits, for example #2e6b30. Buttons have white text on this colour and links are in it, so it must be dark enough: a contrast of at least 4.5:1. Leave it empty for the network's colours.
face-cover-title = Cover photo
face-cover-now = The cover photo now, across the top of the community's home page.
face-cover-none = There is no cover photo yet.
face-cover-hint = It goes across the top of the community's home page. A wide photo of the place works best.
face-save = Save
face-notice-saved = Saved. The community's pages show the change.
moderation-target-community = The community's appearance
audit-action-community-accent-changed = Changed the community's colour
audit-action-community-cover-changed = Changed the community's cover photo
audit-action-community-cover-removed = Removed the community's cover photo
error-accent-malformed = Write the colour as # and six hexadecimal digits, for example #2e6b30.
error-accent-contrast = This colour is too light. With the white text on it, and as a link on the page, it reaches only { $ratio_whole }.{ $ratio_tenth }:1; at least 4.5:1 is needed (WCAG AA). Choose a darker shade.
