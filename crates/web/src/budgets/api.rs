//! The participatory-budget API: rounds, projects, ballots (online and on paper), results and
//! the anonymous ballots as CSV.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::budgets::{
    self, Ballot, Budget, BudgetDraft, BudgetId, BudgetInput, BudgetStore as _, Outcome, Project,
    ProjectDraft, ProjectInput, RoundCursor, Standing,
};
use domain::{AppError, Message, communities, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{csv_download, project_path, results_path, round_path};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_budgets, create_budget))
        .routes(routes!(get_budget))
        .routes(routes!(list_projects, add_project))
        .routes(routes!(own_ballot, cast_ballot))
        .routes(routes!(record_paper_ballot))
        .routes(routes!(get_results))
        .routes(routes!(ballots_csv))
}

/// A round of a participatory budget. Amounts are whole currency units.
#[derive(Serialize, ToSchema)]
pub struct BudgetBody {
    id: String,
    community: String,
    title: String,
    /// Markdown: how projects are chosen, who may vote.
    rules: String,
    total_amount: i64,
    /// ISO 4217: three capital letters.
    currency: String,
    voting_opens_at: String,
    voting_closes_at: String,
    /// `upcoming`, `open` (voting now) or `closed`.
    status: &'static str,
    ballot_count: i64,
    created_at: String,
    url: String,
    /// The results page (public once voting has closed).
    results_url: String,
}

impl BudgetBody {
    pub fn new(state: &AppState, round: &Budget) -> Self {
        Self {
            id: round.id.to_string(),
            community: round.community_slug.clone(),
            title: round.title.clone(),
            rules: round.rules.clone(),
            total_amount: round.total_amount,
            currency: round.currency.as_str().to_owned(),
            voting_opens_at: round.voting_opens_at.to_rfc3339(),
            voting_closes_at: round.voting_closes_at.to_rfc3339(),
            status: round.phase(time::now()).name(),
            ballot_count: round.ballot_count,
            created_at: round.created_at.to_rfc3339(),
            url: state.config.url(&round_path(round)),
            results_url: state.config.url(&results_path(round)),
        }
    }
}

/// A round with its projects, and whether the caller has voted in it.
#[derive(Serialize, ToSchema)]
pub struct BudgetDetailBody {
    #[serde(flatten)]
    round: BudgetBody,
    projects: Vec<ProjectBody>,
    /// Whether the caller has a ballot in this round (false when not signed in).
    voted: bool,
}

/// A project residents can vote for.
#[derive(Serialize, ToSchema)]
pub struct ProjectBody {
    id: String,
    budget_id: String,
    title: String,
    /// Markdown.
    body: String,
    cost: i64,
    created_at: String,
    /// The project on its round's page.
    url: String,
}

impl ProjectBody {
    fn new(state: &AppState, round: &Budget, project: &Project) -> Self {
        Self {
            id: project.id.to_string(),
            budget_id: round.id.to_string(),
            title: project.title.clone(),
            body: project.body.clone(),
            cost: project.cost,
            created_at: project.created_at.to_rfc3339(),
            url: state.config.url(&project_path(round, project)),
        }
    }
}

/// A ballot, as the person it belongs to (or the organiser who typed it in) sees it.
#[derive(Serialize, ToSchema)]
pub struct BallotBody {
    /// Random, not time-ordered.
    id: String,
    budget_id: String,
    /// In the order the projects were added to the round.
    project_ids: Vec<String>,
    /// Typed in at the centre from a paper ballot.
    paper: bool,
    created_at: String,
    /// The round's page, which shows the caller's choice.
    url: String,
}

impl BallotBody {
    fn new(state: &AppState, round: &Budget, ballot: &Ballot) -> Self {
        Self {
            id: ballot.id.to_string(),
            budget_id: round.id.to_string(),
            project_ids: ballot.projects.iter().map(ToString::to_string).collect(),
            paper: ballot.paper,
            created_at: ballot.created_at.to_rfc3339(),
            url: state.config.url(&round_path(round)),
        }
    }
}

