//! Who may see and change an offer or request, and who may read a conversation.

use super::{Conversation, SupportItem};
use crate::accounts::{Account, AccountId};
use crate::communities::{Membership, Role};

/// A signed-in person as one community sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub account_id: AccountId,
    pub role: Option<Role>,
    pub trusted_helper: bool,
}

impl Viewer {
    pub fn of(account: &Account, membership: Option<&Membership>) -> Self {
        Self {
            account_id: account.id,
            role: membership.map(|m| m.role),
            trusted_helper: membership.is_some_and(|m| m.trusted_helper),
        }
    }

    pub fn is_member(&self) -> bool {
        self.role.is_some()
    }

    /// Members only: others are told they may not (the community itself is public).
    pub fn require_member(&self) -> Result<(), crate::AppError> {
        if self.is_member() {
            Ok(())
        } else {
            Err(crate::AppError::Forbidden(crate::Message::new(
                "error-members-only",
            )))
        }
    }

    pub fn is_moderator(&self) -> bool {
        self.role >= Some(Role::Moderator)
    }

    /// Moderators, admins and trusted helpers see sensitive requests; nobody else but their
    /// authors does.
    pub fn sees_sensitive(&self) -> bool {
        self.is_moderator() || (self.is_member() && self.trusted_helper)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See it at all: in lists, counts and matches, and its own page.
    Read,
    /// Change what it says.
    Edit,
    /// Close it (its author, or a moderator tidying the board).
    Close,
    /// Start a conversation about it.
    Answer,
}

pub fn can(viewer: &Viewer, action: Action, item: &SupportItem) -> bool {
    let is_author = viewer.account_id == item.author_id;
    let reads = viewer.is_member()
        && (!item.sensitive || is_author || viewer.sees_sensitive())
        && (!item.hidden || viewer.is_moderator());
    match action {
        Action::Read => reads,
        Action::Edit => reads && is_author && !item.closed_by_moderator,
        Action::Close => reads && (is_author || viewer.is_moderator()),
        Action::Answer => reads && !is_author && !item.hidden,
    }
}

/// Only the two people in a conversation read it; a moderator may too while a report on one of
/// its messages is open.
pub fn can_read_conversation(viewer: &Viewer, conversation: &Conversation, reported: bool) -> bool {
    conversation.has_member(viewer.account_id) || (reported && viewer.is_moderator())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::communities::CommunityId;
    use crate::support::{Category, Kind, Status, SupportId};

    fn viewer(role: Option<Role>, trusted_helper: bool) -> Viewer {
        Viewer {
            account_id: AccountId::generate(),
            role,
            trusted_helper,
        }
    }

    fn sensitive_request(author: AccountId) -> SupportItem {
        let now = crate::time::now();
        SupportItem {
            id: SupportId::generate(),
            community_id: CommunityId::generate(),
            community_slug: "wawer".into(),
            author_id: author,
            author_name: "Halina".into(),
            kind: Kind::Request,
            category: Category::Emotional,
            title: "Someone to talk to".into(),
            body: "Evenings are long.".into(),
            languages: Vec::new(),
            area: String::new(),
            status: Status::Open,
            sensitive: true,
            closed_by_moderator: false,
            hidden: false,
            expires_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_sensitive_request_is_seen_by_its_author_moderators_and_trusted_helpers_only() {
        let author = viewer(Some(Role::Member), false);
        let item = sensitive_request(author.account_id);
        assert!(can(&author, Action::Read, &item));
        assert!(can(
            &viewer(Some(Role::Moderator), false),
            Action::Read,
            &item
        ));
        assert!(can(&viewer(Some(Role::Admin), false), Action::Read, &item));
        assert!(can(&viewer(Some(Role::Member), true), Action::Read, &item));
        assert!(!can(
            &viewer(Some(Role::Member), false),
            Action::Read,
            &item
        ));
        assert!(!can(
            &viewer(Some(Role::Organiser), false),
            Action::Read,
            &item
        ));
        assert!(!can(&viewer(None, true), Action::Read, &item));
    }

    #[test]
    fn only_the_author_edits_and_nobody_answers_themselves() {
        let author = viewer(Some(Role::Member), false);
        let item = sensitive_request(author.account_id);
        let moderator = viewer(Some(Role::Moderator), false);
        assert!(can(&author, Action::Edit, &item));
        assert!(!can(&moderator, Action::Edit, &item));
        assert!(can(&moderator, Action::Close, &item));
        assert!(!can(&author, Action::Answer, &item));
        assert!(can(&moderator, Action::Answer, &item));
    }

    #[test]
    fn hidden_items_are_seen_by_moderators_only_and_answered_by_nobody() {
        let author = viewer(Some(Role::Member), false);
        let mut item = sensitive_request(author.account_id);
        item.sensitive = false;
        item.hidden = true;
        let moderator = viewer(Some(Role::Moderator), false);
        assert!(can(&moderator, Action::Read, &item));
        assert!(!can(&moderator, Action::Answer, &item));
        assert!(!can(&author, Action::Read, &item));
        assert!(!can(&viewer(Some(Role::Member), true), Action::Read, &item));
    }

    #[test]
    fn what_a_moderator_closed_its_author_cannot_reopen() {
        let author = viewer(Some(Role::Member), false);
        let mut item = sensitive_request(author.account_id);
        item.status = Status::Closed;
        item.closed_by_moderator = true;
        assert!(!can(&author, Action::Edit, &item));
    }
}
