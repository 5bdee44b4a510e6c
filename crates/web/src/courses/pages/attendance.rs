//! The organiser's attendance page for one session, made for a phone in the room: one large
//! checkbox per person on the course, one button.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::accounts::AccountId;
use domain::communities::{Community, Participant};
use domain::courses::{self, AttendanceRow, Course, CourseSession, SessionId};
use domain::{AppError, Message, time};
use serde::Deserialize;

use super::detail::course_in;
use crate::courses::{CourseWords, course_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "courses/attendance.html")]
struct AttendancePage {
    page: PageContext,
    community: Community,
    course: Course,
    session: CourseSession,
    rows: Vec<AttendanceRow>,
    errors: FormErrors,
}

impl AttendancePage {
    fn course_path(&self) -> String {
        course_path(&self.course)
    }
}

/// The course and session at this address, for one of the community's organisers.
async fn session_in(
    state: &AppState,
    page: &PageContext,
    (slug, id, session_id): &(String, String, String),
) -> Result<(Community, Course, CourseSession, Participant), AppError> {
    let (community, course, participant) = course_in(state, page, slug, id).await?;
    participant.organiser()?;
    let session_id = SessionId::parse(session_id).ok_or(AppError::NotFound)?;
    let session = courses::session_of(&state.db, &course, session_id).await?;
    Ok((community, course, session, participant))
}

async fn load(
    state: &AppState,
    page: PageContext,
    path: &(String, String, String),
) -> Result<AttendancePage, AppError> {
    let (community, course, session, participant) = session_in(state, &page, path).await?;
    let rows = courses::attendance(&state.db, &participant, &course, &session).await?;
    Ok(AttendancePage {
        page,
        community,
        course,
        session,
        rows,
        errors: FormErrors::default(),
    })
}

pub(super) async fn show(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path(path): Path<(String, String, String)>,
) -> Result<Response, Failure> {
    Ok(render(&load(&state, page, &path).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct AttendanceForm {
    /// The account ids of everyone ticked.
    present: Vec<String>,
}

pub(super) async fn save(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path(path): Path<(String, String, String)>,
    PageForm(form): PageForm<AttendanceForm>,
) -> Result<Response, Failure> {
    let (_, course, session, participant) = session_in(&state, &page, &path).await?;
    let present = form
        .present
        .iter()
        .map(|id| AccountId::parse(id))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            AppError::invalid(
                "account_ids",
                Message::new("error-course-attendance-not-enrolled"),
            )
        });
    let saved = match present {
        Ok(present) => {
            courses::take_attendance(
                &state.db,
                &participant,
                &course,
                &session,
                &present,
                time::now(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    match saved {
        Ok(()) => Ok(see_other(&format!(
            "{}?done=attendance#session-{}",
            course_path(&course),
            session.id
        ))),
        Err(error) => {
            let mut again = load(&state, page.clone(), &path).await?;
            Ok(form_failure(error, &page, |errors| {
                again.errors = errors;
                render(&again)
            }))
        }
    }
}

impl CourseWords for AttendancePage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
