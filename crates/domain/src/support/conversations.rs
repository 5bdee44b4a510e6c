//! Private conversations: started from an offer or request, between its author and one other
//! person. Nobody else reads them; no address or phone number is ever shown.

use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::time::Instant;
use crate::{AppError, text};

use super::model::{Kind, SupportId};
use crate::declare::id_type;

id_type!(ConversationId);
id_type!(MessageId);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    pub id: ConversationId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub support_id: SupportId,
    pub support_title: String,
    pub support_kind: Kind,
    /// The person who answered the offer or request.
    pub starter: Person,
    /// The author of the offer or request.
    pub owner: Person,
    pub created_at: Instant,
    pub last_message_at: Instant,
}

/// Someone as others see them: a name, never an address. An erased person has no name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: AccountId,
    pub name: String,
}

impl Conversation {
    pub fn has_member(&self, account: AccountId) -> bool {
        self.starter.id == account || self.owner.id == account
    }

    /// The other one of the two, seen from `account`.
    pub fn other_than(&self, account: AccountId) -> &Person {
        if self.starter.id == account {
            &self.owner
        } else {
            &self.starter
        }
    }
}

/// A conversation in someone's list: the other person, and how many messages wait for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationSummary {
    pub conversation: Conversation,
    pub unread: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub id: MessageId,
    pub conversation_id: ConversationId,
    pub sender: Person,
    pub body: String,
    pub created_at: Instant,
    /// Removed by a moderator: its two people see that it was, not what it said.
    pub hidden: bool,
}

pub const MESSAGE_MAX_CHARS: usize = 4000;

/// The text of a message: not empty, at most 4,000 characters.
pub fn parse_message(body: &str, field: &'static str) -> Result<String, AppError> {
    text::required(body, MESSAGE_MAX_CHARS).map_err(|message| AppError::invalid(field, message))
}

/// What the reminder about an unread message needs to know when it comes due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadReminder {
    pub conversation_id: ConversationId,
    pub recipient: AccountId,
    pub message_sent_at: Instant,
    pub recipient_read_at: Instant,
    pub recipient_reminded_at: Option<Instant>,
    pub recipient_wants_mail: bool,
    pub recipient_erased: bool,
}

impl UnreadReminder {
    /// One e-mail when a message is still unread after the hour, at most one a day for each
    /// conversation, and none for those who switched them off.
    pub fn is_due(&self, now: Instant) -> bool {
        let read = self.recipient_read_at >= self.message_sent_at;
        let reminded_today = self
            .recipient_reminded_at
            .is_some_and(|at| now - at < crate::time::Duration::days(1));
        !read && !reminded_today && self.recipient_wants_mail && !self.recipient_erased
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{Duration, now};

    fn reminder() -> UnreadReminder {
        let sent = now() - Duration::hours(1);
        UnreadReminder {
            conversation_id: ConversationId::generate(),
            recipient: AccountId::generate(),
            message_sent_at: sent,
            recipient_read_at: sent - Duration::minutes(5),
            recipient_reminded_at: None,
            recipient_wants_mail: true,
            recipient_erased: false,
        }
    }

    #[test]
    fn an_unread_message_is_mailed_about_once_a_day_at_most() {
        let at = now();
        assert!(reminder().is_due(at));
        let mut read = reminder();
        read.recipient_read_at = read.message_sent_at;
        assert!(!read.is_due(at));
        let mut reminded = reminder();
        reminded.recipient_reminded_at = Some(at - Duration::hours(23));
        assert!(!reminded.is_due(at));
        reminded.recipient_reminded_at = Some(at - Duration::hours(25));
        assert!(reminded.is_due(at));
        let mut switched_off = reminder();
        switched_off.recipient_wants_mail = false;
        assert!(!switched_off.is_due(at));
    }
}
