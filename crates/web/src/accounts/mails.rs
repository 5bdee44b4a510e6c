//! Account mails, written in the recipient's language and queued for the background worker.

use domain::accounts::{Account, OneTimeToken};
use domain::jobs::JobQueue as _;
use domain::mail::OutgoingMail;
use domain::{AppError, time};

use crate::i18n;
use crate::state::AppState;

pub async fn send_verification(
    state: &AppState,
    account: &Account,
    token: &OneTimeToken,
) -> Result<(), AppError> {
    let link = state
        .config
        .url(&format!("/verify-email?token={}", token.as_str()));
    queue(
        state,
        account,
        "mail-verify-subject",
        "mail-verify-body",
        &link,
    )
    .await
}

pub async fn send_password_reset(
    state: &AppState,
    account: &Account,
    token: &OneTimeToken,
) -> Result<(), AppError> {
    let link = state
        .config
        .url(&format!("/reset-password/new?token={}", token.as_str()));
    queue(
        state,
        account,
        "mail-reset-subject",
        "mail-reset-body",
        &link,
    )
    .await
}

async fn queue(
    state: &AppState,
    account: &Account,
    subject: &str,
    body: &str,
    link: &str,
) -> Result<(), AppError> {
    let locale = account.locale;
    let mail = OutgoingMail {
        to: account.email.as_str().to_owned(),
        subject: i18n::t(locale, subject),
        body: i18n::t_text(
            locale,
            body,
            &[("name", account.display_name.as_str()), ("link", link)],
        ),
    };
    let payload = serde_json::to_value(&mail).map_err(AppError::internal)?;
    state
        .db
        .enqueue(OutgoingMail::JOB, &payload, time::now())
        .await?;
    Ok(())
}
