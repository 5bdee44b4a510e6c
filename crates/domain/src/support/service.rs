use super::{
    Action, ChatMessage, Conversation, ConversationId, ConversationStore, MessageId,
    NewConversation, Status, SupportDraft, SupportId, SupportItem, SupportStore, Viewer, can,
    can_read_conversation, parse_message,
};
use super::{BoardFilter, Cursor, Language, Visibility};
use crate::accounts::{Account, AccountId};
use crate::communities::{Community, CommunityId, CommunityStore};
use crate::jobs::{JobKind, JobQueue};
use crate::moderation::ReportStore;
use crate::time::{Duration, Instant};
use crate::{AppError, Message};

/// How a person sees one community.
pub async fn viewer_in(
    store: &impl CommunityStore,
    community: CommunityId,
    account: &Account,
) -> Result<Viewer, AppError> {
    let membership = store.membership(community, account.id).await?;
    Ok(Viewer::of(account, membership.as_ref()))
}

pub async fn create(
    store: &impl SupportStore,
    community: &Community,
    viewer: &Viewer,
    draft: &SupportDraft,
    now: Instant,
) -> Result<SupportItem, AppError> {
    viewer.require_member()?;
    let id = SupportId::generate();
    store
        .insert_support(id, community.id, viewer.account_id, draft, now)
        .await?;
    store
        .support(id)
        .await?
        .ok_or(AppError::internal("offer or request vanished after insert"))
}

/// An offer or request as `account` may see it: 404 when it is hidden from them.
pub async fn find(
    store: &(impl SupportStore + CommunityStore),
    account: &Account,
    id: SupportId,
) -> Result<(SupportItem, Viewer), AppError> {
    let item = store.support(id).await?.ok_or(AppError::NotFound)?;
    let viewer = viewer_in(store, item.community_id, account).await?;
    if can(&viewer, Action::Read, &item) {
        Ok((item, viewer))
    } else {
        Err(AppError::NotFound)
    }
}

/// Rewrites an offer or request (its author only); `status` may reopen or close it too.
pub async fn edit(
    store: &(impl SupportStore + CommunityStore),
    account: &Account,
    id: SupportId,
    draft: &SupportDraft,
    status: Status,
    now: Instant,
) -> Result<SupportItem, AppError> {
    let (item, viewer) = find(store, account, id).await?;
    if !can(&viewer, Action::Edit, &item) {
        return Err(AppError::forbidden());
    }
    if draft.kind != item.kind {
        return Err(AppError::invalid(
            "kind",
            Message::new("error-support-kind-fixed"),
        ));
    }
    store
        .update_support(id, draft, status, account.id, now)
        .await?;
    store.support(id).await?.ok_or(AppError::NotFound)
}

/// Sets the status alone: the author marks it matched or closed; a moderator may close it.
pub async fn set_status(
    store: &(impl SupportStore + CommunityStore),
    account: &Account,
    id: SupportId,
    status: Status,
    now: Instant,
) -> Result<SupportItem, AppError> {
    let (item, viewer) = find(store, account, id).await?;
    let allowed = match status {
        Status::Closed => can(&viewer, Action::Close, &item),
        Status::Open | Status::Matched => can(&viewer, Action::Edit, &item),
    };
    if !allowed {
        return Err(AppError::forbidden());
    }
    let draft = SupportDraft {
        kind: item.kind,
        category: item.category,
        title: item.title.clone(),
        body: item.body.clone(),
        languages: item.languages.clone(),
        area: item.area.clone(),
        sensitive: item.sensitive,
        expires_on: item.expires_on(),
    };
    store
        .update_support(id, &draft, status, account.id, now)
        .await?;
    store.support(id).await?.ok_or(AppError::NotFound)
}

/// One page of the board.
pub struct BoardPage {
    pub items: Vec<SupportItem>,
    pub next: Option<Cursor>,
}

pub async fn board(
    store: &impl SupportStore,
    community: &Community,
    viewer: &Viewer,
    filter: &BoardFilter,
    after: Option<Cursor>,
    limit: u32,
    now: Instant,
) -> Result<BoardPage, AppError> {
    viewer.require_member()?;
    let visibility = Visibility {
        viewer: viewer.account_id,
        sees_sensitive: viewer.sees_sensitive(),
        sees_hidden: viewer.is_moderator(),
    };
    let mut items = store
        .support_board(community.id, filter, visibility, now, after, limit + 1)
        .await?;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|item| Cursor {
            created_at: item.created_at,
            id: item.id.0,
        })
    } else {
        None
    };
    Ok(BoardPage { items, next })
}

