//! The results: a bar and a table row per project, and the anonymous ballots as CSV.

use super::*;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/budgets/{id}/results", get(results))
        .route("/c/{slug}/budgets/{id}/ballots.csv", get(ballots_csv))
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
    Ok(crate::budgets::csv_download(
        &round,
        crate::budgets::ballots_csv(&ballots)?,
    ))
}
