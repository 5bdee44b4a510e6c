//! `PATCH /api/v1/communities/{slug}`: its admins change the community's accent colour and cover
//! photo. The handler is routed beside `GET /communities/{slug}` in `communities::api`.

use axum::Json;
use axum::extract::{Path, State};
use domain::communities;
use domain::community_face::{self as face, ACCENT_FIELD, CoverChange, FaceChange};
use domain::media::ImageId;
use domain::{AppError, FieldErrors, Message, time};
use serde::{Deserialize, Deserializer};
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::communities::api::CommunityBody;
use crate::error::Failure;
use crate::session::SignedIn;
use crate::state::AppState;

const IMAGE_FIELD: &str = "image_id";

/// A field that may be left out (it stays as it is), `null` (it is cleared) or a value.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// What to change; a field left out stays as it is.
#[derive(Deserialize, ToSchema)]
pub struct FaceBody {
    /// `#rrggbb`, dark enough for the white text drawn on it and as a link colour on the page:
    /// a contrast of at least 4.5:1 (WCAG AA), else 422 saying what it reached. `null` goes back
    /// to the network's colours.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, example = "#0f5e73")]
    accent_colour: Option<Option<String>>,
    /// A picture the caller uploaded (`POST /images`) to be the cover photo; `null` removes it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    image_id: Option<Option<String>>,
}

/// Change the community's accent colour or cover photo (its admins and the network's
/// coordinators). 403 for anyone else; 422 naming `accent_colour` (malformed, or too little
/// contrast) or `image_id` (not a picture the caller uploaded). A refused change changes nothing.
#[utoipa::path(patch, path = "/communities/{slug}", tag = "communities", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = FaceBody,
    responses((status = 200, body = CommunityBody), (status = 401, body = crate::openapi::Problem),
        (status = 403, body = crate::openapi::Problem), (status = 404, body = crate::openapi::Problem),
        (status = 422, body = crate::openapi::Problem)))]
pub(crate) async fn change_face(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<FaceBody>,
) -> Result<Json<CommunityBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    face::require_admin(&state.db, &community, &signed_in.account).await?;
    let mut errors = FieldErrors::new();
    let accent = match body.accent_colour {
        None => None,
        Some(None) => Some(String::new()),
        Some(Some(text)) if text.trim().is_empty() => {
            errors.add(ACCENT_FIELD, Message::new("error-accent-malformed"));
            None
        }
        Some(Some(text)) => Some(text),
    };
    let cover = match body
        .image_id
        .as_ref()
        .map(|id| id.as_deref().map(ImageId::parse))
    {
        None => None,
        Some(None) => Some(CoverChange::Remove),
        Some(Some(Some(id))) => Some(CoverChange::Set(id)),
        Some(Some(None)) => {
            errors.add(IMAGE_FIELD, Message::new("error-image-unknown"));
            None
        }
    };
    if !errors.is_empty() {
        // Name what else is wrong too, then refuse.
        if let Some(text) = accent.as_deref().filter(|text| !text.is_empty()) {
            errors.check(
                ACCENT_FIELD,
                domain::community_face::AccentColour::parse(text),
            );
        }
        return Err(AppError::Validation(errors).into());
    }
    let community = face::change_face(
        &state.db,
        &state.media,
        &community,
        &signed_in.account,
        FaceChange { accent, cover },
        IMAGE_FIELD,
        time::now(),
    )
    .await?;
    Ok(Json(CommunityBody::new(&state, &community)))
}
