//! Private conversations on either engine: the conversation with both people's names, its
//! messages, the unread counters kept on write, and what the unread reminder reads.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::support::{
    About, ChatMessage, Conversation, ConversationId, ConversationStore, ConversationSummary, Kind,
    MessageId, NewConversation, Person, SupportId, UnreadReminder,
};
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::sql::{DbError, Row, Tx, params};

/// A conversation with the title of what it is about and both people's names:
/// `conversation_columns` from `conversations c` joined by `conversation_joins`.
macro_rules! conversation_columns {
    () => {
        "c.id, c.community_id, c.support_id, s.title, s.kind, c.starter_id, st.display_name, \
         c.owner_id, ow.display_name, c.created_at, c.last_message_at, co.slug"
    };
}

/// A direct conversation is about no offer or request: its `s` columns are null.
macro_rules! conversation_joins {
    () => {
        " LEFT JOIN support_items s ON s.id = c.support_id \
         JOIN accounts st ON st.id = c.starter_id JOIN accounts ow ON ow.id = c.owner_id \
         JOIN communities co ON co.id = c.community_id"
    };
}

fn read_conversation(row: &dyn Row) -> Result<Conversation, DbError> {
    let about = match (
        row.optional_text(2)?,
        row.optional_text(3)?,
        row.optional_text(4)?,
    ) {
        (Some(id), Some(title), Some(kind)) => Some(About {
            id: SupportId(uuid(&id)?),
            title,
            kind: stored("kind", Kind::parse(&kind))?,
        }),
        _ => None,
    };
    Ok(Conversation {
        id: ConversationId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(11)?,
        about,
        starter: Person {
            id: AccountId(uuid(&row.text(5)?)?),
            name: row.text(6)?,
        },
        owner: Person {
            id: AccountId(uuid(&row.text(7)?)?),
            name: row.text(8)?,
        },
        created_at: instant(row.int(9)?)?,
        last_message_at: instant(row.int(10)?)?,
    })
}

macro_rules! message_select {
    () => {
        "SELECT m.id, m.conversation_id, m.sender_id, a.display_name, m.body, m.created_at, \
         CASE WHEN m.hidden_at IS NULL THEN 0 ELSE 1 END FROM messages m JOIN accounts a ON a.id = m.sender_id"
    };
}

fn read_message(row: &dyn Row) -> Result<ChatMessage, DbError> {
    Ok(ChatMessage {
        id: MessageId(uuid(&row.text(0)?)?),
        conversation_id: ConversationId(uuid(&row.text(1)?)?),
        sender: Person {
            id: AccountId(uuid(&row.text(2)?)?),
            name: row.text(3)?,
        },
        body: row.text(4)?,
        created_at: instant(row.int(5)?)?,
        hidden: row.flag(6)?,
    })
}

/// A message as it is written: from one of a conversation's two people to the other.
struct MessageWrite<'a> {
    id: MessageId,
    conversation: ConversationId,
    sender: AccountId,
    recipient: AccountId,
    body: &'a str,
    at: Instant,
}

/// Adds the message, moves the conversation's last-message time, counts it unread for the
/// recipient and marks everything read for its sender.
async fn write_message(tx: &mut Tx, message: &MessageWrite<'_>) -> Result<(), DbError> {
    let conversation = message.conversation.to_string();
    let at = millis(message.at);
    tx.execute(
        "INSERT INTO messages (id, conversation_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4, $5)",
        params![
            message.id.to_string(),
            &conversation,
            message.sender.to_string(),
            message.body,
            at
        ],
    )
    .await?;
    tx.execute(
        "UPDATE conversations SET last_message_at = $1 WHERE id = $2",
        params![at, &conversation],
    )
    .await?;
    tx.execute(
        "UPDATE conversation_members SET unread = unread + 1 WHERE conversation_id = $1 AND account_id = $2",
        params![&conversation, message.recipient.to_string()],
    )
    .await?;
    tx.execute(
        "UPDATE conversation_members SET unread = 0, last_read_at = $1 WHERE conversation_id = $2 AND account_id = $3",
        params![at, &conversation, message.sender.to_string()],
    )
    .await?;
    Ok(())
}

/// How many conversations a person's list shows, the latest first.
const CONVERSATION_LIMIT: i64 = 200;

