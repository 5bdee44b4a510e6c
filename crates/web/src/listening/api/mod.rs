//! Surveys in the JSON API: a community's surveys, writing and rewriting one (organisers),
//! opening and closing it, and translating it; answering it and typing in paper forms are in
//! `answers`, the results and their CSV in `results`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::communities::{self, Participant};
use domain::listening::{
    self, QuestionInput, Survey, SurveyId, SurveyInput, SurveyStatus, SurveyStore as _,
    TranslationInput,
};
use domain::moderation::Page;
use domain::{AppError, Locale, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::survey_path;
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

mod answers;
mod results;

pub use results::answer_text;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_surveys, create_survey))
        .routes(routes!(get_survey, replace_survey, delete_survey))
        .routes(routes!(open_survey))
        .routes(routes!(close_survey))
        .routes(routes!(translate_survey))
        .routes(routes!(answers::respond))
        .routes(routes!(answers::enter_paper))
        .routes(routes!(results::survey_results))
        .routes(routes!(results::survey_results_csv))
}

#[derive(Serialize, ToSchema)]
pub struct OptionBody {
    id: String,
    label: String,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionBody {
    id: String,
    /// `single`, `multiple`, `scale` (1 to 5) or `text`.
    kind: &'static str,
    prompt: String,
    required: bool,
    /// The options of a single or multiple choice; empty otherwise.
    options: Vec<OptionBody>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyBody {
    id: String,
    community: String,
    title: String,
    description: String,
    /// The language the survey was written in; `?locale=` reads a translation.
    locale: &'static str,
    /// The languages it is translated into, besides its own.
    translations: Vec<&'static str>,
    anonymous: bool,
    results_public: bool,
    /// `closed` (before it opens, and after) or `open`.
    status: &'static str,
    /// Never opened yet: only its organisers see it.
    draft: bool,
    response_count: i64,
    author: PersonBody,
    created_at: String,
    opened_at: Option<String>,
    closed_at: Option<String>,
    /// In order; empty in lists.
    questions: Vec<QuestionBody>,
    url: String,
}

impl SurveyBody {
    pub fn new(state: &AppState, survey: &Survey) -> Self {
        Self {
            id: survey.id.to_string(),
            community: survey.community_slug.clone(),
            title: survey.title.clone(),
            description: survey.description.clone(),
            locale: survey.source_locale.code(),
            translations: survey
                .translated_into()
                .into_iter()
                .map(Locale::code)
                .collect(),
            anonymous: survey.anonymous,
            results_public: survey.results_public,
            status: survey.status.name(),
            draft: survey.is_draft(),
            response_count: survey.response_count,
            author: PersonBody::new(&survey.author),
            created_at: survey.created_at.to_rfc3339(),
            opened_at: survey.opened_at.map(|at| at.to_rfc3339()),
            closed_at: survey.closed_at.map(|at| at.to_rfc3339()),
            questions: survey
                .questions
                .iter()
                .map(|question| QuestionBody {
                    id: question.id.to_string(),
                    kind: question.kind.name(),
                    prompt: question.prompt.clone(),
                    required: question.required,
                    options: question
                        .options
                        .iter()
                        .map(|choice| OptionBody {
                            id: choice.id.to_string(),
                            label: choice.label.clone(),
                        })
                        .collect(),
                })
                .collect(),
            url: state.config.url(&survey_path(survey)),
        }
    }
}

/// `?limit=&cursor=&locale=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SurveyListQuery {
    /// How many items (1 to 100, default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
    /// The language to read titles in, where translated.
    #[param(pattern = "^(en|pl|da|it|uk)$")]
    locale: Option<String>,
}

/// A community's surveys, newest first. Anyone may read those that have opened; organisers
/// also their drafts.
#[utoipa::path(get, path = "/communities/{slug}/surveys", tag = "listening",
    params(("slug" = String, Path), SurveyListQuery),
    responses((status = 200, body = ListPage<SurveyBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit, cursor or locale", body = Problem)))]
async fn list_surveys(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(query): Query<SurveyListQuery>,
) -> Result<Json<ListPage<SurveyBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, community.id, account).await?;
    let limit = ListQuery {
        limit: query.limit.clone(),
        cursor: None,
    }
    .limit()?;
    let after = crate::moderation::parse_cursor(query.cursor.as_deref())?;
    let locale = query
        .locale
        .as_deref()
        .map(Locale::parse)
        .transpose()
        .map_err(|message| AppError::invalid("locale", message))?;
    let page = listening::list(&state.db, &community, &participant, locale, after, limit).await?;
    let page = Page {
        items: page
            .items
            .into_iter()
            .map(|survey| match locale {
                Some(locale) => survey.in_locale(locale),
                None => survey,
            })
            .collect(),
        next: page.next,
    };
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|survey| SurveyBody::new(&state, survey))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewQuestionBody {
    /// `single`, `multiple`, `scale` or `text`.
    #[schema(pattern = "^(single|multiple|scale|text)$")]
    kind: String,
    #[schema(min_length = 1, max_length = 300)]
    prompt: String,
    /// For `single` and `multiple`: 2 to 20 distinct labels (each at most 120 characters); none
    /// for the others.
    #[serde(default)]
    options: Option<Vec<String>>,
    #[serde(default)]
    required: bool,
    /// When rewriting a survey (`PUT`): the id of the question this one was, so that its
    /// translations stay.
    #[serde(default)]
    id: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewSurveyBody {
    #[schema(min_length = 1, max_length = 150)]
    title: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    description: Option<String>,
    /// An anonymous survey keeps no link from answers to people.
    anonymous: bool,
    /// Members may read the results (organisers always may). Default false.
    #[serde(default)]
    results_public: bool,
    /// The language it is written in (`en`, `pl`, `da`, `it`, `uk`); default the community's.
    #[serde(default)]
    locale: Option<String>,
    /// 1 to 40 questions, in order.
    questions: Vec<NewQuestionBody>,
}

impl NewSurveyBody {
    fn input(&self) -> SurveyInput {
        SurveyInput {
            title: self.title.clone(),
            description: self.description.clone().unwrap_or_default(),
            anonymous: self.anonymous,
            results_public: self.results_public,
            questions: self
                .questions
                .iter()
                .map(|question| QuestionInput {
                    id: question.id.clone(),
                    kind: question.kind.clone(),
                    prompt: question.prompt.clone(),
                    required: question.required,
                    options: question.options.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }
}

/// Write a survey (organisers). It starts closed, as a draft only organisers see, until opened.
#[utoipa::path(post, path = "/communities/{slug}/surveys", tag = "listening", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewSurveyBody,
    responses((status = 201, body = SurveyBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "A field is missing or invalid", body = Problem)))]
async fn create_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewSurveyBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    let locale = match body.locale.as_deref() {
        Some(code) => {
            Locale::parse(code).map_err(|message| AppError::invalid("locale", message))?
        }
        None => community.default_locale,
    };
    let survey = listening::create(
        &state.db,
        &community,
        &participant,
        &body.input(),
        locale,
        time::now(),
    )
    .await?;
    Ok(created(SurveyBody::new(&state, &survey)))
}

/// The survey and how the caller stands in its community; 404 when the caller may not see it.
pub(super) async fn survey_for(
    state: &AppState,
    signed_in: Option<&SignedIn>,
    id: &str,
) -> Result<(Survey, Participant), AppError> {
    let id = SurveyId::parse(id).ok_or(AppError::NotFound)?;
    let survey = state.db.survey(id).await?.ok_or(AppError::NotFound)?;
    let account = signed_in.map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, survey.community_id, account).await?;
    Ok((listening::visible_to(&participant, survey)?, participant))
}

/// `?locale=`: the language to read the survey's texts in.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LocaleQuery {
    /// `en`, `pl`, `da`, `it` or `uk`; texts not translated stay in the survey's own language.
    #[param(pattern = "^(en|pl|da|it|uk)$")]
    locale: Option<String>,
}

