//! A survey's results through the API: the figures per question (also among those who chose
//! one option, withheld for small groups) and the organisers' CSV of every response.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::listening::{self, AnswerValue, Results, Survey};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{read_in, survey_for};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct OptionResultBody {
    /// An option's id, or a scale's point (`1` to `5`).
    id: String,
    label: String,
    count: i64,
    /// Of those who answered the question, to one decimal.
    percent: f64,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionResultBody {
    id: String,
    kind: &'static str,
    prompt: String,
    /// How many responses answered it.
    answered: i64,
    /// Per option, or per point of a scale; empty for text.
    options: Vec<OptionResultBody>,
    /// Scales only.
    #[serde(skip_serializing_if = "Option::is_none")]
    mean: Option<f64>,
    /// Text only: up to 50 answers (the CSV has them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<Vec<String>>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultsBody {
    survey_id: String,
    /// Responses counted (in the group, when filtered); null when withheld.
    responses: Option<i64>,
    /// The option whose choosers the figures are about, if filtered.
    among: Option<String>,
    /// True when the filtered group has fewer than `smallest_group` responses: its figures are
    /// not shown, not even its size.
    withheld: bool,
    smallest_group: i64,
    questions: Vec<QuestionResultBody>,
}

impl ResultsBody {
    pub fn new(survey: &Survey, among: Option<String>, results: Results) -> Self {
        let (responses, questions) = match results {
            Results::Withheld => (None, Vec::new()),
            Results::Shown {
                responses,
                questions,
            } => (Some(responses), questions),
        };
        Self {
            survey_id: survey.id.to_string(),
            withheld: responses.is_none(),
            responses,
            among,
            smallest_group: listening::SMALLEST_GROUP,
            questions: questions
                .into_iter()
                .map(|question| QuestionResultBody {
                    id: question.id.to_string(),
                    kind: question.kind.name(),
                    prompt: question.prompt,
                    answered: question.answered,
                    options: question
                        .options
                        .into_iter()
                        .map(|option| OptionResultBody {
                            id: option.id,
                            label: option.label,
                            count: option.count,
                            percent: option.percent,
                        })
                        .collect(),
                    mean: question.mean,
                    answers: (question.kind == listening::QuestionKind::Text)
                        .then_some(question.texts),
                })
                .collect(),
        }
    }
}

/// `?among=&locale=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResultsQuery {
    /// Only the responses that chose this option (of a single or multiple choice question).
    among: Option<String>,
    /// The language of prompts and labels.
    #[param(pattern = "^(en|pl|da|it|uk)$")]
    locale: Option<String>,
}

/// The results: per question how many answered, per option (or point of a scale) the count and
/// share, a scale's mean, and up to 50 free texts. Organisers always; members of the community
/// (and coordinators) when `results_public`; 401 for visitors, 403 for others.
#[utoipa::path(get, path = "/surveys/{id}/results", tag = "listening", params(("id" = String, Path), ResultsQuery),
    responses((status = 200, body = ResultsBody), (status = 401, body = Problem),
        (status = 403, description = "The results are for organisers, or not for people outside the community", body = Problem),
        (status = 404, body = Problem),
        (status = 422, description = "`among` is no option of a choice question, or the locale is unknown", body = Problem)))]
pub(super) async fn survey_results(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
    Query(query): Query<ResultsQuery>,
) -> Result<Json<ResultsBody>, Failure> {
    let (survey, participant) = survey_for(&state, signed_in.as_ref(), &id).await?;
    listening::may_read_results(&participant, &survey)?;
    let survey = read_in(survey, query.locale.as_deref())?;
    let among = listening::among(&survey, query.among.as_deref())?;
    let results = listening::results(&state.db, &participant, &survey, among.as_ref()).await?;
    let among = among.map(|among| among.option_id.to_string());
    Ok(Json(ResultsBody::new(&survey, among, results)))
}

/// Every response as CSV (organisers: raw rows would let anyone rebuild groups smaller than
/// five): one row per response, one column per question (a multiple choice's labels joined by
/// `; `), a paper form's number; a respondent column only for named surveys.
#[utoipa::path(get, path = "/surveys/{id}/results.csv", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "text/csv", content_type = "text/csv", body = String),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub(super) async fn survey_results_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    let rows = listening::responses(&state.db, &participant, &survey).await?;
    Ok(crate::listening::csv_export::response(&survey, &rows)?)
}

/// A single answer's value as the CSV writes it.
pub fn answer_text(survey: &Survey, value: &AnswerValue) -> String {
    let label = |id: &listening::OptionId| {
        survey
            .questions
            .iter()
            .flat_map(|question| &question.options)
            .find(|choice| choice.id == *id)
            .map(|choice| choice.label.clone())
            .unwrap_or_default()
    };
    match value {
        AnswerValue::Choice(id) => label(id),
        AnswerValue::Choices(ids) => ids.iter().map(label).collect::<Vec<_>>().join("; "),
        AnswerValue::Scale(point) => point.to_string(),
        AnswerValue::Text(text) => text.clone(),
    }
}
