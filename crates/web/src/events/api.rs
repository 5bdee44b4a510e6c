//! Events in the JSON API: a community's events (upcoming, or those starting between `from` and
//! `to`), putting one on (organisers), reading one with its counts, and signing up or cancelling.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::accounts::Account;
use domain::communities::{self, Participant};
use domain::events::{
    self, Event, EventChange, EventDraft, EventId, EventInput, EventStore as _, IMAGE_FIELD,
    Recipient, Window,
};
use domain::media::{ImageId, PhotoChange};
use domain::time::{self, DateTime};
use domain::{AppError, Message};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{FilterQuery, event_path, mails, parse_cursor};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::media::api::ImageBody;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event, update_event))
        .routes(routes!(rsvp, cancel_rsvp))
}

#[derive(Serialize, ToSchema)]
pub struct EventPlaceBody {
    id: String,
    name: String,
    address: String,
}

/// An event. Times carry the offset of the event's own zone, `time_zone`.
#[derive(Serialize, ToSchema)]
pub struct EventBody {
    id: String,
    community: String,
    title: String,
    /// Markdown, as its organiser wrote it.
    body: String,
    body_html: String,
    starts_at: String,
    ends_at: String,
    /// The IANA zone it happens in.
    time_zone: &'static str,
    place: Option<EventPlaceBody>,
    online_url: Option<String>,
    /// Places in all; none means no limit.
    capacity: Option<i64>,
    price: String,
    /// `step_free`, `accessible_toilet`, `hearing_loop`, `seating`, `quiet_room`.
    accessibility: Vec<&'static str>,
    /// Languages spoken at the event (ISO 639-1).
    languages: Vec<&'static str>,
    going_count: i64,
    waitlist_count: i64,
    organiser: PersonBody,
    /// The event's photo, or null.
    image: Option<ImageBody>,
    hidden: bool,
    url: String,
    /// The event as an iCalendar file ("add to calendar").
    calendar_url: String,
}

impl EventBody {
    pub fn new(state: &AppState, event: &Event) -> Self {
        let path = event_path(event);
        Self {
            id: event.id.to_string(),
            community: event.community_slug.clone(),
            title: event.title.clone(),
            body: event.body.clone(),
            body_html: to_safe_html(&event.body),
            starts_at: event.slot.local_start().to_rfc3339(),
            ends_at: event.slot.local_end().to_rfc3339(),
            time_zone: event.slot.zone.name(),
            place: event.place.as_ref().map(|place| EventPlaceBody {
                id: place.id.to_string(),
                name: place.name.clone(),
                address: place.address.clone(),
            }),
            online_url: event.online_url.clone(),
            capacity: event.capacity,
            price: event.price.clone(),
            accessibility: event
                .accessibility
                .features()
                .iter()
                .map(|access| access.name())
                .collect(),
            languages: event
                .languages
                .iter()
                .map(|language| language.name())
                .collect(),
            going_count: event.going_count,
            waitlist_count: event.waitlist_count,
            organiser: PersonBody::new(&event.organiser),
            image: event
                .picture
                .as_ref()
                .map(|picture| ImageBody::new(state, picture)),
            hidden: event.hidden,
            url: state.config.url(&path),
            calendar_url: state.config.url(&format!("{path}/calendar.ics")),
        }
    }
}

/// An event with the caller's own answer.
#[derive(Serialize, ToSchema)]
pub struct EventDetailBody {
    #[serde(flatten)]
    event: EventBody,
    /// `going`, `waitlisted`, or null when the caller has not signed up (or is anonymous).
    my_rsvp: Option<&'static str>,
}

#[derive(Serialize, ToSchema)]
pub struct RsvpBody {
    /// `going` or `waitlisted`.
    status: &'static str,
    event: EventBody,
}

async fn visible(
    state: &AppState,
    account: Option<&Account>,
    id: &str,
) -> Result<(Event, Participant), Failure> {
    let id = EventId::parse(id).ok_or(AppError::NotFound)?;
    let event = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    let participant = communities::participant_in(&state.db, event.community_id, account).await?;
    Ok((events::visible_to(&participant, event)?, participant))
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct SpanQuery {
    /// Events starting at or after this moment (RFC 3339). Without `from` and `to`: the
    /// events still on or to come.
    from: Option<String>,
    /// Events starting before this moment (RFC 3339).
    to: Option<String>,
}

fn moment(field: &'static str, text: Option<&str>) -> Result<Option<time::Instant>, AppError> {
    match text.map(str::trim).filter(|text| !text.is_empty()) {
        None => Ok(None),
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|at| Some(at.to_utc()))
            .map_err(|_| AppError::invalid(field, Message::new("error-time-invalid"))),
    }
}

