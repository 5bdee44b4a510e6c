//! The account pages: signing up, in and out (`sign_in`), confirming an address and resetting a
//! password (`recovery`), and the account page itself (`settings`).

mod recovery;
mod settings;
mod sign_in;

use askama::Template;
use axum::Router;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use domain::AppError;
use domain::accounts::{Session, SessionToken};
use serde::Deserialize;

use crate::error::Failure;
use crate::form::FormErrors;
use crate::page::PageContext;
use crate::session::SESSION_COOKIE;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(sign_in::router())
        .merge(recovery::router())
        .merge(settings::router())
}

/// Shows a form again after a failed submit: the errors it can show, with the right status.
fn form_failure(
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

fn session_cookie(state: &AppState, token: &SessionToken) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token.as_str().to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .max_age(cookie_max_age())
        .build()
}

fn cookie_max_age() -> time::Duration {
    time::Duration::seconds(Session::LIFETIME.num_seconds())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/notice.html")]
struct NoticePage {
    page: PageContext,
    title: String,
    text: String,
    link_href: String,
    link_text: String,
}

impl NoticePage {
    fn new(page: PageContext, title: &str, text: &str) -> Self {
        Self {
            title: page.t(title),
            text: page.t(text),
            page,
            link_href: String::new(),
            link_text: String::new(),
        }
    }

    fn with_link(mut self, href: &str, text: &str) -> Self {
        self.link_href = href.to_owned();
        self.link_text = self.page.t(text);
        self
    }
}
