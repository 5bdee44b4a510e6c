//! The guidebook in the JSON API: the chapters and one chapter in a language (with every
//! language's translation status), writing a chapter's text in one language (a new revision;
//! a new slug creates the chapter), its revisions, restoring one, and the chapters' order.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::guidebook::{self, Chapter, Revision, Saved, TextDraft, TextInput};
use domain::{AppError, Locale, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{chapter_path, parse_locale};
use crate::api::{ApiJson, ListPage, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_chapters))
        .routes(routes!(get_chapter))
        .routes(routes!(write_text))
        .routes(routes!(list_revisions))
        .routes(routes!(restore_revision))
        .routes(routes!(set_order))
}

#[derive(Serialize, ToSchema)]
pub struct TranslationBody {
    locale: &'static str,
    /// `source`, `current`, `out_of_date` or `missing`.
    status: &'static str,
    /// The current revision in this language (none when missing).
    revision: Option<i64>,
    /// For a translation: the source revision it was written against.
    source_revision: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ChapterBody {
    slug: String,
    /// The language of `title` and `body_markdown`.
    locale: &'static str,
    /// The chapter's source language; translations follow it.
    source_locale: &'static str,
    /// The language asked for has no text yet: this is the source's.
    fallback: bool,
    title: String,
    body_markdown: String,
    /// The revision these texts are.
    revision: i64,
    /// Its place in the table of contents, from 1.
    position: i64,
    translations: Vec<TranslationBody>,
    url: String,
}

impl ChapterBody {
    /// The chapter in `locale` (its source language when none is given or it has no text yet).
    fn new(state: &AppState, chapter: &Chapter, locale: Option<Locale>) -> Option<Self> {
        let asked = locale.unwrap_or(chapter.source_locale);
        let text = chapter.readable_in(asked)?;
        Some(Self {
            slug: chapter.slug.clone(),
            locale: text.locale.code(),
            source_locale: chapter.source_locale.code(),
            fallback: text.locale != asked,
            title: text.title.clone(),
            body_markdown: text.body.clone(),
            revision: text.revision,
            position: chapter.position,
            translations: Locale::ALL
                .into_iter()
                .map(|locale| TranslationBody {
                    locale: locale.code(),
                    status: chapter.status(locale).name(),
                    revision: chapter.text(locale).map(|text| text.revision),
                    source_revision: chapter.text(locale).and_then(|text| text.source_revision),
                })
                .collect(),
            url: state.config.url(&chapter_path(&chapter.slug)),
        })
    }

    fn of(state: &AppState, chapter: &Chapter, locale: Option<Locale>) -> Result<Self, AppError> {
        Self::new(state, chapter, locale).ok_or(AppError::NotFound)
    }
}

#[derive(Serialize, ToSchema)]
pub struct RevisionBody {
    number: i64,
    locale: &'static str,
    /// `null` once its author erased their account.
    author: Option<PersonBody>,
    title: String,
    body_markdown: String,
    source_revision: Option<i64>,
    /// The older revision this one restored.
    restored_from: Option<i64>,
    created_at: String,
}

impl RevisionBody {
    fn new(revision: &Revision) -> Self {
        Self {
            number: revision.number,
            locale: revision.locale.code(),
            author: revision.author.as_ref().map(PersonBody::new),
            title: revision.title.clone(),
            body_markdown: revision.body.clone(),
            source_revision: revision.source_revision,
            restored_from: revision.restored_from,
            created_at: revision.created_at.to_rfc3339(),
        }
    }
}

/// `?locale=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LocaleQuery {
    /// `en`, `pl`, `da`, `it` or `uk`; a chapter without a text in it answers its source
    /// language's (`fallback: true`). Absent: each chapter in its source language.
    locale: Option<String>,
}

fn query_locale(query: &LocaleQuery) -> Result<Option<Locale>, AppError> {
    query
        .locale
        .as_deref()
        .filter(|text| !text.is_empty())
        .map(|text| parse_locale("locale", text))
        .transpose()
}

/// The chapters in the order of the table of contents (the whole guidebook in one page).
#[utoipa::path(get, path = "/guidebook/chapters", tag = "guidebook", params(LocaleQuery),
    responses((status = 200, body = ListPage<ChapterBody>),
        (status = 422, description = "Unknown locale", body = Problem)))]
async fn list_chapters(
    State(state): State<AppState>,
    Query(query): Query<LocaleQuery>,
) -> Result<Json<ListPage<ChapterBody>>, Failure> {
    let locale = query_locale(&query)?;
    let chapters = guidebook::GuidebookStore::chapters(&state.db).await?;
    Ok(Json(ListPage {
        items: chapters
            .iter()
            .filter_map(|chapter| ChapterBody::new(&state, chapter, locale))
            .collect(),
        next_cursor: None,
    }))
}

/// One chapter in a language, with every language's translation status.
#[utoipa::path(get, path = "/guidebook/chapters/{slug}", tag = "guidebook",
    params(("slug" = String, Path), LocaleQuery),
    responses((status = 200, body = ChapterBody), (status = 404, body = Problem),
        (status = 422, description = "Unknown locale", body = Problem)))]