/// A community's events, soonest first: those still on or to come, or with `from`/`to` those
/// starting in that span; optionally by language, accessibility feature and place. Public.
#[utoipa::path(get, path = "/communities/{slug}/events", tag = "events",
    params(("slug" = String, Path), SpanQuery, FilterQuery, ListQuery),
    responses((status = 200, body = ListPage<EventBody>), (status = 404, body = Problem),
        (status = 422, description = "A bad moment, filter, limit or cursor", body = Problem)))]
async fn list_events(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(span): Query<SpanQuery>,
    Query(filter): Query<FilterQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<EventBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, community.id, account).await?;
    let filter = filter.filter()?;
    let from = moment("from", span.from.as_deref())?;
    let to = moment("to", span.to.as_deref())?;
    let window = match (from, to) {
        (None, None) => Window::upcoming(time::now(), filter),
        (from, to) => Window::between(
            from.unwrap_or(DateTime::<chrono::Utc>::MIN_UTC),
            to.unwrap_or(DateTime::<chrono::Utc>::MAX_UTC),
            filter,
        ),
    };
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = events::list(
        &state.db,
        &community,
        &participant,
        window,
        after,
        list.limit()?,
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|event| EventBody::new(&state, event))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewEventBody {
    #[schema(min_length = 1, max_length = 140)]
    title: String,
    /// Markdown.
    #[schema(min_length = 1, max_length = 20000)]
    body: String,
    /// RFC 3339 with an offset, or a wall-clock time (`2026-11-05T18:00`) read in `time_zone`.
    starts_at: String,
    ends_at: String,
    /// An IANA zone, such as `Europe/Warsaw`.
    time_zone: String,
    /// One of the community's places; a place or an online link (or both) is needed.
    #[serde(default)]
    place_id: Option<String>,
    #[serde(default)]
    online_url: Option<String>,
    /// 1 to 100000; none for no limit.
    #[serde(default)]
    capacity: Option<i64>,
    #[serde(default)]
    #[schema(max_length = 120)]
    price: Option<String>,
    #[serde(default)]
    accessibility: Option<Vec<String>>,
    #[serde(default)]
    languages: Option<Vec<String>>,
    /// A picture the caller uploaded (`POST /images`). When changing an event: another
    /// picture replaces the photo, `null` removes it, and leaving it out keeps it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    image_id: Option<Option<String>>,
}

/// `null` and absent differ for `image_id`: `null` removes the photo, absent keeps it.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// The photo of a new event: none, or a picture the caller uploaded.
fn new_photo(body: &NewEventBody) -> Result<Option<ImageId>, AppError> {
    match body.image_id.as_ref().and_then(Option::as_deref) {
        None => Ok(None),
        Some(text) => ImageId::parse(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid(IMAGE_FIELD, Message::new("error-image-unknown"))),
    }
}

/// Put an event on (the community's organisers and above; members → 403), with an optional
/// photo uploaded first by the caller (`image_id`).
#[utoipa::path(post, path = "/communities/{slug}/events", tag = "events", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewEventBody,
    responses((status = 201, body = EventBody), (status = 403, description = "Not an organiser", body = Problem),
        (status = 404, body = Problem),
        (status = 422, description = "A field is missing or invalid, or `image_id` is not a picture the caller uploaded",
            body = Problem)))]
async fn create_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewEventBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    let draft = draft_of(&body)?;
    let photo = new_photo(&body)?;
    let event = events::create(
        &state.db,
        &community,
        &participant,
        &draft,
        photo,
        time::now(),
    )
    .await?;
    Ok(created(EventBody::new(&state, &event)))
}

