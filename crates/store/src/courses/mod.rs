//! Courses, their sessions, enrolments with the waiting list, and attendance. The counts on a
//! course are written in the same transaction as the enrolments they count; a write that changes
//! the line takes the course's row first, so that writes to one course run one after the other
//! on PostgreSQL too (SQLite has a single writer anyway).

mod privacy;
mod rows;

use domain::AppError;
use domain::accounts::AccountId;
use domain::calendar::Slot;
use domain::communities::CommunityId;
use domain::courses::{
    AttendanceRow, Course, CourseCursor, CourseDraft, CourseId, CourseSession, CourseStore,
    Enrolment, EnrolmentStatus, SPAN_MAX, ScheduledSession, SessionId, When, Withdrawal,
};
use domain::search::Kind;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, uuid};
use crate::sql::{DbError, params};
pub(crate) use privacy::PRIVACY;
use rows::{course_select, fill_seat, insert_session, person, read_course, slot, status};

impl CourseStore for Db {
    async fn insert_course(
        &self,
        id: CourseId,
        community: CommunityId,
        organiser: AccountId,
        draft: &CourseDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        let first = draft.sessions.iter().map(|slot| slot.starts_at).min();
        let last = draft.sessions.iter().map(|slot| slot.ends_at).max();
        let zone = draft.sessions.first().map(|slot| slot.zone);
        let (Some(first), Some(last), Some(zone)) = (first, last, zone) else {
            return Err(AppError::internal("a course draft without sessions"));
        };
        let course = id.to_string();
        let count = i64::try_from(draft.sessions.len()).unwrap_or(i64::MAX);
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO courses (id, community_id, organiser_id, title, body, capacity, \
                 session_count, starts_at, ends_at, time_zone, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
                params![
                    &course,
                    community.0.to_string(),
                    organiser.to_string(),
                    &draft.title,
                    &draft.body,
                    draft.capacity,
                    count,
                    millis(first),
                    millis(last),
                    zone.name(),
                    millis(now),
                ],
            )
            .await?;
            for slot in &draft.sessions {
                insert_session(tx, &course, SessionId::generate(), slot, now).await?;
            }
            crate::search::refresh(tx, Kind::Course, &course).await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn course(&self, id: CourseId) -> Result<Option<Course>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(course_select!(), " WHERE c.id = $1"),
                params![id.to_string()],
                &read_course,
            )
            .await?)
    }

    async fn courses(
        &self,
        community: CommunityId,
        when: When,
        now: Instant,
        after: Option<CourseCursor>,
        limit: u32,
    ) -> Result<Vec<Course>, AppError> {
        let community = community.0.to_string();
        let limit = i64::from(limit);
        let rows = match when {
            When::Current => {
                let (at, id) = after.map_or((i64::MIN, uuid::Uuid::nil()), |after| {
                    (millis(after.starts_at), after.id)
                });
                self.fetch_all(
                    concat!(
                        course_select!(),
                        " WHERE c.community_id = $1 AND c.starts_at >= $2 AND c.ends_at >= $3 \
                         AND (c.starts_at > $4 OR (c.starts_at = $4 AND c.id > $5)) \
                         ORDER BY c.starts_at, c.id LIMIT $6"
                    ),
                    params![
                        community,
                        millis(now - SPAN_MAX),
                        millis(now),
                        at,
                        id.to_string(),
                        limit
                    ],
                    &read_course,
                )
                .await?
            }
            When::Past => {
                let (at, id) = after.map_or((i64::MAX, uuid::Uuid::max()), |after| {
                    (millis(after.starts_at), after.id)
                });
                self.fetch_all(
                    concat!(
                        course_select!(),
                        " WHERE c.community_id = $1 AND c.ends_at < $2 \
                         AND (c.starts_at < $3 OR (c.starts_at = $3 AND c.id < $4)) \
                         ORDER BY c.starts_at DESC, c.id DESC LIMIT $5"
                    ),
                    params![community, millis(now), at, id.to_string(), limit],
                    &read_course,
                )
                .await?
            }
        };
        Ok(rows)
    }

    async fn sessions(&self, course: CourseId) -> Result<Vec<CourseSession>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT id, starts_at, ends_at, time_zone FROM course_sessions \
                 WHERE course_id = $1 ORDER BY starts_at, id",
                params![course.to_string()],
                &|row| {
                    Ok(CourseSession {
                        id: SessionId(uuid(&row.text(0)?)?),
                        slot: slot(row, 1)?,
                    })
                },
            )
            .await?)
    }

    async fn schedule(
        &self,
        community: CommunityId,
        now: Instant,
        limit: u32,
    ) -> Result<Vec<ScheduledSession>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT c.id, c.title, s.id, s.starts_at, s.ends_at, s.time_zone \
                 FROM courses c JOIN course_sessions s ON s.course_id = c.id \
                 WHERE c.community_id = $1 AND c.starts_at >= $2 AND c.ends_at >= $3 \
                 ORDER BY s.starts_at, s.id LIMIT $4",
                params![
                    community.0.to_string(),
                    millis(now - SPAN_MAX),
                    millis(now),
                    i64::from(limit)
                ],
                &|row| {
                    Ok(ScheduledSession {
                        course: CourseId(uuid(&row.text(0)?)?),
                        title: row.text(1)?,
                        session: CourseSession {
                            id: SessionId(uuid(&row.text(2)?)?),
                            slot: slot(row, 3)?,
                        },
                    })
                },
            )
            .await?)
    }

    async fn add_session(
        &self,
        course: CourseId,
        id: SessionId,
        slot: &Slot,
        now: Instant,
    ) -> Result<(), AppError> {
        let course = course.to_string();
        self.transaction(async |tx| {
            insert_session(tx, &course, id, slot, now).await?;
            tx.execute(
                "UPDATE courses SET session_count = session_count + 1, \
                 starts_at = CASE WHEN starts_at > $1 THEN $1 ELSE starts_at END, \
                 ends_at = CASE WHEN ends_at < $2 THEN $2 ELSE ends_at END, updated_at = $3 \
                 WHERE id = $4",
                params![
                    millis(slot.starts_at),
                    millis(slot.ends_at),
                    millis(now),
                    &course
                ],
            )
            .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn involvement(
        &self,
        course: CourseId,
        account: AccountId,
    ) -> Result<(Option<EnrolmentStatus>, i64), AppError> {
        Ok(self
            .fetch_one(
                "SELECT (SELECT status FROM course_enrolments WHERE course_id = $1 AND account_id = $2), \
                 (SELECT COUNT(*) FROM course_attendance WHERE course_id = $1 AND account_id = $2)",
                params![course.to_string(), account.to_string()],
                &|row| {
                    let status = row.optional_text(0)?.map(|text| status(&text)).transpose()?;
                    Ok((status, row.int(1)?))
                },
            )
            .await?)
    }

    async fn enrol(
        &self,
        course: CourseId,
        account: AccountId,
        now: Instant,
    ) -> Result<EnrolmentStatus, AppError> {
        let (course, account) = (course.to_string(), account.to_string());
        Ok(self
            .transaction(async |tx| {
                // Nobody jumps the line: a free seat goes to a newcomer only when nobody waits.
                let seated = tx
                    .execute(
                        "UPDATE courses SET enrolled_count = enrolled_count + 1, updated_at = $1 \
                         WHERE id = $2 AND enrolled_count < capacity AND waitlist_count = 0",
                        params![millis(now), &course],
                    )
                    .await?;
                let status = if seated == 1 {
                    EnrolmentStatus::Enrolled
                } else {
                    let queued = tx
                        .execute(
                            "UPDATE courses SET waitlist_count = waitlist_count + 1, updated_at = $1 \
                             WHERE id = $2",
                            params![millis(now), &course],
                        )
                        .await?;
                    if queued == 0 {
                        return Err(DbError::Other(AppError::NotFound));
                    }
                    EnrolmentStatus::Waitlisted
                };
                let added = tx
                    .execute(
                        "INSERT INTO course_enrolments (course_id, account_id, status, queued_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                        params![&course, &account, status.name(), millis(now)],
                    )
                    .await?;
                if added == 0 {
                    return Err(DbError::Other(AppError::conflict(
                        "error-course-already-enrolled",
                    )));
                }
                crate::impact::record_activity_in(
                    tx,
                    "SELECT community_id FROM courses WHERE id = $1",
                    &course,
                    &account,
                    millis(now),
                )
                .await?;
                Ok(status)
            })
            .await?)
    }

    async fn withdraw(
        &self,
        course: CourseId,
        account: AccountId,
        now: Instant,
    ) -> Result<Withdrawal, AppError> {
        let (course, account) = (course.to_string(), account.to_string());
        Ok(self
            .transaction(async |tx| {
                let locked = tx
                    .execute(
                        "UPDATE courses SET updated_at = $1 WHERE id = $2",
                        params![millis(now), &course],
                    )
                    .await?;
                if locked == 0 {
                    return Err(DbError::Other(AppError::NotFound));
                }
                let left = tx
                    .fetch_optional(
                        "DELETE FROM course_enrolments WHERE course_id = $1 AND account_id = $2 \
                         RETURNING status",
                        params![&course, &account],
                        &|row| status(&row.text(0)?),
                    )
                    .await?;
                let promoted = match left {
                    None => return Ok(Withdrawal::default()),
                    Some(EnrolmentStatus::Waitlisted) => {
                        tx.execute(
                            "UPDATE courses SET waitlist_count = waitlist_count - 1 WHERE id = $1",
                            params![&course],
                        )
                        .await?;
                        None
                    }
                    Some(EnrolmentStatus::Enrolled) => fill_seat(tx, &course, now).await?,
                };
                Ok(Withdrawal {
                    withdrew: true,
                    promoted,
                })
            })
            .await?)
    }

    async fn enrolments(&self, course: CourseId) -> Result<Vec<Enrolment>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT e.account_id, a.display_name, e.status, COALESCE(e.promoted_at, e.queued_at) \
                 FROM course_enrolments e JOIN accounts a ON a.id = e.account_id \
                 WHERE e.course_id = $1 ORDER BY e.status, e.queued_at, e.account_id",
                params![course.to_string()],
                &|row| {
                    Ok(Enrolment {
                        person: person(row, 0)?,
                        status: status(&row.text(2)?)?,
                        since: instant(row.int(3)?)?,
                    })
                },
            )
            .await?)
    }

    async fn attendance(
        &self,
        course: CourseId,
        session: SessionId,
    ) -> Result<Vec<AttendanceRow>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT e.account_id, a.display_name, 1, CASE WHEN t.account_id IS NULL THEN 0 ELSE 1 END \
                 FROM course_enrolments e JOIN accounts a ON a.id = e.account_id \
                 LEFT JOIN course_attendance t ON t.course_id = $1 AND t.session_id = $2 \
                 AND t.account_id = e.account_id \
                 WHERE e.course_id = $1 AND e.status = 'enrolled' \
                 UNION ALL \
                 SELECT t.account_id, a.display_name, 0, 1 \
                 FROM course_attendance t JOIN accounts a ON a.id = t.account_id \
                 WHERE t.session_id = $2 AND NOT EXISTS (SELECT 1 FROM course_enrolments e \
                 WHERE e.course_id = $1 AND e.account_id = t.account_id AND e.status = 'enrolled') \
                 ORDER BY 2, 1",
                params![course.to_string(), session.to_string()],
                &|row| {
                    Ok(AttendanceRow {
                        person: person(row, 0)?,
                        enrolled: row.flag(2)?,
                        present: row.flag(3)?,
                    })
                },
            )
            .await?)
    }

    async fn set_attendance(
        &self,
        course: CourseId,
        session: SessionId,
        present: &[AccountId],
        by: AccountId,
        now: Instant,
    ) -> Result<(), AppError> {
        let (course, session, by) = (course.to_string(), session.to_string(), by.to_string());
        self.transaction(async |tx| {
            let allowed = tx
                .fetch_all(
                    "SELECT account_id FROM course_enrolments WHERE course_id = $1 AND status = 'enrolled' \
                     UNION SELECT account_id FROM course_attendance WHERE session_id = $2",
                    params![&course, &session],
                    &|row| row.text(0),
                )
                .await?;
            if present
                .iter()
                .any(|account| !allowed.contains(&account.to_string()))
            {
                return Err(DbError::Other(AppError::invalid(
                    "account_ids",
                    domain::Message::new("error-course-attendance-not-enrolled"),
                )));
            }
            tx.execute(
                "DELETE FROM course_attendance WHERE session_id = $1",
                params![&session],
            )
            .await?;
            for account in present {
                tx.execute(
                    "INSERT INTO course_attendance (session_id, course_id, account_id, marked_by, marked_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                    params![&session, &course, account.to_string(), &by, millis(now)],
                )
                .await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn attended(&self, course: CourseId, account: AccountId) -> Result<Vec<Slot>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT s.starts_at, s.ends_at, s.time_zone FROM course_attendance t \
                 JOIN course_sessions s ON s.id = t.session_id \
                 WHERE t.course_id = $1 AND t.account_id = $2 ORDER BY s.starts_at, s.id",
                params![course.to_string(), account.to_string()],
                &|row| slot(row, 0),
            )
            .await?)
    }
}
