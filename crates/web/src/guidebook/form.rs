//! The writers' forms: a new chapter (its address, source language, title and text) and a
//! chapter's text in one language. A translation's form shows the source text beside it and,
//! when the translation is out of date, what changed in the source since it was written.
//! A form sent back with errors has saved nothing.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::guidebook::{
    self, Chapter, ChapterText, GuidebookStore as _, TextDraft, TextInput, TranslationStatus,
};
use domain::{AppError, Locale, time};
use serde::Deserialize;

use super::diff::{DiffLine, text_hunks};
use super::{chapter_path, locale_or_page, parse_locale};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/guidebook/new", get(new_form).post(create))
        .route("/guidebook/{chapter}/edit", get(edit_form).post(save))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TextValues {
    slug: String,
    locale: String,
    title: String,
    body_markdown: String,
}

impl TextValues {
    fn draft(&self) -> Result<TextDraft, AppError> {
        TextDraft::parse(&TextInput {
            title: &self.title,
            body: &self.body_markdown,
        })
    }
}

#[derive(Template)]
#[template(path = "guidebook/new.html")]
struct NewPage {
    page: PageContext,
    errors: FormErrors,
    values: TextValues,
}

impl NewPage {
    fn chosen(&self, locale: &Locale) -> bool {
        if self.values.locale.is_empty() {
            *locale == self.page.locale
        } else {
            self.values.locale == locale.code()
        }
    }
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
) -> Result<Response, Failure> {
    guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    Ok(render(&NewPage {
        page,
        errors: FormErrors::default(),
        values: TextValues::default(),
    }))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    PageForm(values): PageForm<TextValues>,
) -> Result<Response, Failure> {
    let author = guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let done = async {
        let mut errors = domain::FieldErrors::new();
        let slug = errors.check("slug", guidebook::parse_chapter_slug(&values.slug));
        let locale = errors.check("locale", Locale::parse(&values.locale));
        let draft = values.draft();
        if let Err(AppError::Validation(more)) = &draft {
            for (field, message) in more.iter() {
                errors.add(field, message.clone());
            }
        }
        errors.into_result()?;
        let (Some(slug), Some(locale), Ok(draft)) = (slug, locale, draft) else {
            return Err(AppError::internal("a checked form without values"));
        };
        if state.db.chapter(slug.as_str()).await?.is_some() {
            return Err(AppError::field_conflict(
                "slug",
                "error-guidebook-slug-taken",
            ));
        }
        guidebook::write(
            &state.db,
            author,
            slug.as_str(),
            locale,
            &draft,
            time::now(),
        )
        .await
    }
    .await;
    match done {
        Ok(saved) => Ok(see_other(&format!(
            "{}?done=saved",
            chapter_path(&saved.chapter.slug)
        ))),
        Err(error) => Ok(form_failure(error, &page.clone(), |errors| {
            render(&NewPage {
                page,
                errors,
                values,
            })
        })),
    }
}

#[derive(Template)]
#[template(path = "guidebook/edit.html")]
struct EditPage {
    page: PageContext,
    chapter: Chapter,
    locale: Locale,
    /// The source's current text, when this form is for a translation.
    source: Option<ChapterText>,
    /// What changed in the source since this translation was written (out of date only).
    source_changes: Vec<Vec<DiffLine>>,
    status_key: &'static str,
    errors: FormErrors,
    values: TextValues,
}

impl EditPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        chapter: Chapter,
        locale: Locale,
    ) -> Result<Self, AppError> {
        let current = chapter.text(locale).cloned();
        let source = chapter
            .source()
            .filter(|_| chapter.source_locale != locale)
            .cloned();
        let source_changes = match (&current, &source) {
            (Some(text), Some(source))
                if chapter.status(locale) == TranslationStatus::OutOfDate =>
            {
                let written_against = match text.source_revision {
                    Some(number) => {
                        state
                            .db
                            .revision(&chapter.slug, chapter.source_locale, number)
                            .await?
                    }
                    None => None,
                };
                let (old_title, old_body) = written_against
                    .map(|revision| (revision.title, revision.body))
                    .unwrap_or_default();
                text_hunks((&old_title, &old_body), (&source.title, &source.body))
            }
            _ => Vec::new(),
        };
        let values = TextValues {
            slug: chapter.slug.clone(),
            locale: locale.code().to_owned(),
            title: current
                .as_ref()
                .map(|text| text.title.clone())
                .unwrap_or_default(),
            body_markdown: current.map(|text| text.body).unwrap_or_default(),
        };
        Ok(Self {
            status_key: super::status_key(chapter.status(locale)),
            page,
            chapter,
            locale,
            source,
            source_changes,
            errors: FormErrors::default(),
            values,
        })
    }

    fn path(&self) -> String {
        chapter_path(&self.chapter.slug)
    }

    fn language(&self) -> &'static str {
        self.locale.native_name()
    }

    fn source_lang(&self) -> &'static str {
        self.chapter.source_locale.code()
    }

    fn heading(&self) -> String {
        self.page
            .tv("guidebook-edit-heading", "language", self.language())
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LocaleQuery {
    locale: Option<String>,
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, Failure> {
    guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = locale_or_page(&page, query.locale.as_deref())?;
    Ok(render(
        &EditPage::load(&state, page, chapter, locale).await?,
    ))
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<TextValues>,
) -> Result<Response, Failure> {
    let author = guidebook::writer(&state.db, Some(&signed_in.account)).await?;
    let chapter = guidebook::find(&state.db, &slug).await?;
    let locale = parse_locale("locale", &values.locale)?;
    let done = match values.draft() {
        Ok(draft) => {
            guidebook::write(
                &state.db,
                author,
                &chapter.slug,
                locale,
                &draft,
                time::now(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    match done {
        Ok(saved) => Ok(see_other(&format!(
            "{}/history?locale={}&done=saved",
            chapter_path(&saved.chapter.slug),
            locale.code()
        ))),
        Err(error) => {
            let mut form = EditPage::load(&state, page.clone(), chapter, locale).await?;
            form.values = values;
            Ok(form_failure(error, &page, |errors| {
                form.errors = errors;
                render(&form)
            }))
        }
    }
}
