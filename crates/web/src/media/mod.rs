//! Photos on the web: serving the stored variants (`/media/{id}/{width}.jpg`), reading a form or
//! an API request that carries a file (`multipart`), what a page needs to show a picture
//! (`Photo`, rendered by `templates/media/picture.html`), and `POST /api/v1/images` (`api`).
//!
//! A page form with a photo: `enctype="multipart/form-data"`, the inputs of
//! `templates/media/fields.html`, and the handler takes `PhotoForm<Values>` instead of
//! `PageForm<Values>`; `FormPhoto::save` turns the inputs into what the feature's service needs.

pub mod api;
mod multipart;
mod serve;

use axum::Router;
use axum::routing::get;
use domain::AppError;
use domain::accounts::AccountId;
use domain::media::{self, FORM_FIELDS, ImageId, Picture};

use crate::state::AppState;

pub use multipart::{FormPhoto, PhotoForm, UPLOAD_BODY_LIMIT, Upload, read_upload};

/// The route that serves images; it needs no session, so it sits outside the pages' layers.
pub fn router() -> Router<AppState> {
    Router::new().route("/media/{id}/{file}", get(serve::image))
}

/// The address of one variant of a picture.
pub fn variant_path(id: ImageId, width: u32) -> String {
    format!("/media/{id}/{width}.jpg")
}

/// A picture as `templates/media/picture.html` shows it.
#[derive(Debug, Clone)]
pub struct Photo {
    pub src: String,
    pub srcset: String,
    pub sizes: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

impl Photo {
    /// The picture at full width of the text column (up to the widest variant).
    pub fn of(picture: &Picture) -> Self {
        Self::sized(picture, "(min-width: 48rem) 44rem, 100vw")
    }

    /// The picture as a thumbnail beside a list item (about 10rem wide).
    pub fn thumbnail(picture: &Picture) -> Self {
        Self::sized(picture, "10rem")
    }

    fn sized(picture: &Picture, sizes: &str) -> Self {
        let src_width = picture
            .variants
            .iter()
            .copied()
            .find(|width| *width >= 640)
            .unwrap_or(picture.width);
        Self {
            src: variant_path(picture.id, src_width),
            srcset: picture
                .variants
                .iter()
                .map(|width| format!("{} {width}w", variant_path(picture.id, *width)))
                .collect::<Vec<_>>()
                .join(", "),
            sizes: sizes.to_owned(),
            alt: picture.alt.clone(),
            width: src_width,
            height: picture.height_at(src_width),
        }
    }
}

impl FormPhoto {
    /// Stores the chosen file (the person's own, with its alt text) when one was chosen: the
    /// new image's id. Errors name the form's inputs (`image`, `image_alt`); a file over the
    /// limit is the `image` input's error, with 413 as its status (see `too_large_status`).
    pub async fn save(
        &self,
        state: &AppState,
        owner: AccountId,
    ) -> Result<Option<ImageId>, AppError> {
        let Some(upload) = &self.file else {
            return Ok(None);
        };
        if upload.too_large {
            return Err(AppError::invalid(FORM_FIELDS.file, too_large_message()));
        }
        let image = media::upload(
            &state.db,
            &state.media,
            owner,
            upload.bytes.clone(),
            &self.alt,
            FORM_FIELDS,
            domain::time::now(),
        )
        .await?;
        Ok(Some(image.picture.id))
    }

    /// Whether the form's failure is a file over the limit: the page then answers 413.
    pub fn too_large(&self) -> bool {
        self.file.as_ref().is_some_and(|upload| upload.too_large)
    }

    /// What is wrong with the photo inputs that can be told before anything is stored, so that
    /// a form shows it together with its other fields' errors: a file over the limit, and the
    /// alt text when a file was chosen or the alt text of the photo kept (`current`) changed.
    pub fn errors(&self, current: Option<&Picture>) -> domain::FieldErrors {
        let mut errors = domain::FieldErrors::new();
        if self.too_large() {
            errors.add(FORM_FIELDS.file, too_large_message());
        } else if self.file.is_some() || (!self.remove && self.alt_changed(current)) {
            errors.check(FORM_FIELDS.alt, media::parse_alt(&self.alt));
        }
        errors
    }

    /// The form's other fields as parsed, with the photo inputs' errors added to theirs, so
    /// that the form shows every fault at once and stores nothing.
    pub fn check<T>(
        &self,
        parsed: Result<T, AppError>,
        current: Option<&Picture>,
    ) -> Result<T, AppError> {
        let photo = self.errors(current);
        match parsed {
            Ok(value) => photo.into_result().map(|()| value),
            Err(AppError::Validation(mut errors)) => {
                for (field, message) in photo.iter() {
                    errors.add(field, message.clone());
                }
                Err(AppError::Validation(errors))
            }
            Err(other) => Err(other),
        }
    }

    /// Whether the alt text typed differs from that of the photo kept (`current`).
    pub fn alt_changed(&self, current: Option<&Picture>) -> bool {
        current.is_some_and(|picture| {
            media::parse_alt(&self.alt)
                .ok()
                .is_none_or(|alt| alt != picture.alt)
        })
    }
}

fn too_large_message() -> domain::Message {
    domain::Message::new("error-image-too-large").with(
        "megabytes",
        i64::try_from(media::MAX_UPLOAD_BYTES / (1024 * 1024)).unwrap_or(10),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photo_offers_every_variant_and_its_proportions() {
        let picture = Picture {
            id: ImageId(uuid::Uuid::nil()),
            alt: "The ferry at dusk".into(),
            width: 1280,
            height: 960,
            variants: vec![320, 640, 1280],
        };
        let photo = Photo::of(&picture);
        assert_eq!(photo.src, format!("/media/{}/640.jpg", picture.id));
        assert_eq!((photo.width, photo.height), (640, 480));
        assert!(
            photo.srcset.ends_with("/1280.jpg 1280w"),
            "{}",
            photo.srcset
        );
        assert_eq!(photo.srcset.matches("w,").count(), 2);
    }
}
