//! The rows `micropolis demo --scale` writes, one type per table; times in milliseconds since
//! 1970, as everywhere in the schema.

use uuid::Uuid;

use super::{BulkRow, Cell};

pub struct AccountRow<'a> {
    pub id: Uuid,
    /// Already in its normal form (lower case), which both columns take.
    pub email: String,
    pub display_name: String,
    pub locale: &'static str,
    pub password_hash: &'a str,
    pub created_at: i64,
}

impl BulkRow for AccountRow<'_> {
    const TABLE: &'static str = "accounts";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "email",
        "email_normalized",
        "display_name",
        "locale",
        "password_hash",
        "email_verified_at",
        "is_coordinator",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Text(&self.email),
            Cell::Text(&self.email),
            Cell::Text(&self.display_name),
            Cell::Text(self.locale),
            Cell::Text(self.password_hash),
            Cell::Int(self.created_at),
            Cell::Int(0),
            Cell::Int(self.created_at),
        ]
    }
}

pub struct MembershipRow {
    pub community: Uuid,
    pub account: Uuid,
    pub role: &'static str,
    pub trusted_helper: bool,
    pub joined_at: i64,
}

impl BulkRow for MembershipRow {
    const TABLE: &'static str = "memberships";
    const COLUMNS: &'static [&'static str] = &[
        "community_id",
        "account_id",
        "role",
        "trusted_helper",
        "joined_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.community),
            Cell::Id(self.account),
            Cell::Text(self.role),
            Cell::Int(i64::from(self.trusted_helper)),
            Cell::Int(self.joined_at),
        ]
    }
}

/// An initiative with its counts already equal to the supports, comments and volunteers that
/// the loader writes for it.
pub struct InitiativeRow {
    pub id: Uuid,
    pub community: Uuid,
    pub author: Uuid,
    pub title: String,
    pub body: String,
    pub state: &'static str,
    pub support_count: i64,
    pub comment_count: i64,
    pub volunteer_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

impl BulkRow for InitiativeRow {
    const TABLE: &'static str = "initiatives";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "author_id",
        "title",
        "body",
        "state",
        "support_count",
        "comment_count",
        "volunteer_count",
        "created_at",
        "updated_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.author),
            Cell::Text(&self.title),
            Cell::Text(&self.body),
            Cell::Text(self.state),
            Cell::Int(self.support_count),
            Cell::Int(self.comment_count),
            Cell::Int(self.volunteer_count),
            Cell::Int(self.created_at),
            Cell::Int(self.updated_at),
        ]
    }
}

/// A change of an initiative's state with the organiser's public answer.
pub struct AnswerRow {
    pub id: Uuid,
    pub initiative: Uuid,
    pub from_state: &'static str,
    pub to_state: &'static str,
    pub answer: &'static str,
    pub answered_by: Uuid,
    pub created_at: i64,
}

impl BulkRow for AnswerRow {
    const TABLE: &'static str = "initiative_answers";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "initiative_id",
        "from_state",
        "to_state",
        "answer",
        "answered_by",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.initiative),
            Cell::Text(self.from_state),
            Cell::Text(self.to_state),
            Cell::Text(self.answer),
            Cell::Id(self.answered_by),
            Cell::Int(self.created_at),
        ]
    }
}

pub struct SupportRow {
    pub initiative: Uuid,
    pub account: Uuid,
    pub created_at: i64,
}

impl BulkRow for SupportRow {
    const TABLE: &'static str = "initiative_supports";
    const COLUMNS: &'static [&'static str] = &["initiative_id", "account_id", "created_at"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.initiative),
            Cell::Id(self.account),
            Cell::Int(self.created_at),
        ]
    }
}

pub struct FollowRow {
    pub initiative: Uuid,
    pub account: Uuid,
    pub created_at: i64,
}

impl BulkRow for FollowRow {
    const TABLE: &'static str = "initiative_followers";
    const COLUMNS: &'static [&'static str] = &["initiative_id", "account_id", "created_at"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.initiative),
            Cell::Id(self.account),
            Cell::Int(self.created_at),
        ]
    }
}

pub struct VolunteerRow {
    pub initiative: Uuid,
    pub account: Uuid,
    pub note: &'static str,
    pub created_at: i64,
}

