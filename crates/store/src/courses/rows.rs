//! Reading the rows of courses, and the statements that several operations share.

use domain::accounts::AccountId;
use domain::calendar::{Slot, Zone};
use domain::communities::CommunityId;
use domain::courses::{Course, CourseId, EnrolmentStatus, SessionId};
use domain::support::Person;
use domain::time::Instant;

use crate::convert::{instant, millis, stored, uuid};
use crate::sql::{DbError, Row, Tx, params};

/// A course with its organiser's name and community's slug; `read_course` reads it.
macro_rules! course_select {
    () => {
        "SELECT c.id, c.community_id, co.slug, c.organiser_id, a.display_name, c.title, c.body, \
         c.capacity, c.enrolled_count, c.waitlist_count, c.session_count, c.starts_at, c.ends_at, \
         c.time_zone, c.created_at FROM courses c JOIN accounts a ON a.id = c.organiser_id \
         JOIN communities co ON co.id = c.community_id"
    };
}
pub(super) use course_select;

pub(super) fn read_course(row: &dyn Row) -> Result<Course, DbError> {
    Ok(Course {
        id: CourseId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        organiser: person(row, 3)?,
        title: row.text(5)?,
        body: row.text(6)?,
        capacity: row.int(7)?,
        enrolled_count: row.int(8)?,
        waitlist_count: row.int(9)?,
        session_count: row.int(10)?,
        starts_at: instant(row.int(11)?)?,
        ends_at: instant(row.int(12)?)?,
        zone: stored("time_zone", Zone::parse(&row.text(13)?))?,
        created_at: instant(row.int(14)?)?,
    })
}

/// A person from an id column and the name column after it.
pub(super) fn person(row: &dyn Row, index: usize) -> Result<Person, DbError> {
    Ok(Person {
        id: AccountId(uuid(&row.text(index)?)?),
        name: row.text(index + 1)?,
    })
}

/// A slot from a start, an end and a zone column, in that order.
pub(super) fn slot(row: &dyn Row, index: usize) -> Result<Slot, DbError> {
    Ok(Slot {
        starts_at: instant(row.int(index)?)?,
        ends_at: instant(row.int(index + 1)?)?,
        zone: stored("time_zone", Zone::parse(&row.text(index + 2)?))?,
    })
}

pub(super) fn status(text: &str) -> Result<EnrolmentStatus, DbError> {
    Ok(stored("status", EnrolmentStatus::parse(text))?)
}

pub(super) async fn insert_session(
    tx: &mut Tx,
    course: &str,
    id: SessionId,
    slot: &Slot,
    now: Instant,
) -> Result<(), DbError> {
    tx.execute(
        "INSERT INTO course_sessions (id, course_id, starts_at, ends_at, time_zone, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        params![
            id.to_string(),
            course,
            millis(slot.starts_at),
            millis(slot.ends_at),
            slot.zone.name(),
            millis(now),
        ],
    )
    .await?;
    Ok(())
}

/// Gives the seat freed by a withdrawal to the first person waiting, or counts it free.
pub(super) async fn fill_seat(
    tx: &mut Tx,
    course: &str,
    now: Instant,
) -> Result<Option<AccountId>, DbError> {
    let next = tx
        .fetch_optional(
            "SELECT account_id FROM course_enrolments WHERE course_id = $1 AND status = 'waitlisted' \
             ORDER BY queued_at, account_id LIMIT 1",
            params![course],
            &|row| row.text(0),
        )
        .await?;
    let Some(next) = next else {
        tx.execute(
            "UPDATE courses SET enrolled_count = enrolled_count - 1 WHERE id = $1",
            params![course],
        )
        .await?;
        return Ok(None);
    };
    tx.execute(
        "UPDATE course_enrolments SET status = 'enrolled', promoted_at = $1 \
         WHERE course_id = $2 AND account_id = $3",
        params![millis(now), course, &next],
    )
    .await?;
    tx.execute(
        "UPDATE courses SET waitlist_count = waitlist_count - 1 WHERE id = $1",
        params![course],
    )
    .await?;
    Ok(Some(AccountId(uuid(&next)?)))
}
