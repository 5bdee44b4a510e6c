use std::future::Future;

use super::{Account, AccountId, DisplayName, Email, PasswordHash, Session, TokenPurpose};
use crate::time::Instant;
use crate::{AppError, Locale};

pub struct NewAccount {
    pub id: AccountId,
    pub email: Email,
    pub display_name: DisplayName,
    pub locale: Locale,
    pub password_hash: PasswordHash,
    pub email_verified: bool,
    pub created_at: Instant,
}

/// What accounts need from storage. Every method is one statement or one transaction.
pub trait AccountStore: Sync {
    /// Fails with a conflict on `email` when the address is taken.
    fn insert_account(
        &self,
        account: &NewAccount,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn account(
        &self,
        id: AccountId,
    ) -> impl Future<Output = Result<Option<Account>, AppError>> + Send;
    fn account_by_email(
        &self,
        email: &Email,
    ) -> impl Future<Output = Result<Option<(Account, PasswordHash)>, AppError>> + Send;
    fn password_hash(
        &self,
        id: AccountId,
    ) -> impl Future<Output = Result<Option<PasswordHash>, AppError>> + Send;
    fn update_account_settings(
        &self,
        id: AccountId,
        display_name: &DisplayName,
        locale: Locale,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_password(
        &self,
        id: AccountId,
        hash: &PasswordHash,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn mark_email_verified(
        &self,
        id: AccountId,
        at: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_coordinator(
        &self,
        id: AccountId,
        coordinator: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;

    fn insert_session(
        &self,
        session: &Session,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The live session with this digest and its account.
    fn session(
        &self,
        digest: &str,
        now: Instant,
    ) -> impl Future<Output = Result<Option<(Session, Account)>, AppError>> + Send;
    fn touch_session(
        &self,
        digest: &str,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn sessions_of(
        &self,
        id: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<Vec<Session>, AppError>> + Send;
    /// Ends one of the account's sessions; false when it has no such session.
    fn end_session(
        &self,
        id: AccountId,
        digest: &str,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// Ends every session of the account but `keep` (all of them when `keep` is `None`).
    fn end_other_sessions(
        &self,
        id: AccountId,
        keep: Option<&str>,
    ) -> impl Future<Output = Result<(), AppError>> + Send;

    fn insert_one_time_token(
        &self,
        digest: &str,
        id: AccountId,
        purpose: TokenPurpose,
        expires_at: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Uses the token up: gives its account once, while it is unexpired, and never again.
    fn use_one_time_token(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: Instant,
    ) -> impl Future<Output = Result<Option<AccountId>, AppError>> + Send;

    fn record_sign_in_failure(
        &self,
        subjects: &[String],
        at: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// How many failures the subject had since `since`, and when the earliest of them was.
    fn sign_in_failures(
        &self,
        subject: &str,
        since: Instant,
    ) -> impl Future<Output = Result<(i64, Option<Instant>), AppError>> + Send;
    fn clear_sign_in_failures(
        &self,
        subject: &str,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
