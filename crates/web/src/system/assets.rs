//! The stylesheet and other static files, compiled into the binary so that one file is the
//! whole installation.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::AppError;

use crate::error::Failure;

const ASSETS: &[(&str, &str, &str)] = &[
    (
        "main.css",
        "text/css; charset=utf-8",
        include_str!("../../static/main.css"),
    ),
    // An event's printable poster (`events::poster`).
    (
        "poster.css",
        "text/css; charset=utf-8",
        include_str!("../../static/poster.css"),
    ),
    // The guidebook's printable page (`guidebook::book`).
    (
        "guidebook-print.css",
        "text/css; charset=utf-8",
        include_str!("../../static/guidebook-print.css"),
    ),
];

pub async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(file, _, _)| *file == name) {
        Some((_, mime, body)) => (
            [
                (CONTENT_TYPE, *mime),
                (CACHE_CONTROL, "public, max-age=3600"),
            ],
            *body,
        )
            .into_response(),
        None => Failure::App(AppError::NotFound).into_response(),
    }
}
