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

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/budgets", get(list).post(create))
        .route("/c/{slug}/budgets/new", get(new_form))
        .route("/c/{slug}/budgets/{id}", get(round_page))
        .route("/c/{slug}/budgets/{id}/ballot", post(ballot))
        .route("/c/{slug}/budgets/{id}/projects", post(add_project))
        .route(
            "/c/{slug}/budgets/{id}/paper-ballots",
            get(paper_form).post(paper_ballot),
        )
        .route("/c/{slug}/budgets/{id}/results", get(results))
        .route("/c/{slug}/budgets/{id}/ballots.csv", get(ballots_csv))
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

/// A project with its description as safe HTML.
struct ShownProject {
    project: Project,
    body_html: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct BallotForm {
    project_ids: Vec<String>,
    /// `check` shows what the choice costs; anything else casts the ballot.
    intent: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct ProjectValues {
    title: String,
    body: String,
    cost: String,
}

#[derive(Template)]
#[template(path = "budgets/round.html")]
struct RoundPage {
    page: PageContext,
    community: Community,
    round: Budget,
    now: Instant,
    rules_html: String,
    projects: Vec<ShownProject>,
    /// The reader's own ballot, once cast.
    ballot: Option<Ballot>,
    standing: Standing,
    notice: String,
    /// The ballot form as submitted: the projects ticked, and after a check what they cost.
    chosen: Vec<String>,
    checked: Option<String>,
    ballot_errors: FormErrors,
    project_values: ProjectValues,
    project_errors: FormErrors,
}

impl BudgetWords for RoundPage {
    fn page(&self) -> &PageContext {
        &self.page
    }

    fn round(&self) -> &Budget {
        &self.round
    }

    fn now(&self) -> Instant {
        self.now
    }
}

impl RoundPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
    ) -> Result<Self, AppError> {
        let (community, round, standing) = round_for(state, &page, slug, id).await?;
        let now = time::now();
        let projects = state
            .db
            .projects(round.id)
            .await?
            .into_iter()
            .map(|project| ShownProject {
                body_html: to_safe_html(&project.body),
                project,
            })
            .collect();
        let ballot = budgets::own_ballot(&state.db, &round, &standing).await?;
        Ok(Self {
            page,
            community,
            rules_html: to_safe_html(&round.rules),
            projects,
            ballot,
            standing,
            round,
            now,
            notice: String::new(),
            chosen: Vec::new(),
            checked: None,
            ballot_errors: FormErrors::default(),
            project_values: ProjectValues::default(),
            project_errors: FormErrors::default(),
        })
    }

    fn is_member(&self) -> bool {
        self.standing.is_member()
    }

    fn sees_results(&self) -> bool {
        budgets::can(
            &self.standing,
            Action::SeeResults,
            Some(&self.round),
            self.now,
        )
    }

    /// Members who have not voted get the ballot form while voting is open.
    fn may_vote(&self) -> bool {
        budgets::can(&self.standing, Action::Vote, Some(&self.round), self.now)
            && self.ballot.is_none()
            && self.phase() == Phase::Open
    }

    fn may_add_projects(&self) -> bool {
        budgets::can(
            &self.standing,
            Action::AddProject,
            Some(&self.round),
            self.now,
        ) && self.phase() == Phase::Upcoming
    }

    fn may_record_paper(&self) -> bool {
        budgets::can(
            &self.standing,
            Action::RecordPaperBallot,
            Some(&self.round),
            self.now,
        ) && self.phase() == Phase::Open
    }

    /// "You chose 2 projects for 120,000 PLN of 200,000 PLN."
    fn chosen_sentence(&self, chosen: &Choice) -> String {
        let count = self.page.tn(
            "budgets-chosen-count",
            i64::try_from(chosen.projects.len()).unwrap_or(i64::MAX),
        );
        crate::i18n::t_text(
            self.page.locale,
            "budgets-chosen",
            &[
                ("projects", &count),
                ("cost", &self.amount(chosen.cost)),
                ("total", &self.amount(self.round.total_amount)),
            ],
        )
    }

    fn is_chosen(&self, project: &Project) -> bool {
        self.chosen
            .iter()
            .any(|id| id.trim() == project.id.to_string())
    }

