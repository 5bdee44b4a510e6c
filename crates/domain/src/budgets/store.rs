use std::future::Future;

use super::{
    Ballot, Budget, BudgetDraft, BudgetId, NewBallot, Project, ProjectDraft, ProjectId,
    PublishedBallot, RoundCursor,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::time::Instant;

pub trait BudgetStore: Sync {
    fn insert_budget(
        &self,
        id: BudgetId,
        community: CommunityId,
        created_by: AccountId,
        draft: &BudgetDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn budget(&self, id: BudgetId)
    -> impl Future<Output = Result<Option<Budget>, AppError>> + Send;
    /// A community's rounds, the latest closing first, `limit` of them after `after`.
    fn budgets(
        &self,
        community: CommunityId,
        after: Option<RoundCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Budget>, AppError>> + Send;
    /// Adds the project if voting has not opened at `now`; false, with nothing written, when it
    /// has.
    fn insert_project(
        &self,
        id: ProjectId,
        budget: BudgetId,
        draft: &ProjectDraft,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// A round's projects in the order they were added.
    fn projects(
        &self,
        budget: BudgetId,
    ) -> impl Future<Output = Result<Vec<Project>, AppError>> + Send;
    /// In one transaction: the ballot, its projects, a vote more for each of them and a ballot
    /// more for the round. A conflict, with nothing written, when voting is not open at `now` or
    /// when the voter already has a ballot in the round (however many arrive at once).
    fn insert_ballot(
        &self,
        ballot: &NewBallot,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The ballot a person cast (or had typed in) in a round.
    fn ballot_of(
        &self,
        budget: BudgetId,
        voter: AccountId,
    ) -> impl Future<Output = Result<Option<Ballot>, AppError>> + Send;
    /// Every ballot of a round in the order of their (random) ids, without voters or times.
    fn published_ballots(
        &self,
        budget: BudgetId,
    ) -> impl Future<Output = Result<Vec<PublishedBallot>, AppError>> + Send;
}
