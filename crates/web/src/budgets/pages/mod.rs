//! `/c/{slug}/budgets`: the rounds; `/c/{slug}/budgets/new`: the organisers' form for a new
//! round; `/c/{slug}/budgets/{id}`: a round with its projects, the ballot form (with a check of
//! the total, no script needed) and the organisers' form for projects;
//! `/c/{slug}/budgets/{id}/paper-ballots`: where organisers type in paper ballots at the centre;
//! `/c/{slug}/budgets/{id}/results`: a bar and a table row per project, and the CSV.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::AppError;
use domain::budgets::BudgetStore as _;
use domain::budgets::{
    self, Action, Ballot, Budget, BudgetDraft, BudgetId, BudgetInput, Choice, Outcome, Phase,
    Placed, Project, ProjectDraft, ProjectInput, Standing, whole_amount,
};
use domain::communities::{self, Community};
use domain::time::{self, Instant};
use serde::Deserialize;

use super::{moment, money, phase_key, phase_sentence, results_path, round_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::markdown::to_safe_html;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::state::AppState;

mod paper;
mod results;
mod round;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/budgets", get(list).post(create))
        .route("/c/{slug}/budgets/new", get(new_form))
        .merge(round::router())
        .merge(paper::router())
        .merge(results::router())
}

/// How many rounds the list shows at once; older ones follow a link.
const LIST_PAGE: u32 = 50;

/// What every budget page writes the same way.
trait BudgetWords {
    fn page(&self) -> &PageContext;
    fn round(&self) -> &Budget;
    fn now(&self) -> Instant;

    fn amount(&self, amount: impl std::borrow::Borrow<i64>) -> String {
        money(self.page().locale, *amount.borrow(), &self.round().currency)
    }

    fn window(&self) -> String {
        window_sentence(self.page(), self.round())
    }

    fn phase(&self) -> Phase {
        self.round().phase(self.now())
    }

    fn where_it_stands(&self) -> String {
        phase_sentence(self.page().locale, self.round(), self.now())
    }

    fn phase_name(&self) -> String {
        self.page().t(phase_key(self.phase()))
    }

    fn when(&self, at: &Instant) -> String {
        moment(at)
    }

    fn round_href(&self) -> String {
        round_path(self.round())
    }
}

fn window_sentence(page: &PageContext, round: &Budget) -> String {
    crate::i18n::t_text(
        page.locale,
        "budgets-window",
        &[
            ("opens", &moment(&round.voting_opens_at)),
            ("closes", &moment(&round.voting_closes_at)),
        ],
    )
}

/// The community at `/c/{slug}` and how the reader stands in it.
async fn community_for(
    state: &AppState,
    page: &PageContext,
    slug: &str,
) -> Result<(Community, Standing), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let standing = budgets::standing(&state.db, community.id, page.account.as_ref()).await?;
    Ok((community, standing))
}

/// The round at `/c/{slug}/budgets/{id}`: 404 when it is of another community.
async fn round_for(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Budget, Standing), AppError> {
    let id = BudgetId::parse(id).ok_or(AppError::NotFound)?;
    let round = budgets::round(&state.db, id).await?;
    if round.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let (community, standing) = community_for(state, page, slug).await?;
    Ok((community, round, standing))
}

#[derive(Template)]
#[template(path = "budgets/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    can_open: bool,
    /// Open for voting, coming up, finished: each with its rounds, empty ones left out.
    groups: Vec<(Phase, Vec<Budget>)>,
    now: Instant,
    next: Option<String>,
}

impl ListPage {
    fn amount(&self, round: &Budget) -> String {
        money(self.page.locale, round.total_amount, &round.currency)
    }

    fn window(&self, round: &Budget) -> String {
        window_sentence(&self.page, round)
    }

    fn where_it_stands(&self, round: &Budget) -> String {
        phase_sentence(self.page.locale, round, self.now)
    }

    fn phase_name(&self, phase: &Phase) -> String {
        self.page.t(phase_key(*phase))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CursorQuery {
    cursor: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let (community, standing) = community_for(&state, &page, &slug).await?;
    let after = match query.cursor.as_deref().filter(|text| !text.is_empty()) {
        Some(text) => Some(budgets::RoundCursor::decode(text).ok_or(AppError::NotFound)?),
        None => None,
    };
    let found = budgets::rounds(&state.db, &community, after, LIST_PAGE).await?;
    let now = time::now();
    let groups = [Phase::Open, Phase::Upcoming, Phase::Closed]
        .into_iter()
        .map(|phase| {
            let rounds: Vec<Budget> = found
                .items
                .iter()
                .filter(|round| round.phase(now) == phase)
                .cloned()
                .collect();
            (phase, rounds)
        })
        .filter(|(_, rounds)| !rounds.is_empty())
        .collect();
    let next = found.next.map(|cursor| {
        format!(
            "/c/{}/budgets?cursor={}",
            community.slug,
            crate::page::urlencode(&cursor.encode())
        )
    });
    Ok(render(&ListPage {
        can_open: budgets::can(&standing, Action::OpenRound, None, now),
        page,
        community,
        groups,
        now,
        next,
    }))
}

/// The new-round form, with what was typed.
#[derive(Template)]
#[template(path = "budgets/new.html")]
struct NewRoundPage {
    page: PageContext,
    community: Community,
    errors: FormErrors,
    values: RoundValues,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RoundValues {
    title: String,
    rules: String,
    total_amount: String,
    currency: String,
    voting_opens_at: String,
    voting_closes_at: String,
}

impl RoundValues {
    fn draft(&self, now: Instant) -> Result<BudgetDraft, AppError> {
        let input = BudgetInput {
            title: &self.title,
            rules: &self.rules,
            total_amount: whole_amount(&self.total_amount),
            currency: &self.currency,
            voting_opens_at: &self.voting_opens_at,
            voting_closes_at: &self.voting_closes_at,
        };
        BudgetDraft::parse(&input, now)
    }
}

/// The currency most communities of a country count in; the organiser may change it.
fn usual_currency(country: &str) -> &'static str {
    match country {
        "PL" => "PLN",
        "DK" => "DKK",
        "SE" => "SEK",
        "NO" => "NOK",
        "CZ" => "CZK",
        "HU" => "HUF",
        "RO" => "RON",
        "UA" => "UAH",
        "GB" => "GBP",
        "CH" => "CHF",
        _ => "EUR",
    }
}

/// The community, when the reader may open rounds in it: 401 or 403 otherwise.
async fn organiser_community(
    state: &AppState,
    page: &PageContext,
    slug: &str,
) -> Result<(Community, Standing), AppError> {
    let (community, standing) = community_for(state, page, slug).await?;
    budgets::require(&standing, Action::OpenRound, None, time::now())?;
    Ok((community, standing))
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = organiser_community(&state, &page, &slug).await?;
    let values = RoundValues {
        currency: usual_currency(community.country.as_str()).to_owned(),
        ..RoundValues::default()
    };
    Ok(render(&NewRoundPage {
        page,
        community,
        errors: FormErrors::default(),
        values,
    }))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    PageForm(values): PageForm<RoundValues>,
) -> Result<Response, Failure> {
    let (community, standing) = organiser_community(&state, &page, &slug).await?;
    let now = time::now();
    let opened = match values.draft(now) {
        Ok(draft) => budgets::open_round(&state.db, &community, &standing, &draft, now).await,
        Err(error) => Err(error),
    };
    Ok(match opened {
        Ok(round) => see_other(&format!("{}?opened=1", round_path(&round))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&NewRoundPage {
                page,
                community,
                errors,
                values,
            })
        }),
    })
}
