//! Changing the answers to an event, and the reminders: each runs in one transaction that first
//! locks the event's row, so that answers to one event change one at a time on either engine.

use domain::accounts::AccountId;
use domain::events::{Compose, EventDraft, EventId, EventUpdate, Recipient, RsvpStatus};
use domain::jobs::JobKind;
use domain::mail::OutgoingMail;
use domain::media::{ImageId, PhotoChange};
use domain::search::Kind;
use domain::time::Instant;
use domain::{AppError, Message};

use super::{language_list, recipient};
use crate::Db;
use crate::convert::{millis, stored, uuid};
use crate::jobs::enqueue_in;
use crate::sql::{DbError, Tx, params};

/// Locks the event's row for the rest of the transaction; gives its capacity and start.
async fn lock_event(tx: &mut Tx, event: &str) -> Result<(Option<i64>, i64), DbError> {
    tx.fetch_optional(
        "UPDATE events SET going_count = going_count WHERE id = $1 RETURNING capacity, going_count",
        params![event],
        &|row| Ok((row.optional_int(0)?, row.int(1)?)),
    )
    .await?
    .ok_or(DbError::Other(AppError::NotFound))
}

/// Moves the first person waiting up, when there is one; gives them.
async fn move_up_first(
    tx: &mut Tx,
    event: &str,
    now: Instant,
) -> Result<Option<Recipient>, DbError> {
    let first = tx
        .fetch_optional(
            "SELECT r.account_id, a.email, a.display_name, a.locale FROM event_rsvps r \
             JOIN accounts a ON a.id = r.account_id WHERE r.event_id = $1 AND r.status = 'waitlisted' \
             ORDER BY r.created_at, r.account_id LIMIT 1",
            params![event],
            &|row| recipient(row, 0),
        )
        .await?;
    if let Some(first) = &first {
        tx.execute(
            "UPDATE event_rsvps SET status = 'going', promoted_at = $1 WHERE event_id = $2 AND account_id = $3",
            params![millis(now), event, first.account.to_string()],
        )
        .await?;
        tx.execute(
            "UPDATE events SET going_count = going_count + 1, waitlist_count = waitlist_count - 1 WHERE id = $1",
            params![event],
        )
        .await?;
    }
    Ok(first)
}

fn mail_payload(mail: &OutgoingMail) -> Result<serde_json::Value, DbError> {
    serde_json::to_value(mail).map_err(DbError::internal)
}

pub(super) async fn add(
    db: &Db,
    event: EventId,
    account: AccountId,
    now: Instant,
) -> Result<(RsvpStatus, bool), AppError> {
    let (event, account) = (event.to_string(), account.to_string());
    Ok(db
        .transaction(async |tx| {
            let (capacity, going) = lock_event(tx, &event).await?;
            let held = tx
                .fetch_optional(
                    "SELECT status FROM event_rsvps WHERE event_id = $1 AND account_id = $2",
                    params![&event, &account],
                    &|row| Ok(stored("status", RsvpStatus::parse(&row.text(0)?))?),
                )
                .await?;
            if let Some(status) = held {
                return Ok((status, false));
            }
            let status = if capacity.is_none_or(|capacity| going < capacity) {
                RsvpStatus::Going
            } else {
                RsvpStatus::Waitlisted
            };
            tx.execute(
                "INSERT INTO event_rsvps (event_id, account_id, status, starts_at, created_at) \
                 SELECT id, $1, $2, starts_at, $3 FROM events WHERE id = $4",
                params![&account, status.name(), millis(now), &event],
            )
            .await?;
            crate::impact::record_activity_in(
                tx,
                "SELECT community_id FROM events WHERE id = $1",
                &event,
                &account,
                millis(now),
            )
            .await?;
            let count = match status {
                RsvpStatus::Going => {
                    "UPDATE events SET going_count = going_count + 1 WHERE id = $1"
                }
                RsvpStatus::Waitlisted => {
                    "UPDATE events SET waitlist_count = waitlist_count + 1 WHERE id = $1"
                }
            };
            tx.execute(count, params![&event]).await?;
            Ok((status, true))
        })
        .await?)
}

