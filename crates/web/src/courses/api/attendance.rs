//! The organisers' attendance lists per session, and the participant's certificate.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::accounts::{Account, AccountId};
use domain::communities::{self, Participant};
use domain::courses::{self, AttendanceRow, Course, CourseSession, SessionId};
use domain::{AppError, Message, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{SessionBody, course_and_participant};
use crate::api::ApiJson;
use crate::courses::certificate;
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;
use crate::support::api::PersonBody;

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_attendance, put_attendance))
        .routes(routes!(get_certificate))
}

#[derive(Serialize, ToSchema)]
pub struct AttendanceEntryBody {
    person: PersonBody,
    /// On the course now (someone who withdrew after being marked present is listed too).
    enrolled: bool,
    present: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AttendanceBody {
    session: SessionBody,
    people: Vec<AttendanceEntryBody>,
}

impl AttendanceBody {
    fn new(session: &CourseSession, rows: &[AttendanceRow]) -> Self {
        Self {
            session: SessionBody::new(session),
            people: rows
                .iter()
                .map(|row| AttendanceEntryBody {
                    person: PersonBody::new(&row.person),
                    enrolled: row.enrolled,
                    present: row.present,
                })
                .collect(),
        }
    }
}

/// The session at `session_id` of the course at `id`, for an organiser.
async fn organised_session(
    state: &AppState,
    account: &Account,
    id: &str,
    session_id: &str,
) -> Result<(Course, CourseSession, Participant), Failure> {
    let (course, participant) = course_and_participant(state, Some(account), id).await?;
    participant.organiser()?;
    let session_id = SessionId::parse(session_id).ok_or(AppError::NotFound)?;
    let session = courses::session_of(&state.db, &course, session_id).await?;
    Ok((course, session, participant))
}

/// Who attended a session (organisers).
#[utoipa::path(get, path = "/courses/{id}/sessions/{session_id}/attendance", tag = "courses",
    security(("bearer" = [])), params(("id" = String, Path), ("session_id" = String, Path)),
    responses((status = 200, body = AttendanceBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem)))]
async fn get_attendance(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((id, session_id)): Path<(String, String)>,
) -> Result<Json<AttendanceBody>, Failure> {
    let (course, session, participant) =
        organised_session(&state, &signed_in.account, &id, &session_id).await?;
    let rows = courses::attendance(&state.db, &participant, &course, &session).await?;
    Ok(Json(AttendanceBody::new(&session, &rows)))
}

#[derive(Deserialize, ToSchema)]
pub struct AttendanceRequest {
    /// Everyone present; the others are recorded absent. Each must be enrolled (or already
    /// marked present for this session), else 422 and nothing changes.
    account_ids: Vec<String>,
}

/// Record who attended a session (organisers), replacing what was recorded before.
#[utoipa::path(put, path = "/courses/{id}/sessions/{session_id}/attendance", tag = "courses",
    security(("bearer" = [])), params(("id" = String, Path), ("session_id" = String, Path)),
    request_body = AttendanceRequest,
    responses((status = 200, body = AttendanceBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "Someone named is not on the course", body = Problem)))]
async fn put_attendance(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((id, session_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<AttendanceRequest>,
) -> Result<Json<AttendanceBody>, Failure> {
    let (course, session, participant) =
        organised_session(&state, &signed_in.account, &id, &session_id).await?;
    let present = body
        .account_ids
        .iter()
        .map(|id| AccountId::parse(id))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            AppError::invalid(
                "account_ids",
                Message::new("error-course-attendance-not-enrolled"),
            )
        })?;
    courses::take_attendance(
        &state.db,
        &participant,
        &course,
        &session,
        &present,
        time::now(),
    )
    .await?;
    let rows = courses::attendance(&state.db, &participant, &course, &session).await?;
    Ok(Json(AttendanceBody::new(&session, &rows)))
}

/// The caller's certificate of participation (PDF, in the caller's language), listing the
/// sessions they attended; 403 until they attended one.
#[utoipa::path(get, path = "/courses/{id}/certificate", tag = "courses", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "The certificate", content_type = "application/pdf", body = Vec<u8>),
        (status = 401, body = Problem),
        (status = 403, description = "No session attended", body = Problem), (status = 404, body = Problem)))]
async fn get_certificate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (course, _) = course_and_participant(&state, Some(&signed_in.account), &id).await?;
    pdf_response(&state, &signed_in.account, &course).await
}

/// The certificate as a download, for the API and the pages alike.
pub(crate) async fn pdf_response(
    state: &AppState,
    account: &Account,
    course: &Course,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &course.community_slug).await?;
    let certificate = courses::certificate(&state.db, account, &community, course).await?;
    let locale = account.locale;
    let bytes = tokio::task::spawn_blocking(move || certificate::pdf(&certificate, locale))
        .await
        .map_err(AppError::internal)??;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"certificate.pdf\"",
            ),
        ],
        bytes,
    )
        .into_response())
}
