use chrono::DateTime;

use super::store::Compose;
use super::{Event, EventDraft, EventId, EventStore, LONGEST, Recipient, RsvpStatus};
use crate::accounts::AccountId;
use crate::communities::{Community, Participant};
use crate::mail::OutgoingMail;
use crate::media::{self, ImageId, ImageStore, MediaStorage, PhotoChange};
use crate::places::{Access, PlaceId, PlaceStore};
use crate::support::Language;
use crate::time::{Duration, Instant};
use crate::{AppError, Message};

/// Which events, in which order: the agenda (still on, soonest first), the past (latest first),
/// or a span of start times; each optionally by language, accessibility and place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub starts_from: Instant,
    pub starts_before: Instant,
    pub ends_after: Instant,
    pub ends_by: Instant,
    pub latest_first: bool,
    pub filter: AgendaFilter,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    pub language: Option<Language>,
    pub access: Option<Access>,
    pub place: Option<PlaceId>,
    /// Moderators see hidden events too, marked.
    pub include_hidden: bool,
}

impl Window {
    /// What is still on or yet to come. An event lasts at most `LONGEST`, so one that started
    /// earlier than that has ended: the walk along the start times begins there.
    pub fn upcoming(now: Instant, filter: AgendaFilter) -> Self {
        Self {
            starts_from: now - LONGEST,
            starts_before: DateTime::<chrono::Utc>::MAX_UTC,
            ends_after: now,
            ends_by: DateTime::<chrono::Utc>::MAX_UTC,
            latest_first: false,
            filter,
        }
    }

    pub fn past(now: Instant, filter: AgendaFilter) -> Self {
        Self {
            starts_from: DateTime::<chrono::Utc>::MIN_UTC,
            starts_before: now,
            ends_after: DateTime::<chrono::Utc>::MIN_UTC,
            ends_by: now,
            latest_first: true,
            filter,
        }
    }

    /// Events starting in `[from, to)`, soonest first.
    pub fn between(from: Instant, to: Instant, filter: AgendaFilter) -> Self {
        Self {
            starts_from: from,
            starts_before: to,
            ends_after: DateTime::<chrono::Utc>::MIN_UTC,
            ends_by: DateTime::<chrono::Utc>::MAX_UTC,
            latest_first: false,
            filter,
        }
    }
}

/// Where the next page starts: after the event with this start and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventCursor {
    pub starts_at: Instant,
    pub id: uuid::Uuid,
}

impl EventCursor {
    pub fn after(event: &Event) -> Self {
        Self {
            starts_at: event.slot.starts_at,
            id: event.id.0,
        }
    }

    pub fn encode(&self) -> String {
        format!("{}.{}", self.starts_at.timestamp_millis(), self.id)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (millis, id) = text.split_once('.')?;
        Some(Self {
            starts_at: DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

pub struct EventPage {
    pub items: Vec<Event>,
    pub next: Option<EventCursor>,
}

fn paged(mut items: Vec<Event>, limit: u32) -> EventPage {
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(EventCursor::after)
    } else {
        None
    };
    EventPage { items, next }
}

/// The field an API body names its photo in.
pub const IMAGE_FIELD: &str = "image_id";

/// Organisers put an event on; its place must be one of the community's, and its photo one the
/// organiser uploaded (422 on `image_id` otherwise).
pub async fn create(
    store: &(impl EventStore + PlaceStore + ImageStore),
    community: &Community,
    participant: &Participant,
    draft: &EventDraft,
    photo: Option<ImageId>,
    now: Instant,
) -> Result<Event, AppError> {
    let organiser = participant.organiser()?;
    if let Some(place) = draft.place {
        crate::places::find(store, community, place)
            .await
            .map_err(|_| AppError::invalid("place_id", Message::new("error-place-unknown")))?;
    }
    if let Some(image) = photo {
        media::attachable(store, organiser, image, false, IMAGE_FIELD).await?;
    }
    let id = EventId::generate();
    store
        .insert_event(id, community.id, organiser, draft, photo, now)
        .await?;
    store
        .event(id)
        .await?
        .ok_or(AppError::internal("event vanished after insert"))
}

/// A change to an event: its new draft, what becomes of its photo, and the mail to people who
/// move up from the waiting list.
pub struct EventChange<'a> {
    pub draft: &'a EventDraft,
    pub photo: PhotoChange,
    pub compose: Compose<'a>,
}

/// Organisers change an event: what, when, where, how many, and its photo (a new one must be
/// the organiser's own upload). Those going stay going; when the capacity grows, the first
/// people waiting move up and are told. A photo replaced or removed is deleted, files and all.
pub async fn edit(
    store: &(impl EventStore + PlaceStore + ImageStore),
    storage: &impl MediaStorage,
    community: &Community,
    participant: &Participant,
    event: &Event,
    change: EventChange<'_>,
    now: Instant,
) -> Result<Event, AppError> {
    let EventChange {
        draft,
        photo,
        compose,
    } = change;
    let organiser = participant.organiser()?;
    if event.community_id != community.id {
        return Err(AppError::NotFound);
    }
    if let Some(place) = draft.place {
        crate::places::find(store, community, place)
            .await
            .map_err(|_| AppError::invalid("place_id", Message::new("error-place-unknown")))?;
    }
    if let PhotoChange::Set(image) = photo {
        media::attachable(store, organiser, image, false, IMAGE_FIELD).await?;
    }
    let update = store
        .update_event(event.id, draft, photo, compose, now)
        .await?;
    if let Some(old) = update.replaced_image {
        media::discard(store, storage, old).await?;
    }
    store
        .event(event.id)
        .await?
        .ok_or(AppError::internal("event vanished after update"))
}

/// The event, unless it is hidden from this reader.
pub fn visible_to(participant: &Participant, event: Event) -> Result<Event, AppError> {
    if event.hidden && !participant.sees_hidden() {
        Err(AppError::NotFound)
    } else {
        Ok(event)
    }
}

pub async fn find(
    store: &impl EventStore,
    participant: &Participant,
    id: EventId,
) -> Result<Event, AppError> {
    visible_to(
        participant,
        store.event(id).await?.ok_or(AppError::NotFound)?,
    )
}

/// One page of a community's events in the window.
pub async fn list(
    store: &impl EventStore,
    community: &Community,
    participant: &Participant,
    window: Window,
    after: Option<EventCursor>,
    limit: u32,
) -> Result<EventPage, AppError> {
    let window = Window {
        filter: super::AgendaFilter {
            include_hidden: participant.sees_hidden(),
            ..window.filter
        },
        ..window
    };
    let items = store
        .events(community.id, &window, after, limit + 1)
        .await?;
    Ok(paged(items, limit))
}

/// The signed-in person's events still to come, with their answer to each.
pub async fn mine(
    store: &impl EventStore,
    account: AccountId,
    after: Option<EventCursor>,
    limit: u32,
    now: Instant,
) -> Result<(Vec<(Event, RsvpStatus)>, Option<EventCursor>), AppError> {
    let mut items = store.events_of(account, now, after, limit + 1).await?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|(event, _)| EventCursor::after(event))
    } else {
        None
    };
    Ok((items, next))
}

