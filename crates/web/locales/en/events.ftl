# Events and places.
community-nav-events = Events
events-home-title = Coming up
events-see-all = All events
events-title = Events
events-past-title = Past events
events-intro = What is on in the neighbourhood. Times are shown where each event happens.
events-past-intro = Events that have taken place, latest first.
events-upcoming-link = Coming up
events-past-link = Past events
events-mine-title = My events
events-mine-intro = The events you are going to or waiting for, in all your communities.
events-mine-none = You have not signed up for any event yet.
events-calendar-link = Calendar (.ics)
feed-link = News feed (Atom)
feed-title = news and events
events-filters = Filter events
events-field-language = Language spoken
events-any-language = Any language
events-field-access = Accessibility
events-any-access = Anything
events-field-place = Place
events-any-place = Anywhere
events-filter-submit = Show events
events-results = Events
events-none = Nothing planned yet.
events-more = More
event-new = Put on an event
event-online = Online
event-full = full
event-going-count = { $count ->
    [one] { $count } going
   *[other] { $count } going
}
event-waiting-count = { $count ->
    [one] { $count } waiting
   *[other] { $count } waiting
}
event-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
access-step_free = Step-free access
access-accessible_toilet = Accessible toilet
access-hearing_loop = Hearing loop
access-seating = Seating
access-quiet_room = Quiet room
event-status-going = Going
event-status-waitlisted = On the waiting list
event-when = When
event-ended = this event is over
event-where = Where
event-attendance = Places
event-price = Price
event-accessibility = Accessibility
event-languages = Languages spoken
event-organiser = Organiser
event-add-to-calendar = Add to my calendar (.ics)
event-poster-link = Poster to print
event-rsvp-title = Will you come?
event-ended-no-rsvp = This event is over.
event-you-are-going = You are going.
event-cancel = I can no longer come
event-you-are-waiting = You are on the waiting list. If a place comes free, it is yours and we tell you by e-mail.
event-leave-waitlist = Leave the waiting list
event-full-join-waitlist = All places are taken. Join the waiting list: if someone cancels, you move up.
event-join-waitlist = Join the waiting list
event-rsvp = I will come
event-join-to-rsvp = Join the community to sign up
event-sign-in-to-rsvp = Sign in to sign up
event-attendees-title = Who is coming
event-attendees-none = Nobody has signed up yet.
event-notice-created = The event is on the agenda.
event-notice-going = You are going. See you there!
event-notice-waitlisted = You are on the waiting list.
event-notice-cancelled = Cancelled. Thank you for letting us know.
event-poster-back = Back to the event
event-poster-scan = Scan to see the event and sign up:
event-form-intro = Times are the ones on the clock where the event happens.
event-field-title = Title
event-field-body = Description
event-field-starts = Starts
event-field-time-hint = Date and time, for example 2027-03-01 18:00.
event-field-ends = Ends
event-field-zone = Time zone
event-field-place = Place
event-field-place-hint = Choose a place, give an online link, or both.
event-no-place = No place (online only)
event-field-online = Online link
event-field-capacity = Places
event-field-capacity-hint = Leave empty for no limit.
event-field-price = Price
event-field-price-hint = For example "free" or "10 zł". May be empty.
event-create-submit = Put it on the agenda
places-title = Places
places-intro = Where the community meets, and how to get in.
places-none = No places described yet.
place-new = Describe a place
place-edit = Correct this place
place-address = Address
place-coordinates = Coordinates
place-opening-hours = Opening hours
place-access-unknown = Not described yet.
place-events-title = Coming up here
place-all-events = All events here
place-field-name = Name
place-field-lat = Latitude
place-field-lon = Longitude
place-field-coordinates-hint = Optional, in degrees, for example 52.18 and 21.17.
place-field-opening-hours-hint = Optional, as people should read them.
place-save = Save the place
place-notice-saved = The place is saved.
mail-event-moved-up-subject = A place came free: { $title }
mail-event-moved-up-body =
    Hello { $name },

    Someone cancelled, so you have a place at “{ $title }”.

    When: { $when } ({ $zone })
    Where: { $where }

    If you cannot come after all, please cancel on the event's page, so the next person can move up:

    { $link }
mail-event-reminder-subject = Tomorrow: { $title }
mail-event-reminder-body =
    Hello { $name },

    A reminder that you are going to “{ $title }”.

    When: { $when } ({ $zone })
    Where: { $where }

    If you cannot come, please cancel on the event's page, so someone waiting can come instead:

    { $link }
error-access-unknown = Choose accessibility features from the list.
error-coordinate-invalid = Enter degrees as a number, like 52.18 (latitude −90 to 90, longitude −180 to 180).
error-coordinates-both = Give both the latitude and the longitude, or neither.
error-rsvp-status-unknown = Unknown answer.
error-url-invalid = Enter a web address that starts with https:// or http://.
error-capacity-range = Enter a whole number of places from 1 to { $max }, or leave it empty.
error-place-unknown = Choose one of the community's places.
error-event-too-long = An event may last at most { $days } days.
error-event-where-missing = Choose a place or give an online link.
error-event-over = This event is over.
event-edit = Change the event
event-edit-link = Change this event
event-save-submit = Save the changes
event-notice-saved = The changes are saved. People who were waiting have moved up if there is now room.
error-capacity-below-going = { $going ->
    [one] { $going } person is going already; the capacity cannot be lower.
   *[other] { $going } people are going already; the capacity cannot be lower.
}
event-photo-current = The photo now
