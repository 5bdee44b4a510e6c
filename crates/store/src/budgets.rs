//! Participatory budgets: rounds, their projects, and ballots with the counts kept on write.

use domain::AppError;
use domain::accounts::AccountId;
use domain::budgets::{
    Ballot, BallotId, Budget, BudgetDraft, BudgetId, BudgetStore, Currency, NewBallot, Project,
    ProjectDraft, ProjectId, PublishedBallot, RoundCursor,
};
use domain::communities::CommunityId;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// A round with its community's slug; `read_budget` reads its columns.
macro_rules! budget_select {
    () => {
        "SELECT b.id, b.community_id, c.slug, b.title, b.rules, b.total_amount, b.currency, \
         b.voting_opens_at, b.voting_closes_at, b.ballot_count, b.created_at \
         FROM budgets b JOIN communities c ON c.id = b.community_id"
    };
}

fn read_budget(row: &dyn Row) -> Result<Budget, DbError> {
    Ok(Budget {
        id: BudgetId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        title: row.text(3)?,
        rules: row.text(4)?,
        total_amount: row.int(5)?,
        currency: stored("currency", Currency::parse(&row.text(6)?))?,
        voting_opens_at: instant(row.int(7)?)?,
        voting_closes_at: instant(row.int(8)?)?,
        ballot_count: row.int(9)?,
        created_at: instant(row.int(10)?)?,
    })
}

fn read_project(row: &dyn Row) -> Result<Project, DbError> {
    Ok(Project {
        id: ProjectId(uuid(&row.text(0)?)?),
        budget_id: BudgetId(uuid(&row.text(1)?)?),
        title: row.text(2)?,
        body: row.text(3)?,
        cost: row.int(4)?,
        votes: row.int(5)?,
        created_at: instant(row.int(6)?)?,
    })
}

/// One row per chosen project of a ballot: the ballot's id, what is said about the ballot
/// itself, and the project's id.
type BallotRow<T> = (String, T, String);

/// The rows of ballots, ordered by ballot, grouped into one ballot each.
fn group_ballots<T>(
    rows: Vec<BallotRow<T>>,
) -> Result<Vec<(BallotId, T, Vec<ProjectId>)>, DbError> {
    let mut ballots: Vec<(BallotId, T, Vec<ProjectId>)> = Vec::new();
    for (ballot, about, project) in rows {
        let ballot = BallotId(uuid(&ballot)?);
        let project = ProjectId(uuid(&project)?);
        match ballots.last_mut() {
            Some((id, _, projects)) if *id == ballot => projects.push(project),
            _ => ballots.push((ballot, about, vec![project])),
        }
    }
    Ok(ballots)
}

fn conflict(key: &'static str) -> DbError {
    DbError::Other(AppError::conflict(key))
}

