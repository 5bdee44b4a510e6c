//! Events and the answers to them. Every change to an event's answers runs in one transaction
//! that starts by locking the event's row (an UPDATE that changes nothing), so that on either
//! engine answers to one event are changed one at a time: the counts on the row stay true, the
//! capacity is never passed, and two cancellations move up two different people.

use domain::AppError;
use domain::accounts::AccountId;
use domain::calendar::{Slot, Zone};
use domain::communities::CommunityId;
use domain::events::{
    Attendee, Compose, Event, EventCursor, EventDraft, EventId, EventStore, EventUpdate,
    PlaceSummary, Recipient, RsvpStatus, Window,
};
use domain::mail::OutgoingMail;
use domain::media::{ImageId, PhotoChange};
use domain::places::{Accessibility, PlaceId};
use domain::search::Kind;
use domain::support::{Language, Person};
use domain::time::Instant;
use domain::{Locale, events};

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::media::{picture_columns, read_picture};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

mod rsvps;

/// An event's columns (`EVENT_COLUMNS` of them, read by `read_event`) and the joins they need.
macro_rules! event_columns {
    () => {
        concat!(
            "e.id, e.community_id, co.slug, e.organiser_id, a.display_name, e.title, e.body, e.starts_at, \
             e.ends_at, e.time_zone, e.place_id, p.name, p.address, e.online_url, e.capacity, e.price, \
             e.accessibility, e.languages, e.going_count, e.waitlist_count, e.hidden_at, e.created_at, ",
            picture_columns!()
        )
    };
}
macro_rules! event_joins {
    () => {
        " JOIN accounts a ON a.id = e.organiser_id JOIN communities co ON co.id = e.community_id \
         LEFT JOIN places p ON p.id = e.place_id LEFT JOIN images im ON im.id = e.image_id"
    };
}

/// How many columns `event_columns!()` selects: what a query selects after them starts here.
const EVENT_COLUMNS: usize = 27;

fn read_event(row: &dyn Row) -> Result<Event, DbError> {
    let zone = stored("time_zone", Zone::parse(&row.text(9)?))?;
    let place = match row.optional_text(10)? {
        Some(id) => Some(PlaceSummary {
            id: PlaceId(uuid(&id)?),
            name: row.optional_text(11)?.unwrap_or_default(),
            address: row.optional_text(12)?.unwrap_or_default(),
        }),
        None => None,
    };
    let languages = row
        .text(17)?
        .split(',')
        .filter(|code| !code.is_empty())
        .map(|code| stored("languages", Language::parse(code)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Event {
        id: EventId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        organiser: person(row, 3)?,
        title: row.text(5)?,
        body: row.text(6)?,
        slot: Slot {
            starts_at: instant(row.int(7)?)?,
            ends_at: instant(row.int(8)?)?,
            zone,
        },
        place,
        online_url: row.optional_text(13)?,
        capacity: row.optional_int(14)?,
        price: row.text(15)?,
        accessibility: Accessibility::from_bits(row.int(16)?),
        languages,
        going_count: row.int(18)?,
        waitlist_count: row.int(19)?,
        hidden: row.optional_int(20)?.is_some(),
        created_at: instant(row.int(21)?)?,
        picture: read_picture(row, 22)?,
    })
}

fn person(row: &dyn Row, index: usize) -> Result<Person, DbError> {
    Ok(Person {
        id: AccountId(uuid(&row.text(index)?)?),
        name: row.text(index + 1)?,
    })
}

/// A person's account, address, name and language, from four columns starting at `index`.
pub(super) fn recipient(row: &dyn Row, index: usize) -> Result<Recipient, DbError> {
    Ok(Recipient {
        account: AccountId(uuid(&row.text(index)?)?),
        email: row.text(index + 1)?,
        name: row.text(index + 2)?,
        locale: stored("locale", Locale::parse(&row.text(index + 3)?))?,
    })
}

/// Languages between commas, so that `LIKE '%,pl,%'` finds one.
fn language_list(languages: &[Language]) -> String {
    let codes: Vec<&str> = languages.iter().map(|language| language.name()).collect();
    format!(",{},", codes.join(","))
}

/// One page of a window. Soonest first or latest first, with or without a place: each has its
/// statement, so that a place's page walks `events_by_place` and the agenda `events_by_start`.
/// `$1` community, `$2` 1 for hidden ones too, `$3..$6` the window, `$7` a language or '',
/// `$8` accessibility bits or 0, `$9` a place or '', then the keyset and the limit.
macro_rules! window_query {
    ($place:literal, $keyset:literal, $order:literal) => {
        concat!(
            "SELECT ",
            event_columns!(),
            " FROM events e",
            event_joins!(),
            " WHERE e.community_id = $1 AND ($2 = 1 OR e.hidden_at IS NULL) \
             AND e.starts_at >= $3 AND e.starts_at < $4 AND e.ends_at > $5 AND e.ends_at <= $6 \
             AND ($7 = '' OR e.languages LIKE '%,' || $7 || ',%') \
             AND ($8 = 0 OR (e.accessibility & $8) <> 0) AND ",
            $place,
            " AND ",
            $keyset,
            " ORDER BY ",
            $order,
            " LIMIT $12"
        )
    };
}

fn window_sql(latest_first: bool, by_place: bool) -> &'static str {
    match (latest_first, by_place) {
        (false, false) => window_query!(
            "$9 = $9",
            "(e.starts_at > $10 OR (e.starts_at = $10 AND e.id > $11))",
            "e.starts_at, e.id"
        ),
        (false, true) => window_query!(
            "e.place_id = $9",
            "(e.starts_at > $10 OR (e.starts_at = $10 AND e.id > $11))",
            "e.starts_at, e.id"
        ),
        (true, false) => window_query!(
            "$9 = $9",
            "(e.starts_at < $10 OR (e.starts_at = $10 AND e.id < $11))",
            "e.starts_at DESC, e.id DESC"
        ),
        (true, true) => window_query!(
            "e.place_id = $9",
            "(e.starts_at < $10 OR (e.starts_at = $10 AND e.id < $11))",
            "e.starts_at DESC, e.id DESC"
        ),
    }
}

