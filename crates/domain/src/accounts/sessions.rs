//! Sessions and one-time tokens. The secret a person holds is never stored: the database keeps
//! its SHA-256 digest, so a leaked backup cannot be used to sign in.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use super::AccountId;
use crate::time::{Duration, Instant};

/// A random secret handed to a browser (as a cookie) or an API client (as a bearer token).
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl SessionToken {
    pub fn generate() -> Self {
        Self(random_secret())
    }

    pub fn from_presented(text: &str) -> Self {
        Self(text.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the store keeps and looks sessions up by.
    pub fn digest(&self) -> String {
        digest(&self.0)
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(…)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Browser,
    Api,
}

impl SessionKind {
    pub const fn name(self) -> &'static str {
        match self {
            SessionKind::Browser => "browser",
            SessionKind::Api => "api",
        }
    }

    pub fn parse(name: &str) -> Self {
        if name == "api" {
            SessionKind::Api
        } else {
            SessionKind::Browser
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The digest of the token; also how a person names a session to end it.
    pub id: String,
    pub account_id: AccountId,
    pub kind: SessionKind,
    pub user_agent: String,
    pub created_at: Instant,
    pub last_seen_at: Instant,
    pub expires_at: Instant,
    /// The person a helper's session acts for (see `helpers`), if any.
    pub acting_for: Option<AccountId>,
}

impl Session {
    pub const LIFETIME: Duration = Duration::days(30);
    /// Seen-at times are written at most this often, so reading a page is not a write.
    pub const TOUCH_INTERVAL: Duration = Duration::minutes(5);

    pub fn start(
        token: &SessionToken,
        account_id: AccountId,
        kind: SessionKind,
        user_agent: &str,
        now: Instant,
    ) -> Self {
        Self {
            id: token.digest(),
            account_id,
            kind,
            user_agent: user_agent.chars().take(200).collect(),
            created_at: now,
            last_seen_at: now,
            expires_at: now + Self::LIFETIME,
            acting_for: None,
        }
    }

    pub fn needs_touch(&self, now: Instant) -> bool {
        now - self.last_seen_at >= Self::TOUCH_INTERVAL
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub const fn name(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }

    pub const fn lifetime(self) -> Duration {
        match self {
            TokenPurpose::VerifyEmail => Duration::days(2),
            TokenPurpose::ResetPassword => Duration::hours(1),
        }
    }
}

/// A single-use secret sent by e-mail (to confirm an address or to reset a password).
#[derive(Clone, PartialEq, Eq)]
pub struct OneTimeToken(String);

impl OneTimeToken {
    pub fn generate() -> Self {
        Self(random_secret())
    }

    pub fn from_presented(text: &str) -> Self {
        Self(text.trim().to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn digest(&self) -> String {
        digest(&self.0)
    }
}

impl std::fmt::Debug for OneTimeToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OneTimeToken(…)")
    }
}

fn random_secret() -> String {
    let mut bytes = [0_u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_as_digests() {
        let a = SessionToken::generate();
        let b = SessionToken::generate();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
        assert_eq!(a.digest().len(), 64);
        assert_ne!(a.digest(), a.as_str());
        assert_eq!(
            SessionToken::from_presented(a.as_str()).digest(),
            a.digest()
        );
    }
}
