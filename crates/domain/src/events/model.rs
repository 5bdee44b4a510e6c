use crate::calendar::{Slot, SlotInput};
use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::media::{ImageId, Picture};
use crate::places::{Access, Accessibility, PlaceId};
use crate::support::{Language, Person, parse_languages};
use crate::time::{Duration, Instant};
use crate::{AppError, FieldErrors, Locale, Message, text};

id_type!(
    /// An event.
    EventId
);

named_enum!(
    /// Where a person stands for an event.
    RsvpStatus, "error-rsvp-status-unknown", { Going = "going", Waitlisted = "waitlisted" }
);

pub const TITLE_MAX_CHARS: usize = 140;
pub const BODY_MAX_CHARS: usize = 20_000;
pub const PRICE_MAX_CHARS: usize = 120;
pub const URL_MAX_CHARS: usize = 500;
pub const CAPACITY_MAX: i64 = 100_000;
/// The longest an event may last. It bounds how far back the agenda looks for events still on.
pub const LONGEST: Duration = Duration::days(14);

/// An event as typed, before parsing: forms and the API both give text.
#[derive(Debug, Clone, Default)]
pub struct EventInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub starts_at: &'a str,
    pub ends_at: &'a str,
    pub time_zone: &'a str,
    pub place_id: &'a str,
    pub online_url: &'a str,
    pub capacity: &'a str,
    pub price: &'a str,
    pub accessibility: Vec<&'a str>,
    pub languages: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDraft {
    pub title: String,
    pub body: String,
    pub slot: Slot,
    pub place: Option<PlaceId>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub price: String,
    pub accessibility: Accessibility,
    pub languages: Vec<Language>,
}

fn online_url(text: &str) -> Result<Option<String>, Message> {
    let url = text::optional(text, URL_MAX_CHARS)?;
    if url.is_empty() {
        return Ok(None);
    }
    let has_host = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| url.strip_prefix(scheme))
        .any(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
    if has_host {
        Ok(Some(url))
    } else {
        Err(Message::new("error-url-invalid"))
    }
}

fn capacity(text: &str) -> Result<Option<i64>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i64>() {
        Ok(value) if (1..=CAPACITY_MAX).contains(&value) => Ok(Some(value)),
        _ => Err(Message::new("error-capacity-range").with("max", CAPACITY_MAX)),
    }
}

fn place(text: &str) -> Result<Option<PlaceId>, Message> {
    match text.trim() {
        "" => Ok(None),
        id => PlaceId::parse(id)
            .map(Some)
            .ok_or(Message::new("error-place-unknown")),
    }
}

