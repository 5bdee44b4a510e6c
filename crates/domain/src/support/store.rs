use std::future::Future;

use super::{
    Category, ChatMessage, Conversation, ConversationId, ConversationSummary, Kind, Language,
    MessageId, NewConversation, Status, SupportDraft, SupportId, SupportItem, UnreadReminder,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::time::Instant;

/// Whose eyes a list is for: sensitive requests appear only to their authors and to those who
/// may see them (see `permissions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    pub viewer: AccountId,
    pub sees_sensitive: bool,
    /// Moderators see what they hid, marked; for everyone else it does not exist.
    pub sees_hidden: bool,
}

/// The board's filters; `None` shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardFilter {
    pub kind: Option<Kind>,
    pub category: Option<Category>,
    pub language: Option<Language>,
    /// Words that must appear in the title or text.
    pub words: String,
    /// Closed, matched and expired items too.
    pub include_closed: bool,
}

/// Where the next page of a list starts: after the item created at `created_at` with `id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: Instant,
    pub id: uuid::Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}_{}", self.created_at.timestamp_millis(), self.id)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (millis, id) = text.split_once('_')?;
        Some(Self {
            created_at: chrono::DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

pub trait SupportStore: Sync {
    fn insert_support(
        &self,
        id: SupportId,
        community: CommunityId,
        author: AccountId,
        draft: &SupportDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn support(
        &self,
        id: SupportId,
    ) -> impl Future<Output = Result<Option<SupportItem>, AppError>> + Send;
    /// Rewrites it; `by` is recorded as who closed it when `status` is closed.
    fn update_support(
        &self,
        id: SupportId,
        draft: &SupportDraft,
        status: Status,
        by: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Newest first, `limit` items after `after`.
    fn support_board(
        &self,
        community: CommunityId,
        filter: &BoardFilter,
        visibility: Visibility,
        now: Instant,
        after: Option<Cursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<SupportItem>, AppError>> + Send;
    /// Open, unexpired, unhidden items that could fit `item`: the other kind, the same
    /// community and category, not by its author; newest first.
    fn support_candidates(
        &self,
        item: &SupportItem,
        visibility: Visibility,
        now: Instant,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<SupportItem>, AppError>> + Send;
}

/// Private conversations, their messages, and who has read them.
pub trait ConversationStore: Sync {
    /// The conversation `starter` began about `support`, if any.
    fn conversation_about(
        &self,
        support: SupportId,
        starter: AccountId,
    ) -> impl Future<Output = Result<Option<ConversationId>, AppError>> + Send;
    /// The direct conversation of two people in a community, if they have one.
    fn direct_conversation(
        &self,
        community: CommunityId,
        one: AccountId,
        other: AccountId,
    ) -> impl Future<Output = Result<Option<ConversationId>, AppError>> + Send;
    /// The conversation, its two people and its first message, in one transaction; false (and
    /// nothing written) when the same conversation was started at the same moment.
    fn insert_conversation(
        &self,
        conversation: &NewConversation,
        first_message: (MessageId, &str),
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    fn conversation(
        &self,
        id: ConversationId,
    ) -> impl Future<Output = Result<Option<Conversation>, AppError>> + Send;
    /// A person's conversations, the latest message first.
    fn conversations_of(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<Vec<ConversationSummary>, AppError>> + Send;
    fn messages(
        &self,
        conversation: ConversationId,
    ) -> impl Future<Output = Result<Vec<ChatMessage>, AppError>> + Send;
    fn message(
        &self,
        id: MessageId,
    ) -> impl Future<Output = Result<Option<ChatMessage>, AppError>> + Send;
    /// Adds the message and counts it unread for `recipient`, in one transaction.
    fn insert_message(
        &self,
        id: MessageId,
        conversation: ConversationId,
        sender: AccountId,
        recipient: AccountId,
        body: &str,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn mark_read(
        &self,
        conversation: ConversationId,
        reader: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Messages waiting for a person across all their conversations (kept on write).
    fn unread_total(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<i64, AppError>> + Send;
    fn unread_reminder(
        &self,
        message: MessageId,
    ) -> impl Future<Output = Result<Option<UnreadReminder>, AppError>> + Send;
    fn mark_reminded(
        &self,
        conversation: ConversationId,
        recipient: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;

    /// Whether a person wants an e-mail about messages left unread.
    fn wants_message_mails(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    fn set_message_mails(
        &self,
        account: AccountId,
        wanted: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
