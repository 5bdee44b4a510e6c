//! Passwords follow OWASP ASVS 5.0 (V6.2): at least 10 characters, long passphrases allowed, no
//! composition rules, and nothing from the list of the most common passwords. They are stored as
//! argon2id hashes.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};

use crate::{AppError, Message};

pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 1024;

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common-passwords.txt").lines().collect());

/// A password somebody chose, checked against the policy; it never leaves this process.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(text: &str) -> Result<Self, Message> {
        let length = text.chars().count();
        if length == 0 {
            return Err(Message::new("error-password-missing"));
        }
        if length < MIN_CHARS {
            return Err(Message::new("error-password-too-short").with("min", MIN_CHARS as i64));
        }
        if length > MAX_CHARS {
            return Err(Message::new("error-too-long").with("max", MAX_CHARS as i64));
        }
        if COMMON_PASSWORDS.contains(text.to_lowercase().as_str()) {
            return Err(Message::new("error-password-common"));
        }
        Ok(Self(text.to_owned()))
    }

    /// The argon2id hash, computed on the blocking pool: it takes tens of milliseconds and
    /// 19 MiB, which must not stall the requests that share a runtime thread.
    pub async fn hash(&self) -> Result<PasswordHash, AppError> {
        let password = self.0.clone();
        off_the_runtime(move || hash_now(&password)).await?
    }
}

/// Runs argon2 where it cannot hold up other requests.
async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(AppError::internal)
}

fn hash_now(password: &str) -> Result<PasswordHash, AppError> {
    let mut salt_bytes = [0_u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes).map_err(AppError::internal)?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| PasswordHash(hash.to_string()))
        .map_err(AppError::internal)
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// An argon2id hash in PHC string format.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl PasswordHash {
    pub fn from_stored(phc: String) -> Self {
        Self(phc)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when `candidate` is the password; checked on the blocking pool, like hashing.
    pub async fn verify(&self, candidate: &str) -> bool {
        let (phc, candidate) = (self.0.clone(), candidate.to_owned());
        off_the_runtime(move || verify_now(&phc, &candidate))
            .await
            .unwrap_or(false)
    }
}

fn verify_now(phc: &str, candidate: &str) -> bool {
    argon2::PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(candidate.as_bytes(), &hash)
            .is_ok()
    })
}

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(…)")
    }
}

/// Verifies against a fixed hash, so that an unknown e-mail costs the same time as a known one.
pub(super) async fn spend_verification_time(candidate: &str) {
    static DUMMY: LazyLock<Option<PasswordHash>> =
        LazyLock::new(|| hash_now("a password that no one has").ok());
    if let Some(dummy) = DUMMY.as_ref() {
        dummy.verify(candidate).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_large_enough() {
        assert!(COMMON_PASSWORDS.len() >= 10_000);
    }

    #[test]
    fn length_limits() {
        assert!(NewPassword::parse("short pw").is_err());
        assert!(NewPassword::parse("ten chars!").is_ok());
        assert!(
            NewPassword::parse(&"long passphrase ".repeat(8)).is_ok(),
            "128 characters must pass"
        );
        assert!(NewPassword::parse(&"x".repeat(MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn common_passwords_are_refused_whatever_the_case() {
        for common in ["password123", "1234567890", "QWERTYUIOP"] {
            let refused = NewPassword::parse(common).unwrap_err();
            assert_eq!(refused.key, "error-password-common", "{common}");
        }
    }

    #[test]
    fn no_composition_rules() {
        assert!(NewPassword::parse("correct horse battery staple").is_ok());
    }

    #[tokio::test]
    async fn hashes_verify_only_the_right_password() {
        let hash = NewPassword::parse("wawer by the river")
            .unwrap()
            .hash()
            .await
            .unwrap();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(hash.verify("wawer by the river").await);
        assert!(!hash.verify("wawer by the rivers").await);
    }
}
