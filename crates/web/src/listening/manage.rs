//! What organisers do with a survey besides writing it: open and close it, delete it while
//! unanswered, translate its texts language by language (the original beside each field), and
//! type in paper forms.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::Community;
use domain::listening::{self, Survey, SurveyStatus, SurveyStore as _, TranslationInput};
use domain::{AppError, Locale, time};
use serde::Deserialize;

use super::errors::SurveyErrors;
use super::pages::{QuestionFields, Typed};
use super::{survey_in, survey_path};
use crate::error::Failure;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/surveys/{id}/open", post(open))
        .route("/c/{slug}/surveys/{id}/close", post(close))
        .route(
            "/c/{slug}/surveys/{id}/delete",
            get(confirm_delete).post(delete),
        )
        .route("/c/{slug}/surveys/{id}/translations", get(translations))
        .route(
            "/c/{slug}/surveys/{id}/translations/{locale}",
            get(translation_form).post(translate),
        )
        .route(
            "/c/{slug}/surveys/{id}/paper",
            get(paper_form).post(enter_paper),
        )
}

/// The survey for one of its organisers, as written (not translated), with its community.
async fn organised(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Survey, domain::communities::Participant), AppError> {
    let (community, survey, participant) = survey_in(state, page, slug, id).await?;
    participant.organiser()?;
    let survey = state
        .db
        .survey(survey.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((community, survey, participant))
}

async fn set_status(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
    status: SurveyStatus,
) -> Result<Response, Failure> {
    let (_, survey, participant) = organised(state, page, slug, id).await?;
    let saved =
        listening::set_status(&state.db, &participant, &survey, status, time::now()).await?;
    let done = if saved.is_open() { "opened" } else { "closed" };
    Ok(see_other(&format!("{}?done={done}", survey_path(&saved))))
}

async fn open(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    set_status(&state, &page, &slug, &id, SurveyStatus::Open).await
}

async fn close(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    set_status(&state, &page, &slug, &id, SurveyStatus::Closed).await
}

#[derive(Template)]
#[template(path = "listening/delete.html")]
struct DeletePage {
    page: PageContext,
    community: Community,
    survey: Survey,
}

impl DeletePage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }
}

async fn confirm_delete(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, survey, _) = organised(&state, &page, &slug, &id).await?;
    Ok(render(&DeletePage {
        page,
        community,
        survey,
    }))
}

async fn delete(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = organised(&state, &page, &slug, &id).await?;
    listening::delete(&state.db, &participant, &survey).await?;
    Ok(see_other(&format!(
        "/c/{}/surveys?done=deleted",
        community.slug
    )))
}

#[derive(Template)]
#[template(path = "listening/translations.html")]
struct TranslationsPage {
    page: PageContext,
    community: Community,
    survey: Survey,
}

impl TranslationsPage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }

    /// The other languages: code, name, and whether a translation exists.
    fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        let translated = self.survey.translated_into();
        Locale::ALL
            .into_iter()
            .filter(|locale| *locale != self.survey.source_locale)
            .map(|locale| {
                (
                    locale.code(),
                    locale.native_name(),
                    translated.contains(&locale),
                )
            })
            .collect()
    }
}

async fn translations(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, survey, _) = organised(&state, &page, &slug, &id).await?;
    Ok(render(&TranslationsPage {
        page,
        community,
        survey,
    }))
}

/// The translation form's fields: `title`, `description`, `p3` (the fourth question's prompt)
/// and `o3-1` (its second option's label).
#[derive(Debug, Clone, Default)]
struct TranslationValues(Vec<(String, String)>);

impl TranslationValues {
    fn of(survey: &Survey, locale: Locale) -> Self {
        if !survey.translated_into().contains(&locale) {
            return Self::default();
        }
        let read = survey.in_locale(locale);
        let mut fields = vec![
            ("title".to_owned(), read.title.clone()),
            ("description".to_owned(), read.description.clone()),
        ];
        for (index, (question, original)) in
            read.questions.iter().zip(&survey.questions).enumerate()
        {
            if question.prompt != original.prompt {
                fields.push((format!("p{index}"), question.prompt.clone()));
            }
            for (option, (choice, source)) in
                question.options.iter().zip(&original.options).enumerate()
            {
                if choice.label != source.label {
                    fields.push((format!("o{index}-{option}"), choice.label.clone()));
                }
            }
        }
        Self(fields)
    }

    fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    }

    fn input(&self, survey: &Survey) -> TranslationInput {
        TranslationInput {
            title: self.get("title"),
            description: self.get("description"),
            prompts: (0..survey.questions.len())
                .map(|index| self.get(&format!("p{index}")))
                .collect(),
            options: survey
                .questions
                .iter()
                .enumerate()
                .map(|(index, question)| {
                    (0..question.options.len())
                        .map(|option| self.get(&format!("o{index}-{option}")))
                        .collect()
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "listening/translate.html")]
struct TranslatePage {
    page: PageContext,
    community: Community,
    survey: Survey,
    locale: Locale,
    values: TranslationValues,
    errors: SurveyErrors,
}

impl TranslatePage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }

    fn heading(&self) -> String {
        self.page.tv(
            "survey-translate-into",
            "language",
            self.locale.native_name(),
        )
    }

    fn value(&self, name: &str) -> String {
        self.values.get(name)
    }

    fn prompt_field(&self, index: &usize) -> String {
        format!("p{index}")
    }

    fn option_field(&self, index: &usize, option: &usize) -> String {
        format!("o{index}-{option}")
    }
}

fn translation_locale(code: &str) -> Result<Locale, AppError> {
    Locale::parse(code).map_err(|_| AppError::NotFound)
}

async fn translation_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id, locale)): Path<(String, String, String)>,
) -> Result<Response, Failure> {
    let (community, survey, _) = organised(&state, &page, &slug, &id).await?;
    let locale = translation_locale(&locale)?;
    if locale == survey.source_locale {
        return Err(AppError::NotFound.into());
    }
    Ok(render(&TranslatePage {
        values: TranslationValues::of(&survey, locale),
        page,
        community,
        survey,
        locale,
        errors: SurveyErrors::default(),
    }))
}

async fn translate(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id, locale)): Path<(String, String, String)>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = organised(&state, &page, &slug, &id).await?;
    let locale = translation_locale(&locale)?;
    let values = TranslationValues(fields);
    let input = values.input(&survey);
    match listening::translate(
        &state.db,
        &participant,
        &survey,
        locale,
        &input,
        time::now(),
    )
    .await
    {
        Ok(saved) => Ok(see_other(&format!(
            "{}?done=translated",
            survey_path(&saved)
        ))),
        Err(error) => {
            let Some(errors) = SurveyErrors::of(&error, page.locale) else {
                return Err(error.into());
            };
            let status = Failure::App(error).status();
            let mut response = render(&TranslatePage {
                page,
                community,
                survey,
                locale,
                values,
                errors,
            });
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "listening/paper.html")]
struct PaperPage {
    page: PageContext,
    community: Community,
    survey: Survey,
    paper_ref: String,
    typed: Typed,
    errors: SurveyErrors,
    notice: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PaperQuery {
    /// The number of the form typed in just before.
    entered: Option<String>,
}

impl PaperPage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }
}

impl QuestionFields for PaperPage {
    fn page(&self) -> &PageContext {
        &self.page
    }

    fn typed(&self) -> &Typed {
        &self.typed
    }

    fn content_lang(&self) -> Option<&'static str> {
        super::content_lang(&self.survey, &self.page)
    }
}

async fn paper_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<PaperQuery>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let notice = query
        .entered
        .map(|number| page.tv("survey-paper-entered", "number", &number))
        .unwrap_or_default();
    Ok(render(&PaperPage {
        page,
        community,
        survey,
        paper_ref: String::new(),
        typed: Typed::default(),
        errors: SurveyErrors::default(),
        notice,
    }))
}

async fn enter_paper(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    let typed = Typed(fields);
    let paper_ref = typed.single("paper_ref");
    let done = listening::enter_paper(
        &state.db,
        &participant,
        &survey,
        &paper_ref,
        &typed.raw_answers(&survey),
        time::now(),
    )
    .await;
    match done {
        Ok(()) => Ok(see_other(&format!(
            "{}/paper?{}",
            survey_path(&survey),
            serde_urlencoded::to_string([("entered", paper_ref.as_str())]).unwrap_or_default()
        ))),
        Err(error) => {
            let Some(errors) = SurveyErrors::of(&error, page.locale) else {
                return Err(error.into());
            };
            let status = Failure::App(error).status();
            let mut response = render(&PaperPage {
                page,
                community,
                survey,
                paper_ref,
                typed,
                errors,
                notice: String::new(),
            });
            *response.status_mut() = status;
            Ok(response)
        }
    }
}
