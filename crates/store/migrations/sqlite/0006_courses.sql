-- Adult-education courses: sessions in a time zone, enrolment with a waiting list, and the
-- attendance an organiser takes per session.

CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    organiser_id TEXT NOT NULL REFERENCES accounts (id),
    title TEXT NOT NULL,
    -- Markdown, as typed; pages render it and sanitise the HTML.
    body TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    -- Counts kept on write, in the same transaction as the enrolments they count.
    enrolled_count INTEGER NOT NULL DEFAULT 0 CHECK (enrolled_count >= 0 AND enrolled_count <= capacity),
    waitlist_count INTEGER NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
    session_count INTEGER NOT NULL DEFAULT 0,
    -- The first session's start and the last session's end, kept with the sessions.
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    -- The zone of its first session, in which lists show its dates.
    time_zone TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- The lists walk this index: current courses from a year before now (a course spans a year at
-- most), past ones backwards from now; the keyset is (starts_at, id).
CREATE INDEX courses_by_start ON courses (community_id, starts_at, id);
CREATE INDEX courses_by_organiser ON courses (organiser_id);

CREATE TABLE course_sessions (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    -- The IANA zone it happens in: shown in it, whatever the reader's zone.
    time_zone TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX course_sessions_by_course ON course_sessions (course_id, starts_at, id);

-- A seat or a place in line. The line is kept in the order people came (queued_at, then id).
CREATE TABLE course_enrolments (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL CHECK (status IN ('enrolled', 'waitlisted')),
    queued_at INTEGER NOT NULL,
    promoted_at INTEGER,
    PRIMARY KEY (course_id, account_id)
);
CREATE INDEX course_enrolments_line ON course_enrolments (course_id, status, queued_at, account_id);
CREATE INDEX course_enrolments_by_account ON course_enrolments (account_id);

-- Who was present at a session, as its organiser recorded it.
CREATE TABLE course_attendance (
    session_id TEXT NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    marked_by TEXT NOT NULL REFERENCES accounts (id),
    marked_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, account_id)
);
CREATE INDEX course_attendance_by_person ON course_attendance (course_id, account_id);
CREATE INDEX course_attendance_by_account ON course_attendance (account_id);