async fn get_chapter(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<LocaleQuery>,
) -> Result<Json<ChapterBody>, Failure> {
    let locale = query_locale(&query)?;
    let chapter = guidebook::find(&state.db, &slug).await?;
    Ok(Json(ChapterBody::of(&state, &chapter, locale)?))
}

#[derive(Deserialize, ToSchema)]
pub struct TextBody {
    #[schema(min_length = 1, max_length = 150)]
    title: String,
    /// Markdown; images may show uploaded pictures (`/media/{id}/{width}.jpg`).
    #[schema(min_length = 1, max_length = 100000)]
    body_markdown: String,
}

fn saved_answer(state: &AppState, saved: &Saved, locale: Locale) -> Result<Response, AppError> {
    let body = ChapterBody::of(state, &saved.chapter, Some(locale))?;
    Ok(if saved.created {
        created(body)
    } else {
        Json(body).into_response()
    })
}

/// Write a chapter's text in one language (coordinators and the organisers of any community):
/// a new revision. A new slug creates the chapter with this language as its source (201).
#[utoipa::path(put, path = "/guidebook/chapters/{slug}/{locale}", tag = "guidebook", security(("bearer" = [])),
    params(("slug" = String, Path), ("locale" = String, Path)), request_body = TextBody,
    responses((status = 200, description = "A new revision", body = ChapterBody),
        (status = 201, description = "The chapter was created", body = ChapterBody),
        (status = 403, description = "Not a coordinator or organiser", body = Problem),
        (status = 422, description = "A field, the slug or the locale is invalid", body = Problem)))]
async fn write_text(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path((slug, locale)): Path<(String, String)>,
    ApiJson(body): ApiJson<TextBody>,
) -> Result<Response, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let author = guidebook::writer(&state.db, account).await?;
    let locale = parse_locale("locale", &locale)?;
    let draft = TextDraft::parse(&TextInput {
        title: &body.title,
        body: &body.body_markdown,
    })?;
    let saved = guidebook::write(&state.db, author, &slug, locale, &draft, time::now()).await?;
    Ok(saved_answer(&state, &saved, locale)?)
}

/// The revisions of a chapter's text in one language, newest first (all of them).
#[utoipa::path(get, path = "/guidebook/chapters/{slug}/{locale}/revisions", tag = "guidebook",
    params(("slug" = String, Path), ("locale" = String, Path)),
    responses((status = 200, body = ListPage<RevisionBody>), (status = 404, body = Problem),
        (status = 422, description = "Unknown locale", body = Problem)))]
async fn list_revisions(
    State(state): State<AppState>,
    Path((slug, locale)): Path<(String, String)>,
) -> Result<Json<ListPage<RevisionBody>>, Failure> {
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = parse_locale("locale", &locale)?;
    let revisions = guidebook::history(&state.db, &chapter, locale).await?;
    Ok(Json(ListPage {
        items: revisions.iter().map(RevisionBody::new).collect(),
        next_cursor: None,
    }))
}

/// Bring an older revision back as a new one (writers). It keeps the source revision it was
/// written against, so a restored old translation shows as out of date.
#[utoipa::path(post, path = "/guidebook/chapters/{slug}/{locale}/revisions/{number}/restore",
    tag = "guidebook", security(("bearer" = [])),
    params(("slug" = String, Path), ("locale" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "The new revision", body = ChapterBody),
        (status = 403, description = "Not a coordinator or organiser", body = Problem),
        (status = 404, description = "No such chapter or revision", body = Problem)))]
async fn restore_revision(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, locale, number)): Path<(String, String, String)>,
) -> Result<Response, Failure> {
    let author = guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = parse_locale("locale", &locale)?;
    let number = number.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let saved =
        guidebook::restore(&state.db, author, &chapter, locale, number, time::now()).await?;
    Ok(saved_answer(&state, &saved, locale)?)
}

#[derive(Deserialize, ToSchema)]
pub struct OrderBody {
    /// Every chapter's slug once, in the new order.
    slugs: Vec<String>,
}

/// Put the chapters in a new order (writers); answers the chapters in it.
#[utoipa::path(put, path = "/guidebook/order", tag = "guidebook", security(("bearer" = [])),
    request_body = OrderBody,
    responses((status = 200, body = ListPage<ChapterBody>),
        (status = 403, description = "Not a coordinator or organiser", body = Problem),
        (status = 422, description = "`slugs` is not every chapter once", body = Problem)))]
async fn set_order(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    ApiJson(body): ApiJson<OrderBody>,
) -> Result<Json<ListPage<ChapterBody>>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    guidebook::writer(&state.db, account).await?;
    guidebook::reorder(&state.db, &body.slugs).await?;
    let chapters = guidebook::GuidebookStore::chapters(&state.db).await?;
    Ok(Json(ListPage {
        items: chapters
            .iter()
            .filter_map(|chapter| ChapterBody::new(&state, chapter, None))
            .collect(),
        next_cursor: None,
    }))
}