    /// The projects of the reader's own ballot.
    fn voted_for(&self) -> Vec<&Project> {
        let Some(ballot) = &self.ballot else {
            return Vec::new();
        };
        self.projects
            .iter()
            .map(|shown| &shown.project)
            .filter(|project| ballot.projects.contains(&project.id))
            .collect()
    }

    fn ballot_cost(&self) -> i64 {
        self.voted_for().iter().map(|project| project.cost).sum()
    }

    fn results_href(&self) -> String {
        results_path(&self.round)
    }

    /// Where signing in brings the reader back to.
    fn round_path_encoded(&self) -> String {
        crate::page::urlencode(&round_path(&self.round))
    }

    fn page_title(&self) -> String {
        if self.ballot_errors.any() || self.project_errors.any() {
            format!("{} {}", self.page.t("title-error-prefix"), self.round.title)
        } else {
            self.round.title.clone()
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RoundQuery {
    opened: Option<String>,
    project: Option<String>,
    voted: Option<String>,
}

async fn round_page(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<RoundQuery>,
) -> Result<Response, Failure> {
    let mut shown = RoundPage::load(&state, page, &slug, &id).await?;
    let notice = [
        (query.opened.is_some(), "budgets-notice-opened"),
        (query.project.is_some(), "budgets-notice-project"),
        (query.voted.is_some(), "budgets-notice-voted"),
    ]
    .into_iter()
    .find_map(|(asked, key)| asked.then_some(key));
    if let Some(key) = notice {
        shown.notice = shown.page.t(key);
    }
    Ok(render(&shown))
}

/// The ballot form: `check` shows what the ticked projects cost against the total (with the
/// error when they are too many); otherwise the ballot is cast.
async fn ballot(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<BallotForm>,
) -> Result<Response, Failure> {
    let mut shown = RoundPage::load(&state, page.clone(), &slug, &id).await?;
    let projects: Vec<Project> = shown.projects.iter().map(|s| s.project.clone()).collect();
    let outcome = if form.intent == "check" {
        let chosen = Choice::of_known(&form.project_ids, &projects);
        shown.checked = Some(shown.chosen_sentence(&chosen));
        Choice::parse(&form.project_ids, &projects, shown.round.total_amount).map(|_| None)
    } else {
        budgets::cast(
            &state.db,
            &shown.round,
            &shown.standing,
            &form.project_ids,
            time::now(),
        )
        .await
        .map(Some)
    };
    Ok(match outcome {
        Ok(Some(_)) => see_other(&format!("{}?voted=1", round_path(&shown.round))),
        Ok(None) => {
            shown.chosen = form.project_ids;
            render(&shown)
        }
        Err(error) => form_failure(error, &page, |errors| {
            shown.chosen = form.project_ids;
            shown.ballot_errors = errors;
            render(&shown)
        }),
    })
}

async fn add_project(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    PageForm(values): PageForm<ProjectValues>,
) -> Result<Response, Failure> {
    let mut shown = RoundPage::load(&state, page.clone(), &slug, &id).await?;
    let now = time::now();
    budgets::require(&shown.standing, Action::AddProject, Some(&shown.round), now)?;
    let input = ProjectInput {
        title: &values.title,
        body: &values.body,
        cost: whole_amount(&values.cost),
    };
    let added = match ProjectDraft::parse(&input, &shown.round) {
        Ok(draft) => {
            budgets::add_project(&state.db, &shown.round, &shown.standing, &draft, now).await
        }
        Err(error) => Err(error),
    };
    Ok(match added {
        Ok(_) => see_other(&format!("{}?project=1", round_path(&shown.round))),
        Err(error) => form_failure(error, &page, |errors| {
            shown.project_values = values;
            shown.project_errors = errors;
            render(&shown)
        }),
    })
}

/// The form organisers use at the centre to type in paper ballots, one after another.
#[derive(Template)]
#[template(path = "budgets/paper.html")]
struct PaperPage {
    page: PageContext,
    community: Community,
    round: Budget,
    now: Instant,
    projects: Vec<Project>,
    notice: String,
    errors: FormErrors,
    values: PaperValues,
}

impl BudgetWords for PaperPage {
    fn page(&self) -> &PageContext {
        &self.page
    }

    fn round(&self) -> &Budget {
        &self.round
    }

    fn now(&self) -> Instant {
        self.now
    }
}

impl PaperPage {
    fn is_chosen(&self, project: &Project) -> bool {
        let id = project.id.to_string();
        self.values
            .project_ids
            .iter()
            .any(|chosen| chosen.trim() == id)
    }

    /// For organisers while voting is open: 401, 403 or 409 otherwise.
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
    ) -> Result<(Self, Standing), AppError> {
        let (community, round, standing) = round_for(state, &page, slug, id).await?;
        let now = time::now();
        budgets::require(&standing, Action::RecordPaperBallot, Some(&round), now)?;
        budgets::require_voting(&round, now)?;
        let projects = state.db.projects(round.id).await?;
        let shown = Self {
            page,
            community,
            round,
            now,
            projects,
            notice: String::new(),
            errors: FormErrors::default(),
            values: PaperValues::default(),
        };
        Ok((shown, standing))
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct PaperValues {
    email: String,
    project_ids: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PaperQuery {
    recorded: Option<String>,
}

async fn paper_form(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<PaperQuery>,
) -> Result<Response, Failure> {
    let (mut shown, _) = PaperPage::load(&state, page, &slug, &id).await?;
    if query.recorded.is_some() {
        shown.notice = shown.page.t("budgets-notice-paper");
    }
    Ok(render(&shown))
}

async fn paper_ballot(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    PageForm(values): PageForm<PaperValues>,
) -> Result<Response, Failure> {
    let (mut shown, standing) = PaperPage::load(&state, page.clone(), &slug, &id).await?;
    let recorded = budgets::record_paper_ballot(
        &state.db,
        &shown.round,
        &standing,
        &values.email,
        &values.project_ids,
        time::now(),
    )
    .await;
    Ok(match recorded {
        Ok(_) => see_other(&format!(
            "{}/paper-ballots?recorded=1",
            round_path(&shown.round)
        )),
        Err(error) => form_failure(error, &page, |errors| {
            shown.values = values;
            shown.errors = errors;
            render(&shown)
        }),
    })
}

#[derive(Template)]
#[template(path = "budgets/results.html")]
struct ResultsPage {
    page: PageContext,
    community: Community,
    round: Budget,
    now: Instant,
    /// `None` while the results are not for this reader yet.
    outcome: Option<Outcome>,
}

impl BudgetWords for ResultsPage {
    fn page(&self) -> &PageContext {
        &self.page
    }

    fn round(&self) -> &Budget {
        &self.round
    }

    fn now(&self) -> Instant {
        self.now
    }
}

impl ResultsPage {
    /// The bar's length: its votes against the most any project got, in whole percent (a thin
    /// bar for any vote at all).
    fn bar_width(&self, placed: &Placed) -> String {
        let most = self.outcome.as_ref().map_or(0, Outcome::most_votes);
        let percent = if most > 0 {
            (placed.project.votes * 100 / most).max(i64::from(placed.project.votes > 0))
        } else {
            0
        };
        format!("{percent}%")
    }

    fn votes(&self, placed: &Placed) -> String {
        self.page.tn("budgets-votes", placed.project.votes)
    }

    fn csv_href(&self) -> String {
        format!("{}/ballots.csv", round_path(&self.round))
    }
}

async fn results(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, round, standing) = round_for(&state, &page, &slug, &id).await?;
    let now = time::now();
    let outcome = if budgets::can(&standing, Action::SeeResults, Some(&round), now) {
        Some(budgets::results(&state.db, &round, &standing, now).await?)
    } else {
        None
    };
    Ok(render(&ResultsPage {
        page,
        community,
        round,
        now,
        outcome,
    }))
}

async fn ballots_csv(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (_, round, standing) = round_for(&state, &page, &slug, &id).await?;
    let ballots = budgets::published_ballots(&state.db, &round, &standing, time::now()).await?;
    Ok(super::csv_download(&round, super::ballots_csv(&ballots)?))
}
