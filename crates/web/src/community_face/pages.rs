//! `/c/{slug}/settings`: the admins' page for the community's face — its accent colour and its
//! cover photo, in one form (multipart, since it may carry the photo).

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::accounts::Account;
use domain::communities::{self, Community};
use domain::community_face::colour::ratio_tenths;
use domain::community_face::{self as face, ACCENT_FIELD, AccentColour, CoverChange, FaceChange};
use domain::media::{self, FORM_FIELDS};
use domain::{AppError, FieldErrors, time};
use serde::Deserialize;

use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::media::{FormPhoto, Photo, PhotoForm, UPLOAD_BODY_LIMIT};
use crate::page::{PageContext, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/c/{slug}/settings",
        get(settings)
            .post(save)
            .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
    )
}

#[derive(Template)]
#[template(path = "community_face/settings.html")]
struct SettingsPage {
    page: PageContext,
    community: Community,
    errors: FormErrors,
    values: FaceValues,
    /// What the cover's description field holds.
    alt: String,
    notice: String,
}

impl SettingsPage {
    fn settings_path(&self) -> String {
        format!("/c/{}/settings", self.community.slug)
    }

    /// The colour the community has now, with the contrast it reaches, in words.
    fn accent_now(&self) -> Option<(String, String)> {
        let accent = self.community.accent?;
        let tenths = ratio_tenths(accent.worst_contrast());
        let reaches = domain::Message::new("face-accent-reaches")
            .with("ratio_whole", tenths / 10)
            .with("ratio_tenth", tenths % 10);
        Some((
            accent.hex(),
            crate::i18n::message(self.page.locale, &reaches),
        ))
    }

    fn cover(&self) -> Option<Photo> {
        self.community.cover.as_ref().map(super::cover)
    }

    fn accent_hint(&self) -> String {
        self.page.t("face-accent-hint")
    }
}

/// The form's own fields; the photo's come beside them (`FormPhoto`).
#[derive(Deserialize, Default)]
#[serde(default)]
struct FaceValues {
    accent_colour: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DoneQuery {
    done: Option<String>,
}

async fn admin_of(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<Community, AppError> {
    let community = communities::community(&state.db, slug).await?;
    face::require_admin(&state.db, &community, &signed_in.account).await?;
    Ok(community)
}

async fn settings(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let community = admin_of(&state, &signed_in, &slug).await?;
    let notice = match query.done.as_deref() {
        Some("saved") => page.t("face-notice-saved"),
        _ => String::new(),
    };
    let values = FaceValues {
        accent_colour: community.accent.map(AccentColour::hex).unwrap_or_default(),
    };
    let alt = community
        .cover
        .as_ref()
        .map(|picture| picture.alt.clone())
        .unwrap_or_default();
    Ok(render(&SettingsPage {
        page,
        community,
        errors: FormErrors::default(),
        values,
        alt,
        notice,
    }))
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PhotoForm(values, photo): PhotoForm<FaceValues>,
) -> Result<Response, Failure> {
    let community = admin_of(&state, &signed_in, &slug).await?;
    match apply(&state, &community, &signed_in.account, &values, &photo).await {
        Ok(community) => Ok(see_other(&format!(
            "/c/{}/settings?done=saved",
            community.slug
        ))),
        Err(error) => {
            let too_large = photo.too_large();
            let mut response = form_failure(error, &page.clone(), |errors| {
                render(&SettingsPage {
                    page,
                    community,
                    errors,
                    values,
                    alt: photo.alt.clone(),
                    notice: String::new(),
                })
            });
            if too_large {
                *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            }
            Ok(response)
        }
    }
}

/// What the form asks for. The colour and the photo's description are checked before a file is
/// stored, so that a refused form leaves no picture behind; a picture stored for a change that
/// then fails is discarded.
async fn apply(
    state: &AppState,
    community: &Community,
    actor: &Account,
    values: &FaceValues,
    photo: &FormPhoto,
) -> Result<Community, AppError> {
    let mut errors = FieldErrors::new();
    let accent = values.accent_colour.trim();
    if !accent.is_empty() {
        errors.check(ACCENT_FIELD, AccentColour::parse(accent));
    }
    if photo.file.is_some() {
        errors.check(FORM_FIELDS.alt, media::parse_alt(&photo.alt));
    }
    errors.into_result()?;
    let uploaded = photo.save(state, actor.id).await?;
    let describes = community.cover.is_some() || !photo.alt.trim().is_empty();
    let cover = match uploaded {
        Some(id) => Some(CoverChange::Set(id)),
        None if photo.remove => Some(CoverChange::Remove),
        None if describes => Some(CoverChange::Describe(photo.alt.clone())),
        None => None,
    };
    let change = FaceChange {
        accent: Some(values.accent_colour.clone()),
        cover,
    };
    let outcome = face::change_face(
        &state.db,
        &state.media,
        community,
        actor,
        change,
        FORM_FIELDS.file,
        time::now(),
    )
    .await;
    if outcome.is_err()
        && let Some(id) = uploaded
    {
        media::discard(&state.db, &state.media, id).await?;
    }
    outcome
}
