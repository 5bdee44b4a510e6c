//! Events on the web: the agenda, past events, a person's own events (`/account/events`),
//! putting one on, its page with the sign-up form, its poster and calendar file (`pages`), the
//! same in the JSON API (`api`), and the mails about them (`mails`).

pub mod api;
mod detail;
mod form;
pub mod mails;
mod pages;
mod poster;

use axum::Router;
use chrono::{Datelike as _, NaiveDate};
use domain::events::{AgendaFilter, Event};
use domain::places::{Access, PlaceId};
use domain::support::Language;
use domain::{AppError, FieldErrors, Locale, Message};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::i18n;
use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router().merge(poster::router())
}

/// The page of an event.
pub fn event_path(event: &Event) -> String {
    format!("/c/{}/events/{}", event.community_slug, event.id)
}

pub const fn access_key(access: Access) -> &'static str {
    match access {
        Access::StepFree => "access-step_free",
        Access::AccessibleToilet => "access-accessible_toilet",
        Access::HearingLoop => "access-hearing_loop",
        Access::Seating => "access-seating",
        Access::QuietRoom => "access-quiet_room",
    }
}

const WEEKDAYS: [&str; 7] = [
    "weekday-mon",
    "weekday-tue",
    "weekday-wed",
    "weekday-thu",
    "weekday-fri",
    "weekday-sat",
    "weekday-sun",
];

/// A day as people read it: "Thursday 2026-11-05".
pub fn day_name(locale: Locale, day: NaiveDate) -> String {
    let weekday = WEEKDAYS
        .get(day.weekday().num_days_from_monday() as usize)
        .map_or(String::new(), |key| i18n::t(locale, key));
    format!("{weekday} {}", day.format("%Y-%m-%d"))
}

/// When an event is, on the wall clock where it happens: "Thursday 2026-11-05, 18:00–20:00".
pub fn when(locale: Locale, event: &Event) -> String {
    let (start, end) = (event.slot.local_start(), event.slot.local_end());
    if event.slot.is_one_day() {
        format!(
            "{}, {}–{}",
            day_name(locale, start.date_naive()),
            start.format("%H:%M"),
            end.format("%H:%M")
        )
    } else {
        format!(
            "{}, {} – {}, {}",
            day_name(locale, start.date_naive()),
            start.format("%H:%M"),
            day_name(locale, end.date_naive()),
            end.format("%H:%M")
        )
    }
}

/// Where an event is: its place's name and address, or its link.
pub fn location(event: &Event) -> String {
    match (&event.place, &event.online_url) {
        (Some(place), _) => format!("{}, {}", place.name, place.address),
        (None, Some(url)) => url.clone(),
        (None, None) => String::new(),
    }
}

/// The words a template needs about events, in its page's language.
pub(crate) trait EventWords {
    fn page(&self) -> &PageContext;

    fn when(&self, event: &Event) -> String {
        when(self.page().locale, event)
    }

    fn access_name(&self, access: &Access) -> String {
        self.page().t(access_key(*access))
    }

    fn language_name(&self, language: &Language) -> String {
        self.page().t(crate::support::language_key(*language))
    }

    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    fn attendance(&self, event: &Event) -> String {
        attendance(self.page(), event)
    }

    /// A small photo beside an event's title in a list. Its alt text is empty: the title beside
    /// it names the event, and the event's page shows the photo with what it shows.
    fn thumbnail(&self, event: &Event) -> Option<crate::media::Photo> {
        event.picture.as_ref().map(|picture| crate::media::Photo {
            alt: String::new(),
            ..crate::media::Photo::thumbnail(picture)
        })
    }
}

/// "12 going · 3 places left", or "12 going · full · 4 waiting".
pub fn attendance(page: &PageContext, event: &Event) -> String {
    let going = page.tn("event-going-count", event.going_count);
    match event.places_left() {
        Some(0) => format!(
            "{going} · {} · {}",
            page.t("event-full"),
            page.tn("event-waiting-count", event.waitlist_count)
        ),
        Some(left) => format!("{going} · {}", page.tn("event-places-left", left)),
        None => going,
    }
}

/// The agenda's filters, as a query string gives them.
#[derive(Deserialize, IntoParams, Default, Clone)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct FilterQuery {
    /// Only events where this language is spoken (ISO 639-1).
    pub(crate) language: Option<String>,
    /// Only events with this accessibility feature: `step_free`, `accessible_toilet`,
    /// `hearing_loop`, `seating` or `quiet_room`.
    pub(crate) access: Option<String>,
    /// Only events at this place.
    pub(crate) place: Option<String>,
}

fn chosen(value: Option<&String>) -> Option<&str> {
    value
        .map(|text| text.trim())
        .filter(|text| !text.is_empty())
}

impl FilterQuery {
    /// The filter, or a 422 naming each value that is not known.
    pub fn filter(&self) -> Result<AgendaFilter, AppError> {
        let mut errors = FieldErrors::new();
        let language = chosen(self.language.as_ref())
            .and_then(|text| errors.check("language", Language::parse(text)));
        let access = chosen(self.access.as_ref())
            .and_then(|text| errors.check("access", Access::parse(text)));
        let place = chosen(self.place.as_ref()).and_then(|text| {
            errors.check(
                "place",
                PlaceId::parse(text).ok_or(Message::new("error-place-unknown")),
            )
        });
        errors.into_result()?;
        Ok(AgendaFilter {
            language,
            access,
            place,
            include_hidden: false,
        })
    }

    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("language", &self.language),
            ("access", &self.access),
            ("place", &self.place),
        ]
        .into_iter()
        .filter_map(|(name, value)| chosen(value.as_ref()).map(|value| (name, value.to_owned())))
        .collect()
    }
}

/// An event cursor from the query, or a 422 when it is not one of ours.
pub fn parse_cursor(cursor: Option<&str>) -> Result<Option<domain::events::EventCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => domain::events::EventCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}