fn draft_of(body: &NewEventBody) -> Result<EventDraft, AppError> {
    let capacity = body
        .capacity
        .map(|capacity| capacity.to_string())
        .unwrap_or_default();
    EventDraft::parse(&EventInput {
        title: &body.title,
        body: &body.body,
        starts_at: &body.starts_at,
        ends_at: &body.ends_at,
        time_zone: &body.time_zone,
        place_id: body.place_id.as_deref().unwrap_or_default(),
        online_url: body.online_url.as_deref().unwrap_or_default(),
        capacity: &capacity,
        price: body.price.as_deref().unwrap_or_default(),
        accessibility: body
            .accessibility
            .iter()
            .flatten()
            .map(String::as_str)
            .collect(),
        languages: body
            .languages
            .iter()
            .flatten()
            .map(String::as_str)
            .collect(),
    })
}

/// Change an event (the community's organisers): the same body as when it was put on, whole,
/// except its photo: `image_id` left out keeps it, `null` removes it, and a picture the caller
/// uploaded replaces it (a photo replaced or removed is deleted). Those going stay going; a
/// capacity below their number → 422 on `capacity`; when the capacity grows, the first people
/// waiting move up and are told by e-mail.
#[utoipa::path(put, path = "/events/{id}", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewEventBody,
    responses((status = 200, body = EventBody), (status = 403, description = "Not an organiser", body = Problem),
        (status = 404, body = Problem),
        (status = 422, description = "A field is missing or invalid, or `image_id` is not a picture the caller uploaded",
            body = Problem)))]
async fn update_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewEventBody>,
) -> Result<Json<EventBody>, Failure> {
    let (event, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    participant.organiser()?;
    let community = communities::community(&state.db, &event.community_slug).await?;
    let draft = draft_of(&body)?;
    let photo = PhotoChange::from_field(
        body.image_id.as_ref().map(Option::as_deref),
        event.picture.as_ref(),
        IMAGE_FIELD,
    )?;
    let base_url = &state.config.base_url;
    let compose = |to: &Recipient| mails::moved_up(base_url, &event, to);
    let event = events::edit(
        &state.db,
        &state.media,
        &community,
        &participant,
        &event,
        EventChange {
            draft: &draft,
            photo,
            compose: &compose,
        },
        time::now(),
    )
    .await?;
    Ok(Json(EventBody::new(&state, &event)))
}

/// One event with `going_count`, `waitlist_count` and the caller's answer. Hidden ones are 404
/// for all but moderators.
#[utoipa::path(get, path = "/events/{id}", tag = "events", params(("id" = String, Path)),
    responses((status = 200, body = EventDetailBody), (status = 404, body = Problem)))]
async fn get_event(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<EventDetailBody>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let (event, participant) = visible(&state, account, &id).await?;
    let my_rsvp = match participant.account {
        Some(account) => state.db.rsvp_of(event.id, account).await?,
        None => None,
    };
    Ok(Json(EventDetailBody {
        event: EventBody::new(&state, &event),
        my_rsvp: my_rsvp.map(|status| status.name()),
    }))
}

/// Sign up (members): `going` while places are free, else `waitlisted` at the end of the
/// waiting list. Idempotent: signing up again changes nothing and answers 200 with the status
/// already held (201 the first time). An event that has ended → 409.
#[utoipa::path(post, path = "/events/{id}/rsvp", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 201, body = RsvpBody), (status = 200, description = "Already signed up: the status held", body = RsvpBody),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "The event has ended", body = Problem)))]
async fn rsvp(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (event, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    let (status, new) = events::rsvp(&state.db, &participant, &event, time::now()).await?;
    let event = events::find(&state.db, &participant, event.id).await?;
    let body = RsvpBody {
        status: status.name(),
        event: EventBody::new(&state, &event),
    };
    Ok(if new {
        created(body)
    } else {
        Json(body).into_response()
    })
}

/// Cancel the caller's answer (204, also when there was none). When a place comes free, the
/// first person on the waiting list moves up and is told by e-mail.
#[utoipa::path(delete, path = "/events/{id}/rsvp", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Cancelled"), (status = 403, description = "Not a member", body = Problem),
        (status = 404, body = Problem)))]
async fn cancel_rsvp(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (event, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    let base_url = &state.config.base_url;
    events::cancel(
        &state.db,
        &participant,
        &event,
        &|to| mails::moved_up(base_url, &event, to),
        time::now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