/// An item that fits another, and why: the category they share, and the languages both name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub item: SupportItem,
    pub shared_languages: Vec<Language>,
}

/// How many fitting items a detail page and the API show.
pub const MATCH_LIMIT: usize = 10;
/// How many of the newest candidates are ranked by language.
const MATCH_CANDIDATES: u32 = 100;

/// Open items of the other kind in the same community and category that the viewer may see: a
/// shared language first, then the newest.
pub async fn matches(
    store: &impl SupportStore,
    viewer: &Viewer,
    item: &SupportItem,
    now: Instant,
) -> Result<Vec<Match>, AppError> {
    let visibility = Visibility {
        viewer: viewer.account_id,
        sees_sensitive: viewer.sees_sensitive(),
        sees_hidden: viewer.is_moderator(),
    };
    let candidates = store
        .support_candidates(item, visibility, now, MATCH_CANDIDATES)
        .await?;
    let mut found: Vec<Match> = candidates
        .into_iter()
        .filter(|candidate| can(viewer, Action::Read, candidate))
        .map(|candidate| Match {
            shared_languages: item.shared_languages(&candidate),
            item: candidate,
        })
        .collect();
    // More languages in common first; the sort is stable, so the newest first among equals.
    found.sort_by_key(|found| std::cmp::Reverse(found.shared_languages.len()));
    found.truncate(MATCH_LIMIT);
    Ok(found)
}

