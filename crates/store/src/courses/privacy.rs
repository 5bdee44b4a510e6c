//! What the courses feature hands over and erases for a person (see `privacy::part`).

use crate::privacy::part::{Bind, Erasure, Part, Section};

/// Courses stay when their organiser leaves (they show "former member"), and so does the record
/// of who took attendance. A leaver's places on courses go, and so does their attendance; a seat
/// they held goes to the first person waiting, as a withdrawal would give it.
pub(crate) const PRIVACY: Part = Part {
    feature: "courses",
    export: &[
        Section {
            name: "courses_organised",
            columns: &["id", "community", "title", "body", "capacity", "created_at"],
            sql: "SELECT c.id, co.slug, c.title, c.body, c.capacity, c.created_at \
                  FROM courses c JOIN communities co ON co.id = c.community_id WHERE c.organiser_id = $1",
        },
        Section {
            name: "enrolments",
            columns: &["course", "status", "queued_at", "promoted_at"],
            sql: "SELECT course_id, status, queued_at, promoted_at FROM course_enrolments WHERE account_id = $1",
        },
        Section {
            name: "attendance",
            columns: &["course", "session", "starts_at", "marked_at"],
            sql: "SELECT t.course_id, t.session_id, s.starts_at, t.marked_at \
                  FROM course_attendance t JOIN course_sessions s ON s.id = t.session_id WHERE t.account_id = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE courses SET waitlist_count = waitlist_count - 1 WHERE id IN \
                  (SELECT course_id FROM course_enrolments WHERE account_id = $1 AND status = 'waitlisted')",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM course_enrolments WHERE account_id = $1 AND status = 'waitlisted'",
            params: Bind::Person,
        },
        // A seat held: counted free when nobody waits; otherwise the first in line takes it,
        // and the line shortens instead.
        Erasure {
            sql: "UPDATE courses SET enrolled_count = enrolled_count - 1 WHERE waitlist_count = 0 AND id IN \
                  (SELECT course_id FROM course_enrolments WHERE account_id = $1 AND status = 'enrolled')",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE course_enrolments SET status = 'enrolled', promoted_at = $1 \
                  WHERE status = 'waitlisted' AND account_id = (SELECT w.account_id FROM course_enrolments w \
                  WHERE w.course_id = course_enrolments.course_id AND w.status = 'waitlisted' \
                  ORDER BY w.queued_at, w.account_id LIMIT 1) AND course_id IN (SELECT e.course_id \
                  FROM course_enrolments e WHERE e.account_id = $2 AND e.status = 'enrolled')",
            params: Bind::TimeAndPerson,
        },
        Erasure {
            sql: "UPDATE courses SET waitlist_count = waitlist_count - 1 WHERE waitlist_count > 0 AND id IN \
                  (SELECT course_id FROM course_enrolments WHERE account_id = $1 AND status = 'enrolled')",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM course_enrolments WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM course_attendance WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};
