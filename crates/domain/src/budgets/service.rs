use super::{
    Action, Ballot, BallotId, Budget, BudgetDraft, BudgetId, BudgetStore, Choice, NewBallot,
    Outcome, Phase, Project, ProjectDraft, ProjectId, PublishedBallot, RoundCursor, Standing,
    require, select,
};
use crate::accounts::{Account, AccountId, AccountStore, Email};
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{Community, CommunityId, CommunityStore};
use crate::time::Instant;
use crate::{AppError, Message};

/// How the reader (signed in or not) stands in a community.
pub async fn standing(
    store: &impl CommunityStore,
    community: CommunityId,
    account: Option<&Account>,
) -> Result<Standing, AppError> {
    let membership = match account {
        Some(account) => store.membership(community, account.id).await?,
        None => None,
    };
    Ok(Standing::of(account, membership.as_ref()))
}

/// An organiser opens a new round; it goes into the audit log.
pub async fn open_round(
    store: &(impl BudgetStore + AuditStore),
    community: &Community,
    standing: &Standing,
    draft: &BudgetDraft,
    now: Instant,
) -> Result<Budget, AppError> {
    let organiser = require(standing, Action::OpenRound, None, now)?;
    let id = BudgetId::generate();
    store
        .insert_budget(id, community.id, organiser, draft, now)
        .await?;
    store
        .record_audit(
            &AuditEntry {
                community: Some(community.id),
                actor: organiser,
                action: AuditAction::BudgetCreated,
                target_type: "budget",
                target_id: id.to_string(),
                reason: draft.title.clone(),
            },
            now,
        )
        .await?;
    store
        .budget(id)
        .await?
        .ok_or(AppError::internal("round vanished after insert"))
}

/// A round by id: rounds are public, so only an unknown one is 404.
pub async fn round(store: &impl BudgetStore, id: BudgetId) -> Result<Budget, AppError> {
    store.budget(id).await?.ok_or(AppError::NotFound)
}

/// One page of a community's rounds.
pub struct RoundPage {
    pub items: Vec<Budget>,
    pub next: Option<RoundCursor>,
}

pub async fn rounds(
    store: &impl BudgetStore,
    community: &Community,
    after: Option<RoundCursor>,
    limit: u32,
) -> Result<RoundPage, AppError> {
    let mut items = store.budgets(community.id, after, limit + 1).await?;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(RoundCursor::of)
    } else {
        None
    };
    Ok(RoundPage { items, next })
}

/// An organiser adds a project while voting has not opened; afterwards it is a conflict.
pub async fn add_project(
    store: &impl BudgetStore,
    round: &Budget,
    standing: &Standing,
    draft: &ProjectDraft,
    now: Instant,
) -> Result<Project, AppError> {
    require(standing, Action::AddProject, Some(round), now)?;
    if round.phase(now) != Phase::Upcoming {
        return Err(AppError::conflict("error-budget-projects-closed"));
    }
    let id = ProjectId::generate();
    if !store.insert_project(id, round.id, draft, now).await? {
        return Err(AppError::conflict("error-budget-projects-closed"));
    }
    store
        .projects(round.id)
        .await?
        .into_iter()
        .find(|project| project.id == id)
        .ok_or(AppError::internal("project vanished after insert"))
}

/// Why a ballot cannot be cast at `now`: before or after the voting window.
pub fn require_voting(round: &Budget, now: Instant) -> Result<(), AppError> {
    match round.phase(now) {
        Phase::Open => Ok(()),
        Phase::Upcoming => Err(AppError::conflict("error-budget-not-open-yet")),
        Phase::Closed => Err(AppError::conflict("error-budget-closed")),
    }
}

/// A member casts their one ballot while voting is open.
pub async fn cast(
    store: &impl BudgetStore,
    round: &Budget,
    standing: &Standing,
    project_ids: &[String],
    now: Instant,
) -> Result<Ballot, AppError> {
    let voter = require(standing, Action::Vote, Some(round), now)?;
    require_voting(round, now)?;
    if store.ballot_of(round.id, voter).await?.is_some() {
        return Err(AppError::conflict("error-budget-already-voted"));
    }
    let projects = store.projects(round.id).await?;
    let choice = Choice::parse(project_ids, &projects, round.total_amount)?;
    store_ballot(store, round, voter, None, choice, now).await
}

