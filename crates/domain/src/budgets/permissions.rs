//! Who may do what in a participatory budget. Rounds and their projects are public; members
//! vote; organisers (and network coordinators) open rounds, add projects and type in paper
//! ballots; everyone sees the results once voting has closed, organisers already while it runs.

use super::{Budget, Phase};
use crate::accounts::{Account, AccountId};
use crate::communities::{Membership, Role};
use crate::time::Instant;
use crate::{AppError, Message};

/// How the reader stands in a round's community: maybe signed in, maybe a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Standing {
    pub account: Option<AccountId>,
    pub role: Option<Role>,
    pub coordinator: bool,
}

impl Standing {
    pub fn of(account: Option<&Account>, membership: Option<&Membership>) -> Self {
        Self {
            account: account.map(|account| account.id),
            role: membership.map(|membership| membership.role),
            coordinator: account.is_some_and(|account| account.is_coordinator),
        }
    }

    pub fn is_member(&self) -> bool {
        self.account.is_some() && self.role.is_some()
    }

    pub fn is_organiser(&self) -> bool {
        self.account.is_some() && (self.coordinator || self.role >= Some(Role::Organiser))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open a new round in the community.
    OpenRound,
    /// Add a project to a round (while voting has not opened).
    AddProject,
    /// Cast one's own ballot.
    Vote,
    /// Type in the paper ballot of a resident who voted at the centre.
    RecordPaperBallot,
    /// See the votes, the selection and the published ballots.
    SeeResults,
}

pub fn can(standing: &Standing, action: Action, round: Option<&Budget>, now: Instant) -> bool {
    match action {
        Action::OpenRound | Action::AddProject | Action::RecordPaperBallot => {
            standing.is_organiser()
        }
        Action::Vote => standing.is_member(),
        Action::SeeResults => {
            standing.is_organiser() || round.is_some_and(|round| round.phase(now) == Phase::Closed)
        }
    }
}

/// The signed-in person when `can` allows them; 401 for a visitor, 403 for anyone else.
pub fn require(
    standing: &Standing,
    action: Action,
    round: Option<&Budget>,
    now: Instant,
) -> Result<AccountId, AppError> {
    match standing.account {
        None => Err(AppError::unauthorised()),
        Some(account) if can(standing, action, round, now) => Ok(account),
        Some(_) if action == Action::Vote => {
            Err(AppError::Forbidden(Message::new("error-members-only")))
        }
        Some(_) => Err(AppError::forbidden()),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration};

    use super::*;
    use crate::budgets::{BudgetId, Currency};
    use crate::communities::CommunityId;

    fn standing(role: Option<Role>, coordinator: bool) -> Standing {
        Standing {
            account: Some(AccountId::generate()),
            role,
            coordinator,
        }
    }

    fn round(opens: Instant) -> Budget {
        Budget {
            id: BudgetId::generate(),
            community_id: CommunityId::generate(),
            community_slug: "wawer".into(),
            title: "Round".into(),
            rules: String::new(),
            total_amount: 100,
            currency: Currency::parse("PLN").unwrap(),
            voting_opens_at: opens,
            voting_closes_at: opens + Duration::days(7),
            ballot_count: 0,
            created_at: opens,
        }
    }

    #[test]
    fn organisers_and_coordinators_run_rounds_and_members_vote() {
        let now = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        let open = round(now - Duration::days(1));
        let member = standing(Some(Role::Member), false);
        let organiser = standing(Some(Role::Organiser), false);
        let coordinator = standing(None, true);
        let outsider = standing(None, false);
        for action in [
            Action::OpenRound,
            Action::AddProject,
            Action::RecordPaperBallot,
        ] {
            assert!(can(&organiser, action, Some(&open), now));
            assert!(can(&coordinator, action, Some(&open), now));
            assert!(!can(&member, action, Some(&open), now));
        }
        assert!(can(&member, Action::Vote, Some(&open), now));
        assert!(!can(&outsider, Action::Vote, Some(&open), now));
        assert!(!can(&coordinator, Action::Vote, Some(&open), now));
        assert!(matches!(
            require(&Standing::default(), Action::Vote, Some(&open), now),
            Err(AppError::Unauthorised(_))
        ));
        assert!(matches!(
            require(&outsider, Action::Vote, Some(&open), now),
            Err(AppError::Forbidden(_))
        ));
    }

    #[test]
    fn results_are_for_organisers_while_voting_runs_and_for_everyone_after() {
        let now = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        let open = round(now - Duration::days(1));
        let closed = round(now - Duration::days(30));
        let member = standing(Some(Role::Member), false);
        let organiser = standing(Some(Role::Organiser), false);
        assert!(!can(&member, Action::SeeResults, Some(&open), now));
        assert!(can(&organiser, Action::SeeResults, Some(&open), now));
        assert!(can(&member, Action::SeeResults, Some(&closed), now));
        assert!(can(
            &Standing::default(),
            Action::SeeResults,
            Some(&closed),
            now
        ));
    }
}