pub(super) async fn remove(
    db: &Db,
    event: EventId,
    account: AccountId,
    compose: Compose<'_>,
    now: Instant,
) -> Result<Option<Recipient>, AppError> {
    let (event, account) = (event.to_string(), account.to_string());
    Ok(db
        .transaction(async |tx| {
            lock_event(tx, &event).await?;
            let removed = tx
                .fetch_optional(
                    "DELETE FROM event_rsvps WHERE event_id = $1 AND account_id = $2 RETURNING status",
                    params![&event, &account],
                    &|row| Ok(stored("status", RsvpStatus::parse(&row.text(0)?))?),
                )
                .await?;
            match removed {
                None => return Ok(None),
                Some(RsvpStatus::Waitlisted) => {
                    tx.execute(
                        "UPDATE events SET waitlist_count = waitlist_count - 1 WHERE id = $1",
                        params![&event],
                    )
                    .await?;
                    return Ok(None);
                }
                Some(RsvpStatus::Going) => {
                    tx.execute(
                        "UPDATE events SET going_count = going_count - 1 WHERE id = $1",
                        params![&event],
                    )
                    .await?;
                }
            }
            let moved_up = move_up_first(tx, &event, now).await?;
            if let Some(person) = &moved_up {
                let payload = mail_payload(&compose(person))?;
                enqueue_in(tx, JobKind::SendMail, &payload, now, now).await?;
            }
            Ok(moved_up)
        })
        .await?)
}

/// Points the locked event at the photo `photo` leaves it with; gives the photo it showed before
/// when that one is no longer shown.
async fn change_photo(
    tx: &mut Tx,
    event: &str,
    photo: PhotoChange,
) -> Result<Option<ImageId>, DbError> {
    let image = match photo {
        PhotoChange::Keep => return Ok(None),
        PhotoChange::Remove => None,
        PhotoChange::Set(image) => Some(image),
    };
    let before = tx
        .fetch_optional(
            "SELECT image_id FROM events WHERE id = $1",
            params![event],
            &|row| row.optional_text(0),
        )
        .await?
        .flatten()
        .map(|text| uuid(&text).map(ImageId))
        .transpose()?;
    tx.execute(
        "UPDATE events SET image_id = $1 WHERE id = $2",
        params![image.map(|image| image.to_string()), event],
    )
    .await?;
    Ok(before.filter(|before| Some(*before) != image))
}

pub(super) async fn update(
    db: &Db,
    id: EventId,
    draft: &EventDraft,
    photo: PhotoChange,
    compose: Compose<'_>,
    now: Instant,
) -> Result<EventUpdate, AppError> {
    let event = id.to_string();
    Ok(db
        .transaction(async |tx| {
            let (_, mut going) = lock_event(tx, &event).await?;
            if draft.capacity.is_some_and(|capacity| capacity < going) {
                return Err(DbError::Other(AppError::invalid(
                    "capacity",
                    Message::new("error-capacity-below-going").with("going", going),
                )));
            }
            tx.execute(
                "UPDATE events SET title = $1, body = $2, starts_at = $3, ends_at = $4, \
                 time_zone = $5, place_id = $6, online_url = $7, capacity = $8, price = $9, \
                 accessibility = $10, languages = $11 WHERE id = $12",
                params![
                    &draft.title,
                    &draft.body,
                    millis(draft.slot.starts_at),
                    millis(draft.slot.ends_at),
                    draft.slot.zone.name(),
                    draft.place.map(|place| place.to_string()),
                    draft.online_url.clone(),
                    draft.capacity,
                    &draft.price,
                    draft.accessibility.bits(),
                    language_list(&draft.languages),
                    &event,
                ],
            )
            .await?;
            crate::search::refresh(tx, Kind::Event, &event).await?;
            let replaced_image = change_photo(tx, &event, photo).await?;
            // A new time is a new day before: the reminder goes out again.
            tx.execute(
                "UPDATE event_rsvps SET reminded_at = CASE WHEN starts_at = $1 THEN reminded_at END, \
                 starts_at = $1 WHERE event_id = $2",
                params![millis(draft.slot.starts_at), &event],
            )
            .await?;
            let mut moved_up = Vec::new();
            while draft.capacity.is_none_or(|capacity| going < capacity) {
                let Some(person) = move_up_first(tx, &event, now).await? else {
                    break;
                };
                enqueue_in(tx, JobKind::SendMail, &mail_payload(&compose(&person))?, now, now)
                    .await?;
                moved_up.push(person);
                going += 1;
            }
            Ok(EventUpdate {
                moved_up,
                replaced_image,
            })
        })
        .await?)
}

pub(super) async fn record_reminder(
    db: &Db,
    event: EventId,
    mail_to: &Recipient,
    mail: &OutgoingMail,
    now: Instant,
) -> Result<bool, AppError> {
    let (event, account) = (event.to_string(), mail_to.account.to_string());
    Ok(db
        .transaction(async |tx| {
            let marked = tx
                .execute(
                    "UPDATE event_rsvps SET reminded_at = $1 WHERE event_id = $2 AND account_id = $3 \
                     AND status = 'going' AND reminded_at IS NULL",
                    params![millis(now), &event, &account],
                )
                .await?;
            if marked == 1 {
                enqueue_in(tx, JobKind::SendMail, &mail_payload(mail)?, now, now).await?;
            }
            Ok(marked == 1)
        })
        .await?)
}
