//! `GET /media/{id}/{width}.jpg`: one stored variant of a picture. Its bytes never change (a
//! new picture gets a new id), so it is cached for a year; pictures of members-only content are
//! cached by the browser only (`private`), and their random id is all that opens them.

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::AppError;
use domain::media::{ImageId, ImageStore as _, MediaStorage as _, variant_key};

use crate::error::Failure;
use crate::state::AppState;

const PUBLIC: &str = "public, max-age=31536000, immutable";
const PRIVATE: &str = "private, max-age=31536000, immutable";

pub(super) async fn image(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Failure> {
    let id = ImageId::parse(&id).ok_or(AppError::NotFound)?;
    let width: u32 = file
        .strip_suffix(".jpg")
        .and_then(|width| width.parse().ok())
        .ok_or(AppError::NotFound)?;
    let image = state.db.image(id).await?.ok_or(AppError::NotFound)?;
    if !image.picture.has_variant(width) {
        return Err(AppError::NotFound.into());
    }
    let etag = format!("\"{id}-{width}\"");
    let cache = if image.members_only { PRIVATE } else { PUBLIC };
    let headers_out = [
        (CACHE_CONTROL, HeaderValue::from_static(cache)),
        (
            ETAG,
            HeaderValue::from_str(&etag).map_err(AppError::internal)?,
        ),
    ];
    let unchanged = headers
        .get(IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(',')
                .any(|tag| tag.trim() == etag || tag.trim() == "*")
        });
    if unchanged {
        return Ok((StatusCode::NOT_MODIFIED, headers_out).into_response());
    }
    let Some(bytes) = state.media.get(&variant_key(id, width)).await? else {
        tracing::warn!(%id, width, "an image's file is missing from the media directory");
        return Err(AppError::NotFound.into());
    };
    Ok((
        headers_out,
        [(CONTENT_TYPE, HeaderValue::from_static("image/jpeg"))],
        bytes,
    )
        .into_response())
}
