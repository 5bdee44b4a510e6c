//! Courses on the web: the lists, creating one with its sessions, its page with enrolment and
//! withdrawal, the organiser's attendance page per session (`pages`), the same in the JSON API
//! (`api`), the certificate of participation (`certificate`), the mail to someone who moved up
//! from the waiting list (`mails`) and the iCalendar feed (`feed`).

pub mod api;
pub mod certificate;
mod feed;
pub mod mails;
mod pages;

use axum::Router;
use domain::calendar::Slot;
use domain::courses::{Course, CourseCursor, EnrolmentStatus};
use domain::{AppError, Message};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router().merge(feed::router())
}

/// The page of a course.
pub fn course_path(course: &Course) -> String {
    format!("/c/{}/courses/{}", course.community_slug, course.id)
}

/// A session as people read it, on the wall clock where it happens:
/// `2026-11-05 18:00–20:00 (Europe/Warsaw)`.
pub fn when(slot: &Slot) -> String {
    let (start, end) = (slot.local_start(), slot.local_end());
    if slot.is_one_day() {
        format!(
            "{}–{} ({})",
            start.format("%Y-%m-%d %H:%M"),
            end.format("%H:%M"),
            slot.zone.name()
        )
    } else {
        format!(
            "{} – {} ({})",
            start.format("%Y-%m-%d %H:%M"),
            end.format("%Y-%m-%d %H:%M"),
            slot.zone.name()
        )
    }
}

/// The first session's day and the last one's, in the zone of the course's first session.
pub fn dates(course: &Course) -> String {
    let start = course
        .zone
        .local(course.starts_at)
        .format("%Y-%m-%d")
        .to_string();
    let end = course
        .zone
        .local(course.ends_at)
        .format("%Y-%m-%d")
        .to_string();
    if start == end {
        start
    } else {
        format!("{start} – {end}")
    }
}

pub const fn status_key(status: EnrolmentStatus) -> &'static str {
    match status {
        EnrolmentStatus::Enrolled => "course-status-enrolled",
        EnrolmentStatus::Waitlisted => "course-status-waitlisted",
    }
}

/// The words a template needs about courses, in its page's language.
pub(crate) trait CourseWords {
    fn page(&self) -> &PageContext;

    fn when(&self, slot: &Slot) -> String {
        when(slot)
    }

    fn dates(&self, course: &Course) -> String {
        dates(course)
    }

    /// A person's name, or "former member" for someone who erased their account.
    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    fn status_name(&self, status: &EnrolmentStatus) -> String {
        self.page().t(status_key(*status))
    }
}

/// A list cursor from the query, or a 422 when it is not one of ours.
pub fn parse_cursor(cursor: Option<&str>) -> Result<Option<CourseCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => CourseCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}
