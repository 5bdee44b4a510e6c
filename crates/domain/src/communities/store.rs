use std::future::Future;

use super::{Community, CommunityId, Membership, NewCommunity, Role};
use crate::AppError;
use crate::accounts::AccountId;
use crate::time::Instant;

/// One page of communities in slug order; `next` is the slug to continue after.
pub struct CommunityPage {
    pub items: Vec<Community>,
    pub next: Option<String>,
}

pub trait CommunityStore: Sync {
    /// Fails with a conflict on `slug` when the slug is taken.
    fn insert_community(
        &self,
        id: CommunityId,
        community: &NewCommunity,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn communities(
        &self,
        after: Option<&str>,
        limit: u32,
    ) -> impl Future<Output = Result<CommunityPage, AppError>> + Send;
    fn community(
        &self,
        slug: &str,
    ) -> impl Future<Output = Result<Option<Community>, AppError>> + Send;
    fn membership(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> impl Future<Output = Result<Option<Membership>, AppError>> + Send;
    /// Adds the membership; false when the person was already a member (nothing changes then).
    fn insert_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    fn update_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        trusted_helper: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn memberships_of(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<Vec<Membership>, AppError>> + Send;
    fn count_with_role(
        &self,
        community: CommunityId,
        role: Role,
    ) -> impl Future<Output = Result<i64, AppError>> + Send;
}
