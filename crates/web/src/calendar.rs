//! iCalendar files (RFC 5545) for events and courses, made with the `icalendar` crate. Times are
//! written in UTC (`…Z`): every calendar application reads them, and the instant is right
//! whatever the clocks do, because the UTC instant was fixed from the wall-clock time in the
//! event's own zone when it was created.

use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::calendar::Slot;
use domain::time::Instant;
use icalendar::{Calendar, Component, EventLike, Property};

/// One thing that happens, as a calendar shows it.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Unique and stable: the same entry keeps it in every download.
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    /// The page about it, absolute.
    pub url: String,
    pub slot: Slot,
    /// A place's name and address, or an online link; may be empty.
    pub location: String,
    /// When it was written, for `DTSTAMP`.
    pub stamp: Instant,
}

/// A whole calendar with `entries`, named `name`.
pub fn ics(name: &str, entries: &[Entry<'_>]) -> String {
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//Micropolis//Calendar//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    calendar.name(name);
    for entry in entries {
        let mut event = icalendar::Event::new();
        event
            .uid(&entry.uid)
            .timestamp(entry.stamp)
            .summary(entry.title)
            .description(entry.description)
            .url(&entry.url)
            .starts(entry.slot.starts_at)
            .ends(entry.slot.ends_at);
        if !entry.location.is_empty() {
            event.location(&entry.location);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// An `.ics` download named `file_name`.
pub fn response(file_name: &str, body: String) -> Response {
    (
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use domain::FieldErrors;
    use domain::calendar::SlotInput;

    use super::*;

    #[test]
    fn an_evening_after_the_autumn_change_is_written_in_utc() {
        let mut errors = FieldErrors::new();
        let slot = Slot::parse(
            SlotInput {
                starts_at: "2026-11-05T18:00",
                ends_at: "2026-11-05T20:00",
                time_zone: "Europe/Warsaw",
            },
            &mut errors,
        )
        .unwrap();
        let body = ics(
            "Wawer",
            &[Entry {
                uid: "e1@micropolis".into(),
                title: "Wieczór poezji",
                description: "Czytamy; wiersze, razem",
                url: "http://localhost/c/wawer/events/e1".into(),
                slot,
                location: "Biblioteka, ul. Żegańska 1".into(),
                stamp: slot.starts_at,
            }],
        );
        assert!(body.contains("DTSTART:20261105T170000Z"), "{body}");
        assert!(body.contains("DTEND:20261105T190000Z"), "{body}");
        assert!(body.contains("SUMMARY:Wieczór poezji"), "{body}");
        assert!(body.contains("\r\n"), "lines end in CRLF");
    }
}
