//! The lists of events: the agenda (`/c/{slug}/events`, upcoming, grouped by day), past events
//! (`/c/{slug}/events/past`), a person's own (`/account/events`), and the community's calendar
//! file (`/c/{slug}/events.ics`).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use domain::communities::{self, Community};
use domain::events::{self, AgendaFilter, Event, EventCursor, RsvpStatus, Window};
use domain::places::{self, Access, Place};
use domain::support::Language;
use domain::time;
use serde::Deserialize;

use super::{EventWords, FilterQuery, day_name, event_path, location, parse_cursor};
use crate::calendar::{self, Entry};
use crate::error::Failure;
use crate::form::FormErrors;
use crate::page::{PageContext, render};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/events/past", get(past))
        .route("/c/{slug}/events.ics", get(community_calendar))
        .route("/account/events", get(mine))
        .merge(super::detail::router())
        .merge(super::form::router())
}

const LIST_PAGE: u32 = 30;
/// The places a filter offers: a community has a few.
const PLACES_OFFERED: u32 = 100;
/// How far ahead the community's calendar file reaches, and how many events it holds at most.
const CALENDAR_EVENTS: u32 = 500;

/// Events of one day, in the zone each happens in.
pub(super) struct Day {
    pub(super) date: NaiveDate,
    pub(super) heading: String,
    pub(super) events: Vec<Event>,
}

/// Groups events (in order) by the day they start on, where they happen.
pub(super) fn by_day(page: &PageContext, events: Vec<Event>) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for event in events {
        let date = event.slot.local_start().date_naive();
        match days.last_mut() {
            Some(day) if day.date == date => day.events.push(event),
            _ => days.push(Day {
                date,
                heading: day_name(page.locale, date),
                events: vec![event],
            }),
        }
    }
    days
}

#[derive(Template)]
#[template(path = "events/agenda.html")]
struct AgendaPage {
    page: PageContext,
    community: Community,
    days: Vec<Day>,
    places: Vec<Place>,
    query: FilterQuery,
    errors: FormErrors,
    is_organiser: bool,
    past: bool,
    next: Option<String>,
}

impl AgendaPage {
    fn languages(&self) -> &'static [Language] {
        Language::ALL
    }

    fn features(&self) -> &'static [Access] {
        Access::ALL
    }

    fn picked(&self, value: Option<&String>, option: &str) -> bool {
        value.is_some_and(|value| value == option)
    }

    fn path(&self, event: &Event) -> String {
        event_path(event)
    }

    fn title(&self) -> String {
        self.page.t(if self.past {
            "events-past-title"
        } else {
            "events-title"
        })
    }

    fn base(&self) -> String {
        let tail = if self.past { "/past" } else { "" };
        format!("/c/{}/events{tail}", self.community.slug)
    }
}

impl EventWords for AgendaPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct CursorQuery {
    pub(super) cursor: Option<String>,
}

async fn agenda_or_past(
    state: &AppState,
    page: PageContext,
    slug: &str,
    query: FilterQuery,
    cursor: Option<&str>,
    past: bool,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let (filter, errors) = match query.filter() {
        Ok(filter) => (filter, FormErrors::default()),
        Err(error) => (
            AgendaFilter::default(),
            FormErrors::from_error(&error, page.locale).unwrap_or_default(),
        ),
    };
    let now = time::now();
    let window = if past {
        Window::past(now, filter)
    } else {
        Window::upcoming(now, filter)
    };
    let after = parse_cursor(cursor)?;
    let found = events::list(
        &state.db,
        &community,
        &participant,
        window,
        after,
        LIST_PAGE,
    )
    .await?;
    let places = places::list(&state.db, &community, None, PLACES_OFFERED)
        .await?
        .items;
    let mut agenda = AgendaPage {
        days: by_day(&page, found.items),
        page,
        community,
        places,
        query,
        errors,
        is_organiser: participant.is_organiser(),
        past,
        next: None,
    };
    agenda.next = found.next.map(|cursor| {
        let mut pairs = agenda.query.pairs();
        pairs.push(("cursor", cursor.encode()));
        format!(
            "{}?{}",
            agenda.base(),
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    Ok(render(&agenda))
}

pub(super) async fn agenda(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    agenda_or_past(&state, page, &slug, query, cursor.cursor.as_deref(), false).await
}

async fn past(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    agenda_or_past(&state, page, &slug, query, cursor.cursor.as_deref(), true).await
}

#[derive(Template)]
#[template(path = "events/mine.html")]
struct MinePage {
    page: PageContext,
    items: Vec<(Event, RsvpStatus)>,
    next: Option<String>,
}

impl MinePage {
    fn path(&self, event: &Event) -> String {
        event_path(event)
    }
}

impl EventWords for MinePage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

async fn mine(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let after = parse_cursor(cursor.cursor.as_deref())?;
    let (items, next) = events::mine(
        &state.db,
        signed_in.account.id,
        after,
        LIST_PAGE,
        time::now(),
    )
    .await?;
    let next =
        next.map(|cursor: EventCursor| format!("/account/events?cursor={}", cursor.encode()));
    Ok(render(&MinePage { page, items, next }))
}

/// The calendar entry of an event.
pub(super) fn entry<'a>(state: &AppState, event: &'a Event) -> Entry<'a> {
    Entry {
        uid: format!("event-{}@micropolis", event.id),
        title: &event.title,
        description: &event.body,
        url: state.config.url(&event_path(event)),
        slot: event.slot,
        location: location(event),
        stamp: event.created_at,
    }
}

/// Everything still on or to come, for calendar applications to subscribe to.
async fn community_calendar(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let public = communities::Participant::default();
    let window = Window::upcoming(time::now(), AgendaFilter::default());
    let found = events::list(
        &state.db,
        &community,
        &public,
        window,
        None,
        CALENDAR_EVENTS,
    )
    .await?;
    let entries: Vec<Entry<'_>> = found
        .items
        .iter()
        .map(|event| entry(&state, event))
        .collect();
    Ok(calendar::response(
        &format!("{}-events.ics", community.slug),
        calendar::ics(&community.name, &entries),
    ))
}
