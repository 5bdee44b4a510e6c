use domain::AppError;
use domain::jobs::{DEFAULT_MAX_ATTEMPTS, Job, JobKind, JobQueue, LEASE};
use domain::time::Instant;
use uuid::Uuid;

use crate::convert::millis;
use crate::sql::params;
use crate::{Db, Engine};

/// The one place where the engines differ for jobs: PostgreSQL lets several nodes claim at once
/// without waiting on each other (`FOR UPDATE SKIP LOCKED`); SQLite has a single writer, so the
/// same statement without the locking clause is already exclusive.
fn claim_sql(engine: Engine) -> &'static str {
    macro_rules! claim {
        ($locking:literal) => {
            concat!(
                "UPDATE jobs SET status = 'running', attempts = attempts + 1, leased_until = $1, updated_at = $2 \
                 WHERE id = (SELECT id FROM jobs WHERE (status = 'queued' AND run_at <= $2) \
                 OR (status = 'running' AND leased_until < $2) ORDER BY run_at LIMIT 1",
                $locking,
                ") RETURNING id, kind, payload, attempts, max_attempts"
            )
        };
    }
    match engine {
        Engine::Postgres => claim!(" FOR UPDATE SKIP LOCKED"),
        Engine::Sqlite => claim!(""),
    }
}

/// Queues a job inside a transaction, so that it exists exactly when what it reports does.
pub(crate) async fn enqueue_in(
    tx: &mut crate::sql::Tx,
    kind: JobKind,
    payload: &serde_json::Value,
    run_at: Instant,
    now: Instant,
) -> Result<(), crate::sql::DbError> {
    tx.execute(
        "INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_at, created_at, updated_at) \
         VALUES ($1, $2, $3, 'queued', 0, $4, $5, $6, $6)",
        params![
            Uuid::now_v7().to_string(),
            kind.name(),
            payload.to_string(),
            DEFAULT_MAX_ATTEMPTS,
            millis(run_at),
            millis(now)
        ],
    )
    .await?;
    Ok(())
}

impl JobQueue for Db {
    async fn enqueue(
        &self,
        kind: JobKind,
        payload: &serde_json::Value,
        run_at: Instant,
    ) -> Result<String, AppError> {
        let id = Uuid::now_v7().to_string();
        let now = millis(domain::time::now());
        self.execute(
            "INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_at, created_at, updated_at) \
             VALUES ($1, $2, $3, 'queued', 0, $4, $5, $6, $6)",
            params![&id, kind.name(), payload.to_string(), DEFAULT_MAX_ATTEMPTS, millis(run_at), now],
        )
        .await?;
        Ok(id)
    }

    async fn claim(&self, now: Instant) -> Result<Option<Job>, AppError> {
        Ok(self
            .execute_returning(
                claim_sql(self.engine()),
                params![millis(now + LEASE), millis(now)],
                &|row| {
                    Ok(Job {
                        id: row.text(0)?,
                        kind: row.text(1)?,
                        payload: serde_json::from_str(&row.text(2)?).map_err(AppError::internal)?,
                        attempts: row.int(3)?,
                        max_attempts: row.int(4)?,
                    })
                },
            )
            .await?)
    }

    /// A finished job keeps its row for the record, but not its payload: mails hold addresses.
    async fn complete(&self, job_id: &str, now: Instant) -> Result<(), AppError> {
        self.execute(
            "UPDATE jobs SET status = 'done', payload = '{}', leased_until = NULL, updated_at = $1 WHERE id = $2",
            params![millis(now), job_id],
        )
        .await?;
        Ok(())
    }

    async fn fail(
        &self,
        job_id: &str,
        error: &str,
        retry_at: Option<Instant>,
        now: Instant,
    ) -> Result<(), AppError> {
        let (status, run_at) = match retry_at {
            Some(at) => ("queued", millis(at)),
            None => ("failed", millis(now)),
        };
        self.execute(
            "UPDATE jobs SET status = $1, run_at = $2, last_error = $3, leased_until = NULL, updated_at = $4 WHERE id = $5",
            params![status, run_at, error.chars().take(2000).collect::<String>(), millis(now), job_id],
        )
        .await?;
        Ok(())
    }
}

impl Db {
    /// How many jobs wait in each state, for the metrics and for tests.
    pub async fn job_counts(&self) -> Result<Vec<(String, i64)>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT status, COUNT(*) FROM jobs GROUP BY status ORDER BY status",
                params![],
                &|row| Ok((row.text(0)?, row.int(1)?)),
            )
            .await?)
    }

    /// Deletes what has expired: sessions, used or stale one-time tokens, old sign-in failures,
    /// and finished jobs older than a week.
    pub async fn remove_expired(&self, now: Instant) -> Result<(), AppError> {
        let now_ms = millis(now);
        let week_ago = millis(now - domain::time::Duration::days(7));
        let day_ago = millis(now - domain::time::Duration::days(1));
        let statements: [(&'static str, i64); 4] = [
            ("DELETE FROM sessions WHERE expires_at <= $1", now_ms),
            (
                "DELETE FROM one_time_tokens WHERE expires_at <= $1 OR used_at IS NOT NULL",
                now_ms,
            ),
            (
                "DELETE FROM sign_in_failures WHERE failed_at <= $1",
                day_ago,
            ),
            (
                "DELETE FROM jobs WHERE status = 'done' AND updated_at <= $1",
                week_ago,
            ),
        ];
        for (sql, bound) in statements {
            self.execute(sql, params![bound]).await?;
        }
        Ok(())
    }
}
