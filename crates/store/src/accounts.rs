use domain::accounts::{
    Account, AccountId, AccountStore, DisplayName, Email, NewAccount, PasswordHash, Session,
    SessionKind, TokenPurpose,
};
use domain::time::Instant;
use domain::{AppError, Locale};

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// The columns `read_account` reads, from `accounts a`; other columns may follow them.
macro_rules! account_columns {
    () => {
        "a.id, a.email, a.display_name, a.locale, a.email_verified_at, a.is_coordinator, a.created_at"
    };
}
const ACCOUNT_COLUMN_COUNT: usize = 7;

fn read_account(row: &dyn Row) -> Result<Account, DbError> {
    Ok(Account {
        id: AccountId(uuid(&row.text(0)?)?),
        email: stored("email", Email::parse(&row.text(1)?))?,
        display_name: DisplayName::stored(row.text(2)?),
        locale: stored("locale", Locale::parse(&row.text(3)?))?,
        email_verified: row.optional_int(4)?.is_some(),
        is_coordinator: row.flag(5)?,
        created_at: instant(row.int(6)?)?,
    })
}

/// The columns `read_session` reads, from `sessions s`, after `skip` columns of other tables.
macro_rules! session_columns {
    () => {
        "s.id, s.account_id, s.kind, s.user_agent, s.created_at, s.last_seen_at, s.expires_at, s.acting_for"
    };
}

fn read_session(row: &dyn Row, skip: usize) -> Result<Session, DbError> {
    Ok(Session {
        id: row.text(skip)?,
        account_id: AccountId(uuid(&row.text(skip + 1)?)?),
        kind: SessionKind::parse(&row.text(skip + 2)?),
        user_agent: row.text(skip + 3)?,
        created_at: instant(row.int(skip + 4)?)?,
        last_seen_at: instant(row.int(skip + 5)?)?,
        expires_at: instant(row.int(skip + 6)?)?,
        acting_for: row
            .optional_text(skip + 7)?
            .map(|id| uuid(&id).map(AccountId))
            .transpose()?,
    })
}