impl ConversationStore for Db {
    async fn conversation_about(
        &self,
        support: SupportId,
        starter: AccountId,
    ) -> Result<Option<ConversationId>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT id FROM conversations WHERE support_id = $1 AND starter_id = $2",
                params![support.to_string(), starter.to_string()],
                &|row| Ok(ConversationId(uuid(&row.text(0)?)?)),
            )
            .await?)
    }

    async fn direct_conversation(
        &self,
        community: CommunityId,
        one: AccountId,
        other: AccountId,
    ) -> Result<Option<ConversationId>, AppError> {
        let pair = NewConversation {
            id: ConversationId::generate(),
            community_id: community,
            support_id: None,
            starter: one,
            owner: other,
        }
        .pair_key();
        Ok(self
            .fetch_optional(
                "SELECT id FROM conversations WHERE community_id = $1 AND pair_key = $2",
                params![community.0.to_string(), pair],
                &|row| Ok(ConversationId(uuid(&row.text(0)?)?)),
            )
            .await?)
    }

    async fn insert_conversation(
        &self,
        conversation: &NewConversation,
        (message, body): (MessageId, &str),
        now: Instant,
    ) -> Result<bool, AppError> {
        let id = conversation.id;
        let (starter, owner) = (conversation.starter, conversation.owner);
        let inserted = self
            .transaction(async |tx| {
                // The same conversation started at the same moment (the same answer twice, or
                // two people writing to each other first): the later one writes nothing.
                let inserted = tx
                    .execute(
                        "INSERT INTO conversations (id, community_id, support_id, starter_id, owner_id, pair_key, \
                         created_at, last_message_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING",
                        params![
                            id.to_string(),
                            conversation.community_id.0.to_string(),
                            conversation.support_id.map(|support| support.to_string()),
                            starter.to_string(),
                            owner.to_string(),
                            conversation.pair_key(),
                            millis(now),
                        ],
                    )
                    .await?;
                if inserted == 0 {
                    return Ok(false);
                }
                // Nothing read yet: the first message marks its sender's side read.
                for member in [starter, owner] {
                tx.execute(
                    "INSERT INTO conversation_members (conversation_id, account_id, unread, last_read_at) \
                     VALUES ($1, $2, 0, 0)",
                    params![id.to_string(), member.to_string()],
                )
                .await?;
            }
                let first = MessageWrite {
                    id: message,
                    conversation: id,
                    sender: starter,
                    recipient: owner,
                    body,
                    at: now,
                };
                write_message(tx, &first).await?;
                Ok(true)
            })
            .await?;
        Ok(inserted)
    }

    async fn conversation(&self, id: ConversationId) -> Result<Option<Conversation>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT ",
                    conversation_columns!(),
                    " FROM conversations c",
                    conversation_joins!(),
                    " WHERE c.id = $1"
                ),
                params![id.to_string()],
                &read_conversation,
            )
            .await?)
    }

    async fn conversations_of(
        &self,
        account: AccountId,
    ) -> Result<Vec<ConversationSummary>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    "SELECT ",
                    conversation_columns!(),
                    ", m.unread FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id",
                    conversation_joins!(),
                    " WHERE m.account_id = $1 ORDER BY c.last_message_at DESC LIMIT $2"
                ),
                params![account.to_string(), CONVERSATION_LIMIT],
                &|row| {
                    Ok(ConversationSummary {
                        conversation: read_conversation(row)?,
                        unread: row.int(12)?,
                    })
                },
            )
            .await?)
    }

    async fn messages(&self, conversation: ConversationId) -> Result<Vec<ChatMessage>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    message_select!(),
                    " WHERE m.conversation_id = $1 ORDER BY m.created_at, m.id"
                ),
                params![conversation.to_string()],
                &read_message,
            )
            .await?)
    }

    async fn message(&self, id: MessageId) -> Result<Option<ChatMessage>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(message_select!(), " WHERE m.id = $1"),
                params![id.to_string()],
                &read_message,
            )
            .await?)
    }

    async fn insert_message(
        &self,
        id: MessageId,
        conversation: ConversationId,
        sender: AccountId,
        recipient: AccountId,
        body: &str,
        now: Instant,
    ) -> Result<(), AppError> {
        let message = MessageWrite {
            id,
            conversation,
            sender,
            recipient,
            body,
            at: now,
        };
        self.transaction(async |tx| write_message(tx, &message).await)
            .await?;
        Ok(())
    }

    async fn mark_read(
        &self,
        conversation: ConversationId,
        reader: AccountId,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE conversation_members SET unread = 0, last_read_at = $1 WHERE conversation_id = $2 AND account_id = $3",
            params![millis(now), conversation.to_string(), reader.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn unread_total(&self, account: AccountId) -> Result<i64, AppError> {
        Ok(self
            .fetch_one(
                "SELECT CAST(COALESCE(SUM(unread), 0) AS BIGINT) FROM conversation_members WHERE account_id = $1",
                params![account.to_string()],
                &|row| row.int(0),
            )
            .await?)
    }

    async fn unread_reminder(
        &self,
        message: MessageId,
    ) -> Result<Option<UnreadReminder>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT m.conversation_id, cm.account_id, m.created_at, cm.last_read_at, cm.reminded_at, \
                 a.message_mails, a.erased_at FROM messages m \
                 JOIN conversation_members cm ON cm.conversation_id = m.conversation_id AND cm.account_id <> m.sender_id \
                 JOIN accounts a ON a.id = cm.account_id WHERE m.id = $1",
                params![message.to_string()],
                &|row| {
                    Ok(UnreadReminder {
                        conversation_id: ConversationId(uuid(&row.text(0)?)?),
                        recipient: AccountId(uuid(&row.text(1)?)?),
                        message_sent_at: instant(row.int(2)?)?,
                        recipient_read_at: instant(row.int(3)?)?,
                        recipient_reminded_at: row.optional_int(4)?.map(instant).transpose()?,
                        recipient_wants_mail: row.flag(5)?,
                        recipient_erased: row.optional_int(6)?.is_some(),
                    })
                },
            )
            .await?)
    }

    async fn mark_reminded(
        &self,
        conversation: ConversationId,
        recipient: AccountId,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE conversation_members SET reminded_at = $1 WHERE conversation_id = $2 AND account_id = $3",
            params![millis(now), conversation.to_string(), recipient.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn wants_message_mails(&self, account: AccountId) -> Result<bool, AppError> {
        Ok(self
            .fetch_one(
                "SELECT message_mails FROM accounts WHERE id = $1",
                params![account.to_string()],
                &|row| row.flag(0),
            )
            .await?)
    }

    async fn set_message_mails(&self, account: AccountId, wanted: bool) -> Result<(), AppError> {
        self.execute(
            "UPDATE accounts SET message_mails = $1 WHERE id = $2",
            params![wanted, account.to_string()],
        )
        .await?;
        Ok(())
    }
}
