//! The places pages: `/c/{slug}/places`, a place with its upcoming events
//! (`/c/{slug}/places/{id}`), and the organisers' form to add or correct one.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::communities::{self, Community, Participant};
use domain::events::{self, AgendaFilter, Event, Window};
use domain::places::{self, Access, Place, PlaceCursor, PlaceDraft, PlaceId, PlaceInput};
use domain::{AppError, Message, time};
use serde::Deserialize;

use super::{degrees, place_path};
use crate::error::Failure;
use crate::events::{EventWords, event_path};
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/places", get(list).post(create))
        .route("/c/{slug}/places/new", get(new_form))
        .route("/c/{slug}/places/{id}", get(detail).post(update))
        .route("/c/{slug}/places/{id}/edit", get(edit_form))
}

const LIST_PAGE: u32 = 50;
const PLACE_EVENTS: u32 = 20;

#[derive(Template)]
#[template(path = "places/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    items: Vec<Place>,
    is_organiser: bool,
    next: Option<String>,
}

impl ListPage {
    fn access_name(&self, access: &Access) -> String {
        self.page.t(crate::events::access_key(*access))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CursorQuery {
    cursor: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let after = match query.cursor.as_deref().filter(|text| !text.is_empty()) {
        Some(text) => Some(
            PlaceCursor::decode(text)
                .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid")))?,
        ),
        None => None,
    };
    let found = places::list(&state.db, &community, after.as_ref(), LIST_PAGE).await?;
    let next = found.next.map(|cursor| {
        format!(
            "/c/{}/places?{}",
            community.slug,
            serde_urlencoded::to_string([("cursor", cursor.encode())]).unwrap_or_default()
        )
    });
    Ok(render(&ListPage {
        page,
        community,
        items: found.items,
        is_organiser: participant.is_organiser(),
        next,
    }))
}

#[derive(Template)]
#[template(path = "places/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    place: Place,
    events: Vec<Event>,
    is_organiser: bool,
    notice: String,
}

impl DetailPage {
    fn path(&self, event: &Event) -> String {
        event_path(event)
    }

    fn lat(&self) -> String {
        self.place
            .coordinates
            .map_or(String::new(), |c| degrees(c.lat_e6))
    }

    fn lon(&self) -> String {
        self.place
            .coordinates
            .map_or(String::new(), |c| degrees(c.lon_e6))
    }
}

impl EventWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

async fn place_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Place, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let id = PlaceId::parse(id).ok_or(AppError::NotFound)?;
    let place = places::find(&state.db, &community, id).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    Ok((community, place, participant))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailQuery {
    done: Option<String>,
}

async fn detail(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let (community, place, participant) = place_in(&state, &page, &slug, &id).await?;
    let filter = AgendaFilter {
        place: Some(place.id),
        ..AgendaFilter::default()
    };
    let window = Window::upcoming(time::now(), filter);
    let found = events::list(
        &state.db,
        &community,
        &participant,
        window,
        None,
        PLACE_EVENTS,
    )
    .await?;
    let notice = match query.done.as_deref() {
        Some("saved") => page.t("place-notice-saved"),
        _ => String::new(),
    };
    Ok(render(&DetailPage {
        page,
        community,
        place,
        events: found.items,
        is_organiser: participant.is_organiser(),
        notice,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PlaceValues {
    name: String,
    address: String,
    lat: String,
    lon: String,
    opening_hours: String,
    accessibility: Vec<String>,
}

impl PlaceValues {
    fn of(place: &Place) -> Self {
        Self {
            name: place.name.clone(),
            address: place.address.clone(),
            lat: place
                .coordinates
                .map_or(String::new(), |c| degrees(c.lat_e6)),
            lon: place
                .coordinates
                .map_or(String::new(), |c| degrees(c.lon_e6)),
            opening_hours: place.opening_hours.clone(),
            accessibility: super::feature_names(place)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }

    fn parse(&self) -> Result<PlaceDraft, AppError> {
        PlaceDraft::parse(&PlaceInput {
            name: &self.name,
            address: &self.address,
            lat: &self.lat,
            lon: &self.lon,
            opening_hours: &self.opening_hours,
            accessibility: self.accessibility.iter().map(String::as_str).collect(),
        })
    }
}

#[derive(Template)]
#[template(path = "places/form.html")]
struct PlaceForm {
    page: PageContext,
    community: Community,
    /// The place being corrected, or none for a new one.
    place: Option<Place>,
    errors: FormErrors,
    values: PlaceValues,
}

impl PlaceForm {
    fn action(&self) -> String {
        self.place
            .as_ref()
            .map_or_else(|| format!("/c/{}/places", self.community.slug), place_path)
    }

    fn heading(&self) -> String {
        self.page.t(if self.place.is_some() {
            "place-edit"
        } else {
            "place-new"
        })
    }

    fn features(&self) -> &'static [Access] {
        Access::ALL
    }

    fn offers(&self, access: &Access) -> bool {
        self.values
            .accessibility
            .iter()
            .any(|name| name == access.name())
    }

    fn access_name(&self, access: &Access) -> String {
        self.page.t(crate::events::access_key(*access))
    }
}

async fn organiser_in(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    Ok((community, participant))
}

fn show_form(
    page: PageContext,
    community: Community,
    place: Option<Place>,
    values: PlaceValues,
    outcome: Result<Place, AppError>,
) -> Response {
    match outcome {
        Ok(place) => see_other(&format!("{}?done=saved", place_path(&place))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&PlaceForm {
                page,
                community,
                place,
                errors,
                values,
            })
        }),
    }
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = organiser_in(&state, &signed_in, &slug).await?;
    Ok(render(&PlaceForm {
        page,
        community,
        place: None,
        errors: FormErrors::default(),
        values: PlaceValues::default(),
    }))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<PlaceValues>,
) -> Result<Response, Failure> {
    let (community, participant) = organiser_in(&state, &signed_in, &slug).await?;
    let outcome = match values.parse() {
        Ok(draft) => places::create(&state.db, &community, &participant, &draft, time::now()).await,
        Err(error) => Err(error),
    };
    Ok(show_form(page, community, None, values, outcome))
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, place, participant) = place_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    Ok(render(&PlaceForm {
        values: PlaceValues::of(&place),
        page,
        community,
        place: Some(place),
        errors: FormErrors::default(),
    }))
}

async fn update(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(values): PageForm<PlaceValues>,
) -> Result<Response, Failure> {
    let (community, place, participant) = place_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let outcome = match values.parse() {
        Ok(draft) => places::update(&state.db, &participant, &place, &draft, time::now()).await,
        Err(error) => Err(error),
    };
    Ok(show_form(page, community, Some(place), values, outcome))
}
