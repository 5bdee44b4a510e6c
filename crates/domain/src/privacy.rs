//! Privacy, built once for every feature: a person can take everything the platform holds
//! about them (GDPR Art. 20) and have themselves erased (Art. 17). Each feature declares, in the
//! store's privacy registry, what it exports and what it erases for a person; a test fails when
//! a table is covered by neither.

use std::future::Future;

use crate::accounts::is_own_password;
use crate::accounts::{Account, AccountId, AccountStore};
use crate::media::{self, ImageStore, MediaStorage};
use crate::time::Instant;
use crate::{AppError, Message};

pub trait PrivacyStore: Sync {
    /// Everything held about the person, one section per feature.
    fn export_person(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<serde_json::Value, AppError>> + Send;
    /// In one transaction: removes their personal data, anonymises what they wrote, ends their
    /// sessions, and leaves their ledger postings under an anonymous holder.
    fn erase_person(
        &self,
        account: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}

pub async fn export(
    store: &impl PrivacyStore,
    account: &Account,
) -> Result<serde_json::Value, AppError> {
    store.export_person(account.id).await
}

/// Erases the account after checking the password; a wrong one is refused (403) and counts
/// against the same limit as failed sign-ins. The files of the person's images are deleted
/// once the erasure is committed: their keys are read first, as the erasure removes the rows
/// that name them. Gives the keys of files that could not be deleted (for the log).
pub async fn erase(
    store: &(impl PrivacyStore + AccountStore + ImageStore),
    storage: &impl MediaStorage,
    account: &Account,
    password: &str,
    now: Instant,
) -> Result<Vec<String>, AppError> {
    if !is_own_password(store, account, password, now).await? {
        return Err(AppError::Forbidden(Message::new("error-password-wrong")));
    }
    let files = media::files_of(store, account.id).await?;
    store.erase_person(account.id, now).await?;
    Ok(media::delete_files(storage, &files).await)
}
