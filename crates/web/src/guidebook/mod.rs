//! The guidebook on the web: the table of contents and the chapters in the reader's language
//! (`pages`), the writers' forms for a new chapter and a translation (`form`), the history of a
//! text with its diffs, restoring and ordering (`history`), the printable page and the EPUB
//! (`book`), and the JSON API (`api`).

pub mod api;
mod book;
mod diff;
mod epub;
mod form;
mod history;
mod pages;

use axum::Router;
use domain::guidebook::{Chapter, TranslationStatus};
use domain::{AppError, Locale, Message};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
        .merge(form::router())
        .merge(history::router())
        .merge(book::router())
}

pub fn chapter_path(slug: &str) -> String {
    format!("/guidebook/{slug}")
}

/// A `locale` given in a query or a form, or a 422 naming `field`.
pub(crate) fn parse_locale(field: &'static str, text: &str) -> Result<Locale, AppError> {
    Locale::parse(text).map_err(|message: Message| AppError::invalid(field, message))
}

/// `?locale=` of a page, or the reader's language when absent.
pub(crate) fn locale_or_page(page: &PageContext, text: Option<&str>) -> Result<Locale, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => parse_locale("locale", text),
        None => Ok(page.locale),
    }
}

/// The Fluent key naming a translation status.
pub(crate) fn status_key(status: TranslationStatus) -> &'static str {
    match status {
        TranslationStatus::Source => "guidebook-status-source",
        TranslationStatus::Current => "guidebook-status-current",
        TranslationStatus::OutOfDate => "guidebook-status-out-of-date",
        TranslationStatus::Missing => "guidebook-status-missing",
    }
}

/// A chapter as a reader in one language sees it: its text there or the source's.
pub(crate) struct Reading {
    pub slug: String,
    pub title: String,
    pub body: String,
    /// The language of the text shown.
    pub lang: &'static str,
    /// The text is the source's, as there is no translation yet.
    pub fallback: bool,
}

impl Reading {
    pub fn of(chapter: &Chapter, locale: Locale) -> Option<Self> {
        let text = chapter.readable_in(locale)?;
        Some(Self {
            slug: chapter.slug.clone(),
            title: text.title.clone(),
            body: text.body.clone(),
            lang: text.locale.code(),
            fallback: text.locale != locale,
        })
    }
}