/// The results by the contract's rule.
#[derive(Serialize, ToSchema)]
pub struct ResultsBody {
    total_amount: i64,
    /// What the selected projects cost together.
    spent: i64,
    /// `total_amount` − `spent`.
    left: i64,
    /// `open` while voting runs: then this is the running tally, seen by organisers only.
    status: &'static str,
    ballot_count: i64,
    /// Every project, in result order: votes (most first), then the lower cost, then the
    /// earlier added.
    projects: Vec<ResultProjectBody>,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct ResultProjectBody {
    id: String,
    title: String,
    cost: i64,
    votes: i64,
    selected: bool,
}

impl ResultsBody {
    fn new(state: &AppState, round: &Budget, outcome: &Outcome) -> Self {
        Self {
            total_amount: outcome.total_amount,
            spent: outcome.spent,
            left: outcome.left(),
            status: round.phase(time::now()).name(),
            ballot_count: round.ballot_count,
            projects: outcome
                .projects
                .iter()
                .map(|placed| ResultProjectBody {
                    id: placed.project.id.to_string(),
                    title: placed.project.title.clone(),
                    cost: placed.project.cost,
                    votes: placed.project.votes,
                    selected: placed.selected,
                })
                .collect(),
            url: state.config.url(&results_path(round)),
        }
    }
}

fn budget_id(text: &str) -> Result<BudgetId, AppError> {
    BudgetId::parse(text).ok_or(AppError::NotFound)
}

/// The round and how the caller stands in its community.
async fn round_for(
    state: &AppState,
    account: Option<&domain::accounts::Account>,
    id: &str,
) -> Result<(Budget, Standing), AppError> {
    let round = budgets::round(&state.db, budget_id(id)?).await?;
    let standing = budgets::standing(&state.db, round.community_id, account).await?;
    Ok((round, standing))
}

fn cursor(text: Option<&str>) -> Result<Option<RoundCursor>, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => RoundCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

/// The community's rounds, the latest closing first. Public.
#[utoipa::path(get, path = "/communities/{slug}/budgets", tag = "budgets",
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<BudgetBody>), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn list_budgets(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<BudgetBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let limit = list.limit()?;
    let page = budgets::rounds(
        &state.db,
        &community,
        cursor(list.cursor.as_deref())?,
        limit,
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|round| BudgetBody::new(&state, round))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewBudgetBody {
    #[schema(min_length = 1, max_length = 140)]
    title: String,
    /// Markdown: how projects are chosen, who may vote. May be left out.
    #[serde(default)]
    #[schema(max_length = 20000)]
    rules: String,
    /// Whole currency units, more than 0.
    #[schema(minimum = 1, maximum = 1_000_000_000_000_i64)]
    total_amount: i64,
    /// ISO 4217, e.g. `PLN`, `DKK`, `EUR`.
    currency: String,
    /// RFC 3339, in the future: organisers add projects until voting opens.
    voting_opens_at: String,
    /// RFC 3339, after `voting_opens_at`.
    voting_closes_at: String,
}

/// Open a new round (organisers of the community, and network coordinators). Voting must open
/// in the future and close after it opens; projects can be added until it opens.
#[utoipa::path(post, path = "/communities/{slug}/budgets", tag = "budgets", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewBudgetBody,
    responses((status = 201, body = BudgetDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn create_budget(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewBudgetBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let standing = budgets::standing(&state.db, community.id, Some(&signed_in.account)).await?;
    let now = time::now();
    budgets::require(&standing, budgets::Action::OpenRound, None, now)?;
    let input = BudgetInput {
        title: &body.title,
        rules: &body.rules,
        total_amount: Ok(body.total_amount),
        currency: &body.currency,
        voting_opens_at: &body.voting_opens_at,
        voting_closes_at: &body.voting_closes_at,
    };
    let draft = BudgetDraft::parse(&input, now)?;
    let round = budgets::open_round(&state.db, &community, &standing, &draft, now).await?;
    Ok(created(BudgetDetailBody {
        round: BudgetBody::new(&state, &round),
        projects: Vec::new(),
        voted: false,
    }))
}

/// One round with its projects. Public; with a bearer token, `voted` says whether the caller
/// has voted in it.
#[utoipa::path(get, path = "/budgets/{id}", tag = "budgets", params(("id" = String, Path)),
    responses((status = 200, body = BudgetDetailBody), (status = 404, body = Problem)))]
async fn get_budget(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<BudgetDetailBody>, Failure> {
    let account = signed_in.map(|signed_in| signed_in.account);
    let (round, standing) = round_for(&state, account.as_ref(), &id).await?;
    let projects = project_bodies(&state, &round).await?;
    let voted = budgets::own_ballot(&state.db, &round, &standing)
        .await?
        .is_some();
    Ok(Json(BudgetDetailBody {
        round: BudgetBody::new(&state, &round),
        projects,
        voted,
    }))
}

/// The round's projects, in the order they were added.
async fn project_bodies(state: &AppState, round: &Budget) -> Result<Vec<ProjectBody>, AppError> {
    Ok(state
        .db
        .projects(round.id)
        .await?
        .iter()
        .map(|project| ProjectBody::new(state, round, project))
        .collect())
}

/// A round's projects, in the order they were added. Public.
#[utoipa::path(get, path = "/budgets/{id}/projects", tag = "budgets",
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<ProjectBody>), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn list_projects(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ProjectBody>>, Failure> {
    let round = budgets::round(&state.db, budget_id(&id)?).await?;
    let projects = project_bodies(&state, &round).await?;
    Ok(Json(ListPage::of_short_list(projects, &list)?))
}

#[derive(Deserialize, ToSchema)]
pub struct NewProjectBody {
    #[schema(min_length = 1, max_length = 140)]
    title: String,
    /// Markdown: what it is, where, for whom.
    #[schema(min_length = 1, max_length = 20000)]
    body: String,
    /// Whole currency units: more than 0, at most the round's `total_amount`.
    #[schema(minimum = 1)]
    cost: i64,
}

/// Add a project (organisers) while voting has not opened; once it has → 409.
#[utoipa::path(post, path = "/budgets/{id}/projects", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewProjectBody,
    responses((status = 201, body = ProjectBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, description = "Voting has opened", body = Problem),
        (status = 422, body = Problem)))]