impl BudgetStore for Db {
    async fn insert_budget(
        &self,
        id: BudgetId,
        community: CommunityId,
        created_by: AccountId,
        draft: &BudgetDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO budgets (id, community_id, title, rules, total_amount, currency, \
             voting_opens_at, voting_closes_at, ballot_count, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
            params![
                id.to_string(),
                community.0.to_string(),
                &draft.title,
                &draft.rules,
                draft.total_amount,
                draft.currency.as_str(),
                millis(draft.voting_opens_at),
                millis(draft.voting_closes_at),
                created_by.to_string(),
                millis(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn budget(&self, id: BudgetId) -> Result<Option<Budget>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(budget_select!(), " WHERE b.id = $1"),
                params![id.to_string()],
                &read_budget,
            )
            .await?)
    }

    async fn budgets(
        &self,
        community: CommunityId,
        after: Option<RoundCursor>,
        limit: u32,
    ) -> Result<Vec<Budget>, AppError> {
        let (before_at, before_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.closes_at), cursor.id.to_string())
        });
        Ok(self
            .fetch_all(
                concat!(
                    budget_select!(),
                    " WHERE b.community_id = $1 \
                     AND (b.voting_closes_at < $2 OR (b.voting_closes_at = $2 AND b.id < $3)) \
                     ORDER BY b.voting_closes_at DESC, b.id DESC LIMIT $4"
                ),
                params![
                    community.0.to_string(),
                    before_at,
                    before_id,
                    i64::from(limit)
                ],
                &read_budget,
            )
            .await?)
    }

    async fn insert_project(
        &self,
        id: ProjectId,
        budget: BudgetId,
        draft: &ProjectDraft,
        now: Instant,
    ) -> Result<bool, AppError> {
        // One statement: the project is written only while the round's voting has not opened.
        let inserted = self
            .execute(
                "INSERT INTO budget_projects (id, budget_id, title, body, cost, votes, created_at) \
                 SELECT $1, b.id, $2, $3, $4, 0, $5 FROM budgets b \
                 WHERE b.id = $6 AND b.voting_opens_at > $5",
                params![
                    id.to_string(),
                    &draft.title,
                    &draft.body,
                    draft.cost,
                    millis(now),
                    budget.to_string(),
                ],
            )
            .await?;
        Ok(inserted == 1)
    }

    async fn projects(&self, budget: BudgetId) -> Result<Vec<Project>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT id, budget_id, title, body, cost, votes, created_at FROM budget_projects \
                 WHERE budget_id = $1 ORDER BY created_at, id",
                params![budget.to_string()],
                &read_project,
            )
            .await?)
    }

    async fn insert_ballot(&self, ballot: &NewBallot, now: Instant) -> Result<(), AppError> {
        let budget = ballot.budget.to_string();
        let id = ballot.id.to_string();
        self.transaction(async |tx| {
            // First the round's row: its lock makes ballots of one round wait for each other,
            // and it checks the window at the moment of writing.
            let open = tx
                .execute(
                    "UPDATE budgets SET ballot_count = ballot_count + 1 \
                     WHERE id = $1 AND voting_opens_at <= $2 AND voting_closes_at > $2",
                    params![budget.as_str(), millis(now)],
                )
                .await?;
            if open != 1 {
                return Err(conflict("error-budget-closed"));
            }
            tx.execute(
                "INSERT INTO budget_ballots (id, budget_id, voter_id, paper, recorded_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                params![
                    id.as_str(),
                    budget.as_str(),
                    ballot.voter.to_string(),
                    ballot.recorded_by.is_some(),
                    ballot.recorded_by.map(|organiser| organiser.to_string()),
                    millis(now),
                ],
            )
            .await
            .map_err(|error| match error {
                DbError::UniqueViolation(_) => conflict("error-budget-already-voted"),
                other => other,
            })?;
            crate::impact::record_activity_in(
                tx,
                "SELECT community_id FROM budgets WHERE id = $1",
                budget.as_str(),
                &ballot.voter.to_string(),
                millis(now),
            )
            .await?;
            for project in &ballot.choice.projects {
                let project = project.to_string();
                tx.execute(
                    "INSERT INTO budget_ballot_projects (ballot_id, project_id) VALUES ($1, $2)",
                    params![id.as_str(), project.as_str()],
                )
                .await?;
                let counted = tx
                    .execute(
                        "UPDATE budget_projects SET votes = votes + 1 WHERE id = $1 AND budget_id = $2",
                        params![project.as_str(), budget.as_str()],
                    )
                    .await?;
                if counted != 1 {
                    return Err(DbError::internal("a ballot names a project of another round"));
                }
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn ballot_of(
        &self,
        budget: BudgetId,
        voter: AccountId,
    ) -> Result<Option<Ballot>, AppError> {
        let rows = self
            .fetch_all(
                "SELECT b.id, b.paper, b.created_at, bp.project_id FROM budget_ballots b \
                 JOIN budget_ballot_projects bp ON bp.ballot_id = b.id \
                 JOIN budget_projects p ON p.id = bp.project_id \
                 WHERE b.budget_id = $1 AND b.voter_id = $2 ORDER BY p.created_at, p.id",
                params![budget.to_string(), voter.to_string()],
                &|row| Ok((row.text(0)?, (row.flag(1)?, row.int(2)?), row.text(3)?)),
            )
            .await?;
        let Some((id, (paper, created_at), projects)) = group_ballots(rows)?.into_iter().next()
        else {
            return Ok(None);
        };
        Ok(Some(Ballot {
            id,
            budget_id: budget,
            projects,
            paper,
            created_at: instant(created_at)?,
        }))
    }

    async fn published_ballots(&self, budget: BudgetId) -> Result<Vec<PublishedBallot>, AppError> {
        // Neither voter nor time is even read: the published ballots never carry them.
        let rows = self
            .fetch_all(
                "SELECT b.id, b.paper, bp.project_id FROM budget_ballots b \
                 JOIN budget_ballot_projects bp ON bp.ballot_id = b.id \
                 WHERE b.budget_id = $1 ORDER BY b.id, bp.project_id",
                params![budget.to_string()],
                &|row| Ok((row.text(0)?, row.flag(1)?, row.text(2)?)),
            )
            .await?;
        Ok(group_ballots(rows)?
            .into_iter()
            .map(|(id, paper, projects)| PublishedBallot {
                id,
                paper,
                projects,
            })
            .collect())
    }
}

/// Ballots a person cast, with the projects they chose; paper ballots they typed in for
/// others; rounds they opened. On erasure a ballot stays counted but loses its voter, and a
/// paper ballot loses who typed it in. Rounds stay: they belong to the community, and show
/// their creator as a former member.
pub(crate) const PRIVACY: Part = Part {
    feature: "budgets",
    export: &[
        Section {
            name: "ballots",
            columns: &["id", "community", "round", "paper", "created_at"],
            sql: "SELECT b.id, c.slug, bu.title, b.paper, b.created_at FROM budget_ballots b \
                  JOIN budgets bu ON bu.id = b.budget_id JOIN communities c ON c.id = bu.community_id \
                  WHERE b.voter_id = $1 ORDER BY b.created_at",
        },
        Section {
            name: "ballot_projects",
            columns: &["ballot", "project", "cost"],
            sql: "SELECT bp.ballot_id, p.title, p.cost FROM budget_ballot_projects bp \
                  JOIN budget_ballots b ON b.id = bp.ballot_id JOIN budget_projects p ON p.id = bp.project_id \
                  WHERE b.voter_id = $1",
        },
        Section {
            name: "paper_ballots_recorded",
            columns: &["round", "created_at"],
            sql: "SELECT bu.title, b.created_at FROM budget_ballots b JOIN budgets bu ON bu.id = b.budget_id \
                  WHERE b.recorded_by = $1",
        },
        Section {
            name: "rounds_opened",
            columns: &["id", "community", "title", "created_at"],
            sql: "SELECT bu.id, c.slug, bu.title, bu.created_at FROM budgets bu \
                  JOIN communities c ON c.id = bu.community_id WHERE bu.created_by = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE budget_ballots SET voter_id = NULL WHERE voter_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE budget_ballots SET recorded_by = NULL WHERE recorded_by = $1",
            params: Bind::Person,
        },
    ],
};