impl EventDraft {
    pub fn parse(input: &EventInput<'_>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(input.body, BODY_MAX_CHARS));
        let slot = Slot::parse(
            SlotInput {
                starts_at: input.starts_at,
                ends_at: input.ends_at,
                time_zone: input.time_zone,
            },
            &mut errors,
        );
        if let Some(slot) = slot
            && slot.ends_at - slot.starts_at > LONGEST
        {
            errors.add(
                "ends_at",
                Message::new("error-event-too-long").with("days", LONGEST.num_days()),
            );
        }
        let place = errors.check("place_id", place(input.place_id));
        let online_url = errors.check("online_url", online_url(input.online_url));
        if let (Some(None), Some(None)) = (&place, &online_url) {
            errors.add("place_id", Message::new("error-event-where-missing"));
        }
        let capacity = errors.check("capacity", capacity(input.capacity));
        let price = errors.check("price", text::optional(input.price, PRICE_MAX_CHARS));
        let accessibility = errors.check(
            "accessibility",
            Accessibility::parse(input.accessibility.iter().copied()),
        );
        let languages = errors.check(
            "languages",
            parse_languages(input.languages.iter().copied()),
        );
        match (
            title,
            body,
            slot,
            place,
            online_url,
            capacity,
            price,
            accessibility,
            languages,
        ) {
            (
                Some(title),
                Some(body),
                Some(slot),
                Some(place),
                Some(online_url),
                Some(capacity),
                Some(price),
                Some(accessibility),
                Some(languages),
            ) if errors.is_empty() => Ok(Self {
                title,
                body,
                slot,
                place,
                online_url,
                capacity,
                price,
                accessibility,
                languages,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// The place of an event, as its pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSummary {
    pub id: PlaceId,
    pub name: String,
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: EventId,
    pub community_id: CommunityId,
    pub community_slug: String,
    /// Who created it; the name is empty for a former member.
    pub organiser: Person,
    pub title: String,
    pub body: String,
    pub slot: Slot,
    pub place: Option<PlaceSummary>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub price: String,
    pub accessibility: Accessibility,
    pub languages: Vec<Language>,
    pub going_count: i64,
    pub waitlist_count: i64,
    /// Its photo, if an organiser gave one.
    pub picture: Option<Picture>,
    /// Hidden by a moderator: only moderators still see it.
    pub hidden: bool,
    pub created_at: Instant,
}

impl Event {
    pub fn is_full(&self) -> bool {
        self.capacity
            .is_some_and(|capacity| self.going_count >= capacity)
    }

    /// Places still free, when there is a capacity.
    pub fn places_left(&self) -> Option<i64> {
        self.capacity
            .map(|capacity| (capacity - self.going_count).max(0))
    }

    pub fn has_ended(&self, now: Instant) -> bool {
        self.slot.ends_at <= now
    }

    pub fn has(&self, access: Access) -> bool {
        self.accessibility.has(access)
    }
}

/// What changing an event did beyond the event itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventUpdate {
    /// The people moved up from the waiting list into new places.
    pub moved_up: Vec<Recipient>,
    /// The photo the event showed before, when it was replaced or removed.
    pub replaced_image: Option<ImageId>,
}

/// Someone an event's mail goes to, in their own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub account: crate::accounts::AccountId,
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

/// A person's answer to an event, as organisers see the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub person: Person,
    pub status: RsvpStatus,
    pub at: Instant,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn input<'a>() -> EventInput<'a> {
        EventInput {
            title: "Wieczór poezji",
            body: "Czytamy wiersze.",
            starts_at: "2026-11-05T18:00",
            ends_at: "2026-11-05T20:00",
            time_zone: "Europe/Warsaw",
            online_url: "https://meet.example/poezja",
            capacity: "20",
            languages: vec!["uk", "pl"],
            ..EventInput::default()
        }
    }

    fn errors(input: &EventInput<'_>) -> FieldErrors {
        match EventDraft::parse(input) {
            Err(AppError::Validation(errors)) => errors,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_draft_keeps_its_wall_clock_time_and_languages_in_order() {
        let draft = EventDraft::parse(&input()).unwrap();
        assert_eq!(
            draft.slot.starts_at.to_rfc3339(),
            "2026-11-05T17:00:00+00:00"
        );
        assert_eq!(draft.capacity, Some(20));
        assert_eq!(draft.languages, vec![Language::Pl, Language::Uk]);
    }

    #[test]
    fn an_event_needs_a_place_or_a_link() {
        let nowhere = EventInput {
            online_url: "",
            ..input()
        };
        assert!(errors(&nowhere).for_field("place_id").is_some());
        let bad_link = EventInput {
            online_url: "javascript:alert(1)",
            ..input()
        };
        assert!(errors(&bad_link).for_field("online_url").is_some());
    }

    #[test]
    fn bad_values_are_named_each() {
        let bad = EventInput {
            title: "",
            capacity: "0",
            ends_at: "2026-12-05T20:00",
            accessibility: vec!["lift"],
            languages: vec!["xx"],
            ..input()
        };
        let errors = errors(&bad);
        for field in ["title", "capacity", "ends_at", "accessibility", "languages"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }
}
