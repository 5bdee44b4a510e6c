//! Putting an event on (organisers): `/c/{slug}/events/new` and its POST to `/c/{slug}/events`;
//! changing one: `/c/{slug}/events/{id}/edit`, GET and POST. Times are typed as the wall clock
//! shows them where the event happens (`datetime-local`), in a zone that defaults to the
//! community's country's.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use domain::calendar::{self, Zone};
use domain::communities::{self, Community, Participant};
use domain::events::{self, Event, EventDraft, EventInput, Recipient};
use domain::places::{self, Access, Place};
use domain::support::Language;
use domain::{AppError, time};
use serde::Deserialize;

use super::detail::event_in;
use super::{EventWords, event_path, mails};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/events", get(super::pages::agenda).post(create))
        .route("/c/{slug}/events/new", get(new_form))
        .route("/c/{slug}/events/{id}/edit", get(edit_form).post(save))
}

/// How a wall-clock time is written in a `datetime-local` field.
const WALL_CLOCK: &str = "%Y-%m-%dT%H:%M";

/// The places a form offers.
const PLACES_OFFERED: u32 = 100;

#[derive(Deserialize, Default)]
#[serde(default)]
struct EventValues {
    title: String,
    body: String,
    starts_at: String,
    ends_at: String,
    time_zone: String,
    place_id: String,
    online_url: String,
    capacity: String,
    price: String,
    accessibility: Vec<String>,
    languages: Vec<String>,
}

impl EventValues {
    /// The event as its form shows it to be changed.
    fn of(event: &Event) -> Self {
        Self {
            title: event.title.clone(),
            body: event.body.clone(),
            starts_at: event.slot.local_start().format(WALL_CLOCK).to_string(),
            ends_at: event.slot.local_end().format(WALL_CLOCK).to_string(),
            time_zone: event.slot.zone.name().to_owned(),
            place_id: event
                .place
                .as_ref()
                .map(|place| place.id.to_string())
                .unwrap_or_default(),
            online_url: event.online_url.clone().unwrap_or_default(),
            capacity: event
                .capacity
                .map(|capacity| capacity.to_string())
                .unwrap_or_default(),
            price: event.price.clone(),
            accessibility: event
                .accessibility
                .features()
                .iter()
                .map(|access| access.name().to_owned())
                .collect(),
            languages: event
                .languages
                .iter()
                .map(|language| language.name().to_owned())
                .collect(),
        }
    }

    fn input(&self) -> EventInput<'_> {
        EventInput {
            title: &self.title,
            body: &self.body,
            starts_at: &self.starts_at,
            ends_at: &self.ends_at,
            time_zone: &self.time_zone,
            place_id: &self.place_id,
            online_url: &self.online_url,
            capacity: &self.capacity,
            price: &self.price,
            accessibility: self.accessibility.iter().map(String::as_str).collect(),
            languages: self.languages.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventForm {
    page: PageContext,
    community: Community,
    places: Vec<Place>,
    errors: FormErrors,
    values: EventValues,
    /// The event being changed; none for a new one.
    editing: Option<Event>,
}

impl EventForm {
    fn heading(&self) -> String {
        self.page.t(if self.editing.is_some() {
            "event-edit"
        } else {
            "event-new"
        })
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(event) => format!("{}/edit", event_path(event)),
            None => format!("/c/{}/events", self.community.slug),
        }
    }

    /// The zones offered, with the one chosen first when it is not among them.
    fn zones(&self) -> Vec<&str> {
        let mut zones: Vec<&str> = calendar::common_zones().collect();
        if !self.values.time_zone.is_empty() && !zones.contains(&self.values.time_zone.as_str()) {
            zones.insert(0, &self.values.time_zone);
        }
        zones
    }

    fn zone_chosen(&self, zone: &str) -> bool {
        self.values.time_zone == zone
    }

    fn languages(&self) -> &'static [Language] {
        Language::ALL
    }

    fn features(&self) -> &'static [Access] {
        Access::ALL
    }

    fn speaks(&self, language: &Language) -> bool {
        self.values
            .languages
            .iter()
            .any(|code| code == language.name())
    }

    fn offers(&self, access: &Access) -> bool {
        self.values
            .accessibility
            .iter()
            .any(|name| name == access.name())
    }
}

impl EventWords for EventForm {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// The community, and its organiser signed in; 403 for anyone else.
async fn as_organiser(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant, Vec<Place>), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    let places = places::list(&state.db, &community, None, PLACES_OFFERED)
        .await?
        .items;
    Ok((community, participant, places))
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _, places) = as_organiser(&state, &signed_in, &slug).await?;
    let values = EventValues {
        time_zone: Zone::of_country(community.country.as_str())
            .name()
            .to_owned(),
        languages: vec![community.default_locale.code().to_owned()],
        ..EventValues::default()
    };
    Ok(render(&EventForm {
        page,
        community,
        places,
        errors: FormErrors::default(),
        values,
        editing: None,
    }))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<EventValues>,
) -> Result<Response, Failure> {
    let (community, participant, places) = as_organiser(&state, &signed_in, &slug).await?;
    let created = match EventDraft::parse(&values.input()) {
        Ok(draft) => events::create(&state.db, &community, &participant, &draft, time::now()).await,
        Err(error) => Err(error),
    };
    Ok(match created {
        Ok(event) => see_other(&format!("{}?done=created", event_path(&event))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&EventForm {
                page,
                community,
                places,
                errors,
                values,
                editing: None,
            })
        }),
    })
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, _, places) = as_organiser(&state, &signed_in, &slug).await?;
    let (_, event, _) = event_in(&state, &page, &slug, &id).await?;
    Ok(render(&EventForm {
        page,
        community,
        places,
        errors: FormErrors::default(),
        values: EventValues::of(&event),
        editing: Some(event),
    }))
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(values): PageForm<EventValues>,
) -> Result<Response, Failure> {
    let (community, participant, places) = as_organiser(&state, &signed_in, &slug).await?;
    let (_, event, _) = event_in(&state, &page, &slug, &id).await?;
    let base_url = &state.config.base_url;
    let saved = match EventDraft::parse(&values.input()) {
        Ok(draft) => {
            let compose = |to: &Recipient| mails::moved_up(base_url, &event, to);
            events::edit(
                &state.db,
                &community,
                &participant,
                &event,
                &draft,
                &compose,
                time::now(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    Ok(match saved {
        Ok(event) => see_other(&format!("{}?done=saved", event_path(&event))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&EventForm {
                page,
                community,
                places,
                errors,
                values,
                editing: Some(event),
            })
        }),
    })
}
