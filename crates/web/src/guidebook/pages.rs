//! The reader's pages: `/guidebook`, the table of contents in the reader's language (with each
//! chapter's translation status, the ordering buttons and the new-chapter link for writers), and
//! `/guidebook/{chapter}`, a chapter in the reader's language or, with an honest note, in its
//! source language.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::guidebook::{self, Chapter, GuidebookStore as _};
use domain::{AppError, Locale};
use serde::Deserialize;

use super::{Reading, chapter_path, status_key};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/guidebook", get(index))
        .route("/guidebook/{chapter}", get(chapter))
        .route("/guidebook/{chapter}/move", post(move_chapter))
}

/// One language's status of a chapter, in the writers' table.
pub(super) struct StatusCell {
    pub locale: Locale,
    pub key: &'static str,
}

pub(super) struct Entry {
    pub reading: Reading,
    pub cells: Vec<StatusCell>,
}

#[derive(Template)]
#[template(path = "guidebook/index.html")]
struct IndexPage {
    page: PageContext,
    entries: Vec<Entry>,
    is_writer: bool,
    notice: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DoneQuery {
    done: Option<String>,
}

fn notice_key(done: Option<&str>) -> &'static str {
    match done {
        Some("moved") => "guidebook-notice-moved",
        Some("saved") => "guidebook-notice-saved",
        Some("restored") => "guidebook-notice-restored",
        _ => "",
    }
}

fn notice(page: &PageContext, done: Option<&str>) -> String {
    let key = notice_key(done);
    if key.is_empty() {
        String::new()
    } else {
        page.t(key)
    }
}

async fn index(
    State(state): State<AppState>,
    page: PageContext,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let chapters = state.db.chapters().await?;
    let is_writer = guidebook::is_writer(&state.db, page.account.as_ref()).await?;
    let entries = chapters
        .iter()
        .filter_map(|chapter| {
            Reading::of(chapter, page.locale).map(|reading| Entry {
                reading,
                cells: Locale::ALL
                    .into_iter()
                    .map(|locale| StatusCell {
                        locale,
                        key: status_key(chapter.status(locale)),
                    })
                    .collect(),
            })
        })
        .collect();
    Ok(render(&IndexPage {
        notice: notice(&page, query.done.as_deref()),
        page,
        entries,
        is_writer,
    }))
}

#[derive(Template)]
#[template(path = "guidebook/chapter.html")]
struct ChapterPage {
    page: PageContext,
    reading: Reading,
    body_html: String,
    /// The source language's own name, for the note on an untranslated chapter.
    source_name: &'static str,
    status_key: &'static str,
    previous: Option<Reading>,
    next: Option<Reading>,
    is_writer: bool,
    notice: String,
}

impl ChapterPage {
    fn path(&self) -> String {
        chapter_path(&self.reading.slug)
    }
}

/// The chapter at `slug` and its neighbours in the order, as read in `locale`.
fn with_neighbours(
    chapters: &[Chapter],
    slug: &str,
    locale: Locale,
) -> Result<(Chapter, Option<Reading>, Option<Reading>), AppError> {
    let at = chapters
        .iter()
        .position(|chapter| chapter.slug == slug)
        .ok_or(AppError::NotFound)?;
    let near = |index: Option<usize>| {
        index
            .and_then(|index| chapters.get(index))
            .and_then(|chapter| Reading::of(chapter, locale))
    };
    let chapter = chapters.get(at).cloned().ok_or(AppError::NotFound)?;
    Ok((chapter, near(at.checked_sub(1)), near(Some(at + 1))))
}

async fn chapter(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let chapters = state.db.chapters().await?;
    let (chapter, previous, next) = with_neighbours(&chapters, &slug, page.locale)?;
    let reading = Reading::of(&chapter, page.locale).ok_or(AppError::NotFound)?;
    let is_writer = guidebook::is_writer(&state.db, page.account.as_ref()).await?;
    Ok(render(&ChapterPage {
        body_html: to_safe_html(&reading.body),
        source_name: chapter.source_locale.native_name(),
        status_key: status_key(chapter.status(page.locale)),
        notice: notice(&page, query.done.as_deref()),
        page,
        reading,
        previous,
        next,
        is_writer,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MoveForm {
    direction: String,
}

/// Moves a chapter one place up or down in the table of contents (writers).
async fn move_chapter(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<MoveForm>,
) -> Result<Response, Failure> {
    guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(Failure::Malformed),
    };
    guidebook::find(&state.db, &slug).await?;
    guidebook::move_chapter(&state.db, &slug, up).await?;
    Ok(see_other(&format!("/guidebook?done=moved#order-{slug}")))
}
