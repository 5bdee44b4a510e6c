//! Where organisers type in the paper ballots cast at the centre.

use super::*;

pub(super) fn router() -> Router<AppState> {
    Router::new().route(
        "/c/{slug}/budgets/{id}/paper-ballots",
        get(paper_form).post(paper_ballot),
    )
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
