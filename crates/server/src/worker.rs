//! The background worker: claims due jobs from the durable queue one at a time, runs them, and
//! records the outcome. Runs in every `serve` process; the queue makes sure each job is done once.

use std::time::Duration;

use domain::jobs::{self, Job, JobKind, JobQueue as _};
use domain::mail::OutgoingMail;
use domain::support::MessageId;
use domain::time;
use store::Db;
use tokio::sync::watch;

use crate::mailer::Mailer;

const IDLE_PAUSE: Duration = Duration::from_millis(500);
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(3600);
/// How often the worker looks for events starting within a day whose reminders are due. The
/// look is one indexed query; each reminder is recorded as it is queued, so it goes out once.
const REMINDERS_EVERY: Duration = Duration::from_secs(10);

pub struct Worker {
    pub db: Db,
    pub mailer: Mailer,
    /// The public URL, for links in the mails the worker writes.
    pub base_url: String,
}

impl Worker {
    /// Works until `stop` turns true; a job in hand is finished first.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let mut last_housekeeping = tokio::time::Instant::now() - HOUSEKEEPING_EVERY;
        let mut last_reminders = tokio::time::Instant::now() - REMINDERS_EVERY;
        loop {
            if *stop.borrow() {
                return;
            }
            if last_housekeeping.elapsed() >= HOUSEKEEPING_EVERY {
                if let Err(error) = self.db.remove_expired(time::now()).await {
                    tracing::warn!(%error, "housekeeping failed");
                }
                last_housekeeping = tokio::time::Instant::now();
            }
            if last_reminders.elapsed() >= REMINDERS_EVERY {
                let queued =
                    web::events::mails::send_reminders(&self.db, &self.base_url, time::now()).await;
                if let Err(error) = queued {
                    tracing::warn!(%error, "cannot queue event reminders");
                }
                last_reminders = tokio::time::Instant::now();
            }
            let worked = match self.db.claim(time::now()).await {
                Ok(Some(job)) => {
                    self.process(job).await;
                    true
                }
                Ok(None) => false,
                Err(error) => {
                    tracing::warn!(%error, "cannot claim a job");
                    false
                }
            };
            if !worked {
                tokio::select! {
                    () = tokio::time::sleep(IDLE_PAUSE) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }

    async fn process(&self, job: Job) {
        let outcome = match JobKind::parse(&job.kind) {
            Some(JobKind::SendMail) => {
                match serde_json::from_value::<OutgoingMail>(job.payload.clone()) {
                    Ok(mail) => self.mailer.send(&mail).await,
                    Err(error) => Err(format!("unreadable mail payload: {error}")),
                }
            }
            Some(JobKind::UnreadReminder) => self.remind_about_unread(&job.payload).await,
            None => Err(format!("unknown job kind {:?}", job.kind)),
        };
        let now = time::now();
        let recorded = match outcome {
            Ok(()) => self.db.complete(&job.id, now).await,
            Err(error) => {
                let retry_at = jobs::after_failure(&job, now);
                tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, %error, retry = retry_at.is_some(), "job failed");
                self.db.fail(&job.id, &error, retry_at, now).await
            }
        };
        if let Err(error) = recorded {
            tracing::error!(job = %job.id, %error, "cannot record the job's outcome; its lease will run out and it will run again");
        }
    }

    async fn remind_about_unread(&self, payload: &serde_json::Value) -> Result<(), String> {
        let message = payload
            .get("message_id")
            .and_then(serde_json::Value::as_str)
            .and_then(MessageId::parse)
            .ok_or_else(|| format!("unreadable reminder payload: {payload}"))?;
        web::support::mails::remind_about_unread(&self.db, &self.base_url, message, time::now())
            .await
            .map_err(|error| error.to_string())
    }
}
