//! Failures as HTTP answers. A handler returns a `Failure`; the router that caught it renders it,
//! as RFC 9457 problem JSON under `/api` and as a page in the visitor's language elsewhere.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::{AppError, Locale, Message};
use serde_json::{Map, Value, json};

use crate::i18n;

#[derive(Debug, Clone)]
pub enum Failure {
    App(AppError),
    /// The body is not well-formed JSON (or form data).
    Malformed,
    NotJson,
    TooLarge,
    /// An upload's file is over `media::MAX_UPLOAD_BYTES` (413).
    UploadTooLarge,
    /// An upload that is not `multipart/form-data` (415).
    NotMultipart,
    MethodNotAllowed,
    /// A form arrived without the token of the page that showed it.
    CsrfRejected,
}

impl From<AppError> for Failure {
    fn from(error: AppError) -> Self {
        Self::App(error)
    }
}

impl Failure {
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::App(error) => match error {
                AppError::NotFound => StatusCode::NOT_FOUND,
                AppError::Unauthorised(_) => StatusCode::UNAUTHORIZED,
                AppError::Forbidden(_) => StatusCode::FORBIDDEN,
                AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
                AppError::Conflict { .. } => StatusCode::CONFLICT,
                AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
                AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            },
            Failure::Malformed => StatusCode::BAD_REQUEST,
            Failure::NotJson => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::TooLarge | Failure::UploadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Failure::NotMultipart => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Failure::CsrfRejected => StatusCode::FORBIDDEN,
        }
    }

    /// The failure a response carries: one a handler returned, or the rejection of one of
    /// axum's own extractors (a bad path or query), which arrives as a bare error status.
    pub fn of_response(response: &Response) -> Option<Self> {
        if let Some(failure) = response.extensions().get::<Failure>() {
            return Some(failure.clone());
        }
        let rendered = response
            .headers()
            .contains_key(axum::http::header::CONTENT_TYPE)
            && !response
                .headers()
                .get(axum::http::header::CONTENT_TYPE)
                .is_some_and(|t| t.as_bytes().starts_with(b"text/plain"));
        if rendered {
            return None;
        }
        match response.status() {
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => Some(Failure::Malformed),
            StatusCode::NOT_FOUND => Some(Failure::App(AppError::NotFound)),
            StatusCode::METHOD_NOT_ALLOWED => Some(Failure::MethodNotAllowed),
            StatusCode::PAYLOAD_TOO_LARGE => Some(Failure::TooLarge),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Some(Failure::NotJson),
            status if status.is_server_error() => Some(Failure::App(AppError::internal(status))),
            _ => None,
        }
    }

    /// The key of the short title shown for this kind of failure.
    pub fn title_key(&self) -> &'static str {
        if matches!(self, Failure::NotMultipart) {
            return "problem-not-multipart";
        }
        match self.status() {
            StatusCode::BAD_REQUEST => "problem-bad-request",
            StatusCode::UNAUTHORIZED => "problem-unauthorised",
            StatusCode::FORBIDDEN => "problem-forbidden",
            StatusCode::NOT_FOUND => "problem-not-found",
            StatusCode::METHOD_NOT_ALLOWED => "problem-method-not-allowed",
            StatusCode::CONFLICT => "problem-conflict",
            StatusCode::PAYLOAD_TOO_LARGE => "problem-too-large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "problem-not-json",
            StatusCode::UNPROCESSABLE_ENTITY => "problem-invalid",
            StatusCode::TOO_MANY_REQUESTS => "problem-rate-limited",
            _ => "problem-internal",
        }
    }

    /// The sentence that explains this failure to a person.
    pub fn detail(&self) -> Message {
        match self {
            Failure::App(AppError::Unauthorised(message) | AppError::Forbidden(message)) => {
                message.clone()
            }
            Failure::App(AppError::Conflict { message, .. }) => message.clone(),
            Failure::App(AppError::RateLimited { retry_after_secs }) => {
                Message::new("problem-rate-limited-detail").with(
                    "minutes",
                    i64::try_from(retry_after_secs.div_ceil(60)).unwrap_or(15),
                )
            }
            Failure::App(AppError::NotFound) => Message::new("problem-not-found-detail"),
            Failure::App(AppError::Validation(_)) => Message::new("problem-invalid-detail"),
            Failure::App(AppError::Internal(_)) => Message::new("problem-internal-detail"),
            Failure::Malformed => Message::new("problem-bad-request-detail"),
            Failure::NotJson => Message::new("problem-not-json-detail"),
            Failure::TooLarge => Message::new("problem-too-large-detail"),
            Failure::UploadTooLarge => Message::new("problem-upload-too-large-detail").with(
                "megabytes",
                i64::try_from(domain::media::MAX_UPLOAD_BYTES / (1024 * 1024)).unwrap_or(10),
            ),
            Failure::NotMultipart => Message::new("problem-not-multipart-detail"),
            Failure::MethodNotAllowed => Message::new("problem-method-not-allowed-detail"),
            Failure::CsrfRejected => Message::new("problem-csrf-detail"),
        }
    }

    /// Field messages, translated; a conflict on a named field counts as one.
    pub fn field_errors(&self, locale: Locale) -> Vec<(&'static str, String)> {
        match self {
            Failure::App(AppError::Validation(errors)) => errors
                .iter()
                .map(|(field, message)| (*field, i18n::message(locale, message)))
                .collect(),
            Failure::App(AppError::Conflict {
                field: Some(field),
                message,
            }) => vec![(*field, i18n::message(locale, message))],
            _ => Vec::new(),
        }
    }

    pub fn retry_after(&self) -> Option<u64> {
        match self {
            Failure::App(AppError::RateLimited { retry_after_secs }) => Some(*retry_after_secs),
            _ => None,
        }
    }

    /// RFC 9457 problem details, with `errors` naming each field at fault.
    pub fn problem(&self, locale: Locale, request_id: &str) -> Value {
        let status = self.status();
        let mut problem = json!({
            "type": "about:blank",
            "title": i18n::t(locale, self.title_key()),
            "status": status.as_u16(),
            "detail": i18n::message(locale, &self.detail()),
            "request_id": request_id,
        });
        // A field with several messages (one per question of a survey) shows its first.
        let mut errors: Map<String, Value> = Map::new();
        for (field, text) in self.field_errors(locale) {
            errors
                .entry(field.to_owned())
                .or_insert(Value::String(text));
        }
        if let (false, Some(fields)) = (errors.is_empty(), problem.as_object_mut()) {
            fields.insert("errors".to_owned(), Value::Object(errors));
        }
        problem
    }
}

/// A failure travels to the router's renderer inside the response's extensions.
impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}
