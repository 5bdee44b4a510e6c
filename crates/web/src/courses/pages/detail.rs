//! A course's page: its sessions in their zone, enrolling and withdrawing, the certificate once
//! the reader attended, and for organisers the people on it, the attendance links and a form
//! that adds a session.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::calendar::SlotInput;
use domain::communities::{self, Community, Participant};
use domain::courses::{self, Course, CourseDetail, CourseId, Enrolment, EnrolmentStatus};
use domain::{AppError, time};
use serde::Deserialize;

use super::default_zone;
use crate::courses::{CourseWords, course_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::markdown::to_safe_html;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

/// The course at `/c/{slug}/courses/{id}`, with how the reader stands in its community.
pub(super) async fn course_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Course, Participant), AppError> {
    let id = CourseId::parse(id).ok_or(AppError::NotFound)?;
    let course = courses::find(&state.db, id).await?;
    if course.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    Ok((community, course, participant))
}

#[derive(Template)]
#[template(path = "courses/detail.html")]
pub(super) struct DetailPage {
    page: PageContext,
    community: Community,
    detail: CourseDetail,
    body_html: String,
    is_member: bool,
    is_organiser: bool,
    is_past: bool,
    /// For organisers: everyone on the course.
    people: Vec<Enrolment>,
    notice: String,
    enrol_errors: FormErrors,
    session_errors: FormErrors,
    session: SessionValues,
}

impl DetailPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
    ) -> Result<Self, AppError> {
        let (community, course, participant) = course_in(state, &page, slug, id).await?;
        let people = if participant.is_organiser() {
            courses::enrolments(&state.db, &participant, &course).await?
        } else {
            Vec::new()
        };
        let detail = courses::detail(&state.db, &participant, course).await?;
        let session = SessionValues {
            time_zone: detail.course.zone.name().to_owned(),
            ..SessionValues::default()
        };
        Ok(Self {
            body_html: to_safe_html(&detail.course.body),
            is_past: detail.course.is_past(time::now()),
            is_member: participant.member().is_ok(),
            is_organiser: participant.is_organiser(),
            page,
            community,
            detail,
            people,
            notice: String::new(),
            enrol_errors: FormErrors::default(),
            session_errors: FormErrors::default(),
            session,
        })
    }

    fn course(&self) -> &Course {
        &self.detail.course
    }

    fn path(&self) -> String {
        course_path(&self.detail.course)
    }

    fn enrolled(&self) -> bool {
        self.detail.status == Some(EnrolmentStatus::Enrolled)
    }

    fn waitlisted(&self) -> bool {
        self.detail.status == Some(EnrolmentStatus::Waitlisted)
    }

    fn full(&self) -> bool {
        self.detail.course.seats_left() == 0 || self.detail.course.waitlist_count > 0
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct DetailQuery {
    done: Option<String>,
}

/// The message for what was just done, from `?done=`.
fn notice_key(done: Option<&str>) -> &'static str {
    match done {
        Some("created") => "course-notice-created",
        Some("enrolled") => "course-notice-enrolled",
        Some("waitlisted") => "course-notice-waitlisted",
        Some("withdrawn") => "course-notice-withdrawn",
        Some("session") => "course-notice-session-added",
        Some("attendance") => "course-notice-attendance",
        _ => "",
    }
}

pub(super) async fn show(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let mut detail = DetailPage::load(&state, page, &slug, &id).await?;
    let key = notice_key(query.done.as_deref());
    if !key.is_empty() {
        detail.notice = detail.page.t(key);
    }
    Ok(render(&detail))
}

/// Shows the course again after a failed form, with `show` putting the errors in place.
async fn again(
    state: &AppState,
    page: PageContext,
    slug: &str,
    id: &str,
    error: AppError,
    show: impl FnOnce(&mut DetailPage, FormErrors),
) -> Result<Response, Failure> {
    let mut detail = DetailPage::load(state, page.clone(), slug, id).await?;
    Ok(form_failure(error, &page, |errors| {
        show(&mut detail, errors);
        render(&detail)
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ChoiceForm {
    /// `yes` to enrol, `no` to withdraw.
    choice: String,
}

pub(super) async fn enrolment(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ChoiceForm>,
) -> Result<Response, Failure> {
    let (_, course, participant) = course_in(&state, &page, &slug, &id).await?;
    let now = time::now();
    let done = if form.choice == "no" {
        match courses::withdraw(&state.db, &participant, &course, now).await {
            Ok(withdrawal) => {
                if let Some(promoted) = withdrawal.promoted {
                    crate::courses::mails::tell_promoted(&state, &course, promoted, now).await?;
                }
                Ok("withdrawn")
            }
            Err(error) => Err(error),
        }
    } else {
        courses::enrol(&state.db, &participant, &course, now)
            .await
            .map(|enrolled| enrolled.status.name())
    };
    match done {
        Ok(done) => Ok(see_other(&format!("{}?done={done}", course_path(&course)))),
        Err(error) => {
            again(&state, page, &slug, &id, error, |detail, errors| {
                detail.enrol_errors = errors;
            })
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SessionValues {
    starts_at: String,
    ends_at: String,
    time_zone: String,
}

pub(super) async fn add_session(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(values): PageForm<SessionValues>,
) -> Result<Response, Failure> {
    let (community, course, participant) = course_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let input = SlotInput {
        starts_at: &values.starts_at,
        ends_at: &values.ends_at,
        time_zone: &values.time_zone,
    };
    match courses::add_session(&state.db, &participant, &course, input, time::now()).await {
        Ok(_) => Ok(see_other(&format!(
            "{}?done=session#sessions",
            course_path(&course)
        ))),
        Err(error) => {
            again(&state, page, &slug, &id, error, |detail, errors| {
                detail.session_errors = errors;
                detail.session = SessionValues {
                    time_zone: if values.time_zone.trim().is_empty() {
                        default_zone(community.default_locale).to_owned()
                    } else {
                        values.time_zone
                    },
                    ..values
                };
            })
            .await
        }
    }
}

/// The reader's certificate, as the API gives it.
pub(super) async fn certificate(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (_, course, _) = course_in(&state, &page, &slug, &id).await?;
    crate::courses::api::pdf_response(&state, &signed_in.account, &course).await
}

impl CourseWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