pub(super) fn read_in(survey: Survey, locale: Option<&str>) -> Result<Survey, AppError> {
    match locale {
        Some(code) => Ok(survey.in_locale(
            Locale::parse(code).map_err(|message| AppError::invalid("locale", message))?,
        )),
        None => Ok(survey),
    }
}

/// One survey with its questions. Drafts are 404 for all but the community's organisers.
#[utoipa::path(get, path = "/surveys/{id}", tag = "listening", params(("id" = String, Path), LocaleQuery),
    responses((status = 200, body = SurveyBody), (status = 404, body = Problem),
        (status = 422, description = "Unknown locale", body = Problem)))]
async fn get_survey(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
    Query(query): Query<LocaleQuery>,
) -> Result<Json<SurveyBody>, Failure> {
    let (survey, _) = survey_for(&state, signed_in.as_ref(), &id).await?;
    let survey = read_in(survey, query.locale.as_deref())?;
    Ok(Json(SurveyBody::new(&state, &survey)))
}

/// Rewrite a survey nobody has answered yet (organisers); 409 once it has responses. Questions
/// that give the `id` of one they replace keep its translations (and options with the same label
/// keep theirs).
#[utoipa::path(put, path = "/surveys/{id}", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewSurveyBody,
    responses((status = 200, body = SurveyBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "It has responses", body = Problem), (status = 422, body = Problem)))]
