//! What a person can do with their account. Each function takes parsed input, applies the rules
//! and leaves storage consistent; the caller renders the result and sends any mail.

use super::password::spend_verification_time;
use super::{
    Account, AccountId, AccountStore, DisplayName, Email, EmailVerification, NewAccount,
    NewPassword, OneTimeToken, Session, SessionKind, SessionToken, TokenPurpose,
};
use crate::time::{Duration, Instant};
use crate::{AppError, FieldErrors, Locale, Message};

/// Failed sign-ins allowed per account and per client address within the window.
pub const SIGN_IN_ATTEMPTS: i64 = 10;
pub const SIGN_IN_WINDOW: Duration = Duration::minutes(15);

pub struct SignUp {
    pub email: Email,
    pub password: NewPassword,
    pub display_name: DisplayName,
    pub locale: Locale,
}

impl SignUp {
    /// Parses every field, reporting all that are wrong at once.
    pub fn parse(
        email: &str,
        password: &str,
        display_name: &str,
        locale: Option<&str>,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        // In the order the sign-up form shows the fields, so the error summary follows it.
        let display_name = errors.check("display_name", DisplayName::parse(display_name));
        let email = errors.check("email", Email::parse(email));
        let password = errors.check("password", NewPassword::parse(password));
        let locale = match locale {
            Some(code) if !code.trim().is_empty() => errors.check("locale", Locale::parse(code)),
            _ => Some(Locale::default()),
        };
        match (email, password, display_name, locale) {
            (Some(email), Some(password), Some(display_name), Some(locale)) => Ok(Self {
                email,
                password,
                display_name,
                locale,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// A new account, and the token that confirms its address (sent by mail whether or not
/// confirmation is required to sign in).
pub struct SignedUp {
    pub account: Account,
    pub verification: OneTimeToken,
}

pub async fn sign_up(
    store: &impl AccountStore,
    input: SignUp,
    now: Instant,
) -> Result<SignedUp, AppError> {
    let new = NewAccount {
        id: AccountId::generate(),
        email: input.email,
        display_name: input.display_name,
        locale: input.locale,
        password_hash: input.password.hash().await?,
        email_verified: false,
        created_at: now,
    };
    store.insert_account(&new).await?;
    let account = store
        .account(new.id)
        .await?
        .ok_or(AppError::internal("account vanished after insert"))?;
    let verification =
        issue_one_time_token(store, account.id, TokenPurpose::VerifyEmail, now).await?;
    Ok(SignedUp {
        account,
        verification,
    })
}

pub struct Credentials<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// The client's network address, for the per-address rate limit.
    pub client: &'a str,
}

/// Checks the credentials under the rate limits and opens a session.
pub async fn sign_in(
    store: &impl AccountStore,
    credentials: Credentials<'_>,
    verification: EmailVerification,
    kind: SessionKind,
    user_agent: &str,
    now: Instant,
) -> Result<(Account, SessionToken), AppError> {
    let account_subject = account_subject(credentials.email);
    let client_subject = format!("client:{}", credentials.client);
    for subject in [&account_subject, &client_subject] {
        refuse_when_rate_limited(store, subject, now).await?;
    }
    let found = match Email::parse(credentials.email) {
        Ok(email) => store.account_by_email(&email).await?,
        Err(_) => None,
    };
    let account = match found {
        Some((account, hash)) if hash.verify(credentials.password).await => account,
        Some(_) => return Err(failed_sign_in(store, [account_subject, client_subject], now).await),
        None => {
            spend_verification_time(credentials.password).await;
            return Err(failed_sign_in(store, [account_subject, client_subject], now).await);
        }
    };
    if verification == EmailVerification::Required && !account.email_verified {
        return Err(AppError::Forbidden(Message::new(
            "error-email-not-verified",
        )));
    }
    store.clear_sign_in_failures(&account_subject).await?;
    let token = start_session(store, account.id, kind, user_agent, now).await?;
    Ok((account, token))
}

/// The rate-limit subject of an account: its address as typed, compared without case.
fn account_subject(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

async fn refuse_when_rate_limited(
    store: &impl AccountStore,
    subject: &str,
    now: Instant,
) -> Result<(), AppError> {
    let (failures, earliest) = store
        .sign_in_failures(subject, now - SIGN_IN_WINDOW)
        .await?;
    if failures < SIGN_IN_ATTEMPTS {
        return Ok(());
    }
    let free_at = earliest.unwrap_or(now) + SIGN_IN_WINDOW;
    let retry_after_secs = u64::try_from((free_at - now).num_seconds().max(1)).unwrap_or(1);
    Err(AppError::RateLimited { retry_after_secs })
}

async fn failed_sign_in(
    store: &impl AccountStore,
    subjects: [String; 2],
    now: Instant,
) -> AppError {
    match store.record_sign_in_failure(&subjects, now).await {
        Ok(()) => AppError::Unauthorised(Message::new("error-sign-in-failed")),
        Err(error) => error,
    }
}

pub async fn start_session(
    store: &impl AccountStore,
    account_id: AccountId,
    kind: SessionKind,
    user_agent: &str,
    now: Instant,
) -> Result<SessionToken, AppError> {
    let token = SessionToken::generate();
    store
        .insert_session(&Session::start(&token, account_id, kind, user_agent, now))
        .await?;
    Ok(token)
}

/// The account behind a presented session token, if the session is still live.
pub async fn authenticate(
    store: &impl AccountStore,
    token: &SessionToken,
    now: Instant,
) -> Result<Option<(Session, Account)>, AppError> {
    let Some((session, account)) = store.session(&token.digest(), now).await? else {
        return Ok(None);
    };
    if session.needs_touch(now) {
        store.touch_session(&session.id, now).await?;
    }
    Ok(Some((session, account)))
}

pub async fn issue_one_time_token(
    store: &impl AccountStore,
    account_id: AccountId,
    purpose: TokenPurpose,
    now: Instant,
) -> Result<OneTimeToken, AppError> {
    let token = OneTimeToken::generate();
    store
        .insert_one_time_token(
            &token.digest(),
            account_id,
            purpose,
            now + purpose.lifetime(),
        )
        .await?;
    Ok(token)
}

/// Confirms the address the token was sent to. An unknown, used or expired token is refused.
pub async fn verify_email(
    store: &impl AccountStore,
    token: &OneTimeToken,
    now: Instant,
) -> Result<Account, AppError> {
    let account_id = store
        .use_one_time_token(&token.digest(), TokenPurpose::VerifyEmail, now)
        .await?
        .ok_or_else(|| AppError::Validation(FieldErrors::single("token", "error-token-invalid")))?;
    store.mark_email_verified(account_id, now).await?;
    store.account(account_id).await?.ok_or(AppError::NotFound)
}

/// Starts a password reset. Gives the account and its token when the address is known, and
/// nothing otherwise; the caller answers the same either way, so addresses cannot be probed.
pub async fn request_password_reset(
    store: &impl AccountStore,
    email: &Email,
    now: Instant,
) -> Result<Option<(Account, OneTimeToken)>, AppError> {
    let Some((account, _)) = store.account_by_email(email).await? else {
        return Ok(None);
    };
    let token = issue_one_time_token(store, account.id, TokenPurpose::ResetPassword, now).await?;
    Ok(Some((account, token)))
}

/// Sets a new password from a reset link and ends every session of the account. The link came
/// by e-mail, so it also confirms the address.
pub async fn reset_password(
    store: &impl AccountStore,
    token: &OneTimeToken,
    password: &NewPassword,
    now: Instant,
) -> Result<Account, AppError> {
    let hash = password.hash().await?;
    let account_id = store
        .use_one_time_token(&token.digest(), TokenPurpose::ResetPassword, now)
        .await?
        .ok_or_else(|| AppError::Validation(FieldErrors::single("token", "error-token-invalid")))?;
    store.set_password(account_id, &hash).await?;
    store.end_other_sessions(account_id, None).await?;
    store.mark_email_verified(account_id, now).await?;
    store.account(account_id).await?.ok_or(AppError::NotFound)
}

/// Changes the password after checking the current one, and ends the person's other sessions.
/// Wrong current passwords count against the same limit as failed sign-ins, so a stolen session
/// cannot be used to guess the password.
pub async fn change_password(
    store: &impl AccountStore,
    account: &Account,
    current_password: &str,
    new_password: &str,
    current_session: &str,
    now: Instant,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::new();
    if !is_own_password(store, account, current_password, now).await? {
        errors.add("current_password", Message::new("error-password-wrong"));
    }
    let new_password = errors.check("new_password", NewPassword::parse(new_password));
    let (Some(new_password), true) = (new_password, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    store
        .set_password(account.id, &new_password.hash().await?)
        .await?;
    store
        .end_other_sessions(account.id, Some(current_session))
        .await
}

/// Whether `password` is the person's own. A wrong one counts against the same limit as failed
/// sign-ins, so a stolen session cannot be used to guess the password; past the limit, 429.
pub(crate) async fn is_own_password(
    store: &impl AccountStore,
    account: &Account,
    password: &str,
    now: Instant,
) -> Result<bool, AppError> {
    let subject = account_subject(account.email.as_str());
    refuse_when_rate_limited(store, &subject, now).await?;
    let hash = store
        .password_hash(account.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if hash.verify(password).await {
        return Ok(true);
    }
    store
        .record_sign_in_failure(std::slice::from_ref(&subject), now)
        .await?;
    Ok(false)
}

pub async fn update_settings(
    store: &impl AccountStore,
    account_id: AccountId,
    display_name: &str,
    locale: &str,
) -> Result<Account, AppError> {
    let mut errors = FieldErrors::new();
    let display_name = errors.check("display_name", DisplayName::parse(display_name));
    let locale = errors.check("locale", Locale::parse(locale));
    let (Some(display_name), Some(locale)) = (display_name, locale) else {
        return Err(AppError::Validation(errors));
    };
    store
        .update_account_settings(account_id, &display_name, locale)
        .await?;
    store.account(account_id).await?.ok_or(AppError::NotFound)
}
