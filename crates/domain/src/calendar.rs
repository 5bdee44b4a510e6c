//! When things happen: an event or a course session starts and ends at a wall-clock time in an
//! IANA time zone. Stored as UTC instants with the zone's name, and shown in the zone where it
//! happens, so "18:00 in Warsaw" stays 18:00 across the clock changes.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::time::Instant;
use crate::{FieldErrors, Message};

/// An IANA time zone, such as `Europe/Warsaw`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(Tz);

impl Zone {
    pub fn parse(name: &str) -> Result<Self, Message> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Message::new("error-required"));
        }
        name.parse::<Tz>()
            .map(Self)
            .map_err(|_| Message::new("error-time-zone-unknown"))
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zone where a community in this country (ISO 3166-1 alpha-2) usually lives: the
    /// default of its event forms. UTC for a country not listed.
    pub fn of_country(country: &str) -> Self {
        let name = COUNTRY_ZONES
            .iter()
            .find(|(code, _)| code.eq_ignore_ascii_case(country.trim()))
            .map_or("UTC", |(_, zone)| *zone);
        Self(name.parse().unwrap_or(Tz::UTC))
    }

    /// The instant as the clock on the wall in this zone shows it.
    pub fn local(self, at: Instant) -> DateTime<Tz> {
        at.with_timezone(&self.0)
    }

    /// The instant that a wall-clock time in this zone names. A time the clock skips (spring
    /// forward) is refused; a time it shows twice (autumn) is the first of the two.
    pub fn instant(self, wall_clock: NaiveDateTime) -> Result<Instant, Message> {
        match self.0.from_local_datetime(&wall_clock) {
            LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.to_utc()),
            LocalResult::None => Err(Message::new("error-time-skipped")),
        }
    }
}

/// Each country's usual zone (the one of its capital, where a country has several).
const COUNTRY_ZONES: &[(&str, &str)] = &[
    ("PL", "Europe/Warsaw"),
    ("DK", "Europe/Copenhagen"),
    ("IT", "Europe/Rome"),
    ("UA", "Europe/Kyiv"),
    ("GB", "Europe/London"),
    ("IE", "Europe/Dublin"),
    ("DE", "Europe/Berlin"),
    ("FR", "Europe/Paris"),
    ("ES", "Europe/Madrid"),
    ("PT", "Europe/Lisbon"),
    ("NL", "Europe/Amsterdam"),
    ("BE", "Europe/Brussels"),
    ("AT", "Europe/Vienna"),
    ("CZ", "Europe/Prague"),
    ("SK", "Europe/Bratislava"),
    ("HU", "Europe/Budapest"),
    ("SE", "Europe/Stockholm"),
    ("NO", "Europe/Oslo"),
    ("FI", "Europe/Helsinki"),
    ("LT", "Europe/Vilnius"),
    ("LV", "Europe/Riga"),
    ("EE", "Europe/Tallinn"),
    ("RO", "Europe/Bucharest"),
    ("GR", "Europe/Athens"),
];

/// The zones a form offers: every country's above, and UTC. The API takes any IANA zone.
pub fn common_zones() -> impl Iterator<Item = &'static str> {
    COUNTRY_ZONES
        .iter()
        .map(|(_, zone)| *zone)
        .chain(std::iter::once("UTC"))
}

/// A start and an end, in the zone where it happens; the end comes after the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: Instant,
    pub ends_at: Instant,
    pub zone: Zone,
}

/// A slot as typed: the API sends RFC 3339 moments with an offset, a form's `datetime-local`
/// fields send wall-clock times (`2026-11-05T18:00`) that are read in the zone.
#[derive(Debug, Clone, Copy)]
pub struct SlotInput<'a> {
    pub starts_at: &'a str,
    pub ends_at: &'a str,
    pub time_zone: &'a str,
}