impl EventStore for Db {
    async fn insert_event(
        &self,
        id: EventId,
        community: CommunityId,
        organiser: AccountId,
        draft: &EventDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<(), AppError> {
        let id = id.to_string();
        self.write_searched(
            "INSERT INTO events (id, community_id, organiser_id, title, body, starts_at, ends_at, time_zone, \
             place_id, online_url, capacity, price, accessibility, languages, created_at, image_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
            params![
                &id,
                community.0.to_string(),
                organiser.to_string(),
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
                millis(now),
                image.map(|image| image.to_string()),
            ],
            Kind::Event,
            &id,
        )
        .await?;
        Ok(())
    }

    async fn update_event(
        &self,
        id: EventId,
        draft: &EventDraft,
        photo: PhotoChange,
        compose: Compose<'_>,
        now: Instant,
    ) -> Result<EventUpdate, AppError> {
        rsvps::update(self, id, draft, photo, compose, now).await
    }

    async fn event(&self, id: EventId) -> Result<Option<Event>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT ",
                    event_columns!(),
                    " FROM events e",
                    event_joins!(),
                    " WHERE e.id = $1"
                ),
                params![id.to_string()],
                &read_event,
            )
            .await?)
    }

    async fn events(
        &self,
        community: CommunityId,
        window: &Window,
        after: Option<EventCursor>,
        limit: u32,
    ) -> Result<Vec<Event>, AppError> {
        let filter = window.filter;
        let (at, id) = match (after, window.latest_first) {
            (Some(cursor), _) => (millis(cursor.starts_at), cursor.id.to_string()),
            (None, false) => (i64::MIN, String::new()),
            (None, true) => (i64::MAX, String::new()),
        };
        Ok(self
            .fetch_all(
                window_sql(window.latest_first, filter.place.is_some()),
                params![
                    community.0.to_string(),
                    filter.include_hidden,
                    millis(window.starts_from),
                    millis(window.starts_before),
                    millis(window.ends_after),
                    millis(window.ends_by),
                    filter.language.map_or("", |language| language.name()),
                    filter
                        .access
                        .map_or(0, |access| Accessibility::from(access).bits()),
                    filter
                        .place
                        .map(|place| place.to_string())
                        .unwrap_or_default(),
                    at,
                    id,
                    i64::from(limit),
                ],
                &read_event,
            )
            .await?)
    }

    async fn events_of(
        &self,
        account: AccountId,
        ends_after: Instant,
        after: Option<EventCursor>,
        limit: u32,
    ) -> Result<Vec<(Event, RsvpStatus)>, AppError> {
        let (at, id) = after.map_or((i64::MIN, String::new()), |cursor| {
            (millis(cursor.starts_at), cursor.id.to_string())
        });
        Ok(self
            .fetch_all(
                concat!(
                    "SELECT ",
                    event_columns!(),
                    ", r.status FROM event_rsvps r JOIN events e ON e.id = r.event_id",
                    event_joins!(),
                    " WHERE r.account_id = $1 AND r.starts_at >= $2 AND e.ends_at > $3 AND e.hidden_at IS NULL \
                     AND (r.starts_at > $4 OR (r.starts_at = $4 AND r.event_id > $5)) \
                     ORDER BY r.starts_at, r.event_id LIMIT $6"
                ),
                params![
                    account.to_string(),
                    millis(ends_after - events::LONGEST),
                    millis(ends_after),
                    at,
                    id,
                    i64::from(limit),
                ],
                &|row| {
                    Ok((
                        read_event(row)?,
                        stored("status", RsvpStatus::parse(&row.text(EVENT_COLUMNS)?))?,
                    ))
                },
            )
            .await?)
    }

    async fn rsvp_of(
        &self,
        event: EventId,
        account: AccountId,
    ) -> Result<Option<RsvpStatus>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT status FROM event_rsvps WHERE event_id = $1 AND account_id = $2",
                params![event.to_string(), account.to_string()],
                &|row| Ok(stored("status", RsvpStatus::parse(&row.text(0)?))?),
            )
            .await?)
    }

    async fn attendees(&self, event: EventId) -> Result<Vec<Attendee>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT r.account_id, a.display_name, r.status, r.created_at FROM event_rsvps r \
                 JOIN accounts a ON a.id = r.account_id WHERE r.event_id = $1 \
                 ORDER BY r.status, r.created_at, r.account_id",
                params![event.to_string()],
                &|row| {
                    Ok(Attendee {
                        person: person(row, 0)?,
                        status: stored("status", RsvpStatus::parse(&row.text(2)?))?,
                        at: instant(row.int(3)?)?,
                    })
                },
            )
            .await?)
    }

    async fn add_rsvp(
        &self,
        event: EventId,
        account: AccountId,
        now: Instant,
    ) -> Result<(RsvpStatus, bool), AppError> {
        rsvps::add(self, event, account, now).await
    }

    async fn remove_rsvp(
        &self,
        event: EventId,
        account: AccountId,
        compose: Compose<'_>,
        now: Instant,
    ) -> Result<Option<Recipient>, AppError> {
        rsvps::remove(self, event, account, compose, now).await
    }

    async fn due_reminders(
        &self,
        from: Instant,
        until: Instant,
        limit: u32,
    ) -> Result<Vec<(Event, Recipient)>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    "SELECT ",
                    event_columns!(),
                    ", r.account_id, ra.email, ra.display_name, ra.locale \
                     FROM event_rsvps r JOIN events e ON e.id = r.event_id JOIN accounts ra ON ra.id = r.account_id",
                    event_joins!(),
                    " WHERE r.status = 'going' AND r.reminded_at IS NULL AND r.starts_at > $1 AND r.starts_at <= $2 \
                     AND e.hidden_at IS NULL ORDER BY r.starts_at, r.event_id, r.account_id LIMIT $3"
                ),
                params![millis(from), millis(until), i64::from(limit)],
                &|row| Ok((read_event(row)?, recipient(row, EVENT_COLUMNS)?)),
            )
            .await?)
    }

    async fn record_reminder(
        &self,
        event: EventId,
        mail_to: &Recipient,
        mail: &OutgoingMail,
        now: Instant,
    ) -> Result<bool, AppError> {
        rsvps::record_reminder(self, event, mail_to, mail, now).await
    }
}