impl AccountStore for Db {
    async fn insert_account(&self, account: &NewAccount) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, \
             email_verified_at, is_coordinator, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8)",
            params![
                account.id.to_string(),
                account.email.as_str(),
                account.email.normalized(),
                account.display_name.as_str(),
                account.locale.code(),
                account.password_hash.as_str(),
                account.email_verified.then(|| millis(account.created_at)),
                millis(account.created_at),
            ],
        )
        .await
        .map_err(|error| {
            error.unique_violation_means(AppError::field_conflict("email", "error-email-taken"))
        })?;
        Ok(())
    }

    async fn account(&self, id: AccountId) -> Result<Option<Account>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT ",
                    account_columns!(),
                    " FROM accounts a WHERE a.id = $1"
                ),
                params![id.to_string()],
                &read_account,
            )
            .await?)
    }

    async fn account_by_email(
        &self,
        email: &Email,
    ) -> Result<Option<(Account, PasswordHash)>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT ",
                    account_columns!(),
                    ", a.password_hash FROM accounts a WHERE a.email_normalized = $1"
                ),
                params![email.normalized()],
                &|row| {
                    let hash = row.text(ACCOUNT_COLUMN_COUNT)?;
                    Ok((read_account(row)?, PasswordHash::from_stored(hash)))
                },
            )
            .await?)
    }

    async fn password_hash(&self, id: AccountId) -> Result<Option<PasswordHash>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT password_hash FROM accounts WHERE id = $1",
                params![id.to_string()],
                &|row| Ok(PasswordHash::from_stored(row.text(0)?)),
            )
            .await?)
    }

    async fn update_account_settings(
        &self,
        id: AccountId,
        display_name: &DisplayName,
        locale: Locale,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "UPDATE accounts SET display_name = $1, locale = $2 WHERE id = $3",
                params![display_name.as_str(), locale.code(), id.to_string()],
            )
            .await?;
            // The talent directory sorts and searches people by this copy of their name.
            crate::profiles::follow_display_name(tx, id, display_name).await
        })
        .await?;
        Ok(())
    }

    async fn set_password(&self, id: AccountId, hash: &PasswordHash) -> Result<(), AppError> {
        self.execute(
            "UPDATE accounts SET password_hash = $1 WHERE id = $2",
            params![hash.as_str(), id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn mark_email_verified(&self, id: AccountId, at: Instant) -> Result<(), AppError> {
        self.execute(
            "UPDATE accounts SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
            params![millis(at), id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn set_coordinator(&self, id: AccountId, coordinator: bool) -> Result<(), AppError> {
        self.execute(
            "UPDATE accounts SET is_coordinator = $1 WHERE id = $2",
            params![coordinator, id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn insert_session(&self, session: &Session) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO sessions (id, account_id, kind, user_agent, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params![
                &session.id,
                session.account_id.to_string(),
                session.kind.name(),
                &session.user_agent,
                millis(session.created_at),
                millis(session.last_seen_at),
                millis(session.expires_at),
            ],
        )
        .await?;
        Ok(())
    }

    async fn session(
        &self,
        digest: &str,
        now: Instant,
    ) -> Result<Option<(Session, Account)>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT ",
                    account_columns!(),
                    ", ",
                    session_columns!(),
                    " FROM sessions s JOIN accounts a ON a.id = s.account_id \
                     WHERE s.id = $1 AND s.expires_at > $2"
                ),
                params![digest, millis(now)],
                &|row| Ok((read_session(row, ACCOUNT_COLUMN_COUNT)?, read_account(row)?)),
            )
            .await?)
    }

    async fn touch_session(&self, digest: &str, now: Instant) -> Result<(), AppError> {
        self.execute(
            "UPDATE sessions SET last_seen_at = $1 WHERE id = $2",
            params![millis(now), digest],
        )
        .await?;
        Ok(())
    }

    async fn sessions_of(&self, id: AccountId, now: Instant) -> Result<Vec<Session>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    "SELECT ",
                    session_columns!(),
                    " FROM sessions s WHERE s.account_id = $1 AND s.expires_at > $2 \
                     ORDER BY s.last_seen_at DESC"
                ),
                params![id.to_string(), millis(now)],
                &|row| read_session(row, 0),
            )
            .await?)
    }

    async fn end_session(&self, id: AccountId, digest: &str) -> Result<bool, AppError> {
        let ended = self
            .execute(
                "DELETE FROM sessions WHERE id = $1 AND account_id = $2",
                params![digest, id.to_string()],
            )
            .await?;
        Ok(ended > 0)
    }

    async fn end_other_sessions(&self, id: AccountId, keep: Option<&str>) -> Result<(), AppError> {
        self.execute(
            "DELETE FROM sessions WHERE account_id = $1 AND id <> $2",
            params![id.to_string(), keep.unwrap_or("")],
        )
        .await?;
        Ok(())
    }

    async fn insert_one_time_token(
        &self,
        digest: &str,
        id: AccountId,
        purpose: TokenPurpose,
        expires_at: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO one_time_tokens (digest, account_id, purpose, expires_at) VALUES ($1, $2, $3, $4)",
            params![digest, id.to_string(), purpose.name(), millis(expires_at)],
        )
        .await?;
        Ok(())
    }

    async fn use_one_time_token(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: Instant,
    ) -> Result<Option<AccountId>, AppError> {
        Ok(self
            .execute_returning(
                "UPDATE one_time_tokens SET used_at = $1 \
                 WHERE digest = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
                params![millis(now), digest, purpose.name()],
                &|row| Ok(AccountId(uuid(&row.text(0)?)?)),
            )
            .await?)
    }

    async fn record_sign_in_failure(
        &self,
        subjects: &[String],
        at: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            for subject in subjects {
                tx.execute(
                    "INSERT INTO sign_in_failures (subject, failed_at) VALUES ($1, $2)",
                    params![subject, millis(at)],
                )
                .await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn sign_in_failures(
        &self,
        subject: &str,
        since: Instant,
    ) -> Result<(i64, Option<Instant>), AppError> {
        Ok(self
            .fetch_one(
                "SELECT COUNT(*), MIN(failed_at) FROM sign_in_failures WHERE subject = $1 AND failed_at > $2",
                params![subject, millis(since)],
                &|row| Ok((row.int(0)?, row.optional_int(1)?.map(instant).transpose()?)),
            )
            .await?)
    }

    async fn clear_sign_in_failures(&self, subject: &str) -> Result<(), AppError> {
        self.execute(
            "DELETE FROM sign_in_failures WHERE subject = $1",
            params![subject],
        )
        .await?;
        Ok(())
    }
}

/// The account itself, its sessions, links and failed sign-ins. Erasure keeps the row, so that
/// what the person wrote and their ledger postings still point somewhere, and overwrites every
/// personal value in it; queued mail to the address goes too.
pub(crate) const PRIVACY: Part = Part {
    feature: "accounts",
    export: &[
        Section {
            name: "account",
            columns: &[
                "id",
                "email",
                "display_name",
                "locale",
                "email_verified_at",
                "is_coordinator",
                "message_mails",
                "created_at",
            ],
            sql: "SELECT id, email, display_name, locale, email_verified_at, is_coordinator, message_mails, created_at \
                  FROM accounts WHERE id = $1",
        },
        Section {
            name: "sessions",
            columns: &["kind", "device", "created_at", "last_seen_at", "expires_at"],
            sql: "SELECT kind, user_agent, created_at, last_seen_at, expires_at FROM sessions WHERE account_id = $1",
        },
        Section {
            name: "one_time_tokens",
            columns: &["purpose", "expires_at", "used_at"],
            sql: "SELECT purpose, expires_at, used_at FROM one_time_tokens WHERE account_id = $1",
        },
        Section {
            name: "sign_in_failures",
            columns: &["failed_at"],
            sql: "SELECT failed_at FROM sign_in_failures \
                  WHERE subject = (SELECT 'account:' || email_normalized FROM accounts WHERE id = $1)",
        },
    ],
    erase: &[
        Erasure {
            sql: "DELETE FROM jobs WHERE status <> 'done' AND payload LIKE (SELECT '%\"' || \
                  replace(replace(replace(email, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '\"%' \
                  FROM accounts WHERE id = $1) ESCAPE '\\'",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM sign_in_failures \
                  WHERE subject = (SELECT 'account:' || email_normalized FROM accounts WHERE id = $1)",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM sessions WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM one_time_tokens WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE accounts SET erased_at = $1, email = 'erased-' || $2 || '@erased.invalid', \
                  email_normalized = 'erased-' || id || '@erased.invalid', display_name = '', \
                  password_hash = '!', email_verified_at = NULL, is_coordinator = 0, message_mails = 0 \
                  WHERE id = $2",
            params: Bind::TimeAndPerson,
        },
    ],
};