async fn replace_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewSurveyBody>,
) -> Result<Json<SurveyBody>, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    let saved =
        listening::replace(&state.db, &participant, &survey, &body.input(), time::now()).await?;
    Ok(Json(SurveyBody::new(&state, &saved)))
}

/// Delete a survey nobody has answered yet (organisers); 409 once it has responses.
#[utoipa::path(delete, path = "/surveys/{id}", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "It has responses", body = Problem)))]
async fn delete_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    listening::delete(&state.db, &participant, &survey).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn change_status(
    state: &AppState,
    signed_in: &SignedIn,
    id: &str,
    status: SurveyStatus,
) -> Result<Json<SurveyBody>, Failure> {
    let (survey, participant) = survey_for(state, Some(signed_in), id).await?;
    let saved =
        listening::set_status(&state.db, &participant, &survey, status, time::now()).await?;
    Ok(Json(SurveyBody::new(state, &saved)))
}

/// Open a survey for answers (organisers); opening an open one changes nothing.
#[utoipa::path(post, path = "/surveys/{id}/open", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = SurveyBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem)))]
async fn open_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<SurveyBody>, Failure> {
    change_status(&state, &signed_in, &id, SurveyStatus::Open).await
}

/// Close a survey (organisers): it takes no more online answers; paper forms may still be
/// typed in.
#[utoipa::path(post, path = "/surveys/{id}/close", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = SurveyBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem)))]
async fn close_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<SurveyBody>, Failure> {
    change_status(&state, &signed_in, &id, SurveyStatus::Closed).await
}

#[derive(Deserialize, ToSchema)]
pub struct TranslatedQuestionBody {
    /// Empty leaves the prompt untranslated.
    #[serde(default)]
    #[schema(max_length = 300)]
    prompt: String,
    /// One label per option, in order; empty ones stay untranslated.
    #[serde(default)]
    options: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct TranslationBody {
    #[schema(min_length = 1, max_length = 150)]
    title: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    description: String,
    /// One per question, in the survey's order.
    #[serde(default)]
    questions: Vec<TranslatedQuestionBody>,
}

/// Translate a survey into another of the five languages (organisers), replacing any earlier
/// translation into it. A question or option left empty is shown in the survey's own language.
#[utoipa::path(put, path = "/surveys/{id}/translations/{locale}", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path), ("locale" = String, Path, pattern = "^(en|pl|da|it|uk)$")),
    request_body = TranslationBody,
    responses((status = 200, body = SurveyBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 422, description = "The survey's own language, or texts too long or not matching its questions", body = Problem)))]
async fn translate_survey(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((id, locale)): Path<(String, String)>,
    ApiJson(body): ApiJson<TranslationBody>,
) -> Result<Json<SurveyBody>, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    let locale = Locale::parse(&locale).map_err(|_| AppError::NotFound)?;
    let input = TranslationInput {
        title: body.title,
        description: body.description,
        prompts: body
            .questions
            .iter()
            .map(|question| question.prompt.clone())
            .collect(),
        options: body
            .questions
            .into_iter()
            .map(|question| question.options)
            .collect(),
    };
    let saved = listening::translate(
        &state.db,
        &participant,
        &survey,
        locale,
        &input,
        time::now(),
    )
    .await?;
    Ok(Json(SurveyBody::new(&state, &saved.in_locale(locale))))
}
