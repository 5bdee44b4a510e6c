//! `/c/{slug}/theme.css`: the community's colours as a stylesheet, linked from the head of its
//! pages after the main one. Its address carries the colour (`?v=0f5e73`), so it is cached for a
//! year and a new colour is a new address. It only sets variables, on screen only and not under
//! the high-contrast display setting: a person's own display settings win.

use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::AppError;
use domain::communities::Slug;
use domain::community_face::{AccentColour, DARK_PAIRS, FaceStore as _, LIGHT_PAIRS};
use serde::Deserialize;

use crate::error::Failure;
use crate::state::AppState;

/// The slug of the community a page is in, from its path (`/c/{slug}` and below).
fn community_of(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("/c/")?.split('/').next()?;
    Slug::parse(slug).is_ok().then_some(slug)
}

/// The address of the community's stylesheet, for a page at `path`: none outside communities
/// and for a community that keeps the network's colours.
pub async fn theme_href(state: &AppState, path: &str) -> Result<Option<String>, AppError> {
    let Some(slug) = community_of(path) else {
        return Ok(None);
    };
    Ok(state
        .db
        .accent_of(slug)
        .await?
        .map(|accent| theme_path(slug, accent)))
}

fn theme_path(slug: &str, accent: AccentColour) -> String {
    format!("/c/{slug}/theme.css?v={}", accent.version())
}

/// The stylesheet for a colour. The light scheme uses it as it is (it passed AA with what is
/// drawn on it, `LIGHT_PAIRS`), the dark scheme a lighter shade of it (`dark_shade`).
pub fn stylesheet(slug: &str, accent: AccentColour) -> String {
    let [light_text, _] = LIGHT_PAIRS;
    let [dark_text, ..] = DARK_PAIRS;
    format!(
        "/* The colours of /c/{slug}, chosen by its admins. Screen only; the high-contrast display \
         setting keeps its own. */\n\
         @media screen {{\n\
         \x20 :root:not(.contrast-high) {{ --accent: {light}; --accent-fg: {light_text}; }}\n\
         \x20 .site-header {{ border-top: .375rem solid var(--accent); }}\n\
         }}\n\
         @media screen and (prefers-color-scheme: dark) {{\n\
         \x20 :root:not(.contrast-high) {{ --accent: {dark}; --accent-fg: {dark_text}; }}\n\
         }}\n",
        light = accent.hex(),
        light_text = light_text.hex(),
        dark = accent.dark_shade().hex(),
        dark_text = dark_text.hex(),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VersionQuery {
    v: String,
}

/// A year for the address of the current colour; an old address (a page cached from before a
/// change) gets today's colours, but is asked again next time.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// `GET /c/{slug}/theme.css`: outside the pages' layers, so it sets no cookie and can be cached.
pub async fn stylesheet_route(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<VersionQuery>,
) -> Response {
    let accent = match state.db.accent_of(&slug).await {
        Ok(Some(accent)) => accent,
        Ok(None) => return Failure::App(AppError::NotFound).into_response(),
        Err(error) => return Failure::App(error).into_response(),
    };
    let cache = if query.v == accent.version() {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, cache),
        ],
        stylesheet(&slug, accent),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn only_community_pages_have_a_community() {
        assert_eq!(community_of("/c/wawer"), Some("wawer"));
        assert_eq!(community_of("/c/wawer/events/1"), Some("wawer"));
        assert_eq!(community_of("/c/Wawer"), None);
        assert_eq!(community_of("/help"), None);
        assert_eq!(community_of("/c/"), None);
    }

    #[test]
    fn the_stylesheet_sets_the_colour_and_leaves_high_contrast_alone() {
        let accent = AccentColour::parse("#0f5e73").unwrap();
        let css = stylesheet("middelfart", accent);
        assert!(
            css.contains("--accent: #0f5e73; --accent-fg: #ffffff;"),
            "{css}"
        );
        assert!(css.contains(":root:not(.contrast-high)"));
        assert!(css.contains(&format!("--accent: {};", accent.dark_shade().hex())));
        assert_eq!(
            theme_path("middelfart", accent),
            "/c/middelfart/theme.css?v=0f5e73"
        );
    }

    /// The pairs the colour is checked against are the colours the stylesheet draws it with.
    #[test]
    fn the_contrast_pairs_are_the_stylesheets_colours() {
        let css = include_str!("../../static/main.css");
        let root = css
            .split("@media (prefers-color-scheme: dark)")
            .next()
            .unwrap();
        let dark = css
            .split("@media (prefers-color-scheme: dark)")
            .nth(1)
            .unwrap();
        let [white, surface] = LIGHT_PAIRS;
        for line in [
            format!("--bg: {};", white.hex()),
            format!("--accent-fg: {};", white.hex()),
            format!("--surface: {};", surface.hex()),
        ] {
            assert!(root.contains(&line), "main.css :root lacks {line}");
        }
        let [fg, bg, surface] = DARK_PAIRS;
        for line in [
            format!("--accent-fg: {};", fg.hex()),
            format!("--bg: {};", bg.hex()),
            format!("--surface: {};", surface.hex()),
        ] {
            assert!(dark.contains(&line), "main.css dark scheme lacks {line}");
        }
    }
}
