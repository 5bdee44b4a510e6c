//! The JSON API's plumbing: the JSON body extractor with RFC 9457 answers for every way a body
//! can be wrong, list pagination, and the renderer that turns failures into problem JSON.

use axum::body::to_bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::{AppError, FieldErrors, Message};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::Failure;

pub const JSON_LIMIT: usize = 1024 * 1024;
/// A body over the limit is still read up to here, so the client gets its 413 instead of a
/// closed connection.
const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// A JSON request body: 415 when it is not JSON, 413 over 1 MiB, 400 when malformed, 422 naming
/// the field when a value is missing or of the wrong type.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Failure;

    async fn from_request(request: Request, _: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json"
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            });
        if !is_json {
            return Err(Failure::NotJson);
        }
        let bytes = to_bytes(request.into_body(), DRAIN_LIMIT)
            .await
            .map_err(|_| Failure::TooLarge)?;
        if bytes.len() > JSON_LIMIT {
            return Err(Failure::TooLarge);
        }
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| Failure::Malformed)?;
        if !value.is_object() {
            return Err(Failure::App(AppError::Validation(FieldErrors::single(
                "body",
                "error-body-not-object",
            ))));
        }
        deserialize_reporting_every_field(value)
            .map(ApiJson)
            .map_err(Failure::App)
    }
}

/// Values tried in place of a field that is missing or of the wrong type, so that the next
/// attempt can find the next field at fault: one of them fits any field's type.
const STAND_INS: [fn() -> serde_json::Value; 6] = [
    || serde_json::Value::String(String::new()),
    || serde_json::Value::Bool(false),
    || serde_json::Value::from(0),
    || serde_json::Value::Null,
    || serde_json::Value::Array(Vec::new()),
    || serde_json::Value::Object(serde_json::Map::new()),
];

/// Deserialises `value`; when fields are missing or of the wrong type, names every one of them,
/// not only the first serde meets.
fn deserialize_reporting_every_field<T: DeserializeOwned>(
    mut value: serde_json::Value,
) -> Result<T, AppError> {
    let mut errors = FieldErrors::new();
    let mut tried: Vec<(&'static str, usize)> = Vec::new();
    loop {
        let error = match serde_path_to_error::deserialize::<_, T>(value.clone()) {
            Ok(parsed) if errors.is_empty() => return Ok(parsed),
            Ok(_) => return Err(AppError::Validation(errors)),
            Err(error) => error,
        };
        let field = field_of(&error);
        let missing = error.inner().to_string().starts_with("missing field");
        errors.add(
            field,
            Message::new(if missing {
                "error-required"
            } else {
                "error-wrong-type"
            }),
        );
        let attempt = match tried.iter_mut().find(|(name, _)| *name == field) {
            Some((_, attempt)) => {
                *attempt += 1;
                *attempt
            }
            None => {
                tried.push((field, 0));
                0
            }
        };
        let (Some(stand_in), Some(object), false) = (
            STAND_INS.get(attempt),
            value.as_object_mut(),
            field == "body",
        ) else {
            return Err(AppError::Validation(errors));
        };
        object.insert(field.to_owned(), stand_in());
    }
}

/// The name of the field a deserialisation error is about, as a known static name.
fn field_of(error: &serde_path_to_error::Error<serde_json::Error>) -> &'static str {
    let message = error.inner().to_string();
    let path = error.path().to_string();
    let name = match message.strip_prefix("missing field `") {
        Some(rest) => rest.split('`').next().unwrap_or("body").to_owned(),
        None => path.split(['.', '[']).next().unwrap_or("body").to_owned(),
    };
    // Field names come from our own structs; leak-free mapping keeps `FieldErrors` static.
    KNOWN_FIELDS
        .iter()
        .find(|known| **known == name)
        .copied()
        .unwrap_or("body")
}

