//! Proposing an initiative (`/c/{slug}/initiatives/new`, sent to `/c/{slug}/initiatives`) and
//! giving it a photo, replacing or removing it later (its author:
//! `/c/{slug}/initiatives/{id}/photo`). Both forms are sent as `multipart/form-data` and work
//! from the keyboard alone without script; every field is checked before the photo is stored,
//! so a form sent back with errors has stored nothing.

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::communities::{self, Community, Participant};
use domain::initiatives::{self, Initiative, InitiativeDraft};
use domain::media::{self, FORM_FIELDS, PhotoChange};
use domain::{AppError, Message, time};
use serde::Deserialize;

use super::initiative_path;
use super::pages::initiative_in;
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::media::{FormPhoto, Photo, PhotoForm, UPLOAD_BODY_LIMIT};
use crate::page::{PageContext, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/c/{slug}/initiatives",
            get(super::pages::list)
                .post(propose)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/c/{slug}/initiatives/new", get(new_form))
        .route(
            "/c/{slug}/initiatives/{id}/photo",
            get(photo_form)
                .post(save_photo)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
}

#[derive(Template)]
#[template(path = "initiatives/form.html")]
struct ProposeForm {
    page: PageContext,
    community: Community,
    errors: FormErrors,
    values: ProposeValues,
    /// What the photo shows (`image_alt`).
    alt: String,
    /// A file was chosen but not kept, as the form had errors.
    choose_again: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProposeValues {
    title: String,
    body: String,
}

/// The form again with its errors (413 when the file was too large), or on to the initiative.
fn outcome<T: Template>(
    page: &PageContext,
    photo: &FormPhoto,
    done: Result<(Initiative, &'static str), AppError>,
    show: impl FnOnce(FormErrors) -> T,
) -> Response {
    match done {
        Ok((initiative, done)) => {
            see_other(&format!("{}?done={done}", initiative_path(&initiative)))
        }
        Err(error) => {
            let too_large = photo.too_large()
                && matches!(&error, AppError::Validation(errors) if errors.for_field(FORM_FIELDS.file).is_some());
            let mut response = form_failure(error, page, |errors| render(&show(errors)));
            if too_large {
                *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            }
            response
        }
    }
}

/// The community and how the signed-in person stands in it; 403 for someone from elsewhere.
async fn as_member(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.member()?;
    Ok((community, participant))
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = as_member(&state, &signed_in, &slug).await?;
    Ok(render(&ProposeForm {
        page,
        community,
        errors: FormErrors::default(),
        values: ProposeValues::default(),
        alt: String::new(),
        choose_again: false,
    }))
}

async fn propose(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PhotoForm(values, photo): PhotoForm<ProposeValues>,
) -> Result<Response, Failure> {
    let (community, participant) = as_member(&state, &signed_in, &slug).await?;
    let done = async {
        let draft = photo.check(InitiativeDraft::parse(&values.title, &values.body), None)?;
        let image = photo.save(&state, signed_in.account.id).await?;
        let proposed = initiatives::propose(
            &state.db,
            &community,
            &participant,
            &draft,
            image,
            time::now(),
        )
        .await;
        if let (Err(_), Some(image)) = (&proposed, image) {
            media::discard(&state.db, &state.media, image).await?;
        }
        Ok::<_, AppError>((proposed?, "proposed"))
    }
    .await;
    Ok(outcome(&page.clone(), &photo, done, |errors| ProposeForm {
        page,
        community,
        errors,
        values,
        alt: photo.alt.clone(),
        choose_again: photo.file.is_some(),
    }))
}

/// The photo form has no fields but the photo's (and its CSRF token).
#[derive(Deserialize)]
struct NoFields {}

/// The photo of an initiative: give one, replace it, describe it anew or remove it.
#[derive(Template)]
#[template(path = "initiatives/photo.html")]
struct PhotoPage {
    page: PageContext,
    community: Community,
    initiative: Initiative,
    errors: FormErrors,
    alt: String,
    choose_again: bool,
}

impl PhotoPage {
    fn new(page: PageContext, community: Community, initiative: Initiative) -> Self {
        let alt = initiative
            .picture
            .as_ref()
            .map(|picture| picture.alt.clone())
            .unwrap_or_default();
        Self {
            page,
            community,
            initiative,
            errors: FormErrors::default(),
            alt,
            choose_again: false,
        }
    }

    fn path(&self) -> String {
        initiative_path(&self.initiative)
    }

    fn photo(&self) -> Option<Photo> {
        self.initiative.picture.as_ref().map(Photo::thumbnail)
    }

    fn has_photo(&self) -> bool {
        self.initiative.picture.is_some()
    }
}

async fn photo_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    initiatives::require_author(&participant, &initiative)?;
    Ok(render(&PhotoPage::new(page, community, initiative)))
}

async fn save_photo(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PhotoForm(NoFields {}, photo): PhotoForm<NoFields>,
) -> Result<Response, Failure> {
    let (community, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    initiatives::require_author(&participant, &initiative)?;
    let current = initiative.picture.clone();
    let done = async {
        let chosen = if current.is_none() && photo.file.is_none() {
            Err(AppError::invalid(
                FORM_FIELDS.file,
                Message::new("error-image-missing"),
            ))
        } else {
            Ok(())
        };
        photo.check(chosen, current.as_ref())?;
        let change = if photo.file.is_some() {
            match photo.save(&state, signed_in.account.id).await? {
                Some(image) => PhotoChange::Set(image),
                None => PhotoChange::Keep,
            }
        } else if photo.remove {
            PhotoChange::Remove
        } else {
            PhotoChange::Keep
        };
        let changed = initiatives::change_photo(
            &state.db,
            &state.media,
            &participant,
            &initiative,
            change,
            time::now(),
        )
        .await;
        if let (Err(_), Some(image)) = (&changed, change.new_image()) {
            media::discard(&state.db, &state.media, image).await?;
        }
        let changed = changed?;
        if let Some(picture) = current.as_ref().filter(|_| change == PhotoChange::Keep)
            && photo.alt_changed(Some(picture))
        {
            media::set_alt(&state.db, picture.id, &photo.alt, FORM_FIELDS.alt).await?;
        }
        Ok::<_, AppError>((changed, "photo"))
    }
    .await;
    Ok(outcome(&page.clone(), &photo, done, |errors| PhotoPage {
        errors,
        alt: photo.alt.clone(),
        choose_again: photo.file.is_some(),
        ..PhotoPage::new(page, community, initiative)
    }))
}
