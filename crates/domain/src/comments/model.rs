use chrono::TimeDelta;

use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, text};

id_type!(
    /// A comment.
    CommentId
);

named_enum!(
    /// What a comment is on. Events and stories take comments once they exist.
    CommentTarget, "error-comment-target-unknown", {
        Initiative = "initiative",
        Event = "event",
        Story = "story",
    }
);

pub const COMMENT_MAX_CHARS: usize = 5_000;

/// How long its author may still change what a comment says.
pub const EDIT_WINDOW: TimeDelta = TimeDelta::minutes(15);

/// A comment's text: required, within its length.
pub fn comment_body(body: &str) -> Result<String, AppError> {
    text::required(body, COMMENT_MAX_CHARS).map_err(|message| AppError::invalid("body", message))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: CommentId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub target: CommentTarget,
    pub target_id: String,
    /// The top-level comment of its thread; `None` for a top-level comment.
    pub parent_id: Option<CommentId>,
    pub author: Person,
    /// Empty once deleted.
    pub body: String,
    pub created_at: Instant,
    pub edited_at: Option<Instant>,
    pub deleted: bool,
    /// Hidden by a moderator: shown to moderators only, to others as removed.
    pub hidden: bool,
}

impl Comment {
    /// Whether its author may still change it at `now`.
    pub fn editable_at(&self, now: Instant) -> bool {
        !self.deleted && !self.hidden && now - self.created_at <= EDIT_WINDOW
    }

    /// The thread it belongs to: its own id for a top-level comment.
    pub fn thread(&self) -> CommentId {
        self.parent_id.unwrap_or(self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(created_at: Instant) -> Comment {
        Comment {
            id: CommentId::generate(),
            community_id: CommunityId::generate(),
            community_slug: "wawer".into(),
            target: CommentTarget::Initiative,
            target_id: String::new(),
            parent_id: None,
            author: Person {
                id: crate::accounts::AccountId::generate(),
                name: "Halina".into(),
            },
            body: "Yes!".into(),
            created_at,
            edited_at: None,
            deleted: false,
            hidden: false,
        }
    }

    #[test]
    fn a_comment_is_editable_for_fifteen_minutes() {
        let now = crate::time::now();
        assert!(comment(now - TimeDelta::minutes(15)).editable_at(now));
        assert!(!comment(now - TimeDelta::minutes(16)).editable_at(now));
        let mut removed = comment(now);
        removed.deleted = true;
        assert!(!removed.editable_at(now));
    }

    #[test]
    fn a_body_is_required() {
        assert!(comment_body("  ").is_err());
        assert_eq!(
            comment_body(" Good idea ").ok().as_deref(),
            Some("Good idea")
        );
    }
}