impl Slot {
    /// Checks a slot as typed, recording messages under `starts_at`, `ends_at` and `time_zone`.
    pub fn parse(input: SlotInput<'_>, errors: &mut FieldErrors) -> Option<Self> {
        let zone = errors.check("time_zone", Zone::parse(input.time_zone))?;
        let starts_at = errors.check("starts_at", moment(input.starts_at, zone));
        let ends_at = errors.check("ends_at", moment(input.ends_at, zone));
        let (starts_at, ends_at) = (starts_at?, ends_at?);
        if ends_at <= starts_at {
            errors.add("ends_at", Message::new("error-ends-before-start"));
            return None;
        }
        Some(Self {
            starts_at,
            ends_at,
            zone,
        })
    }

    pub fn local_start(&self) -> DateTime<Tz> {
        self.zone.local(self.starts_at)
    }

    pub fn local_end(&self) -> DateTime<Tz> {
        self.zone.local(self.ends_at)
    }

    /// Whether it ends on the day it starts, as the wall clock where it happens sees it.
    pub fn is_one_day(&self) -> bool {
        self.local_start().date_naive() == self.local_end().date_naive()
    }
}

/// A moment with an offset, or a wall-clock time read in `zone`.
pub fn moment(text: &str, zone: Zone) -> Result<Instant, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new("error-required"));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.to_utc());
    }
    let wall_clock = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or(Message::new("error-time-invalid"))?;
    zone.instant(wall_clock)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn slot(starts_at: &str, ends_at: &str, time_zone: &str) -> Result<Slot, FieldErrors> {
        let mut errors = FieldErrors::new();
        Slot::parse(
            SlotInput {
                starts_at,
                ends_at,
                time_zone,
            },
            &mut errors,
        )
        .ok_or(errors)
    }

    #[test]
    fn a_wall_clock_time_after_the_autumn_change_is_an_hour_from_utc() {
        let after = slot("2026-11-05T18:00", "2026-11-05T20:00", "Europe/Warsaw").unwrap();
        assert_eq!(after.starts_at.to_rfc3339(), "2026-11-05T17:00:00+00:00");
        let before = slot("2026-10-15T18:00", "2026-10-15T20:00", "Europe/Warsaw").unwrap();
        assert_eq!(before.starts_at.to_rfc3339(), "2026-10-15T16:00:00+00:00");
        assert_eq!(after.local_start().format("%H:%M").to_string(), "18:00");
        assert!(after.is_one_day());
    }

    #[test]
    fn moments_with_an_offset_keep_it() {
        let at = slot(
            "2026-11-05T18:00:00+01:00",
            "2026-11-05T19:00:00Z",
            "Europe/Rome",
        )
        .unwrap();
        assert_eq!(at.starts_at.to_rfc3339(), "2026-11-05T17:00:00+00:00");
    }

    #[test]
    fn a_skipped_time_an_unknown_zone_and_a_backwards_slot_are_refused() {
        let skipped = slot("2026-03-29T02:30", "2026-03-29T04:00", "Europe/Warsaw").unwrap_err();
        assert_eq!(
            skipped.for_field("starts_at").unwrap().key,
            "error-time-skipped"
        );
        let unknown = slot("2026-03-29T10:00", "2026-03-29T11:00", "Mars/Olympus").unwrap_err();
        assert_eq!(
            unknown.for_field("time_zone").unwrap().key,
            "error-time-zone-unknown"
        );
        let backwards = slot("2026-03-29T10:00", "2026-03-29T09:00", "Europe/Kyiv").unwrap_err();
        assert_eq!(
            backwards.for_field("ends_at").unwrap().key,
            "error-ends-before-start"
        );
    }

    #[test]
    fn a_community_gets_the_zone_of_its_country() {
        assert_eq!(Zone::of_country("PL").name(), "Europe/Warsaw");
        assert_eq!(Zone::of_country("dk").name(), "Europe/Copenhagen");
        assert_eq!(Zone::of_country("IT").name(), "Europe/Rome");
        assert_eq!(Zone::of_country("UA").name(), "Europe/Kyiv");
        assert_eq!(Zone::of_country("ZZ").name(), "UTC");
        assert!(common_zones().all(|zone| Zone::parse(zone).is_ok()));
    }

    #[test]
    fn the_repeated_autumn_hour_is_its_first_occurrence() {
        let zone = Zone::parse("Europe/Copenhagen").unwrap();
        let at = moment("2026-10-25T02:30", zone).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }
}
