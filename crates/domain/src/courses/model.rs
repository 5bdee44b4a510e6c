use crate::calendar::{Slot, SlotInput, Zone};
use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::support::Person;
use crate::time::{Duration, Instant};
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// An adult-education course.
    CourseId
);

id_type!(
    /// One meeting of a course.
    SessionId
);

named_enum!(
    /// Where a person stands on a course: in one of its seats, or waiting for one.
    EnrolmentStatus, "error-course-status-unknown", {
        Enrolled = "enrolled",
        Waitlisted = "waitlisted",
    }
);

pub const TITLE_MAX_CHARS: usize = 140;
pub const BODY_MAX_CHARS: usize = 20_000;
pub const CAPACITY_MAX: i64 = 1_000;
/// Sessions a course is created with at most; more are added one by one on its page.
pub const SESSIONS_MAX: usize = 60;
/// A course runs for a year at most, from its first session's start to its last one's end. The
/// list of running and upcoming courses relies on it to walk its index from a fixed point.
pub const SPAN_MAX: Duration = Duration::days(366);

/// Field names of the sessions as the API numbers them: `sessions[0].starts_at`, ….
macro_rules! session_fields {
    ($($index:literal)*) => {
        [$([
            concat!("sessions[", $index, "].starts_at"),
            concat!("sessions[", $index, "].ends_at"),
            concat!("sessions[", $index, "].time_zone"),
        ]),*]
    };
}

/// The names under which the errors of the session at each position are reported.
pub const SESSION_FIELDS: [[&str; 3]; SESSIONS_MAX] = session_fields!(
    0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
    30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59
);

/// How many people the course takes.
pub fn capacity(value: i64) -> Result<i64, Message> {
    if (1..=CAPACITY_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(Message::new("error-course-capacity").with("max", CAPACITY_MAX))
    }
}

/// A capacity as a form's text field gives it.
pub fn capacity_text(text: &str) -> Result<i64, Message> {
    match text.trim() {
        "" => Err(Message::new("error-required")),
        text => text
            .parse::<i64>()
            .map_err(|_| Message::new("error-course-capacity").with("max", CAPACITY_MAX))
            .and_then(capacity),
    }
}

/// One session as typed, with the names its errors go under.
pub fn session(
    input: SlotInput<'_>,
    fields: [&'static str; 3],
    errors: &mut FieldErrors,
) -> Option<Slot> {
    let mut own = FieldErrors::new();
    let slot = Slot::parse(input, &mut own);
    let [starts_at, ends_at, time_zone] = fields;
    for (field, message) in own.iter() {
        let name = match *field {
            "starts_at" => starts_at,
            "ends_at" => ends_at,
            _ => time_zone,
        };
        errors.add(name, message.clone());
    }
    slot
}

/// What an organiser creates: a course and its first sessions, in order of their start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseDraft {
    pub title: String,
    pub body: String,
    pub capacity: i64,
    pub sessions: Vec<Slot>,
}