/// Events stay when their organiser leaves: people planned around them; they show "former
/// member". A person's answers go, and the counts with them; a place they held goes to the
/// first person waiting, as a cancellation would give it (without the mail: the erasure is plain
/// statements).
pub(crate) const PRIVACY: Part = Part {
    feature: "events",
    export: &[
        Section {
            name: "events_organised",
            columns: &[
                "id",
                "community",
                "title",
                "body",
                "starts_at",
                "ends_at",
                "time_zone",
                "image",
                "created_at",
            ],
            sql: "SELECT e.id, c.slug, e.title, e.body, e.starts_at, e.ends_at, e.time_zone, e.image_id, \
                  e.created_at FROM events e JOIN communities c ON c.id = e.community_id WHERE e.organiser_id = $1",
        },
        Section {
            name: "rsvps",
            columns: &[
                "event",
                "title",
                "status",
                "created_at",
                "promoted_at",
                "reminded_at",
            ],
            sql: "SELECT r.event_id, e.title, r.status, r.created_at, r.promoted_at, r.reminded_at \
                  FROM event_rsvps r JOIN events e ON e.id = r.event_id WHERE r.account_id = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE events SET waitlist_count = waitlist_count - 1 \
                  WHERE id IN (SELECT event_id FROM event_rsvps WHERE account_id = $1 AND status = 'waitlisted')",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM event_rsvps WHERE account_id = $1 AND status = 'waitlisted'",
            params: Bind::Person,
        },
        // A place held: counted free when nobody waits; otherwise the first in line takes it
        // (as a cancellation would give it), and the line shortens instead.
        Erasure {
            sql: "UPDATE events SET going_count = going_count - 1 WHERE waitlist_count = 0 \
                  AND id IN (SELECT event_id FROM event_rsvps WHERE account_id = $1 AND status = 'going')",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE event_rsvps SET status = 'going', promoted_at = $1 \
                  WHERE status = 'waitlisted' AND account_id = (SELECT w.account_id FROM event_rsvps w \
                  WHERE w.event_id = event_rsvps.event_id AND w.status = 'waitlisted' \
                  ORDER BY w.created_at, w.account_id LIMIT 1) AND event_id IN (SELECT g.event_id \
                  FROM event_rsvps g WHERE g.account_id = $2 AND g.status = 'going')",
            params: Bind::TimeAndPerson,
        },
        Erasure {
            sql: "UPDATE events SET waitlist_count = waitlist_count - 1 WHERE waitlist_count > 0 \
                  AND id IN (SELECT event_id FROM event_rsvps WHERE account_id = $1 AND status = 'going')",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM event_rsvps WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};
