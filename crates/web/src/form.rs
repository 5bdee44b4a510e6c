//! What a form page shows after a failed submit: a summary of the errors at the top, each linked
//! to its field, and a message beside every field at fault. Values typed are kept by the handler.

use axum::response::{IntoResponse, Response};
use domain::{AppError, Locale};

use crate::error::Failure;
use crate::i18n;
use crate::page::PageContext;

#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    /// A message about the whole form (wrong password, too many attempts).
    pub general: Option<String>,
    pub fields: Vec<(&'static str, String)>,
}

impl FormErrors {
    /// The errors a form can show; `None` for failures that are not about the input.
    pub fn from_error(error: &AppError, locale: Locale) -> Option<Self> {
        let failure = Failure::App(error.clone());
        match error {
            AppError::Validation(_) | AppError::Conflict { field: Some(_), .. } => Some(Self {
                general: None,
                fields: failure.field_errors(locale),
            }),
            AppError::Unauthorised(message)
            | AppError::Forbidden(message)
            | AppError::Conflict { message, .. } => Some(Self {
                general: Some(i18n::message(locale, message)),
                fields: Vec::new(),
            }),
            AppError::RateLimited { .. } => Some(Self {
                general: Some(i18n::message(locale, &failure.detail())),
                fields: Vec::new(),
            }),
            AppError::NotFound | AppError::Internal(_) => None,
        }
    }

    pub fn any(&self) -> bool {
        self.general.is_some() || !self.fields.is_empty()
    }

    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, message)| message.as_str())
    }

    /// `aria-describedby` value for a field: its hint, and its error when it has one.
    pub fn described_by(&self, name: &str, hint: bool) -> String {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{name}-hint"));
        }
        if self.field(name).is_some() {
            ids.push(format!("{name}-error"));
        }
        ids.join(" ")
    }
}

/// Shows a form again after a failed submit: the errors it can show, with the right status.
pub fn form_failure(
    error: AppError,
    page: &PageContext,
    show: impl FnOnce(FormErrors) -> Response,
) -> Response {
    let status = Failure::App(error.clone()).status();
    let retry_after = Failure::App(error.clone()).retry_after();
    match FormErrors::from_error(&error, page.locale) {
        Some(errors) => {
            let mut response = show(errors);
            *response.status_mut() = status;
            if let Some(seconds) = retry_after {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, seconds.into());
            }
            response
        }
        None => Failure::App(error).into_response(),
    }
}
