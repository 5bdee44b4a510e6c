use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use crate::error::Failure;
use crate::page::{
    CONTRAST_COOKIE, PageContext, PageForm, TEXT_COOKIE, render, safe_next, see_other, urlencode,
};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/help", get(help))
        .route("/accessibility", get(accessibility))
        .route("/privacy", get(privacy))
        .route("/display", get(display_form).post(save_display))
}

#[derive(Template)]
#[template(path = "about/help.html")]
struct HelpPage {
    page: PageContext,
}

async fn help(page: PageContext) -> Response {
    render(&HelpPage { page })
}

#[derive(Template)]
#[template(path = "about/accessibility.html")]
struct AccessibilityPage {
    page: PageContext,
}

async fn accessibility(page: PageContext) -> Response {
    render(&AccessibilityPage { page })
}

#[derive(Template)]
#[template(path = "about/privacy.html")]
struct PrivacyPage {
    page: PageContext,
}

async fn privacy(page: PageContext) -> Response {
    render(&PrivacyPage { page })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DisplayQuery {
    saved: Option<String>,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "about/display.html")]
struct DisplayPage {
    page: PageContext,
    saved: bool,
    /// The page the person came from, to go back to.
    next: String,
}

async fn display_form(page: PageContext, Query(query): Query<DisplayQuery>) -> Response {
    let next = safe_next(query.next.as_deref());
    render(&DisplayPage {
        page,
        saved: query.saved.is_some(),
        next,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DisplayForm {
    text: String,
    contrast: String,
    next: String,
}

/// Keeps the choice for a year in two small cookies that only this site reads.
fn setting(state: &AppState, name: &'static str, value: &'static str) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .max_age(time::Duration::days(365))
        .build()
}

async fn save_display(
    State(state): State<AppState>,
    jar: CookieJar,
    PageForm(form): PageForm<DisplayForm>,
) -> Response {
    // The form offers these values only; anything else was not sent by it.
    let text = match form.text.as_str() {
        "standard" => "standard",
        "large" => "large",
        _ => return Failure::Malformed.into_response(),
    };
    let contrast = match form.contrast.as_str() {
        "standard" => "standard",
        "high" => "high",
        _ => return Failure::Malformed.into_response(),
    };
    let next = safe_next(Some(&form.next));
    let jar =
        jar.add(setting(&state, TEXT_COOKIE, text))
            .add(setting(&state, CONTRAST_COOKIE, contrast));
    (
        jar,
        see_other(&format!("/display?saved=1&next={}", urlencode(&next))),
    )
        .into_response()
}
