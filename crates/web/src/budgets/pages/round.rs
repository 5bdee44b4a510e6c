//! A round's page: its projects, the ballot form and the organisers' form for projects.

use super::*;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/budgets/{id}", get(round_page))
        .route("/c/{slug}/budgets/{id}/ballot", post(ballot))
        .route("/c/{slug}/budgets/{id}/projects", post(add_project))
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