/// "I can help" / "I need this": opens a conversation with the author, or continues the one
/// this person already has about it, with a first message.
pub async fn answer(
    store: &(impl SupportStore + ConversationStore + CommunityStore + JobQueue),
    account: &Account,
    id: SupportId,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<Conversation, AppError> {
    let body = parse_message(body, "message")?;
    let (item, viewer) = find(store, account, id).await?;
    if !can(&viewer, Action::Answer, &item) {
        return Err(AppError::invalid(
            "message",
            Message::new("error-support-own"),
        ));
    }
    if !item.is_active(now) {
        return Err(AppError::conflict("error-support-not-open"));
    }
    let existing = store.conversation_about(id, account.id).await?;
    let new = NewConversation {
        id: ConversationId::generate(),
        community_id: item.community_id,
        support_id: Some(item.id),
        starter: account.id,
        owner: item.author_id,
    };
    let started =
        start_or_continue(store, existing, &new, account, &body, remind_after, now).await?;
    let conversation_id = match started {
        Some(started) => started,
        // The same person answered twice at the same moment: the first answer's conversation.
        None => {
            let first = store.conversation_about(id, account.id).await?;
            start_or_continue(store, first, &new, account, &body, remind_after, now)
                .await?
                .ok_or(AppError::internal("conversation vanished"))?
        }
    };
    store
        .conversation(conversation_id)
        .await?
        .ok_or(AppError::internal("conversation vanished after insert"))
}

/// Writes in the conversation that exists, or starts `new` with the message. `None` when `new`
/// was started by someone else at the same moment: the caller finds it and writes there.
async fn start_or_continue(
    store: &(impl ConversationStore + JobQueue),
    existing: Option<ConversationId>,
    new: &NewConversation,
    account: &Account,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<Option<ConversationId>, AppError> {
    if let Some(existing) = existing {
        let conversation = store
            .conversation(existing)
            .await?
            .ok_or(AppError::NotFound)?;
        // An erased person has no name and reads nothing any more.
        if conversation.other_than(account.id).name.is_empty() {
            return Err(AppError::conflict("error-conversation-closed"));
        }
        deliver(store, &conversation, account, body, remind_after, now).await?;
        return Ok(Some(existing));
    }
    let message = MessageId::generate();
    if !store.insert_conversation(new, (message, body), now).await? {
        return Ok(None);
    }
    remind_later(store, message, remind_after, now).await?;
    Ok(Some(new.id))
}

/// A private conversation between two members of a community that is about no offer or
/// request (one per pair and community), started or continued with a message. The callers
/// check that the writer may reach the person (see `profiles::write_to`); here both must be
/// members, and the two must be different people.
pub async fn write_directly(
    store: &(impl ConversationStore + CommunityStore + JobQueue),
    community: &Community,
    account: &Account,
    person: AccountId,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<Conversation, AppError> {
    let body = parse_message(body, "message")?;
    viewer_in(store, community.id, account)
        .await?
        .require_member()?;
    if store.membership(community.id, person).await?.is_none() {
        return Err(AppError::NotFound);
    }
    if person == account.id {
        return Err(AppError::invalid(
            "message",
            Message::new("error-profile-message-self"),
        ));
    }
    let new = NewConversation {
        id: ConversationId::generate(),
        community_id: community.id,
        support_id: None,
        starter: account.id,
        owner: person,
    };
    let existing = store
        .direct_conversation(community.id, account.id, person)
        .await?;
    let started =
        start_or_continue(store, existing, &new, account, &body, remind_after, now).await?;
    let id = match started {
        Some(id) => id,
        // Both wrote first at the same moment: the other's conversation is the one.
        None => {
            let first = store
                .direct_conversation(community.id, account.id, person)
                .await?;
            start_or_continue(store, first, &new, account, &body, remind_after, now)
                .await?
                .ok_or(AppError::internal("conversation vanished"))?
        }
    };
    store
        .conversation(id)
        .await?
        .ok_or(AppError::internal("conversation vanished after insert"))
}

/// A conversation with its messages, for one of its two people (or a moderator while a report
/// is open); reading it marks it read. Its two people get hidden messages without their text.
pub async fn open_conversation(
    store: &(impl ConversationStore + ReportStore + CommunityStore),
    account: &Account,
    id: ConversationId,
    now: Instant,
) -> Result<(Conversation, Vec<ChatMessage>), AppError> {
    let conversation = readable_conversation(store, account, id).await?;
    let mut messages = store.messages(id).await?;
    if conversation.has_member(account.id) {
        store.mark_read(id, account.id, now).await?;
        // Its two people learn that a moderator removed a message, not what it said.
        for message in messages.iter_mut().filter(|message| message.hidden) {
            message.body.clear();
        }
    }
    Ok((conversation, messages))
}

async fn readable_conversation(
    store: &(impl ConversationStore + ReportStore + CommunityStore),
    account: &Account,
    id: ConversationId,
) -> Result<Conversation, AppError> {
    let conversation = store.conversation(id).await?.ok_or(AppError::NotFound)?;
    if conversation.has_member(account.id) {
        return Ok(conversation);
    }
    let viewer = viewer_in(store, conversation.community_id, account).await?;
    let reported = viewer.is_moderator() && store.conversation_is_reported(id).await?;
    if can_read_conversation(&viewer, &conversation, reported) {
        Ok(conversation)
    } else {
        Err(AppError::NotFound)
    }
}

/// A new message from one of the two people.
pub async fn send(
    store: &(impl ConversationStore + JobQueue),
    account: &Account,
    id: ConversationId,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<(Conversation, ChatMessage), AppError> {
    let body = parse_message(body, "body")?;
    let conversation = store.conversation(id).await?.ok_or(AppError::NotFound)?;
    if !conversation.has_member(account.id) {
        return Err(AppError::NotFound);
    }
    // An erased person has no name and reads nothing any more.
    if conversation.other_than(account.id).name.is_empty() {
        return Err(AppError::conflict("error-conversation-closed"));
    }
    let message = deliver(store, &conversation, account, &body, remind_after, now).await?;
    Ok((conversation, message))
}

/// Stores the message, marks the conversation read for its sender, and queues the reminder the
/// recipient gets if it is still unread after `remind_after`.
async fn deliver(
    store: &(impl ConversationStore + JobQueue),
    conversation: &Conversation,
    sender: &Account,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<ChatMessage, AppError> {
    let id = MessageId::generate();
    let recipient = conversation.other_than(sender.id).id;
    store
        .insert_message(id, conversation.id, sender.id, recipient, body, now)
        .await?;
    remind_later(store, id, remind_after, now).await?;
    store
        .message(id)
        .await?
        .ok_or(AppError::internal("message vanished after insert"))
}

/// Queues the one reminder the recipient gets if the message is still unread after the delay.
async fn remind_later(
    store: &impl JobQueue,
    message: MessageId,
    remind_after: Duration,
    now: Instant,
) -> Result<(), AppError> {
    store
        .enqueue(
            JobKind::UnreadReminder,
            &serde_json::json!({ "message_id": message }),
            now + remind_after,
        )
        .await?;
    Ok(())
}
