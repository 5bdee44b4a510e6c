use std::future::Future;

use super::{
    AccountSummary, Exchange, ExchangeId, FundTransfer, LedgerCheck, LedgerEntry, LedgerRow,
    LedgerSummary, LimitPolicy, NewExchange, TransferId,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::time::Instant;

pub trait TimebankStore: Sync {
    fn limit_policy(
        &self,
        community: CommunityId,
    ) -> impl Future<Output = Result<LimitPolicy, AppError>> + Send;
    fn set_limit_policy(
        &self,
        community: CommunityId,
        policy: LimitPolicy,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// A member's balance in a community: zero before their first exchange.
    fn balance(
        &self,
        community: CommunityId,
        holder: AccountId,
    ) -> impl Future<Output = Result<i64, AppError>> + Send;
    fn insert_exchange(
        &self,
        id: ExchangeId,
        community: CommunityId,
        proposer: AccountId,
        exchange: &NewExchange,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn exchange(
        &self,
        id: ExchangeId,
    ) -> impl Future<Output = Result<Option<Exchange>, AppError>> + Send;
    /// The exchanges a person is a party to in a community, newest first.
    fn exchanges_of(
        &self,
        community: CommunityId,
        account: AccountId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Exchange>, AppError>> + Send;
    /// A community's exchanges, newest first (for its admins).
    fn recent_exchanges(
        &self,
        community: CommunityId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Exchange>, AppError>> + Send;
    /// In one transaction: marks the exchange confirmed if it is still pending and writes one
    /// transfer of two postings that sum to zero, updating both balances. A conflict, with
    /// nothing written, when someone else decided it first or when the receiver would go below
    /// a minimum that blocks.
    fn confirm_exchange(
        &self,
        id: ExchangeId,
        confirmer: AccountId,
        policy: LimitPolicy,
        now: Instant,
    ) -> impl Future<Output = Result<TransferId, AppError>> + Send;
    /// Marks a pending exchange declined; false when it was no longer pending.
    fn decline_exchange(
        &self,
        id: ExchangeId,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// Writes the transfer that undoes the exchange's one, with the admin's reason. A conflict
    /// when it was already reversed.
    fn reverse_exchange(
        &self,
        exchange: &Exchange,
        admin: AccountId,
        reason: &str,
        now: Instant,
    ) -> impl Future<Output = Result<TransferId, AppError>> + Send;
    /// Writes one transfer between the community's fund (opened on first use) and a member.
    fn fund_transfer(
        &self,
        community: CommunityId,
        admin: AccountId,
        transfer: &FundTransfer,
        now: Instant,
    ) -> impl Future<Output = Result<TransferId, AppError>> + Send;
    fn account_summary(
        &self,
        community: CommunityId,
        holder: AccountId,
    ) -> impl Future<Output = Result<AccountSummary, AppError>> + Send;
    /// A person's postings, newest first, in one community or in all of them.
    fn ledger_of(
        &self,
        holder: AccountId,
        community: Option<CommunityId>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<LedgerEntry>, AppError>> + Send;
    fn ledger_summary(
        &self,
        community: CommunityId,
    ) -> impl Future<Output = Result<LedgerSummary, AppError>> + Send;
    /// Every posting of a community, oldest first.
    fn ledger_rows(
        &self,
        community: CommunityId,
    ) -> impl Future<Output = Result<Vec<LedgerRow>, AppError>> + Send;
    /// Compares every cached balance with its postings, rebuilds those that differ, and finds
    /// transfers that do not balance.
    fn check_ledger(&self) -> impl Future<Output = Result<LedgerCheck, AppError>> + Send;
}
