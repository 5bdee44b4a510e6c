//! Courses in the JSON API: list and create, read one with its sessions, add a session, enrol
//! and withdraw, the organisers' enrolment and attendance lists, and the certificate.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::accounts::Account;
use domain::calendar::SlotInput;
use domain::communities::{self, Participant};
use domain::courses::{
    self, Course, CourseDetail, CourseDraft, CourseId, CourseSession, Enrolment, When,
};
use domain::{AppError, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

mod attendance;

pub(crate) use attendance::pdf_response;

use super::{course_path, parse_cursor};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_courses, create_course))
        .routes(routes!(get_course))
        .routes(routes!(add_session))
        .routes(routes!(enrol, withdraw))
        .routes(routes!(list_enrolments))
        .merge(attendance::router())
}

/// A session, on the wall clock of its zone.
#[derive(Serialize, ToSchema)]
pub struct SessionBody {
    id: String,
    /// RFC 3339, with the offset of `time_zone` at that moment.
    starts_at: String,
    ends_at: String,
    /// IANA time zone, such as `Europe/Warsaw`.
    time_zone: &'static str,
}

impl SessionBody {
    pub(super) fn new(session: &CourseSession) -> Self {
        Self {
            id: session.id.to_string(),
            starts_at: session.slot.local_start().to_rfc3339(),
            ends_at: session.slot.local_end().to_rfc3339(),
            time_zone: session.slot.zone.name(),
        }
    }
}

/// A course as lists show it.
#[derive(Serialize, ToSchema)]
pub struct CourseBody {
    id: String,
    community: String,
    title: String,
    /// Markdown, as its organiser wrote it.
    body: String,
    /// `body` rendered and sanitised.
    body_html: String,
    capacity: i64,
    enrolled_count: i64,
    waitlist_count: i64,
    session_count: i64,
    /// The first session's start and the last one's end.
    starts_at: String,
    ends_at: String,
    time_zone: &'static str,
    organiser: PersonBody,
    created_at: String,
    url: String,
}

impl CourseBody {
    fn new(state: &AppState, course: &Course) -> Self {
        Self {
            id: course.id.to_string(),
            community: course.community_slug.clone(),
            title: course.title.clone(),
            body: course.body.clone(),
            body_html: to_safe_html(&course.body),
            capacity: course.capacity,
            enrolled_count: course.enrolled_count,
            waitlist_count: course.waitlist_count,
            session_count: course.session_count,
            starts_at: course.zone.local(course.starts_at).to_rfc3339(),
            ends_at: course.zone.local(course.ends_at).to_rfc3339(),
            time_zone: course.zone.name(),
            organiser: PersonBody::new(&course.organiser),
            created_at: course.created_at.to_rfc3339(),
            url: state.config.url(&course_path(course)),
        }
    }
}

/// A course with its sessions and the caller's place on it.
#[derive(Serialize, ToSchema)]
pub struct CourseDetailBody {
    #[serde(flatten)]
    course: CourseBody,
    sessions: Vec<SessionBody>,
    /// `enrolled`, `waitlisted`, or null when the caller is not on the course (or anonymous).
    status: Option<&'static str>,
    /// Sessions the caller attended; from one on, `certificate` is theirs to download.
    attended: i64,
}

impl CourseDetailBody {
    fn new(state: &AppState, detail: &CourseDetail) -> Self {
        Self {
            course: CourseBody::new(state, &detail.course),
            sessions: detail.sessions.iter().map(SessionBody::new).collect(),
            status: detail.status.map(|status| status.name()),
            attended: detail.attended,
        }
    }
}

/// The course at `id` with how the caller stands in its community.
pub(super) async fn course_and_participant(
    state: &AppState,
    account: Option<&Account>,
    id: &str,
) -> Result<(Course, Participant), Failure> {
    let id = CourseId::parse(id).ok_or(AppError::NotFound)?;
    let course = courses::find(&state.db, id).await?;
    let participant = communities::participant_in(&state.db, course.community_id, account).await?;
    Ok((course, participant))
}

async fn detail_body(
    state: &AppState,
    participant: &Participant,
    id: CourseId,
) -> Result<CourseDetailBody, Failure> {
    let course = courses::find(&state.db, id).await?;
    let detail = courses::detail(&state.db, participant, course).await?;
    Ok(CourseDetailBody::new(state, &detail))
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct WhenQuery {
    /// `current` (running and upcoming, soonest first; the default) or `past` (latest first).
    when: Option<String>,
}

/// A community's courses: running and upcoming ones, or past ones. Public.
#[utoipa::path(get, path = "/communities/{slug}/courses", tag = "courses",
    params(("slug" = String, Path), WhenQuery, ListQuery),
    responses((status = 200, body = ListPage<CourseBody>), (status = 404, body = Problem),
        (status = 422, description = "Unknown `when`, bad limit or cursor", body = Problem)))]
