//! The course pages: the lists (`/c/{slug}/courses`, past ones with `?when=past`) and creating a
//! course with up to three sessions at once (more are added on its page); the course's page
//! (`detail`) and the organiser's attendance page per session (`attendance`).

mod attendance;
mod detail;

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::calendar::SlotInput;
use domain::communities::{self, Community, Participant};
use domain::courses::{self, Course, CourseDraft, SESSION_FIELDS, When};
use domain::{AppError, Locale, time};
use serde::Deserialize;

use super::{CourseWords, course_path, parse_cursor};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/courses", get(list).post(create))
        .route("/c/{slug}/courses/new", get(new_form))
        .route("/c/{slug}/courses/{id}", get(detail::show))
        .route("/c/{slug}/courses/{id}/enrolment", post(detail::enrolment))
        .route("/c/{slug}/courses/{id}/sessions", post(detail::add_session))
        .route(
            "/c/{slug}/courses/{id}/certificate",
            get(detail::certificate),
        )
        .route(
            "/c/{slug}/courses/{id}/sessions/{session_id}/attendance",
            get(attendance::show).post(attendance::save),
        )
}

/// How many courses one page of the list shows.
const LIST_PAGE: u32 = 20;
/// Session rows on the form that creates a course; blank ones are left out.
const FORM_ROWS: usize = 3;

#[derive(Template)]
#[template(path = "courses/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    items: Vec<Course>,
    past: bool,
    is_organiser: bool,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    when: Option<String>,
    cursor: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let when = When::parse(query.when.as_deref().unwrap_or("")).unwrap_or_default();
    let after = parse_cursor(query.cursor.as_deref())?;
    let found = courses::list(&state.db, &community, when, time::now(), after, LIST_PAGE).await?;
    let next = found.next.map(|cursor| {
        format!(
            "/c/{}/courses?when={}&cursor={}",
            community.slug,
            when.name(),
            cursor.encode()
        )
    });
    Ok(render(&ListPage {
        page,
        community,
        items: found.items,
        past: when == When::Past,
        is_organiser: participant.is_organiser(),
        next,
    }))
}

#[derive(Template)]
#[template(path = "courses/form.html")]
struct CreateForm {
    page: PageContext,
    community: Community,
    errors: FormErrors,
    values: CreateValues,
}

impl CreateForm {
    /// The names and values of each session row.
    fn rows(&self) -> Vec<(&'static str, &'static str, &str, &str)> {
        SESSION_FIELDS
            .iter()
            .take(FORM_ROWS)
            .enumerate()
            .map(|(index, [starts, ends, _])| {
                (
                    *starts,
                    *ends,
                    typed(&self.values.starts_at, index),
                    typed(&self.values.ends_at, index),
                )
            })
            .collect()
    }
}

/// What was typed in the row at `index`, if anything.
fn typed(values: &[String], index: usize) -> &str {
    values.get(index).map_or("", String::as_str)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CreateValues {
    title: String,
    body: String,
    capacity: String,
    time_zone: String,
    starts_at: Vec<String>,
    ends_at: Vec<String>,
}

impl CreateValues {
    /// The session rows with anything typed in them, and the position of each on the form.
    fn sessions(&self) -> (Vec<SlotInput<'_>>, Vec<usize>) {
        let mut inputs = Vec::new();
        let mut rows = Vec::new();
        for (row, (starts_at, ends_at)) in self.starts_at.iter().zip(&self.ends_at).enumerate() {
            if starts_at.trim().is_empty() && ends_at.trim().is_empty() {
                continue;
            }
            inputs.push(SlotInput {
                starts_at,
                ends_at,
                time_zone: &self.time_zone,
            });
            rows.push(row);
        }
        (inputs, rows)
    }
}

/// The zone a new course's sessions are in unless the organiser says otherwise.
fn default_zone(locale: Locale) -> &'static str {
    match locale {
        Locale::Pl => "Europe/Warsaw",
        Locale::Da => "Europe/Copenhagen",
        Locale::It => "Europe/Rome",
        Locale::Uk => "Europe/Kyiv",
        Locale::En => "Europe/London",
    }
}

/// The community and how the signed-in person stands in it; 403 for all but its organisers.
async fn as_organiser(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    Ok((community, participant))
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = as_organiser(&state, &signed_in, &slug).await?;
    let values = CreateValues {
        capacity: "12".to_owned(),
        time_zone: default_zone(community.default_locale).to_owned(),
        ..CreateValues::default()
    };
    Ok(render(&CreateForm {
        page,
        community,
        errors: FormErrors::default(),
        values,
    }))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<CreateValues>,
) -> Result<Response, Failure> {
    let (community, participant) = as_organiser(&state, &signed_in, &slug).await?;
    let (sessions, rows) = values.sessions();
    let created = match CourseDraft::parse(
        &values.title,
        &values.body,
        courses::capacity_text(&values.capacity),
        &sessions,
    ) {
        Ok(draft) => {
            courses::create(&state.db, &community, &participant, &draft, time::now()).await
        }
        Err(error) => Err(error),
    };
    Ok(match created {
        Ok(course) => see_other(&format!("{}?done=created", course_path(&course))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&CreateForm {
                page,
                community,
                errors: on_form_rows(errors, &rows),
                values,
            })
        }),
    })
}

/// Puts the errors of the Nth session given on the row it was typed in; the one zone field of
/// the form takes the zone errors of every row.
fn on_form_rows(errors: FormErrors, rows: &[usize]) -> FormErrors {
    let mut fields: Vec<(&'static str, String)> = Vec::new();
    for (field, message) in errors.fields {
        let name = SESSION_FIELDS
            .iter()
            .enumerate()
            .find_map(|(index, names)| {
                let column = names.iter().position(|name| *name == field)?;
                if column == 2 {
                    return Some("time_zone");
                }
                let row = rows.get(index).copied()?;
                SESSION_FIELDS
                    .get(row)
                    .and_then(|names| names.get(column))
                    .copied()
            })
            .unwrap_or(field);
        if !fields.iter().any(|(known, _)| *known == name) {
            fields.push((name, message));
        }
    }
    FormErrors {
        general: errors.general,
        fields,
    }
}

impl ListPage {
    fn title(&self) -> String {
        self.page.t(if self.past {
            "courses-past-title"
        } else {
            "courses-title"
        })
    }
}

impl CourseWords for ListPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