async fn add_project(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewProjectBody>,
) -> Result<Response, Failure> {
    let (round, standing) = round_for(&state, Some(&signed_in.account), &id).await?;
    let now = time::now();
    budgets::require(&standing, budgets::Action::AddProject, Some(&round), now)?;
    let input = ProjectInput {
        title: &body.title,
        body: &body.body,
        cost: Ok(body.cost),
    };
    let draft = ProjectDraft::parse(&input, &round)?;
    let project = budgets::add_project(&state.db, &round, &standing, &draft, now).await?;
    Ok(created(ProjectBody::new(&state, &round, &project)))
}

#[derive(Deserialize, ToSchema)]
pub struct BallotRequest {
    /// The projects chosen: at least one, all of this round, together within its total.
    project_ids: Vec<String>,
}

/// Cast the caller's ballot (members only), once, while voting is open. An empty list, a
/// project of another round, or a total cost over the budget → 422 naming `project_ids`; a
/// second ballot → 409; before or after the voting window → 409; not a member → 403.
#[utoipa::path(post, path = "/budgets/{id}/ballot", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BallotRequest,
    responses((status = 201, body = BallotBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Already voted, or outside the voting window", body = Problem),
        (status = 422, body = Problem)))]
async fn cast_ballot(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<BallotRequest>,
) -> Result<Response, Failure> {
    let (round, standing) = round_for(&state, Some(&signed_in.account), &id).await?;
    let ballot =
        budgets::cast(&state.db, &round, &standing, &body.project_ids, time::now()).await?;
    Ok(created(BallotBody::new(&state, &round, &ballot)))
}

