//! A chapter's history in one language: every revision with its author and time, the diff
//! between two of them, and restoring an old one as a new revision (writers, a POST form).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::guidebook::{self, Chapter, Revision};
use domain::{AppError, Locale, time};
use serde::Deserialize;

use super::diff::{DiffLine, text_hunks};
use super::{chapter_path, locale_or_page, parse_locale};
use crate::error::Failure;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/guidebook/{chapter}/history", get(history))
        .route("/guidebook/{chapter}/restore", post(restore))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct HistoryQuery {
    locale: Option<String>,
    from: Option<String>,
    to: Option<String>,
    done: Option<String>,
}

/// The two revisions compared, and what changed between them.
struct Comparison {
    from: i64,
    to: i64,
    hunks: Vec<Vec<DiffLine>>,
}

#[derive(Template)]
#[template(path = "guidebook/history.html")]
struct HistoryPage {
    page: PageContext,
    chapter: Chapter,
    title: String,
    locale: Locale,
    revisions: Vec<Revision>,
    comparison: Option<Comparison>,
    is_writer: bool,
    notice: String,
}

impl HistoryPage {
    fn path(&self) -> String {
        chapter_path(&self.chapter.slug)
    }

    fn author(&self, revision: &Revision) -> String {
        match &revision.author {
            Some(person) if !person.name.is_empty() => person.name.clone(),
            _ => self.page.t("person-former-member"),
        }
    }

    fn day(&self, revision: &Revision) -> String {
        revision.created_at.format("%Y-%m-%d %H:%M").to_string()
    }

    fn compare_href(&self, revision: &Revision) -> String {
        format!(
            "{}/history?locale={}&from={}&to={}#changes",
            self.path(),
            self.locale.code(),
            revision.number - 1,
            revision.number
        )
    }

    fn changes_heading(&self, comparison: &Comparison) -> String {
        crate::i18n::t_text(
            self.page.locale,
            "guidebook-changes-heading",
            &[
                ("from", &comparison.from.to_string()),
                ("to", &comparison.to.to_string()),
            ],
        )
    }

    fn latest(&self) -> i64 {
        self.revisions.first().map_or(0, |revision| revision.number)
    }

    fn restored_note(&self, revision: &Revision) -> String {
        revision.restored_from.map_or_else(String::new, |number| {
            self.page
                .tv("guidebook-restored-from", "number", &number.to_string())
        })
    }
}

/// `?from=` / `?to=`: a revision number, or a 422.
fn number(field: &'static str, text: Option<&str>) -> Result<Option<i64>, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => text.parse::<i64>().map(Some).map_err(|_| {
            AppError::invalid(
                field,
                domain::Message::new("error-guidebook-revision-unknown"),
            )
        }),
        None => Ok(None),
    }
}

fn compare(
    revisions: &[Revision],
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Option<Comparison>, AppError> {
    let latest = revisions.first().map_or(0, |revision| revision.number);
    let to = to.unwrap_or(latest);
    let from = from.unwrap_or(to - 1);
    let find = |number: i64| revisions.iter().find(|revision| revision.number == number);
    match (find(from), find(to)) {
        (Some(old), Some(new)) => Ok(Some(Comparison {
            from,
            to,
            hunks: text_hunks((&old.title, &old.body), (&new.title, &new.body)),
        })),
        _ if from == 0 => Ok(None),
        _ => Err(AppError::NotFound),
    }
}

async fn history(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<HistoryQuery>,
) -> Result<Response, Failure> {
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = locale_or_page(&page, query.locale.as_deref())?;
    let revisions = guidebook::history(&state.db, &chapter, locale).await?;
    let comparison = compare(
        &revisions,
        number("from", query.from.as_deref())?,
        number("to", query.to.as_deref())?,
    )?;
    let title = chapter
        .readable_in(locale)
        .map(|text| text.title.clone())
        .unwrap_or_else(|| chapter.slug.clone());
    let notice = match query.done.as_deref() {
        Some("saved") => page.t("guidebook-notice-saved"),
        Some("restored") => page.t("guidebook-notice-restored"),
        _ => String::new(),
    };
    Ok(render(&HistoryPage {
        is_writer: guidebook::is_writer(&state.db, page.account.as_ref()).await?,
        page,
        chapter,
        title,
        locale,
        revisions,
        comparison,
        notice,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RestoreForm {
    locale: String,
    number: String,
}

/// Brings an old revision back as the newest one (writers).
async fn restore(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<RestoreForm>,
) -> Result<Response, Failure> {
    let author = guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = parse_locale("locale", &form.locale)?;
    let number = form.number.parse::<i64>().map_err(|_| AppError::NotFound)?;
    guidebook::restore(&state.db, author, &chapter, locale, number, time::now()).await?;
    Ok(see_other(&format!(
        "{}/history?locale={}&done=restored",
        chapter_path(&chapter.slug),
        locale.code()
    )))
}
