//! The guidebook to take along, in one language (`?lang=`, as every page): `/guidebook/print`,
//! one page with a title page, the contents and every chapter on its own pages (no site
//! navigation), and `/guidebook.epub`, the same as an EPUB 3 e-book (`epub`).

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::guidebook::{Chapter, GuidebookStore as _};
use domain::{AppError, Locale};

use super::{Reading, epub};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::page::{PageContext, render};
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/guidebook/print", get(print))
        .route("/guidebook.epub", get(download_epub))
}

/// A chapter as the book shows it: its reading and its HTML.
pub(super) struct BookChapter {
    pub reading: Reading,
    pub html: String,
}

impl BookChapter {
    pub fn anchor(&self) -> String {
        format!("chapter-{}", self.reading.slug)
    }
}

/// The chapters in order as read in `locale`.
pub(super) fn readings(chapters: &[Chapter], locale: Locale) -> Vec<Reading> {
    chapters
        .iter()
        .filter_map(|chapter| Reading::of(chapter, locale))
        .collect()
}

#[derive(Template)]
#[template(path = "guidebook/print.html")]
struct PrintPage {
    page: PageContext,
    chapters: Vec<BookChapter>,
}

async fn print(State(state): State<AppState>, page: PageContext) -> Result<Response, Failure> {
    let chapters = state.db.chapters().await?;
    let chapters = readings(&chapters, page.locale)
        .into_iter()
        .map(|reading| BookChapter {
            html: to_safe_html(&reading.body),
            reading,
        })
        .collect();
    Ok(render(&PrintPage { page, chapters }))
}

async fn download_epub(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, Failure> {
    let chapters = state.db.chapters().await?;
    let readings = readings(&chapters, page.locale);
    let bytes = epub::build(&state, &page, readings).await?;
    let file_name = format!("attachment; filename=\"guidebook-{}.epub\"", page.lang());
    Ok((
        [
            (CONTENT_TYPE, "application/epub+zip".to_owned()),
            (CONTENT_DISPOSITION, file_name),
        ],
        bytes,
    )
        .into_response())
}

/// Errors of the e-book's assembly are ours, never the reader's.
pub(super) fn internal(error: impl std::fmt::Display) -> AppError {
    AppError::internal(format!("guidebook epub: {error}"))
}
