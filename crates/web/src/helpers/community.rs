//! A community's helpers: the centre's desk (`/c/{slug}/desk`), where organisers register a
//! resident who has no e-mail and name their helper, and the moderators' page
//! (`/c/{slug}/helpers`) with the members' helpers and what helpers did, each relationship with
//! an End button.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::{self, Community};
use domain::helpers::{self, HelperAction, HelperId, Helping, ResidentDraft, ResidentInput};
use domain::support::Person;
use domain::{AppError, Locale, time};
use serde::Deserialize;

use super::{HelperWords, parse_cursor};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/helpers", get(helpers_page))
        .route("/c/{slug}/helpers/{id}/end", post(end_helping))
        .route("/c/{slug}/desk", get(desk_page).post(register))
}

const LIST_PAGE: u32 = 50;

#[derive(Template)]
#[template(path = "helpers/community.html")]
struct HelpersPage {
    page: PageContext,
    community: Community,
    notice: String,
    relationships: Vec<Helping>,
    next_relationships: Option<String>,
    actions: Vec<HelperAction>,
    next_actions: Option<String>,
}

impl HelperWords for HelpersPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    done: Option<String>,
    helpers: Option<String>,
    actions: Option<String>,
}

fn ended_notice(page: &PageContext, done: Option<&str>) -> String {
    match done {
        Some("ended") => page.t("helpers-notice-ended"),
        Some("registered") => page.t("helpers-notice-registered"),
        _ => String::new(),
    }
}

async fn helpers_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let viewer = &signed_in.account;
    let relationships = helpers::community_helpers(
        &state.db,
        &community,
        viewer,
        parse_cursor(query.helpers.as_deref())?,
        LIST_PAGE,
    )
    .await?;
    let actions = helpers::community_actions(
        &state.db,
        &community,
        viewer,
        parse_cursor(query.actions.as_deref())?,
        LIST_PAGE,
    )
    .await?;
    let more = |parameter: &str, next: Option<domain::moderation::PageCursor>| {
        next.map(|cursor| format!("/c/{slug}/helpers?{parameter}={}", cursor.encode()))
    };
    Ok(render(&HelpersPage {
        notice: ended_notice(&page, query.done.as_deref()),
        next_relationships: more("helpers", relationships.next),
        next_actions: more("actions", actions.next),
        page,
        community,
        relationships: relationships.items,
        actions: actions.items,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EndForm {
    /// `desk` when the button was on the desk's page.
    back: String,
}

async fn end_helping(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<EndForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let id = HelperId::parse(&id).ok_or(AppError::NotFound)?;
    helpers::end_in_community(&state.db, &community, &signed_in.account, id, time::now()).await?;
    let back = if form.back == "desk" {
        "desk"
    } else {
        "helpers"
    };
    Ok(see_other(&format!("/c/{slug}/{back}?done=ended")))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct ResidentValues {
    display_name: String,
    locale: String,
    /// Present (`yes`) when ticked.
    consent: Option<String>,
    consent_note: String,
    helper_account_id: String,
}

#[derive(Template)]
#[template(path = "helpers/desk.html")]
struct DeskPage {
    page: PageContext,
    community: Community,
    notice: String,
    errors: FormErrors,
    values: ResidentValues,
    eligible: Vec<Person>,
    registered: Vec<Helping>,
    next: Option<String>,
}

impl HelperWords for DeskPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl DeskPage {
    fn locale_chosen(&self, locale: &Locale) -> bool {
        if self.values.locale.is_empty() {
            *locale == self.community.default_locale
        } else {
            self.values.locale == locale.code()
        }
    }

    fn helper_chosen(&self, person: &Person) -> bool {
        self.values.helper_account_id == person.id.to_string()
    }

    /// The organiser at the desk, who helps when no one else is chosen.
    fn me(&self) -> String {
        self.page
            .tv("helpers-desk-helper-me", "name", self.page.display_name())
    }
}

async fn load_desk(
    state: &AppState,
    page: PageContext,
    signed_in: &SignedIn,
    slug: &str,
    cursor: Option<&str>,
) -> Result<DeskPage, AppError> {
    let community = communities::community(&state.db, slug).await?;
    let eligible = helpers::eligible_helpers(&state.db, &community, &signed_in.account).await?;
    let registered = helpers::desk_helpers(
        &state.db,
        &community,
        &signed_in.account,
        parse_cursor(cursor)?,
        LIST_PAGE,
    )
    .await?;
    let next = registered
        .next
        .map(|cursor| format!("/c/{slug}/desk?cursor={}", cursor.encode()));
    Ok(DeskPage {
        page,
        community,
        notice: String::new(),
        errors: FormErrors::default(),
        values: ResidentValues::default(),
        eligible: eligible
            .into_iter()
            .filter(|person| person.id != signed_in.account.id)
            .collect(),
        registered: registered.items,
        next,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeskQuery {
    done: Option<String>,
    cursor: Option<String>,
}

async fn desk_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<DeskQuery>,
) -> Result<Response, Failure> {
    let mut desk = load_desk(&state, page, &signed_in, &slug, query.cursor.as_deref()).await?;
    desk.notice = ended_notice(&desk.page, query.done.as_deref());
    Ok(render(&desk))
}

async fn register(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<ResidentValues>,
) -> Result<Response, Failure> {
    let mut desk = load_desk(&state, page.clone(), &signed_in, &slug, None).await?;
    let draft = ResidentDraft::parse(
        &ResidentInput {
            display_name: &values.display_name,
            locale: Some(values.locale.as_str()),
            consent: values.consent.is_some(),
            consent_note: &values.consent_note,
            helper_account_id: Some(values.helper_account_id.as_str()),
        },
        desk.community.default_locale,
    );
    let outcome = match draft {
        Ok(draft) => {
            helpers::register_resident(
                &state.db,
                &desk.community,
                &signed_in.account,
                draft,
                time::now(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/c/{slug}/desk?done=registered"))),
        Err(error) => {
            desk.values = values;
            Ok(form_failure(error, &page, |errors| {
                desk.errors = errors;
                render(&desk)
            }))
        }
    }
}
