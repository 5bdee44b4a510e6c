//! Putting an event on (organisers): `/c/{slug}/events/new` and its POST to `/c/{slug}/events`;
//! changing one: `/c/{slug}/events/{id}/edit`, GET and POST. Times are typed as the wall clock
//! shows them where the event happens (`datetime-local`), in a zone that defaults to the
//! community's country's. The form is sent as `multipart/form-data` with an optional photo;
//! every field is checked before the photo is stored, so a form sent back has stored nothing.

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::calendar::{self, Zone};
use domain::communities::{self, Community, Participant};
use domain::events::{self, Event, EventChange, EventDraft, EventInput, Recipient};
use domain::media::{self, FORM_FIELDS, PhotoChange};
use domain::places::{self, Access, Place};
use domain::support::Language;
use domain::{AppError, time};
use serde::Deserialize;

use super::detail::event_in;
use super::{EventWords, event_path, mails};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::media::{FormPhoto, Photo, PhotoForm, UPLOAD_BODY_LIMIT};
use crate::page::{PageContext, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/c/{slug}/events",
            get(super::pages::agenda)
                .post(create)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/c/{slug}/events/new", get(new_form))
        .route(
            "/c/{slug}/events/{id}/edit",
            get(edit_form)
                .post(save)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
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
    /// What the photo shows (`image_alt`).
    alt: String,
    /// A file was chosen but not kept, as the form had errors.
    choose_again: bool,
}

impl EventForm {
    fn new(
        page: PageContext,
        community: Community,
        places: Vec<Place>,
        values: EventValues,
        editing: Option<Event>,
    ) -> Self {
        let alt = editing
            .as_ref()
            .and_then(|event| event.picture.as_ref())
            .map(|picture| picture.alt.clone())
            .unwrap_or_default();
        Self {
            page,
            community,
            places,
            errors: FormErrors::default(),
            values,
            editing,
            alt,
            choose_again: false,
        }
    }

    /// The photo the event has now, small.
    fn photo(&self) -> Option<Photo> {
        self.editing
            .as_ref()
            .and_then(|event| event.picture.as_ref())
            .map(Photo::thumbnail)
    }

    fn has_photo(&self) -> bool {
        self.photo().is_some()
    }

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

/// The form again with its errors, or on to the event.
fn outcome(
    mut form: EventForm,
    photo: &FormPhoto,
    done: Result<(Event, &'static str), AppError>,
) -> Response {
    match done {
        Ok((event, done)) => see_other(&format!("{}?done={done}", event_path(&event))),
        Err(error) => {
            let page = form.page.clone();
            let too_large = photo.too_large()
                && matches!(&error, AppError::Validation(errors) if errors.for_field(FORM_FIELDS.file).is_some());
            form.alt.clone_from(&photo.alt);
            form.choose_again = photo.file.is_some();
            let mut response = form_failure(error, &page, |errors| {
                form.errors = errors;
                render(&form)
            });
            if too_large {
                *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            }
            response
        }
    }
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
    Ok(render(&EventForm::new(
        page, community, places, values, None,
    )))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PhotoForm(values, photo): PhotoForm<EventValues>,
) -> Result<Response, Failure> {
    let (community, participant, places) = as_organiser(&state, &signed_in, &slug).await?;
    let done = async {
        let draft = photo.check(EventDraft::parse(&values.input()), None)?;
        let image = photo.save(&state, signed_in.account.id).await?;
        let created = events::create(
            &state.db,
            &community,
            &participant,
            &draft,
            image,
            time::now(),
        )
        .await;
        if let (Err(_), Some(image)) = (&created, image) {
            media::discard(&state.db, &state.media, image).await?;
        }
        Ok::<_, AppError>((created?, "created"))
    }
    .await;
    let form = EventForm::new(page, community, places, values, None);
    Ok(outcome(form, &photo, done))
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, _, places) = as_organiser(&state, &signed_in, &slug).await?;
    let (_, event, _) = event_in(&state, &page, &slug, &id).await?;
    let values = EventValues::of(&event);
    Ok(render(&EventForm::new(
        page,
        community,
        places,
        values,
        Some(event),
    )))
}

/// The photo's part of a change: a new file replaces it, the box removes it, else it stays.
async fn photo_change(
    state: &AppState,
    signed_in: &SignedIn,
    photo: &FormPhoto,
) -> Result<PhotoChange, AppError> {
    if photo.file.is_some() {
        Ok(match photo.save(state, signed_in.account.id).await? {
            Some(image) => PhotoChange::Set(image),
            None => PhotoChange::Keep,
        })
    } else if photo.remove {
        Ok(PhotoChange::Remove)
    } else {
        Ok(PhotoChange::Keep)
    }
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PhotoForm(values, photo): PhotoForm<EventValues>,
) -> Result<Response, Failure> {
    let (community, participant, places) = as_organiser(&state, &signed_in, &slug).await?;
    let (_, event, _) = event_in(&state, &page, &slug, &id).await?;
    let current = event.picture.clone();
    let done = async {
        let draft = photo.check(EventDraft::parse(&values.input()), current.as_ref())?;
        let change = photo_change(&state, &signed_in, &photo).await?;
        let base_url = &state.config.base_url;
        let compose = |to: &Recipient| mails::moved_up(base_url, &event, to);
        let saved = events::edit(
            &state.db,
            &state.media,
            &community,
            &participant,
            &event,
            EventChange {
                draft: &draft,
                photo: change,
                compose: &compose,
            },
            time::now(),
        )
        .await;
        if let (Err(_), Some(image)) = (&saved, change.new_image()) {
            media::discard(&state.db, &state.media, image).await?;
        }
        let saved = saved?;
        if let Some(picture) = current.as_ref().filter(|_| change == PhotoChange::Keep)
            && photo.alt_changed(Some(picture))
        {
            media::set_alt(&state.db, picture.id, &photo.alt, FORM_FIELDS.alt).await?;
        }
        Ok::<_, AppError>((saved, "saved"))
    }
    .await;
    let form = EventForm::new(page, community, places, values, Some(event));
    Ok(outcome(form, &photo, done))
}