impl BulkRow for VolunteerRow {
    const TABLE: &'static str = "initiative_volunteers";
    const COLUMNS: &'static [&'static str] = &["initiative_id", "account_id", "note", "created_at"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.initiative),
            Cell::Id(self.account),
            Cell::Text(self.note),
            Cell::Int(self.created_at),
        ]
    }
}

/// A comment on an initiative; a reply names its top-level comment as `parent`.
pub struct CommentRow {
    pub id: Uuid,
    pub community: Uuid,
    pub initiative: Uuid,
    pub parent: Option<Uuid>,
    pub author: Uuid,
    pub body: &'static str,
    pub created_at: i64,
}

impl BulkRow for CommentRow {
    const TABLE: &'static str = "comments";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "target_type",
        "target_id",
        "parent_id",
        "author_id",
        "body",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Text("initiative"),
            Cell::Id(self.initiative),
            Cell::from(self.parent),
            Cell::Id(self.author),
            Cell::Text(self.body),
            Cell::Int(self.created_at),
        ]
    }
}

/// An offer or a request on the community's board.
pub struct SupportItemRow {
    pub id: Uuid,
    pub community: Uuid,
    pub author: Uuid,
    pub kind: &'static str,
    pub category: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    /// As stored: `,pl,uk,`.
    pub languages: String,
    pub status: &'static str,
    pub sensitive: bool,
    pub created_at: i64,
}

impl BulkRow for SupportItemRow {
    const TABLE: &'static str = "support_items";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "author_id",
        "kind",
        "category",
        "title",
        "body",
        "languages",
        "area",
        "status",
        "sensitive",
        "created_at",
        "updated_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.author),
            Cell::Text(self.kind),
            Cell::Text(self.category),
            Cell::Text(self.title),
            Cell::Text(self.body),
            Cell::Text(&self.languages),
            Cell::Text(""),
            Cell::Text(self.status),
            Cell::Int(i64::from(self.sensitive)),
            Cell::Int(self.created_at),
            Cell::Int(self.created_at),
        ]
    }
}

/// A member's time-bank account, its balance already the sum of the postings written to it.
pub struct LedgerAccountRow {
    pub id: Uuid,
    pub community: Uuid,
    pub holder: Uuid,
    pub balance_minutes: i64,
    pub created_at: i64,
}

impl BulkRow for LedgerAccountRow {
    const TABLE: &'static str = "timebank_accounts";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "holder_id",
        "balance_minutes",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.holder),
            Cell::Int(self.balance_minutes),
            Cell::Int(self.created_at),
        ]
    }
}

/// A confirmed exchange: `provider` gave `receiver` `minutes`.
pub struct ExchangeRow {
    pub id: Uuid,
    pub community: Uuid,
    pub provider: Uuid,
    pub receiver: Uuid,
    pub proposer: Uuid,
    pub minutes: i64,
    pub description: &'static str,
    pub created_at: i64,
    pub decided_at: i64,
}

impl BulkRow for ExchangeRow {
    const TABLE: &'static str = "exchanges";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "provider_id",
        "receiver_id",
        "proposer_id",
        "minutes",
        "description",
        "status",
        "created_at",
        "decided_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.provider),
            Cell::Id(self.receiver),
            Cell::Id(self.proposer),
            Cell::Int(self.minutes),
            Cell::Text(self.description),
            Cell::Text("confirmed"),
            Cell::Int(self.created_at),
            Cell::Int(self.decided_at),
        ]
    }
}

/// The transfer a confirmation writes, by whoever confirmed.
pub struct TransferRow {
    pub id: Uuid,
    pub community: Uuid,
    pub exchange: Uuid,
    pub description: &'static str,
    pub created_by: Uuid,
    pub created_at: i64,
}

impl BulkRow for TransferRow {
    const TABLE: &'static str = "transfers";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "exchange_id",
        "description",
        "created_by",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.exchange),
            Cell::Text(self.description),
            Cell::Id(self.created_by),
            Cell::Int(self.created_at),
        ]
    }
}

pub struct PostingRow {
    pub id: Uuid,
    pub community: Uuid,
    pub transfer: Uuid,
    pub account: Uuid,
    pub minutes: i64,
    pub created_at: i64,
}

impl BulkRow for PostingRow {
    const TABLE: &'static str = "postings";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "transfer_id",
        "account_id",
        "minutes",
        "created_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.transfer),
            Cell::Id(self.account),
            Cell::Int(self.minutes),
            Cell::Int(self.created_at),
        ]
    }
}
