//! Reading a request that carries a file: a page form with `enctype="multipart/form-data"`, or
//! the API's `POST /images`. The file is kept up to `MAX_UPLOAD_BYTES`; past that the rest is
//! read and dropped (so that the browser or client gets its answer rather than a reset
//! connection) and the upload is marked too large. The CSRF check (`crate::csrf`) has already
//! read the token at the head of a form's body.

use axum::body::{Body, to_bytes};
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use domain::media::{FORM_FIELDS, MAX_UPLOAD_BYTES};
use serde::de::DeserializeOwned;

use crate::error::Failure;

/// The body limit of the routes that take an upload (`DefaultBodyLimit`): the file, the form's
/// other fields, and room to read a file somewhat over the limit to its end.
pub const UPLOAD_BODY_LIMIT: usize = 16 * 1024 * 1024;
/// Text fields beside a file are small.
const TEXT_FIELD_LIMIT: usize = 64 * 1024;
const TEXT_LIMIT: usize = 1024 * 1024;

/// A file as it arrived.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    /// Empty when it was too large.
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

/// The photo inputs of a page form (`templates/media/fields.html`).
#[derive(Debug, Clone, Default)]
pub struct FormPhoto {
    /// The file chosen, if one was.
    pub file: Option<Upload>,
    /// What the photo shows (`image_alt`).
    pub alt: String,
    /// "Remove the photo" was ticked (`image_remove`).
    pub remove: bool,
}

/// A page form that may carry a photo: its other fields as `PageForm` would read them, and the
/// photo's inputs. A form sent without a file (or not as multipart at all) reads the same way.
pub struct PhotoForm<T>(pub T, pub FormPhoto);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for PhotoForm<T> {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (pairs, file) = if is_multipart(&request) {
            let multipart = Multipart::from_request(request, state)
                .await
                .map_err(|_| Failure::Malformed)?;
            read_parts(multipart, FORM_FIELDS.file).await?
        } else {
            let bytes = to_bytes(request.into_body(), TEXT_LIMIT)
                .await
                .map_err(|_| Failure::TooLarge)?;
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).map_err(|_| Failure::Malformed)?;
            (pairs, None)
        };
        let photo = FormPhoto {
            file,
            alt: value_of(&pairs, FORM_FIELDS.alt).unwrap_or_default(),
            remove: value_of(&pairs, "image_remove").is_some_and(|value| !value.is_empty()),
        };
        Ok(Self(values_of(&pairs).await?, photo))
    }
}

/// The fields and the file (named `file_field`) of an API upload.
pub async fn read_upload(
    multipart: Multipart,
    file_field: &str,
) -> Result<(Vec<(String, String)>, Option<Upload>), Failure> {
    read_parts(multipart, file_field).await
}

pub fn is_multipart(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

fn value_of(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.clone())
}

/// Text fields into the form's type, exactly as a url-encoded form of them would be read.
async fn values_of<T: DeserializeOwned>(pairs: &[(String, String)]) -> Result<T, Failure> {
    let encoded = serde_urlencoded::to_string(pairs).map_err(|_| Failure::Malformed)?;
    let request = Request::builder()
        .method("POST")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(encoded))
        .map_err(|_| Failure::Malformed)?;
    axum_extra::extract::Form::<T>::from_request(request, &())
        .await
        .map(|axum_extra::extract::Form(values)| values)
        .map_err(|_| Failure::Malformed)
}

fn failure_of(error: &MultipartError) -> Failure {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Failure::TooLarge
    } else {
        Failure::Malformed
    }
}

async fn read_parts(
    mut multipart: Multipart,
    file_field: &str,
) -> Result<(Vec<(String, String)>, Option<Upload>), Failure> {
    let mut pairs = Vec::new();
    let mut file = None;
    let mut text_bytes = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| failure_of(&e))? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == file_field {
            let chosen = field.file_name().is_some_and(|name| !name.is_empty());
            let upload = read_file(&mut field).await?;
            // A form whose file input was left empty sends an empty part with no file name.
            if chosen || upload.too_large || !upload.bytes.is_empty() {
                file = Some(upload);
            }
            continue;
        }
        let text = read_text(&mut field).await?;
        text_bytes += text.len();
        if text_bytes > TEXT_LIMIT {
            return Err(Failure::TooLarge);
        }
        pairs.push((name, text));
    }
    Ok((pairs, file))
}

async fn read_file(field: &mut Field<'_>) -> Result<Upload, Failure> {
    let mut upload = Upload::default();
    while let Some(chunk) = field.chunk().await.map_err(|e| failure_of(&e))? {
        if upload.too_large {
            continue;
        }
        if upload.bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
            upload = Upload {
                bytes: Vec::new(),
                too_large: true,
            };
            continue;
        }
        upload.bytes.extend_from_slice(&chunk);
    }
    Ok(upload)
}

async fn read_text(field: &mut Field<'_>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|e| failure_of(&e))? {
        if bytes.len() + chunk.len() > TEXT_FIELD_LIMIT {
            return Err(Failure::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).map_err(|_| Failure::Malformed)
}
