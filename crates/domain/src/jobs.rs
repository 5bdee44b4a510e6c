//! The durable job queue: background work (mail now; newsletters and digests later) is written to
//! the database first, so a crash or restart never loses it. Every `serve` node runs a worker that
//! claims jobs one at a time; a failed job is retried with growing pauses.

use std::future::Future;

use crate::AppError;
use crate::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    SendMail,
    /// One e-mail about a message still unread after the hour (see `support::UnreadReminder`).
    UnreadReminder,
}

impl JobKind {
    pub const fn name(self) -> &'static str {
        match self {
            JobKind::SendMail => "send_mail",
            JobKind::UnreadReminder => "unread_reminder",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [JobKind::SendMail, JobKind::UnreadReminder]
            .into_iter()
            .find(|kind| kind.name() == name)
    }
}

/// A job claimed by a worker: it holds the claim until `lease_until`, after which another worker
/// may take it again (the first one is presumed dead).
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: String,
    pub kind: String,
    pub payload: serde_json::Value,
    /// Attempts made so far, counting the current one.
    pub attempts: i64,
    pub max_attempts: i64,
}

pub const DEFAULT_MAX_ATTEMPTS: i64 = 8;
pub const LEASE: Duration = Duration::minutes(5);

/// How long to wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, …
/// up to one hour.
pub fn backoff(attempts: i64) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 7)).unwrap_or(7);
    Duration::seconds(30 * 2_i64.pow(doublings)).min(Duration::hours(1))
}

/// What happens to a job after a failed attempt.
pub fn after_failure(job: &Job, now: Instant) -> Option<Instant> {
    (job.attempts < job.max_attempts).then(|| now + backoff(job.attempts))
}

pub trait JobQueue: Sync {
    fn enqueue(
        &self,
        kind: JobKind,
        payload: &serde_json::Value,
        run_at: Instant,
    ) -> impl Future<Output = Result<String, AppError>> + Send;

    /// Claims the next job that is due, or one whose lease ran out.
    fn claim(&self, now: Instant) -> impl Future<Output = Result<Option<Job>, AppError>> + Send;

    fn complete(
        &self,
        job_id: &str,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;

    /// Records the error; `retry_at` queues the job again, `None` gives up on it.
    fn fail(
        &self,
        job_id: &str,
        error: &str,
        retry_at: Option<Instant>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stops_at_an_hour() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(3), Duration::seconds(120));
        assert_eq!(backoff(20), Duration::hours(1));
    }

    #[test]
    fn a_job_is_given_up_after_its_last_attempt() {
        let now = crate::time::now();
        let mut job = Job {
            id: "j".into(),
            kind: "send_mail".into(),
            payload: serde_json::Value::Null,
            attempts: 1,
            max_attempts: 2,
        };
        assert_eq!(after_failure(&job, now), Some(now + Duration::seconds(30)));
        job.attempts = 2;
        assert_eq!(after_failure(&job, now), None);
    }
}
