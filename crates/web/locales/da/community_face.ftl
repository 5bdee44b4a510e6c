## Fællesskabets udseende: dets farve og forsidebillede, valgt af dets administratorer.

face-nav = Udseende
face-title = Fællesskabets udseende
face-intro = Giv fællesskabet sin egen farve og sit eget forsidebillede. De vises på alle dets sider. Hver persons egne visningsindstillinger, fx høj kontrast, kommer stadig først.
face-accent-title = Farve
face-accent-now = Farven er nu { $colour }.
face-accent-reaches = Med teksten på den når den en kontrast på { $ratio_whole },{ $ratio_tenth }:1 (der skal mindst 4,5:1 til).
face-accent-none = Fællesskabet bruger netværkets farver.
face-accent-field = Farve på knapper og links
face-accent-hint = Et # og seks hexadecimale cifre, fx #2e6b30. Knapper har hvid tekst på denne farve, og links står i den, så den skal være mørk nok: en kontrast på mindst 4,5:1. Lad feltet være tomt for at bruge netværkets farver.
face-cover-title = Forsidebillede
face-cover-now = Forsidebilledet nu, øverst på fællesskabets forside.
face-cover-none = Der er ikke noget forsidebillede endnu.
face-cover-hint = Det vises øverst på fællesskabets forside. Et bredt billede af stedet virker bedst.
face-save = Gem
face-notice-saved = Gemt. Fællesskabets sider viser nu ændringen.
moderation-target-community = Fællesskabets udseende
audit-action-community-accent-changed = Ændrede fællesskabets farve
audit-action-community-cover-changed = Ændrede fællesskabets forsidebillede
audit-action-community-cover-removed = Fjernede fællesskabets forsidebillede
error-accent-malformed = Skriv farven som # og seks hexadecimale cifre, fx #2e6b30.
error-accent-contrast = Farven er for lys. Med den hvide tekst på den og som link på siden når den kun { $ratio_whole },{ $ratio_tenth }:1; der skal mindst 4,5:1 til (WCAG AA). Vælg en mørkere nuance.