async fn list_courses(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(when): Query<WhenQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<CourseBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let when = When::parse(when.when.as_deref().unwrap_or(""))
        .map_err(|message| AppError::invalid("when", message))?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = courses::list(
        &state.db,
        &community,
        when,
        time::now(),
        after,
        list.limit()?,
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|course| CourseBody::new(&state, course))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SessionRequest {
    /// RFC 3339 with an offset, or a wall-clock time (`2026-11-05T18:00`) read in `time_zone`.
    starts_at: String,
    ends_at: String,
    /// IANA time zone.
    time_zone: String,
}

impl SessionRequest {
    fn input(&self) -> SlotInput<'_> {
        SlotInput {
            starts_at: &self.starts_at,
            ends_at: &self.ends_at,
            time_zone: &self.time_zone,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NewCourseBody {
    #[schema(min_length = 1, max_length = 140)]
    title: String,
    /// Markdown.
    #[schema(min_length = 1, max_length = 20000)]
    body: String,
    #[schema(minimum = 1, maximum = 1000)]
    capacity: i64,
    /// One to 60 sessions, within a year; errors name `sessions[N].starts_at` and so on.
    sessions: Vec<SessionRequest>,
}

/// Create a course (organisers and admins of the community); the caller is its organiser.
#[utoipa::path(post, path = "/communities/{slug}/courses", tag = "courses", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewCourseBody,
    responses((status = 201, body = CourseDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn create_course(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewCourseBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    let sessions: Vec<SlotInput<'_>> = body.sessions.iter().map(SessionRequest::input).collect();
    let draft = CourseDraft::parse(
        &body.title,
        &body.body,
        courses::capacity(body.capacity),
        &sessions,
    )?;
    let course = courses::create(&state.db, &community, &participant, &draft, time::now()).await?;
    Ok(created(detail_body(&state, &participant, course.id).await?))
}

/// One course with its sessions. Public.
#[utoipa::path(get, path = "/courses/{id}", tag = "courses", params(("id" = String, Path)),
    responses((status = 200, body = CourseDetailBody), (status = 404, body = Problem)))]
async fn get_course(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<CourseDetailBody>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let (course, participant) = course_and_participant(&state, account, &id).await?;
    let detail = courses::detail(&state.db, &participant, course).await?;
    Ok(Json(CourseDetailBody::new(&state, &detail)))
}

/// Add a session (organisers); the course must still fit in a year.
#[utoipa::path(post, path = "/courses/{id}/sessions", tag = "courses", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = SessionRequest,
    responses((status = 201, body = SessionBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn add_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SessionRequest>,
) -> Result<Response, Failure> {
    let (course, participant) =
        course_and_participant(&state, Some(&signed_in.account), &id).await?;
    let session =
        courses::add_session(&state.db, &participant, &course, body.input(), time::now()).await?;
    Ok(created(SessionBody::new(&session)))
}

#[derive(Serialize, ToSchema)]
pub struct EnrolmentBody {
    /// `enrolled` (a seat) or `waitlisted` (in line; the first in line moves up when a seat frees).
    status: &'static str,
}

/// Enrol (members): a seat while any is free and nobody waits, otherwise the waiting list.
/// Already on the course → 409; a finished course → 409.
#[utoipa::path(post, path = "/courses/{id}/enrolment", tag = "courses", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 201, body = EnrolmentBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Already on the course, or it is over", body = Problem)))]
async fn enrol(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (course, participant) =
        course_and_participant(&state, Some(&signed_in.account), &id).await?;
    let enrolled = courses::enrol(&state.db, &participant, &course, time::now()).await?;
    Ok(created(EnrolmentBody {
        status: enrolled.status.name(),
    }))
}

/// Withdraw; the first person on the waiting list takes the seat and is told by e-mail. Not
/// being on the course also answers 204.
#[utoipa::path(delete, path = "/courses/{id}/enrolment", tag = "courses", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "No longer on the course"), (status = 401, body = Problem),
        (status = 404, body = Problem)))]
async fn withdraw(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (course, participant) =
        course_and_participant(&state, Some(&signed_in.account), &id).await?;
    let now = time::now();
    let withdrawal = courses::withdraw(&state.db, &participant, &course, now).await?;
    if let Some(promoted) = withdrawal.promoted {
        super::mails::tell_promoted(&state, &course, promoted, now).await?;
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Serialize, ToSchema)]
pub struct EnrolmentEntryBody {
    person: PersonBody,
    status: &'static str,
    /// When they took the seat or the place in line.
    since: String,
}

impl EnrolmentEntryBody {
    fn new(enrolment: &Enrolment) -> Self {
        Self {
            person: PersonBody::new(&enrolment.person),
            status: enrolment.status.name(),
            since: enrolment.since.to_rfc3339(),
        }
    }
}

/// Who is on the course (organisers): the enrolled, then the waiting list in order.
#[utoipa::path(get, path = "/courses/{id}/enrolments", tag = "courses", security(("bearer" = [])),
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<EnrolmentEntryBody>), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem)))]
async fn list_enrolments(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<EnrolmentEntryBody>>, Failure> {
    let (course, participant) =
        course_and_participant(&state, Some(&signed_in.account), &id).await?;
    let people = courses::enrolments(&state.db, &participant, &course).await?;
    let items = people.iter().map(EnrolmentEntryBody::new).collect();
    Ok(Json(ListPage::of_short_list(items, &list)?))
}
