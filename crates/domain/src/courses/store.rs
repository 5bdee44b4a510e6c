use std::future::Future;

use super::{
    AttendanceRow, Course, CourseDraft, CourseId, CourseSession, Enrolment, EnrolmentStatus,
    ScheduledSession, SessionId, Withdrawal,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::calendar::Slot;
use crate::communities::CommunityId;
use crate::time::Instant;

/// Which of a community's courses a list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum When {
    /// Running and upcoming, the soonest to start first.
    #[default]
    Current,
    /// Finished, the most recent first.
    Past,
}

impl When {
    pub fn parse(text: &str) -> Result<Self, crate::Message> {
        match text.trim() {
            "" | "current" => Ok(Self::Current),
            "past" => Ok(Self::Past),
            _ => Err(crate::Message::new("error-course-when-unknown")),
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Past => "past",
        }
    }
}

/// Where the next page starts: after the course with these keys in the list's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseCursor {
    pub starts_at: Instant,
    pub id: uuid::Uuid,
}

impl CourseCursor {
    pub fn after(course: &Course) -> Self {
        Self {
            starts_at: course.starts_at,
            id: course.id.0,
        }
    }

    pub fn encode(&self) -> String {
        format!("{}.{}", self.starts_at.timestamp_millis(), self.id)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (millis, id) = text.split_once('.')?;
        Some(Self {
            starts_at: chrono::DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

pub trait CourseStore: Sync {
    /// The course and its sessions, in one transaction.
    fn insert_course(
        &self,
        id: CourseId,
        community: CommunityId,
        organiser: AccountId,
        draft: &CourseDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn course(&self, id: CourseId)
    -> impl Future<Output = Result<Option<Course>, AppError>> + Send;
    /// One page of a community's courses, after `after`.
    fn courses(
        &self,
        community: CommunityId,
        when: When,
        now: Instant,
        after: Option<CourseCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Course>, AppError>> + Send;
    /// The sessions, in order of their start.
    fn sessions(
        &self,
        course: CourseId,
    ) -> impl Future<Output = Result<Vec<CourseSession>, AppError>> + Send;
    /// Every session of the community's running and upcoming courses, in order, up to `limit`.
    fn schedule(
        &self,
        community: CommunityId,
        now: Instant,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<ScheduledSession>, AppError>> + Send;
    /// Adds a session and moves the course's first start and last end to include it.
    fn add_session(
        &self,
        course: CourseId,
        id: SessionId,
        slot: &Slot,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The person's place on the course, and how many of its sessions they attended.
    fn involvement(
        &self,
        course: CourseId,
        account: AccountId,
    ) -> impl Future<Output = Result<(Option<EnrolmentStatus>, i64), AppError>> + Send;
    /// Takes a seat if one is free and nobody waits, otherwise a place on the waiting list; in
    /// one transaction that keeps the course's counts. A conflict when already on the list.
    fn enrol(
        &self,
        course: CourseId,
        account: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<EnrolmentStatus, AppError>> + Send;
    /// Leaves the course; a seat so freed goes to the first person waiting, in the same
    /// transaction. Withdrawals from one course run one after the other.
    fn withdraw(
        &self,
        course: CourseId,
        account: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<Withdrawal, AppError>> + Send;
    /// Everyone on the course: the enrolled in the order they came, then the waiting list.
    fn enrolments(
        &self,
        course: CourseId,
    ) -> impl Future<Output = Result<Vec<Enrolment>, AppError>> + Send;
    /// The organiser's list for one session.
    fn attendance(
        &self,
        course: CourseId,
        session: SessionId,
    ) -> impl Future<Output = Result<Vec<AttendanceRow>, AppError>> + Send;
    /// Replaces who attended the session. Everyone named must be enrolled or already marked
    /// present; otherwise nothing changes and the answer names `account_ids`.
    fn set_attendance(
        &self,
        course: CourseId,
        session: SessionId,
        present: &[AccountId],
        by: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The sessions the person attended, in order.
    fn attended(
        &self,
        course: CourseId,
        account: AccountId,
    ) -> impl Future<Output = Result<Vec<Slot>, AppError>> + Send;
}
