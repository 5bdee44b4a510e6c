//! Photos people upload, one mechanism for every feature (stories now; avatars, initiative and
//! event photos, community cover photos next).
//!
//! # How a feature attaches a photo
//!
//! 1. **Upload.** `media::upload(store, storage, owner, bytes, alt, fields, now)` checks the alt
//!    text (required, at most `ALT_MAX_CHARS`) and the bytes (at most `MAX_UPLOAD_BYTES`; JPEG,
//!    PNG or WebP judged by the bytes themselves; at most `MAX_PIXELS`, refused from the header
//!    before anything is decoded), then — off the async runtime — applies the EXIF orientation
//!    and re-encodes it as JPEG variants `VARIANT_WIDTHS` wide (never wider than it was), which
//!    leaves EXIF and GPS behind. The variants go to the `MediaStorage`, the `images` row to the
//!    `ImageStore`, and the `Image` comes back. Errors name `fields.file` / `fields.alt`, so a
//!    form shows them beside its own inputs (`FORM_FIELDS`: `image`, `image_alt`) and the API
//!    beside its own (`API_FIELDS`: `file`, `alt`). Web does this for you: a page form is sent
//!    `enctype="multipart/form-data"` with the inputs of `templates/media/fields.html`, its
//!    handler takes `web::media::PhotoForm<Values>` (instead of `PageForm<Values>`, on a route
//!    with `DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)`), and `FormPhoto::save` uploads the chosen
//!    file; the API takes `POST /api/v1/images` and then an `image_id` in JSON bodies.
//! 2. **Attach.** The feature's table gets `image_id TEXT REFERENCES images (id) ON DELETE SET
//!    NULL` (a photo goes when its owner is erased). Its draft holds `Option<ImageId>`; before
//!    saving, `media::attachable(store, actor, id, members_only)` checks that the actor uploaded
//!    it (else 422 on `image_id`) and marks it private when the content is not public.
//! 3. **Read.** The feature's SELECT joins `LEFT JOIN images im ON im.id = x.image_id`, selects
//!    `crate::media::picture_columns!()` and reads them with `crate::media::read_picture(row, n)`
//!    (in the store crate) into an `Option<Picture>`; pages wrap it in `web::media::Photo`
//!    (`Photo::of` full width, `Photo::thumbnail` in lists) and render it with `{% let photo = …
//!    %}{% include "media/picture.html" %}` (`<img srcset sizes alt width height loading=lazy>`);
//!    the API answers `web::media::api::ImageBody`.
//! 4. **Replace or remove.** `media::discard(store, storage, image)` deletes the row and its files
//!    (do it after the feature stopped pointing at it). `PhotoChange` (keep, remove, set) is what
//!    a save does to the photo; `PhotoChange::from_field` reads an API body's `image_id` (absent
//!    keeps, `null` removes) and `resolve` gives the image to point at, a new one checked.
//!
//! Erasure deletes a person's images (rows by the privacy registry, files by `privacy::erase`).
//! Images are served at `/media/{id}/{width}.jpg`: ids are random (v4) and never listed, so an
//! address is the key; images marked members-only are sent `Cache-Control: private`.

mod change;
mod model;
mod process;
mod service;
mod store;

pub use change::PhotoChange;
pub use model::*;
pub use process::{Processed, Variant, process};
pub use service::*;
pub use store::{ImageStore, MediaStorage};