async fn store_ballot(
    store: &impl BudgetStore,
    round: &Budget,
    voter: AccountId,
    recorded_by: Option<AccountId>,
    choice: Choice,
    now: Instant,
) -> Result<Ballot, AppError> {
    let ballot = NewBallot {
        id: BallotId::generate(),
        budget: round.id,
        voter,
        recorded_by,
        choice,
    };
    store.insert_ballot(&ballot, now).await?;
    Ok(Ballot {
        id: ballot.id,
        budget_id: round.id,
        projects: ballot.choice.projects,
        paper: recorded_by.is_some(),
        created_at: now,
    })
}

/// An organiser types in the paper ballot of a resident who voted at the centre. The resident,
/// named by e-mail address, must be a member, and still has one ballot only. The audit log
/// keeps who typed one in for which round, never what it says or whose it is.
pub async fn record_paper_ballot(
    store: &(impl BudgetStore + AccountStore + CommunityStore + AuditStore),
    round: &Budget,
    standing: &Standing,
    email: &str,
    project_ids: &[String],
    now: Instant,
) -> Result<Ballot, AppError> {
    let organiser = require(standing, Action::RecordPaperBallot, Some(round), now)?;
    require_voting(round, now)?;
    let voter = member_by_email(store, round.community_id, email).await?;
    if store.ballot_of(round.id, voter).await?.is_some() {
        return Err(AppError::field_conflict(
            "email",
            "error-budget-resident-already-voted",
        ));
    }
    let projects = store.projects(round.id).await?;
    let choice = Choice::parse(project_ids, &projects, round.total_amount)?;
    let ballot = store_ballot(store, round, voter, Some(organiser), choice, now).await?;
    store
        .record_audit(
            &AuditEntry {
                community: Some(round.community_id),
                actor: organiser,
                action: AuditAction::PaperBallotRecorded,
                target_type: "budget",
                target_id: round.id.to_string(),
                reason: String::new(),
            },
            now,
        )
        .await?;
    Ok(ballot)
}

/// The member with this e-mail address; the same answer for an unknown address as for someone
/// who is not a member, so that the form tells nobody who has an account.
async fn member_by_email(
    store: &(impl AccountStore + CommunityStore),
    community: CommunityId,
    email: &str,
) -> Result<AccountId, AppError> {
    if email.trim().is_empty() {
        return Err(AppError::invalid(
            "email",
            Message::new("error-budget-resident-email-missing"),
        ));
    }
    let email = Email::parse(email).map_err(|message| AppError::invalid("email", message))?;
    let not_member = || AppError::invalid("email", Message::new("error-budget-resident-unknown"));
    let (account, _) = store
        .account_by_email(&email)
        .await?
        .ok_or_else(not_member)?;
    match store.membership(community, account.id).await? {
        Some(_) => Ok(account.id),
        None => Err(not_member()),
    }
}

/// The reader's own ballot in the round, if they have one.
pub async fn own_ballot(
    store: &impl BudgetStore,
    round: &Budget,
    standing: &Standing,
) -> Result<Option<Ballot>, AppError> {
    match standing.account {
        Some(account) => store.ballot_of(round.id, account).await,
        None => Ok(None),
    }
}

/// The results by the contract's rule: public once voting has closed; organisers see the
/// running tally while it is open; anyone else is told to wait (a conflict).
pub async fn results(
    store: &impl BudgetStore,
    round: &Budget,
    standing: &Standing,
    now: Instant,
) -> Result<Outcome, AppError> {
    require_results(round, standing, now)?;
    let projects = store.projects(round.id).await?;
    Ok(select(round.total_amount, projects))
}

/// Every ballot of the round, to recount: visible when the results are.
pub async fn published_ballots(
    store: &impl BudgetStore,
    round: &Budget,
    standing: &Standing,
    now: Instant,
) -> Result<Vec<PublishedBallot>, AppError> {
    require_results(round, standing, now)?;
    store.published_ballots(round.id).await
}

fn require_results(round: &Budget, standing: &Standing, now: Instant) -> Result<(), AppError> {
    if super::can(standing, Action::SeeResults, Some(round), now) {
        Ok(())
    } else {
        Err(AppError::conflict("error-budget-results-later"))
    }
}
