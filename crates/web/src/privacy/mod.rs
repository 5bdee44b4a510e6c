//! Privacy on the web: "download my data" and "delete my account", as pages and in the API.
//! What each feature exports and erases is declared in the store's privacy registry.

pub mod api;
mod pages;

pub use pages::router;

use domain::accounts::Account;
use domain::{AppError, privacy, time};

use crate::state::AppState;

/// Erases the account (password checked) and deletes the files of its images; a file that
/// could not be deleted is logged for the operator, the erasure stands.
async fn erase(state: &AppState, account: &Account, password: &str) -> Result<(), AppError> {
    let left = privacy::erase(&state.db, &state.media, account, password, time::now()).await?;
    for key in left {
        tracing::error!(key, "an erased person's image file could not be deleted");
    }
    Ok(())
}
