use std::future::Future;

use super::{HelperAction, HelperId, Helping, NewHelperAction, NewHelping};
use crate::AppError;
use crate::accounts::{AccountId, NewAccount};
use crate::audit::AuditEntry;
use crate::communities::{CommunityId, Role};
use crate::support::Person;
use crate::time::Instant;

/// Where a newest-first list continues: after this time and id.
pub type After = Option<(Instant, String)>;

/// What helpers need from storage. Lists are newest first and give `limit` rows after `after`.
pub trait HelperStore: Sync {
    /// Fails with a conflict on `email` when the pair already has an active relationship.
    fn insert_helping(
        &self,
        helping: &NewHelping,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn helping(
        &self,
        id: HelperId,
    ) -> impl Future<Output = Result<Option<Helping>, AppError>> + Send;
    /// The active relationship in which `helper` helps `person`, if any.
    fn active_helping(
        &self,
        person: AccountId,
        helper: AccountId,
    ) -> impl Future<Output = Result<Option<HelperId>, AppError>> + Send;
    /// Ends an active relationship and stops the helper's sessions acting for the person; false
    /// when it was not active.
    fn end_helping(
        &self,
        id: HelperId,
        by: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// The active helpers of a person.
    fn helpers_of(
        &self,
        person: AccountId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Helping>, AppError>> + Send;
    /// The people a helper may act for.
    fn helped_by(
        &self,
        helper: AccountId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Helping>, AppError>> + Send;
    /// The active relationships of the community's members (as the helped person).
    fn community_helpers(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Helping>, AppError>> + Send;
    /// The active relationships the community's desk set up.
    fn desk_helpers(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Helping>, AppError>> + Send;

    /// The members who may be named helpers at the community's desk: its organisers (and
    /// above) and its trusted helpers, by name.
    fn eligible_helpers(
        &self,
        community: CommunityId,
    ) -> impl Future<Output = Result<Vec<Person>, AppError>> + Send;

    /// Makes the session act for `person`, or as its own account again with `None`.
    fn set_acting_for(
        &self,
        session: &str,
        person: Option<AccountId>,
    ) -> impl Future<Output = Result<(), AppError>> + Send;

    fn record_helper_action(
        &self,
        action: &NewHelperAction,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// What helpers did for the person.
    fn actions_for(
        &self,
        person: AccountId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<HelperAction>, AppError>> + Send;
    /// What the helper did for anyone.
    fn actions_by(
        &self,
        helper: AccountId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<HelperAction>, AppError>> + Send;
    /// What helpers did for the community's members.
    fn community_actions(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<HelperAction>, AppError>> + Send;

    /// Registers a resident at the desk in one transaction: the account, a membership with
    /// `role`, the helper relationship and the audit entry.
    fn insert_resident(
        &self,
        account: &NewAccount,
        community: CommunityId,
        role: Role,
        helping: &NewHelping,
        audit: &AuditEntry,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
