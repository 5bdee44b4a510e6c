//! Putting an event on (organisers): `/c/{slug}/events/new` and its POST to `/c/{slug}/events`.
//! Times are typed as the wall clock shows them where the event happens (`datetime-local`),
//! in a zone that defaults to the community's country's.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use domain::calendar::{self, Zone};
use domain::communities::{self, Community, Participant};
use domain::events::{self, EventDraft, EventInput};
use domain::places::{self, Access, Place};
use domain::support::Language;
use domain::{AppError, time};
use serde::Deserialize;

use super::{EventWords, event_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/events", get(super::pages::agenda).post(create))
        .route("/c/{slug}/events/new", get(new_form))
}

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
}

impl EventForm {
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
            })
        }),
    })
}
