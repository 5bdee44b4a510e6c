//! How a reader stands in a community, for what the community makes together (initiatives,
//! comments, budgets): anyone may read it; members take part; organisers run it; moderators also
//! see what they hid. Coordinators may do everything an admin may.

use crate::accounts::{Account, AccountId};
use crate::communities::{Membership, Role};
use crate::{AppError, Message};

/// The reader of a community's initiatives: maybe signed in, maybe a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Participant {
    pub account: Option<AccountId>,
    pub role: Option<Role>,
    pub coordinator: bool,
}

impl Participant {
    pub fn of(account: Option<&Account>, membership: Option<&Membership>) -> Self {
        Self {
            account: account.map(|account| account.id),
            role: membership.map(|membership| membership.role),
            coordinator: account.is_some_and(|account| account.is_coordinator),
        }
    }

    /// The signed-in member, or why not: 401 for a visitor, 403 for someone from elsewhere.
    pub fn member(&self) -> Result<AccountId, AppError> {
        match (self.account, self.role) {
            (None, _) => Err(AppError::unauthorised()),
            (Some(_), None) => Err(AppError::Forbidden(Message::new("error-members-only"))),
            (Some(account), Some(_)) => Ok(account),
        }
    }

    fn at_least(&self, role: Role) -> bool {
        self.coordinator || self.role >= Some(role)
    }

    /// Organisers answer initiatives and move them on.
    pub fn organiser(&self) -> Result<AccountId, AppError> {
        match self.account {
            None => Err(AppError::unauthorised()),
            Some(account) if self.at_least(Role::Organiser) => Ok(account),
            Some(_) => Err(AppError::forbidden()),
        }
    }

    pub fn is_organiser(&self) -> bool {
        self.account.is_some() && self.at_least(Role::Organiser)
    }

    /// Moderators see hidden content, marked as hidden; for everyone else it does not exist.
    pub fn sees_hidden(&self) -> bool {
        self.account.is_some() && self.at_least(Role::Moderator)
    }

    pub fn is(&self, account: AccountId) -> bool {
        self.account == Some(account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn participant(role: Option<Role>, coordinator: bool) -> Participant {
        Participant {
            account: Some(AccountId::generate()),
            role,
            coordinator,
        }
    }

    #[test]
    fn visitors_and_outsiders_are_told_apart() {
        assert!(matches!(
            Participant::default().member(),
            Err(AppError::Unauthorised(_))
        ));
        assert!(matches!(
            participant(None, false).member(),
            Err(AppError::Forbidden(_))
        ));
        assert!(participant(Some(Role::Member), false).member().is_ok());
    }

    #[test]
    fn organisers_answer_and_moderators_see_hidden() {
        assert!(participant(Some(Role::Member), false).organiser().is_err());
        assert!(
            participant(Some(Role::Organiser), false)
                .organiser()
                .is_ok()
        );
        assert!(!participant(Some(Role::Organiser), false).sees_hidden());
        assert!(participant(Some(Role::Moderator), false).sees_hidden());
        assert!(participant(None, true).sees_hidden());
        assert!(!Participant::default().sees_hidden());
    }
}