/// Every field name the API's request bodies use.
const KNOWN_FIELDS: &[&str] = &[
    "email",
    "password",
    "display_name",
    "locale",
    "slug",
    "name",
    "description",
    "country",
    "default_locale",
    "role",
    "trusted_helper",
    "token",
    "current_password",
    "new_password",
    "cursor",
    "kind",
    "category",
    "title",
    "body",
    "languages",
    "area",
    "sensitive",
    "expires_on",
    "status",
    "message",
    "target_type",
    "target_id",
    "reason",
    "note",
    "provider_id",
    "receiver_id",
    "minutes",
    "support_id",
    "mode",
    "min_balance_minutes",
    "member_id",
    "direction",
    "message_mails",
    "community",
    "action",
    "account_id",
    "rules",
    "total_amount",
    "currency",
    "voting_opens_at",
    "voting_closes_at",
    "cost",
    "project_ids",
    "capacity",
    "sessions",
    "account_ids",
    "starts_at",
    "ends_at",
    "time_zone",
    "place_id",
    "online_url",
    "price",
    "accessibility",
    "address",
    "lat",
    "lon",
    "opening_hours",
    "bio",
    "story",
    "skills",
    "language_levels",
    "visibility",
    "consent",
    "consent_note",
    "helper_account_id",
    "tags",
    "audience",
    "image_id",
    "accent_colour",
    "body_markdown",
    "slugs",
];

/// `?limit=&cursor=` on every list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// How many items (1 to 100, default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl ListQuery {
    pub fn limit(&self) -> Result<u32, Failure> {
        match self.limit.as_deref() {
            None | Some("") => Ok(20),
            Some(text) => match text.parse::<u32>() {
                Ok(limit) if (1..=100).contains(&limit) => Ok(limit),
                _ => Err(Failure::App(AppError::Validation(FieldErrors::single(
                    "limit",
                    "error-limit-range",
                )))),
            },
        }
    }
}

/// One page of a list.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ListPage<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> ListPage<T> {
    /// One page of a list short enough to hold whole (a person's sessions): the cursor is the
    /// position to continue from.
    pub fn of_short_list(items: Vec<T>, query: &ListQuery) -> Result<Self, Failure> {
        let limit = usize::try_from(query.limit()?).unwrap_or(usize::MAX);
        let start = match query.cursor.as_deref() {
            None | Some("") => 0,
            Some(cursor) => cursor.parse::<usize>().map_err(|_| {
                Failure::App(AppError::Validation(FieldErrors::single(
                    "cursor",
                    "error-cursor-invalid",
                )))
            })?,
        };
        let total = items.len();
        let items: Vec<T> = items.into_iter().skip(start).take(limit).collect();
        let next = start.saturating_add(items.len());
        Ok(Self {
            items,
            next_cursor: (next < total).then(|| next.to_string()),
        })
    }
}

/// 201 Created with the new object.
pub fn created<T: serde::Serialize>(body: T) -> Response {
    (StatusCode::CREATED, axum::Json(body)).into_response()
}

/// Middleware for `/api`: failures become `application/problem+json`, with `Retry-After` on 429.
pub async fn render_problems(request: Request, next: Next) -> Response {
    let (locale, _) = crate::i18n::negotiate(&request);
    let request_id = crate::request_id_of(request.headers());
    let response = next.run(request).await;
    let Some(failure) = Failure::of_response(&response) else {
        return response;
    };
    if let Failure::App(AppError::Internal(cause)) = &failure {
        tracing::error!(%request_id, cause, "internal error");
    }
    let mut rendered = (
        failure.status(),
        axum::Json(failure.problem(locale, &request_id)),
    )
        .into_response();
    rendered.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    if let Some(seconds) = failure.retry_after() {
        rendered
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    rendered
}

pub async fn not_found() -> Failure {
    Failure::App(AppError::NotFound)
}

pub async fn method_not_allowed() -> Failure {
    Failure::MethodNotAllowed
}
