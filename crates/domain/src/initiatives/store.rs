use std::future::Future;

use super::{
    Answer, Initiative, InitiativeDraft, InitiativeId, Involvement, State, StateChange, Volunteer,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::media::ImageId;
use crate::time::Instant;

/// The orders of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Newest,
    MostSupported,
}

impl Sort {
    pub const ALL: [Sort; 2] = [Sort::Newest, Sort::MostSupported];

    pub const fn name(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::MostSupported => "supported",
        }
    }

    pub fn parse(text: &str) -> Result<Self, crate::Message> {
        Self::ALL
            .into_iter()
            .find(|sort| sort.name() == text.trim())
            .ok_or(crate::Message::new("error-initiative-sort-unknown"))
    }
}

/// The list's order and filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub sort: Sort,
    pub state: Option<State>,
    /// Moderators see hidden initiatives too, marked.
    pub include_hidden: bool,
}

/// Where the next page starts: after the initiative with these keys in the list's order. The
/// support count is part of the key only when sorting by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListCursor {
    pub support_count: i64,
    pub created_at: Instant,
    pub id: uuid::Uuid,
}

impl ListCursor {
    pub fn after(initiative: &Initiative) -> Self {
        Self {
            support_count: initiative.support_count,
            created_at: initiative.created_at,
            id: initiative.id.0,
        }
    }

    /// `supports.millis.id`: one form for both orders, so a cursor never needs its sort to read.
    pub fn encode(&self) -> String {
        format!(
            "{}.{}.{}",
            self.support_count,
            self.created_at.timestamp_millis(),
            self.id
        )
    }

    pub fn decode(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '.');
        let support_count = parts.next()?.parse().ok()?;
        let millis = parts.next()?.parse().ok()?;
        Some(Self {
            support_count,
            created_at: chrono::DateTime::from_timestamp_millis(millis)?,
            id: uuid::Uuid::parse_str(parts.next()?).ok()?,
        })
    }
}

pub trait InitiativeStore: Sync {
    fn insert_initiative(
        &self,
        id: InitiativeId,
        community: CommunityId,
        author: AccountId,
        draft: &InitiativeDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Points the initiative at `image` (or at none), in one transaction that locks its row;
    /// gives the image it pointed at before. `NotFound` when there is no such initiative.
    fn set_initiative_image(
        &self,
        id: InitiativeId,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<Option<ImageId>, AppError>> + Send;
    /// Hidden ones too: callers decide who may see them.
    fn initiative(
        &self,
        id: InitiativeId,
    ) -> impl Future<Output = Result<Option<Initiative>, AppError>> + Send;
    /// One page of a community's initiatives in the filter's order, after `after`.
    fn initiatives(
        &self,
        community: CommunityId,
        filter: ListFilter,
        after: Option<ListCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Initiative>, AppError>> + Send;
    /// The state changes, oldest first.
    fn answers(
        &self,
        id: InitiativeId,
    ) -> impl Future<Output = Result<Vec<Answer>, AppError>> + Send;
    fn volunteers(
        &self,
        id: InitiativeId,
    ) -> impl Future<Output = Result<Vec<Volunteer>, AppError>> + Send;
    fn involvement(
        &self,
        id: InitiativeId,
        account: AccountId,
    ) -> impl Future<Output = Result<Involvement, AppError>> + Send;
    /// Adds the support and counts it, in one transaction; `false` when it was already there.
    fn add_support(
        &self,
        id: InitiativeId,
        account: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// `false` when there was none.
    fn remove_support(
        &self,
        id: InitiativeId,
        account: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// Adds or updates the volunteer's note, counting new volunteers.
    fn add_volunteer(
        &self,
        id: InitiativeId,
        account: AccountId,
        note: &str,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn remove_volunteer(
        &self,
        id: InitiativeId,
        account: AccountId,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_following(
        &self,
        id: InitiativeId,
        account: AccountId,
        follows: bool,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Moves it from `from` to the new state and keeps the answer; `false` (and nothing
    /// written) when it was no longer in `from`.
    fn change_state(
        &self,
        id: InitiativeId,
        from: State,
        change: &StateChange,
        by: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
}
