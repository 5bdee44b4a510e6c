//! A printable A4 poster of an event (`/c/{slug}/events/{id}/poster`), for notice boards: its
//! title, its photo when it has one, time, place and accessibility in the community's own
//! language, and a QR code that leads to the event's page. The QR code is inline SVG, so the
//! page prints as it is.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use domain::events::Event;
use domain::places::Access;
use domain::support::Language;
use domain::{AppError, Locale};
use qrcode::QrCode;
use qrcode::render::svg;

use super::detail::event_in;
use super::{access_key, event_path, when};
use crate::error::Failure;
use crate::i18n;
use crate::media::Photo;
use crate::page::{PageContext, render};
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/c/{slug}/events/{id}/poster", get(poster))
}

#[derive(Template)]
#[template(path = "events/poster.html")]
struct Poster {
    /// The community's language: the poster speaks to its neighbourhood, whoever prints it.
    locale: Locale,
    community_name: String,
    event: Event,
    url: String,
    qr_svg: String,
    back: String,
}

impl Poster {
    fn t(&self, key: &str) -> String {
        i18n::t(self.locale, key)
    }

    fn when(&self) -> String {
        when(self.locale, &self.event)
    }

    fn access_name(&self, access: &Access) -> String {
        self.t(access_key(*access))
    }

    fn language_name(&self, language: &Language) -> String {
        self.t(crate::support::language_key(*language))
    }

    fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// The photo across the poster's width; printed, so loaded at once rather than lazily.
    fn photo(&self) -> Option<Photo> {
        self.event.picture.as_ref().map(Photo::of)
    }
}

/// The QR code of `url` as an SVG element, without the XML declaration, hidden from screen
/// readers (the address is printed beside it).
fn qr_svg(url: &str) -> Result<String, AppError> {
    let code = QrCode::new(url.as_bytes()).map_err(AppError::internal)?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = image.find("<svg").unwrap_or(0);
    let element = image.get(start..).unwrap_or_default();
    Ok(element.replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1))
}

async fn poster(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, event, _) = event_in(&state, &page, &slug, &id).await?;
    let back = event_path(&event);
    let url = state.config.url(&back);
    Ok(render(&Poster {
        locale: community.default_locale,
        community_name: community.name,
        qr_svg: qr_svg(&url)?,
        url,
        event,
        back,
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_qr_code_is_an_inline_svg_element() {
        let svg = qr_svg("http://localhost:8080/c/wawer/events/x").unwrap();
        assert!(svg.starts_with("<svg aria-hidden=\"true\""), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert!(!svg.contains("<?xml"));
    }
}