/// The caller's own ballot in the round; 404 when they have none.
#[utoipa::path(get, path = "/budgets/{id}/ballot", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = BallotBody), (status = 401, body = Problem), (status = 404, body = Problem)))]
async fn own_ballot(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<BallotBody>, Failure> {
    let (round, standing) = round_for(&state, Some(&signed_in.account), &id).await?;
    let ballot = budgets::own_ballot(&state.db, &round, &standing)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(BallotBody::new(&state, &round, &ballot)))
}

#[derive(Deserialize, ToSchema)]
pub struct PaperBallotRequest {
    /// The e-mail address of the resident who voted on paper; they must be a member.
    email: String,
    /// The projects their paper ballot chose.
    project_ids: Vec<String>,
}

/// Type in the paper ballot of a resident who voted in person at the centre (organisers),
/// while voting is open. It is marked as paper and still counts as the resident's one ballot:
/// a resident who already voted → 409. No member with that address → 422 naming `email`.
#[utoipa::path(post, path = "/budgets/{id}/paper-ballots", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = PaperBallotRequest,
    responses((status = 201, body = BallotBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem),
        (status = 409, description = "The resident already voted, or outside the voting window", body = Problem),
        (status = 422, body = Problem)))]
async fn record_paper_ballot(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PaperBallotRequest>,
) -> Result<Response, Failure> {
    let (round, standing) = round_for(&state, Some(&signed_in.account), &id).await?;
    let ballot = budgets::record_paper_ballot(
        &state.db,
        &round,
        &standing,
        &body.email,
        &body.project_ids,
        time::now(),
    )
    .await?;
    Ok(created(BallotBody::new(&state, &round, &ballot)))
}

/// The results: projects in order of votes (ties: the lower cost, then the earlier added);
/// walking that order, a project is selected when it still fits in what is left of the budget,
/// and the walk goes on past projects that do not fit. Public once voting has closed. Before
/// that, only the community's organisers (with a bearer token) see the running tally, marked
/// `status: open`; anyone else gets 409 ("voting still open"), so that no tally can sway the
/// vote.
#[utoipa::path(get, path = "/budgets/{id}/results", tag = "budgets", params(("id" = String, Path)),
    responses((status = 200, body = ResultsBody), (status = 404, body = Problem),
        (status = 409, description = "Voting still open (or not yet started)", body = Problem)))]
async fn get_results(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<ResultsBody>, Failure> {
    let account = signed_in.map(|signed_in| signed_in.account);
    let (round, standing) = round_for(&state, account.as_ref(), &id).await?;
    let outcome = budgets::results(&state.db, &round, &standing, time::now()).await?;
    Ok(Json(ResultsBody::new(&state, &round, &outcome)))
}

/// Every ballot of the round as CSV, to recount the results: one row per ballot, in the order
/// of the ballots' random ids, with `ballot_id`, `paper` (`yes`/`no`) and `project_ids`
/// (separated by spaces) — no voter and no time. Visible when the results are.
#[utoipa::path(get, path = "/budgets/{id}/ballots.csv", tag = "budgets", params(("id" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = Problem),
        (status = 409, description = "Voting still open (or not yet started)", body = Problem)))]
async fn ballots_csv(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let account = signed_in.map(|signed_in| signed_in.account);
    let (round, standing) = round_for(&state, account.as_ref(), &id).await?;
    let ballots = budgets::published_ballots(&state.db, &round, &standing, time::now()).await?;
    Ok(csv_download(&round, super::ballots_csv(&ballots)?))
}