impl CourseDraft {
    /// Checks it all, naming every field at fault; `capacity` is already a number or a message.
    pub fn parse(
        title: &str,
        body: &str,
        capacity: Result<i64, Message>,
        sessions: &[SlotInput<'_>],
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(body, BODY_MAX_CHARS));
        let capacity = errors.check("capacity", capacity);
        let sessions = parse_sessions(sessions, &mut errors);
        match (title, body, capacity, sessions) {
            (Some(title), Some(body), Some(capacity), Some(sessions)) if errors.is_empty() => {
                Ok(Self {
                    title,
                    body,
                    capacity,
                    sessions,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

fn parse_sessions(inputs: &[SlotInput<'_>], errors: &mut FieldErrors) -> Option<Vec<Slot>> {
    if inputs.is_empty() {
        errors.add("sessions", Message::new("error-course-sessions-none"));
        return None;
    }
    if inputs.len() > SESSIONS_MAX {
        let max = i64::try_from(SESSIONS_MAX).unwrap_or(i64::MAX);
        errors.add(
            "sessions",
            Message::new("error-course-sessions-many").with("max", max),
        );
        return None;
    }
    let mut slots = Vec::new();
    for (input, fields) in inputs.iter().zip(SESSION_FIELDS) {
        slots.extend(session(*input, fields, errors));
    }
    if slots.len() != inputs.len() {
        return None;
    }
    slots.sort_by_key(|slot| slot.starts_at);
    if !within_span(&slots) {
        errors.add("sessions", Message::new("error-course-span"));
        return None;
    }
    Some(slots)
}

/// Whether the sessions fit in a year, first start to last end.
pub fn within_span(slots: &[Slot]) -> bool {
    let first = slots.iter().map(|slot| slot.starts_at).min();
    let last = slots.iter().map(|slot| slot.ends_at).max();
    match (first, last) {
        (Some(first), Some(last)) => last - first <= SPAN_MAX,
        _ => true,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    pub id: CourseId,
    pub community_id: CommunityId,
    pub community_slug: String,
    /// Who created it; the name is empty for a former member.
    pub organiser: Person,
    pub title: String,
    pub body: String,
    pub capacity: i64,
    pub enrolled_count: i64,
    pub waitlist_count: i64,
    pub session_count: i64,
    /// The first session's start and the last one's end.
    pub starts_at: Instant,
    pub ends_at: Instant,
    /// The zone of its first session, in which lists show its dates.
    pub zone: Zone,
    pub created_at: Instant,
}

impl Course {
    pub fn seats_left(&self) -> i64 {
        (self.capacity - self.enrolled_count).max(0)
    }

    pub fn is_past(&self, now: Instant) -> bool {
        self.ends_at < now
    }

    pub fn is_running(&self, now: Instant) -> bool {
        self.starts_at <= now && now <= self.ends_at
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseSession {
    pub id: SessionId,
    pub slot: Slot,
}

/// A session with the course it belongs to, as a calendar lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledSession {
    pub course: CourseId,
    pub title: String,
    pub session: CourseSession,
}

/// A person on the course's list: in a seat or waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub person: Person,
    pub status: EnrolmentStatus,
    pub since: Instant,
}

/// What enrolling gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enrolled {
    pub status: EnrolmentStatus,
}

/// What a withdrawal did: who, if anyone, moved up from the waiting list into the seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Withdrawal {
    pub withdrew: bool,
    pub promoted: Option<crate::accounts::AccountId>,
}

/// A course's page: the course, its sessions in order, and the reader's place on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseDetail {
    pub course: Course,
    pub sessions: Vec<CourseSession>,
    pub status: Option<EnrolmentStatus>,
    /// How many sessions the reader attended.
    pub attended: i64,
}

/// Who attended one session, as the organiser's list shows it: everyone enrolled, and anyone
/// marked present before they withdrew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceRow {
    pub person: Person,
    pub enrolled: bool,
    pub present: bool,
}

/// What a certificate of participation says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub person: String,
    pub course: String,
    pub organisation: String,
    /// The sessions attended, in order.
    pub sessions: Vec<Slot>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn slot<'a>(starts_at: &'a str, ends_at: &'a str) -> SlotInput<'a> {
        SlotInput {
            starts_at,
            ends_at,
            time_zone: "Europe/Warsaw",
        }
    }

    #[test]
    fn a_draft_names_each_field_and_each_session_at_fault() {
        let Err(AppError::Validation(errors)) = CourseDraft::parse(
            "",
            "Body",
            capacity(0),
            &[
                slot("2026-11-05T18:00", "2026-11-05T20:00"),
                slot("2026-11-12T18:00", "2026-11-12T17:00"),
            ],
        ) else {
            panic!("expected a validation error");
        };
        assert!(errors.for_field("title").is_some());
        assert!(errors.for_field("capacity").is_some());
        assert!(errors.for_field("sessions[0].ends_at").is_none());
        assert_eq!(
            errors.for_field("sessions[1].ends_at").unwrap().key,
            "error-ends-before-start"
        );
    }

    #[test]
    fn sessions_are_sorted_and_a_course_fits_in_a_year() {
        let draft = CourseDraft::parse(
            "Polski dla początkujących",
            "Body",
            capacity_text("12"),
            &[
                slot("2026-11-12T18:00", "2026-11-12T20:00"),
                slot("2026-11-05T18:00", "2026-11-05T20:00"),
            ],
        )
        .unwrap();
        assert!(draft.sessions[0].starts_at < draft.sessions[1].starts_at);
        assert_eq!(draft.capacity, 12);
        let too_long = CourseDraft::parse(
            "T",
            "B",
            capacity(5),
            &[
                slot("2026-01-05T18:00", "2026-01-05T20:00"),
                slot("2027-02-05T18:00", "2027-02-05T20:00"),
            ],
        );
        assert!(too_long.is_err());
        let none = CourseDraft::parse("T", "B", capacity(5), &[]);
        assert!(none.is_err());
        assert!(capacity_text("many").is_err());
        assert!(capacity_text("1001").is_err());
    }
}
