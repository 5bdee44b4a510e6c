## Courses: the lists, a course's page, enrolment, attendance and the certificate.

courses-title = Courses
courses-past-title = Past courses
courses-intro = Courses run by the community's organisers. Sign up for a place; when a course is full, join the waiting list and you move up as soon as a place frees.
courses-see-current = Running and upcoming courses
courses-see-past = Past courses
courses-calendar = Add the courses to your calendar (iCalendar)
courses-none = No course is running or planned yet.
courses-past-none = No course has finished yet.
courses-more = More courses
courses-home-see-all = All courses
community-nav-courses = Courses
course-create = Create a course
course-sessions =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
course-seats-left =
    { $count ->
        [one] One place left
       *[other] { $count } places left
    }
course-full = Full
course-waitlist-count =
    { $count ->
        [one] { $count } person waiting
       *[other] { $count } people waiting
    }
course-form-intro = Describe the course, say how many people it takes, and give its first sessions. You can add more sessions on the course's page.
course-field-title = Title
course-field-body = What the course is about
course-field-capacity = Places
course-field-capacity-hint = How many people can take part (1 to 1000).
course-field-time-zone = Time zone
course-field-time-zone-hint = Where the sessions take place, as a time zone name such as Europe/Warsaw.
course-field-sessions = Sessions
course-field-sessions-hint = Give the date and time each session starts and ends. Leave a row empty if you do not need it.
course-session-number = Session { $count }
course-field-starts-at = Starts
course-field-ends-at = Ends
course-create-submit = Create the course
course-organiser = Organiser
course-dates = Dates
course-places = Places taken
course-take-attendance = Take attendance
course-enrolment-title = Take part
course-status-enrolled = You have a place on this course.
course-status-waitlisted = You are on the waiting list. We will e-mail you when a place frees for you.
course-attended =
    { $count ->
        [one] You attended one session.
       *[other] You attended { $count } sessions.
    }
course-certificate-download = Download your certificate of participation (PDF)
course-withdraw = Give up my place
course-leave-waitlist = Leave the waiting list
course-finished = This course has finished.
course-full-intro = All places are taken. Join the waiting list: the first person waiting takes the next place that frees.
course-join-waitlist = Join the waiting list
course-enrol = Sign up for the course
course-join-to-enrol = Join the community to sign up for its courses
course-sign-in-to-enrol = Sign in to sign up
course-people-title = People on the course
course-people-none = Nobody has signed up yet.
course-add-session = Add a session
course-add-session-submit = Add the session
course-attendance-title = Attendance
course-attendance-legend = Who was there?
course-attendance-withdrew = has since withdrawn
course-attendance-submit = Save attendance
course-back = Back to the course
course-notice-created = The course is published.
course-notice-enrolled = You have a place on the course.
course-notice-waitlisted = The course is full: you are on the waiting list.
course-notice-withdrawn = You are no longer on the course.
course-notice-session-added = The session was added.
course-notice-attendance = Attendance saved.
certificate-title = Certificate of participation
certificate-confirms = This is to confirm that
certificate-took-part = took part in the course
certificate-sessions =
    { $count ->
        [one] Session attended:
       *[other] Sessions attended ({ $count }):
    }
certificate-issued = Issued on { $date } by { $organisation }
mail-course-promoted-subject = A place for you: { $course }
mail-course-promoted-body =
    Hello { $name },

    a place has freed on the course “{ $course }” and it is yours: you were first on the waiting list.

    The course and its sessions: { $link }

    If you can no longer come, give up your place on that page, so that the next person waiting can take it.
error-course-capacity = Give a whole number of places from 1 to { $max }.
error-course-sessions-none = Give at least one session.
error-course-sessions-many = A course is created with at most { $max } sessions; add more on its page.
error-course-span = A course runs for a year at most, from its first session to its last.
error-course-status-unknown = Unknown enrolment status.
error-course-when-unknown = Choose current or past courses.
error-course-finished = This course has finished: nobody can sign up any more.
error-course-already-enrolled = You are already on this course or its waiting list.
error-course-attendance-not-enrolled = Only people on the course can be marked present.
error-course-certificate-not-attended = A certificate is given once you have attended at least one session.
