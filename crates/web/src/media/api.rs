//! `POST /api/v1/images`: upload a picture (multipart, `file` and `alt`), to attach it by its id
//! to a story (`image_id`), and as more features take photos, to those too.

use axum::extract::{DefaultBodyLimit, FromRequest as _, Multipart, Request, State};
use axum::response::Response;
use domain::media::{self, API_FIELDS, Picture};
use domain::time;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::multipart::is_multipart;
use super::{UPLOAD_BODY_LIMIT, read_upload, variant_path};
use crate::api::created;
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload_image))
        .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))
}

/// One stored size of a picture.
#[derive(Serialize, ToSchema)]
pub struct VariantBody {
    width: u32,
    height: u32,
    url: String,
}

/// A picture: what it shows (`alt`), its widest variant (`width`, `height`, `url`) and every
/// variant, narrowest first, for a `srcset`.
#[derive(Serialize, ToSchema)]
pub struct ImageBody {
    id: String,
    alt: String,
    width: u32,
    height: u32,
    url: String,
    variants: Vec<VariantBody>,
}

impl ImageBody {
    pub fn new(state: &AppState, picture: &Picture) -> Self {
        Self {
            id: picture.id.to_string(),
            alt: picture.alt.clone(),
            width: picture.width,
            height: picture.height,
            url: state.config.url(&variant_path(picture.id, picture.width)),
            variants: picture
                .variants
                .iter()
                .map(|width| VariantBody {
                    width: *width,
                    height: picture.height_at(*width),
                    url: state.config.url(&variant_path(picture.id, *width)),
                })
                .collect(),
        }
    }
}

/// The multipart body of an upload.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct UploadBody {
    /// A JPEG, PNG or WebP picture of at most 10 MiB and 40 megapixels.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What the picture shows, for people who cannot see it (1–300 characters).
    #[schema(min_length = 1, max_length = 300)]
    alt: String,
}

/// Upload a picture. It is re-encoded as JPEG (EXIF and location dropped, the orientation
/// applied) in widths of 320, 640 and 1280 pixels, never wider than it was. Attach it to what
/// you create next by its `id` (`image_id`); only its uploader may.
#[utoipa::path(post, path = "/images", tag = "media", security(("bearer" = [])),
    request_body(content = UploadBody, content_type = "multipart/form-data"),
    responses((status = 201, body = ImageBody), (status = 401, body = Problem),
        (status = 413, description = "The file is over 10 MiB", body = Problem),
        (status = 415, description = "Not multipart/form-data", body = Problem),
        (status = 422, description = "No file, no alt text, not a JPEG, PNG or WebP, too many pixels, \
            or a damaged file; `errors` names `file` or `alt`", body = Problem)))]
async fn upload_image(
    State(state): State<AppState>,
    signed_in: SignedIn,
    request: Request,
) -> Result<Response, Failure> {
    if !is_multipart(&request) {
        return Err(Failure::NotMultipart);
    }
    let multipart = Multipart::from_request(request, &state)
        .await
        .map_err(|_| Failure::Malformed)?;
    let (fields, file) = read_upload(multipart, API_FIELDS.file).await?;
    let file = file.unwrap_or_default();
    if file.too_large {
        return Err(Failure::UploadTooLarge);
    }
    let alt = fields
        .iter()
        .find(|(name, _)| name == API_FIELDS.alt)
        .map_or("", |(_, value)| value.as_str());
    let image = media::upload(
        &state.db,
        &state.media,
        signed_in.account.id,
        file.bytes,
        alt,
        API_FIELDS,
        time::now(),
    )
    .await?;
    Ok(created(ImageBody::new(&state, &image.picture)))
}
