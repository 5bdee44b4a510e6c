//! Places on the web: the list and a place's page with its upcoming events, the organisers'
//! form to describe or correct one (`pages`), and the JSON API (`api`).

pub mod api;
mod pages;

use axum::Router;
use domain::places::{Access, Place};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

pub fn place_path(place: &Place) -> String {
    format!("/c/{}/places/{}", place.community_slug, place.id)
}

/// Coordinates as typed in a form: degrees with a dot.
pub fn degrees(micro: i64) -> String {
    let sign = if micro < 0 { "-" } else { "" };
    let micro = micro.unsigned_abs();
    format!("{sign}{}.{:06}", micro / 1_000_000, micro % 1_000_000)
}

/// The accessibility feature names of a place, as stored and sent.
pub fn feature_names(place: &Place) -> Vec<&'static str> {
    place
        .accessibility
        .features()
        .iter()
        .map(|access: &Access| access.name())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_keep_six_decimals_and_their_sign() {
        assert_eq!(degrees(52_180_000), "52.180000");
        assert_eq!(degrees(-500), "-0.000500");
    }
}
