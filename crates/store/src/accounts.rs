use domain::accounts::{
    Account, AccountId, AccountStore, DisplayName, Email, NewAccount, PasswordHash, Session,
    SessionKind, TokenPurpose,
};
use domain::time::Instant;
use domain::{AppError, Locale};

use crate::convert::{flag, instant, millis, stored, uuid};
use crate::{Db, internal, is_unique_violation};

const ACCOUNT_COLUMNS: &str =
    "a.id, a.email, a.display_name, a.locale, a.email_verified_at, a.is_coordinator, a.created_at";

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: String,
    email: String,
    display_name: String,
    locale: String,
    email_verified_at: Option<i64>,
    is_coordinator: i64,
    created_at: i64,
}

impl AccountRow {
    fn into_account(self) -> Result<Account, AppError> {
        Ok(Account {
            id: AccountId(uuid(&self.id)?),
            email: stored("email", Email::parse(&self.email))?,
            display_name: stored("display_name", DisplayName::parse(&self.display_name))?,
            locale: stored("locale", Locale::parse(&self.locale))?,
            email_verified: self.email_verified_at.is_some(),
            is_coordinator: self.is_coordinator != 0,
            created_at: instant(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: String,
    account_id: String,
    kind: String,
    user_agent: String,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
}

impl SessionRow {
    fn into_session(self) -> Result<Session, AppError> {
        Ok(Session {
            id: self.id,
            account_id: AccountId(uuid(&self.account_id)?),
            kind: SessionKind::parse(&self.kind),
            user_agent: self.user_agent,
            created_at: instant(self.created_at)?,
            last_seen_at: instant(self.last_seen_at)?,
            expires_at: instant(self.expires_at)?,
        })
    }
}

impl AccountStore for Db {
    async fn insert_account(&self, account: &NewAccount) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, \
             email_verified_at, is_coordinator, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8)",
        )
        .bind(account.id.to_string())
        .bind(account.email.as_str())
        .bind(account.email.normalized())
        .bind(account.display_name.as_str())
        .bind(account.locale.code())
        .bind(account.password_hash.as_str())
        .bind(account.email_verified.then(|| millis(account.created_at)))
        .bind(millis(account.created_at))
        .execute(&self.pool)
        .await
        .map_err(|error| {
            if is_unique_violation(&error) { AppError::field_conflict("email", "error-email-taken") } else { internal(error) }
        })?;
        Ok(())
    }

    async fn account(&self, id: AccountId) -> Result<Option<Account>, AppError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1");
        sqlx::query_as::<_, AccountRow>(sqlx::AssertSqlSafe(sql))
            .bind(id.to_string())
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)?
            .map(AccountRow::into_account)
            .transpose()
    }

    async fn account_by_email(
        &self,
        email: &Email,
    ) -> Result<Option<(Account, PasswordHash)>, AppError> {
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS}, a.password_hash FROM accounts a WHERE a.email_normalized = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(email.normalized())
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)?;
        let Some(row) = row else { return Ok(None) };
        let hash: String = sqlx::Row::try_get(&row, "password_hash").map_err(internal)?;
        let account = <AccountRow as sqlx::FromRow<_>>::from_row(&row)
            .map_err(internal)?
            .into_account()?;
        Ok(Some((account, PasswordHash::from_stored(hash))))
    }

    async fn password_hash(&self, id: AccountId) -> Result<Option<PasswordHash>, AppError> {
        let hash: Option<String> =
            sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await
                .map_err(internal)?;
        Ok(hash.map(PasswordHash::from_stored))
    }

    async fn update_account_settings(
        &self,
        id: AccountId,
        display_name: &DisplayName,
        locale: Locale,
    ) -> Result<(), AppError> {
        sqlx::query("UPDATE accounts SET display_name = $1, locale = $2 WHERE id = $3")
            .bind(display_name.as_str())
            .bind(locale.code())
            .bind(id.to_string())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn set_password(&self, id: AccountId, hash: &PasswordHash) -> Result<(), AppError> {
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(hash.as_str())
            .bind(id.to_string())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn mark_email_verified(&self, id: AccountId, at: Instant) -> Result<(), AppError> {
        sqlx::query(
            "UPDATE accounts SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
        )
        .bind(millis(at))
        .bind(id.to_string())
        .execute(&self.pool)
        .await
        .map_err(internal)?;
        Ok(())
    }

    async fn set_coordinator(&self, id: AccountId, coordinator: bool) -> Result<(), AppError> {
        sqlx::query("UPDATE accounts SET is_coordinator = $1 WHERE id = $2")
            .bind(flag(coordinator))
            .bind(id.to_string())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn insert_session(&self, session: &Session) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO sessions (id, account_id, kind, user_agent, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&session.id)
        .bind(session.account_id.to_string())
        .bind(session.kind.name())
        .bind(&session.user_agent)
        .bind(millis(session.created_at))
        .bind(millis(session.last_seen_at))
        .bind(millis(session.expires_at))
        .execute(&self.pool)
        .await
        .map_err(internal)?;
        Ok(())
    }

    async fn session(
        &self,
        digest: &str,
        now: Instant,
    ) -> Result<Option<(Session, Account)>, AppError> {
        let sql = format!(
            "SELECT s.id AS session_id, s.account_id, s.kind, s.user_agent, s.created_at AS session_created_at, \
             s.last_seen_at, s.expires_at, {ACCOUNT_COLUMNS} \
             FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = $1 AND s.expires_at > $2"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(digest)
            .bind(millis(now))
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)?;
        let Some(row) = row else { return Ok(None) };
        let get_text = |name: &str| sqlx::Row::try_get::<String, _>(&row, name).map_err(internal);
        let get_int = |name: &str| sqlx::Row::try_get::<i64, _>(&row, name).map_err(internal);
        let session = SessionRow {
            id: get_text("session_id")?,
            account_id: get_text("account_id")?,
            kind: get_text("kind")?,
            user_agent: get_text("user_agent")?,
            created_at: get_int("session_created_at")?,
            last_seen_at: get_int("last_seen_at")?,
            expires_at: get_int("expires_at")?,
        }
        .into_session()?;
        let account = <AccountRow as sqlx::FromRow<_>>::from_row(&row)
            .map_err(internal)?
            .into_account()?;
        Ok(Some((session, account)))
    }

    async fn touch_session(&self, digest: &str, now: Instant) -> Result<(), AppError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(millis(now))
            .bind(digest)
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn sessions_of(&self, id: AccountId, now: Instant) -> Result<Vec<Session>, AppError> {
        sqlx::query_as::<_, SessionRow>(
            "SELECT id, account_id, kind, user_agent, created_at, last_seen_at, expires_at FROM sessions \
             WHERE account_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC",
        )
        .bind(id.to_string())
        .bind(millis(now))
        .fetch_all(&self.pool)
        .await
        .map_err(internal)?
        .into_iter()
        .map(SessionRow::into_session)
        .collect()
    }

    async fn end_session(&self, id: AccountId, digest: &str) -> Result<bool, AppError> {
        let done = sqlx::query("DELETE FROM sessions WHERE id = $1 AND account_id = $2")
            .bind(digest)
            .bind(id.to_string())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(done.rows_affected() > 0)
    }

    async fn end_other_sessions(&self, id: AccountId, keep: Option<&str>) -> Result<(), AppError> {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id <> $2")
            .bind(id.to_string())
            .bind(keep.unwrap_or(""))
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn insert_one_time_token(
        &self,
        digest: &str,
        id: AccountId,
        purpose: TokenPurpose,
        expires_at: Instant,
    ) -> Result<(), AppError> {
        sqlx::query("INSERT INTO one_time_tokens (digest, account_id, purpose, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(digest)
            .bind(id.to_string())
            .bind(purpose.name())
            .bind(millis(expires_at))
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn use_one_time_token(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: Instant,
    ) -> Result<Option<AccountId>, AppError> {
        let account: Option<String> = sqlx::query_scalar(
            "UPDATE one_time_tokens SET used_at = $1 \
             WHERE digest = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
        )
        .bind(millis(now))
        .bind(digest)
        .bind(purpose.name())
        .fetch_optional(&self.pool)
        .await
        .map_err(internal)?;
        account.map(|id| uuid(&id).map(AccountId)).transpose()
    }

    async fn record_sign_in_failure(
        &self,
        subjects: &[String],
        at: Instant,
    ) -> Result<(), AppError> {
        let mut tx = self.pool.begin().await.map_err(internal)?;
        for subject in subjects {
            sqlx::query("INSERT INTO sign_in_failures (subject, failed_at) VALUES ($1, $2)")
                .bind(subject)
                .bind(millis(at))
                .execute(&mut *tx)
                .await
                .map_err(internal)?;
        }
        tx.commit().await.map_err(internal)
    }

    async fn sign_in_failures(
        &self,
        subject: &str,
        since: Instant,
    ) -> Result<(i64, Option<Instant>), AppError> {
        let (count, earliest): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MIN(failed_at) FROM sign_in_failures WHERE subject = $1 AND failed_at > $2",
        )
        .bind(subject)
        .bind(millis(since))
        .fetch_one(&self.pool)
        .await
        .map_err(internal)?;
        Ok((count, earliest.map(instant).transpose()?))
    }

    async fn clear_sign_in_failures(&self, subject: &str) -> Result<(), AppError> {
        sqlx::query("DELETE FROM sign_in_failures WHERE subject = $1")
            .bind(subject)
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }
}
