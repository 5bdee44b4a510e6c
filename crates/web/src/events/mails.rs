//! The mails about events, each in its recipient's language: the place that came free for
//! someone waiting, and the reminder the day before. Both are queued in the same transaction as
//! the change they report (see `store::events`), so neither is lost nor sent twice.

use domain::AppError;
use domain::events::{self, Event, Recipient};
use domain::mail::OutgoingMail;
use domain::time::Instant;
use store::Db;

use super::{event_path, location, when};
use crate::i18n;

fn mail(base_url: &str, event: &Event, to: &Recipient, subject: &str, body: &str) -> OutgoingMail {
    let link = format!("{base_url}{}", event_path(event));
    let time = when(to.locale, event);
    let place = location(event);
    OutgoingMail {
        to: to.email.clone(),
        subject: i18n::t_text(to.locale, subject, &[("title", &event.title)]),
        body: i18n::t_text(
            to.locale,
            body,
            &[
                ("name", &to.name),
                ("title", &event.title),
                ("when", &time),
                ("zone", event.slot.zone.name()),
                ("where", &place),
                ("link", &link),
            ],
        ),
    }
}

/// To the first person waiting, now going.
pub fn moved_up(base_url: &str, event: &Event, to: &Recipient) -> OutgoingMail {
    mail(
        base_url,
        event,
        to,
        "mail-event-moved-up-subject",
        "mail-event-moved-up-body",
    )
}

pub fn reminder(base_url: &str, event: &Event, to: &Recipient) -> OutgoingMail {
    mail(
        base_url,
        event,
        to,
        "mail-event-reminder-subject",
        "mail-event-reminder-body",
    )
}

/// Queues the reminders that are due; the worker calls it every few seconds.
pub async fn send_reminders(db: &Db, base_url: &str, now: Instant) -> Result<usize, AppError> {
    events::send_reminders(db, &|event, to| reminder(base_url, event, to), now).await
}
