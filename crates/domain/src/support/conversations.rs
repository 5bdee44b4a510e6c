//! Private conversations between two people: started from an offer or request (its author and
//! one other person), or directly from a person's page in a community (one per pair and
//! community). Nobody else reads them; no address or phone number is ever shown.

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
    /// The offer or request it is about; none for a direct conversation.
    pub about: Option<About>,
    /// The person who wrote first (who answered the offer or request).
    pub starter: Person,
    /// The person they wrote to (the author of the offer or request).
    pub owner: Person,
    pub created_at: Instant,
    pub last_message_at: Instant,
}

/// The offer or request a conversation is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    pub id: SupportId,
    pub title: String,
    pub kind: Kind,
}

/// A conversation about to be stored, with its two people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConversation {
    pub id: ConversationId,
    pub community_id: CommunityId,
    /// None for a direct conversation.
    pub support_id: Option<SupportId>,
    pub starter: AccountId,
    pub owner: AccountId,
}

impl NewConversation {
    /// The key of a direct conversation: its two people, in an order that does not depend on
    /// who wrote first.
    pub fn pair_key(&self) -> Option<String> {
        if self.support_id.is_some() {
            return None;
        }
        let (low, high) = if self.starter.0 <= self.owner.0 {
            (self.starter, self.owner)
        } else {
            (self.owner, self.starter)
        };
        Some(format!("{low}:{high}"))
    }
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
    fn a_pair_has_one_key_whoever_writes_first() {
        let (one, other) = (AccountId::generate(), AccountId::generate());
        let direct = |starter, owner| NewConversation {
            id: ConversationId::generate(),
            community_id: CommunityId::generate(),
            support_id: None,
            starter,
            owner,
        };
        assert_eq!(direct(one, other).pair_key(), direct(other, one).pair_key());
        assert!(direct(one, other).pair_key().is_some());
        let about = NewConversation {
            support_id: Some(SupportId::generate()),
            ..direct(one, other)
        };
        assert_eq!(about.pair_key(), None);
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
