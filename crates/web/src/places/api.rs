//! Places in the JSON API: a community's places, one place, and describing a new one
//! (organisers).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::communities;
use domain::places::{self, Place, PlaceCursor, PlaceDraft, PlaceId, PlaceInput, PlaceStore as _};
use domain::{AppError, Message, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{feature_names, place_path};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_places, create_place))
        .routes(routes!(get_place))
}

#[derive(Serialize, ToSchema)]
pub struct PlaceBody {
    id: String,
    community: String,
    name: String,
    address: String,
    lat: Option<f64>,
    lon: Option<f64>,
    opening_hours: String,
    /// `step_free`, `accessible_toilet`, `hearing_loop`, `seating`, `quiet_room`.
    accessibility: Vec<&'static str>,
    url: String,
}

impl PlaceBody {
    fn new(state: &AppState, place: &Place) -> Self {
        Self {
            id: place.id.to_string(),
            community: place.community_slug.clone(),
            name: place.name.clone(),
            address: place.address.clone(),
            lat: place.coordinates.map(|c| c.lat()),
            lon: place.coordinates.map(|c| c.lon()),
            opening_hours: place.opening_hours.clone(),
            accessibility: feature_names(place),
            url: state.config.url(&place_path(place)),
        }
    }
}

/// A community's places, by name. Public.
#[utoipa::path(get, path = "/communities/{slug}/places", tag = "events",
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<PlaceBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit or cursor", body = Problem)))]
async fn list_places(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<PlaceBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let after = match list.cursor.as_deref().filter(|text| !text.is_empty()) {
        Some(text) => Some(
            PlaceCursor::decode(text)
                .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid")))?,
        ),
        None => None,
    };
    let page = places::list(&state.db, &community, after.as_ref(), list.limit()?).await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|place| PlaceBody::new(&state, place))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewPlaceBody {
    #[schema(min_length = 1, max_length = 120)]
    name: String,
    #[schema(min_length = 1, max_length = 300)]
    address: String,
    /// Degrees; give both `lat` and `lon`, or neither.
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    opening_hours: Option<String>,
    #[serde(default)]
    accessibility: Option<Vec<String>>,
}

/// Describe a new place (the community's organisers and above; members → 403).
#[utoipa::path(post, path = "/communities/{slug}/places", tag = "events", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewPlaceBody,
    responses((status = 201, body = PlaceBody), (status = 403, description = "Not an organiser", body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn create_place(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewPlaceBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    let (lat, lon) = (
        body.lat.map(|lat| lat.to_string()).unwrap_or_default(),
        body.lon.map(|lon| lon.to_string()).unwrap_or_default(),
    );
    let accessibility = body.accessibility.unwrap_or_default();
    let draft = PlaceDraft::parse(&PlaceInput {
        name: &body.name,
        address: &body.address,
        lat: &lat,
        lon: &lon,
        opening_hours: body.opening_hours.as_deref().unwrap_or_default(),
        accessibility: accessibility.iter().map(String::as_str).collect(),
    })?;
    let place = places::create(&state.db, &community, &participant, &draft, time::now()).await?;
    Ok(created(PlaceBody::new(&state, &place)))
}

/// One place. Public.
#[utoipa::path(get, path = "/places/{id}", tag = "events", params(("id" = String, Path)),
    responses((status = 200, body = PlaceBody), (status = 404, body = Problem)))]
async fn get_place(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<PlaceBody>, Failure> {
    let id = PlaceId::parse(&id).ok_or(AppError::NotFound)?;
    let place = state.db.place(id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(PlaceBody::new(&state, &place)))
}
