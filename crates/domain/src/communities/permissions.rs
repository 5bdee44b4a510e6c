//! Who may do what in a community, decided in one place.

use super::Role;
use crate::accounts::Account;

/// The signed-in person and their role in the community at hand, if any.
pub struct Actor<'a> {
    pub account: &'a Account,
    pub role: Option<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    CreateCommunity,
    SetRole,
    SetTrustedHelper,
    /// The accent colour and the cover photo.
    ChangeFace,
}

pub fn can(actor: &Actor<'_>, action: Action) -> bool {
    if actor.account.is_coordinator {
        return true;
    }
    match action {
        Action::CreateCommunity => false,
        Action::SetRole => actor.role >= Some(Role::Admin),
        Action::SetTrustedHelper => actor.role >= Some(Role::Moderator),
        Action::ChangeFace => actor.role >= Some(Role::Admin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;
    use crate::accounts::{AccountId, DisplayName, Email};

    fn person(is_coordinator: bool) -> Account {
        Account {
            id: AccountId::generate(),
            email: Email::parse("a@example.org").unwrap(),
            display_name: DisplayName::parse("A").unwrap(),
            locale: Locale::En,
            email_verified: true,
            is_coordinator,
            created_at: crate::time::now(),
        }
    }

    #[test]
    fn roles_grant_what_the_contract_says() {
        let resident = person(false);
        let as_role = |role| Actor {
            account: &resident,
            role,
        };
        assert!(!can(&as_role(None), Action::SetTrustedHelper));
        assert!(!can(
            &as_role(Some(Role::Organiser)),
            Action::SetTrustedHelper
        ));
        assert!(can(
            &as_role(Some(Role::Moderator)),
            Action::SetTrustedHelper
        ));
        assert!(!can(&as_role(Some(Role::Moderator)), Action::SetRole));
        assert!(can(&as_role(Some(Role::Admin)), Action::SetRole));
        assert!(can(&as_role(Some(Role::Admin)), Action::ChangeFace));
        assert!(!can(&as_role(Some(Role::Moderator)), Action::ChangeFace));
        assert!(!can(&as_role(Some(Role::Admin)), Action::CreateCommunity));
    }

    #[test]
    fn a_coordinator_may_do_everything() {
        let coordinator = person(true);
        let actor = Actor {
            account: &coordinator,
            role: None,
        };
        for action in [
            Action::CreateCommunity,
            Action::SetRole,
            Action::SetTrustedHelper,
            Action::ChangeFace,
        ] {
            assert!(can(&actor, action));
        }
    }
}