/// Members sign up: going while places are free, then waiting. Signing up again changes nothing
/// and gives the answer already held, with `false`.
pub async fn rsvp(
    store: &impl EventStore,
    participant: &Participant,
    event: &Event,
    now: Instant,
) -> Result<(RsvpStatus, bool), AppError> {
    let member = participant.member()?;
    if event.has_ended(now) {
        return Err(AppError::conflict("error-event-over"));
    }
    store.add_rsvp(event.id, member, now).await
}

/// Cancels the member's answer; when that frees a place, the first person waiting moves up and
/// `compose`'s mail to them is queued with the change. Cancelling nothing is not an error.
pub async fn cancel(
    store: &impl EventStore,
    participant: &Participant,
    event: &Event,
    compose: Compose<'_>,
    now: Instant,
) -> Result<Option<Recipient>, AppError> {
    let member = participant.member()?;
    store.remove_rsvp(event.id, member, compose, now).await
}

/// How far ahead the reminder goes out: the day before.
pub const REMIND_AHEAD: Duration = Duration::hours(24);

/// Queues one reminder for each person going to an event that starts within a day, once.
/// Gives how many were queued. Safe to run on several nodes at once.
pub async fn send_reminders(
    store: &impl EventStore,
    compose: &(dyn Fn(&Event, &Recipient) -> OutgoingMail + Sync),
    now: Instant,
) -> Result<usize, AppError> {
    const BATCH: u32 = 200;
    let mut queued = 0;
    loop {
        let due = store.due_reminders(now, now + REMIND_AHEAD, BATCH).await?;
        let mut queued_now = 0;
        for (event, recipient) in &due {
            let mail = compose(event, recipient);
            if store
                .record_reminder(event.id, recipient, &mail, now)
                .await?
            {
                queued_now += 1;
            }
        }
        queued += queued_now;
        // A short batch was the last; one where another node got there first may repeat.
        if due.len() < BATCH as usize || queued_now == 0 {
            return Ok(queued);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_cursor_reads_back() {
        let cursor = EventCursor {
            starts_at: DateTime::from_timestamp_millis(1_790_000_000_000).unwrap(),
            id: uuid::Uuid::now_v7(),
        };
        assert_eq!(EventCursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(EventCursor::decode("x.y"), None);
    }

    #[test]
    fn the_agenda_looks_back_only_as_far_as_the_longest_event() {
        let now = crate::time::now();
        let window = Window::upcoming(now, AgendaFilter::default());
        assert_eq!(window.starts_from, now - LONGEST);
        assert_eq!(window.ends_after, now);
        assert!(Window::past(now, AgendaFilter::default()).latest_first);
    }
}
