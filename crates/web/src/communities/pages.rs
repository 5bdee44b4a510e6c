use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use domain::communities::{self, Community, CommunityStore as _, Membership};
use domain::support::{self, BoardFilter, SupportItem, Viewer};
use domain::time;

use crate::error::Failure;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;
use crate::support::SupportWords;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(network_home))
        .route("/c/{slug}", get(community_home))
        .route("/c/{slug}/join", post(join))
}

/// How many communities the network home lists; the API pages through all of them.
const HOME_LIMIT: u32 = 100;

#[derive(Template)]
#[template(path = "communities/network_home.html")]
struct NetworkHome {
    page: PageContext,
    communities: Vec<Community>,
}

async fn network_home(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, Failure> {
    let communities = state.db.communities(None, HOME_LIMIT).await?.items;
    Ok(render(&NetworkHome { page, communities }))
}

#[derive(Template)]
#[template(path = "communities/community_home.html")]
struct CommunityHome {
    page: PageContext,
    community: Community,
    membership: Option<Membership>,
    /// The newest open offers and requests the visitor may see (members only).
    latest_support: Vec<SupportItem>,
    /// The newest initiatives (public).
    latest_initiatives: Vec<domain::initiatives::Initiative>,
    /// The latest budget rounds, with what stage each is at.
    latest_budgets: Vec<(domain::budgets::Budget, &'static str)>,
    /// The next events still to come (public).
    next_events: Vec<domain::events::Event>,
    /// The courses running or still to come (public).
    next_courses: Vec<domain::courses::Course>,
    /// A few people who show the visitor something, for the talent directory.
    people: Vec<domain::profiles::ProfileView>,
    /// The newest stories the visitor may read.
    latest_stories: Vec<domain::stories::Story>,
    latest_surveys: Vec<domain::listening::Survey>,
}

impl CommunityHome {
    fn initiative_state(&self, state: &domain::initiatives::State) -> String {
        self.page.t(crate::initiatives::state_key(*state))
    }
}

impl CommunityHome {
    fn event_when(&self, event: &domain::events::Event) -> String {
        crate::events::when(self.page.locale, event)
    }

    fn event_attendance(&self, event: &domain::events::Event) -> String {
        crate::events::attendance(&self.page, event)
    }
}

impl CommunityHome {
    fn course_dates(&self, course: &domain::courses::Course) -> String {
        crate::courses::dates(course)
    }
}

impl SupportWords for CommunityHome {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// How many offers and requests the community home shows.
const HOME_SUPPORT: u32 = 5;
const HOME_INITIATIVES: u32 = 3;
const HOME_BUDGETS: u32 = 2;
const HOME_EVENTS: u32 = 3;
const HOME_COURSES: u32 = 3;
const HOME_PEOPLE: u32 = 4;
const HOME_STORIES: u32 = 3;
const HOME_SURVEYS: u32 = 3;

async fn community_home(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let membership = match &page.account {
        Some(account) => state.db.membership(community.id, account.id).await?,
        None => None,
    };
    let latest_support = match (&page.account, &membership) {
        (Some(account), Some(membership)) => {
            let viewer = Viewer::of(account, Some(membership));
            let filter = BoardFilter::default();
            support::board(
                &state.db,
                &community,
                &viewer,
                &filter,
                None,
                HOME_SUPPORT,
                time::now(),
            )
            .await?
            .items
        }
        _ => Vec::new(),
    };
    let account = page.account.as_ref();
    let participant = domain::communities::Participant::of(account, membership.as_ref());
    let latest_initiatives = domain::initiatives::list(
        &state.db,
        &community,
        &participant,
        domain::initiatives::ListFilter::default(),
        None,
        HOME_INITIATIVES,
    )
    .await?
    .items;
    let now = time::now();
    let latest_budgets = domain::budgets::rounds(&state.db, &community, None, HOME_BUDGETS)
        .await?
        .items
        .into_iter()
        .map(|round| {
            let phase = crate::budgets::phase_key(round.phase(now));
            (round, phase)
        })
        .collect();
    let next_events = domain::events::list(
        &state.db,
        &community,
        &participant,
        domain::events::Window::upcoming(now, domain::events::AgendaFilter::default()),
        None,
        HOME_EVENTS,
    )
    .await?
    .items;
    let next_courses = domain::courses::list(
        &state.db,
        &community,
        domain::courses::When::Current,
        now,
        None,
        HOME_COURSES,
    )
    .await?
    .items;
    let viewer = domain::profiles::directory_viewer(&state.db, &community, account).await?;
    let people = domain::profiles::directory(
        &state.db,
        &community,
        viewer,
        &domain::profiles::DirectoryFilter::default(),
        None,
        HOME_PEOPLE,
    )
    .await?
    .items;
    let latest_stories =
        crate::stories::latest(&state, &community, &participant, HOME_STORIES).await?;
    let latest_surveys =
        crate::listening::latest(&state, &community, &participant, page.locale, HOME_SURVEYS)
            .await?;
    Ok(render(&CommunityHome {
        page,
        community,
        membership,
        latest_support,
        latest_initiatives,
        latest_budgets,
        next_events,
        next_courses,
        people,
        latest_stories,
        latest_surveys,
    }))
}

#[derive(serde::Deserialize, Default)]
struct JoinForm {}

async fn join(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(_): PageForm<JoinForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    communities::join(&state.db, &community, &signed_in.account, time::now()).await?;
    Ok(see_other(&format!("/c/{}?joined=1", community.slug)).into_response())
}
