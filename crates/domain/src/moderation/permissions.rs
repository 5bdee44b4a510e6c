//! Who moderates a community, and whom they may block.

use crate::accounts::{Account, AccountId};
use crate::communities::{Membership, Role};

/// A signed-in person as the moderation of one community sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moderator {
    pub account_id: AccountId,
    pub role: Option<Role>,
    pub coordinator: bool,
}

/// Someone a moderator might block: their role in the community, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Blockable {
    pub account_id: AccountId,
    pub role: Option<Role>,
    pub coordinator: bool,
}

impl Moderator {
    pub fn of(account: &Account, membership: Option<&Membership>) -> Self {
        Self {
            account_id: account.id,
            role: membership.map(|m| m.role),
            coordinator: account.is_coordinator,
        }
    }

    /// Moderators and admins of the community, and network coordinators, read its reports,
    /// decide them, block members and read its audit log.
    pub fn moderates(&self) -> bool {
        self.coordinator || self.role >= Some(Role::Moderator)
    }

    /// A moderator blocks members and organisers; only a higher role blocks a moderator or an
    /// admin, so that no moderator can lock out the people who appointed them. Only a
    /// coordinator blocks a coordinator.
    pub fn may_block(&self, person: &Blockable) -> bool {
        if !self.moderates() || person.account_id == self.account_id {
            return false;
        }
        if self.coordinator {
            return true;
        }
        if person.coordinator {
            return false;
        }
        person.role < Some(Role::Moderator) || self.role > person.role
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moderator(role: Option<Role>, coordinator: bool) -> Moderator {
        Moderator {
            account_id: AccountId::generate(),
            role,
            coordinator,
        }
    }

    fn person(role: Option<Role>, coordinator: bool) -> Blockable {
        Blockable {
            account_id: AccountId::generate(),
            role,
            coordinator,
        }
    }

    #[test]
    fn moderators_admins_and_coordinators_moderate() {
        assert!(!moderator(None, false).moderates());
        assert!(!moderator(Some(Role::Organiser), false).moderates());
        assert!(moderator(Some(Role::Moderator), false).moderates());
        assert!(moderator(Some(Role::Admin), false).moderates());
        assert!(moderator(None, true).moderates());
    }

    #[test]
    fn only_a_higher_role_blocks_a_moderator_or_an_admin() {
        let by_moderator = moderator(Some(Role::Moderator), false);
        assert!(by_moderator.may_block(&person(Some(Role::Member), false)));
        assert!(by_moderator.may_block(&person(Some(Role::Organiser), false)));
        assert!(by_moderator.may_block(&person(None, false)));
        assert!(!by_moderator.may_block(&person(Some(Role::Moderator), false)));
        assert!(!by_moderator.may_block(&person(Some(Role::Admin), false)));
        let by_admin = moderator(Some(Role::Admin), false);
        assert!(by_admin.may_block(&person(Some(Role::Moderator), false)));
        assert!(!by_admin.may_block(&person(Some(Role::Admin), false)));
        assert!(!by_admin.may_block(&person(Some(Role::Member), true)));
        assert!(moderator(None, true).may_block(&person(Some(Role::Admin), false)));
        assert!(!moderator(Some(Role::Organiser), false).may_block(&person(None, false)));
    }

    #[test]
    fn nobody_blocks_themselves() {
        let admin = moderator(Some(Role::Admin), false);
        let themselves = Blockable {
            account_id: admin.account_id,
            role: admin.role,
            coordinator: false,
        };
        assert!(!admin.may_block(&themselves));
    }
}
