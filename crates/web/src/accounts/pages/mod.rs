//! The account pages: signing up, in and out (`sign_in`), confirming an address and resetting a
//! password (`recovery`), and the account page itself (`settings`).

mod recovery;
mod settings;
mod sign_in;

use crate::form::form_failure;

use askama::Template;
use axum::Router;
use axum_extra::extract::cookie::{Cookie, SameSite};
use domain::accounts::{Session, SessionToken};
use serde::Deserialize;

use crate::page::PageContext;
use crate::session::SESSION_COOKIE;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(sign_in::router())
        .merge(recovery::router())
        .merge(settings::router())
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
