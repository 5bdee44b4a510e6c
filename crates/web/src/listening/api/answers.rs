//! Answering a survey through the API: a member's response (or their helper's, for them) and
//! the paper forms organisers type in.

use axum::extract::{Path, State};
use axum::response::Response;
use domain::listening::{self, RawAnswer, RawValue, Survey, SurveyStore as _};
use domain::time;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::survey_for;
use crate::api::{ApiJson, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    question_id: String,
    /// An option's id (single), a list of option ids (multiple), a whole number 1–5 (scale) or
    /// a text of at most 2,000 characters (text).
    #[schema(value_type = Object)]
    value: serde_json::Value,
}

#[derive(Deserialize, ToSchema)]
pub struct ResponseBody {
    answers: Vec<AnswerBody>,
}

fn raw_answers(answers: Vec<AnswerBody>) -> Vec<RawAnswer> {
    answers
        .into_iter()
        .map(|answer| RawAnswer {
            question_id: answer.question_id,
            value: match answer.value {
                serde_json::Value::String(text) => RawValue::Text(text),
                serde_json::Value::Number(number) => {
                    number.as_i64().map_or(RawValue::Unusable, RawValue::Number)
                }
                serde_json::Value::Array(items) => items
                    .into_iter()
                    .map(|item| match item {
                        serde_json::Value::String(text) => Some(text),
                        _ => None,
                    })
                    .collect::<Option<Vec<String>>>()
                    .map_or(RawValue::Unusable, RawValue::List),
                _ => RawValue::Unusable,
            },
        })
        .collect()
}

#[derive(Serialize, ToSchema)]
pub struct RecordedBody {
    survey_id: String,
    response_count: i64,
}

async fn recorded(state: &AppState, survey: &Survey) -> Result<Response, Failure> {
    let count = state
        .db
        .survey(survey.id)
        .await?
        .map_or(survey.response_count, |survey| survey.response_count);
    Ok(created(RecordedBody {
        survey_id: survey.id.to_string(),
        response_count: count,
    }))
}

/// Answer an open survey (members of its community, once; a helper acting for a member answers
/// as them). An anonymous survey records that the caller answered apart from what they answered,
/// with nothing that links the two.
#[utoipa::path(post, path = "/surveys/{id}/responses", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ResponseBody,
    responses((status = 201, body = RecordedBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Already answered, or the survey is closed", body = Problem),
        (status = 422, description = "A required answer is missing, an option is unknown, a scale is outside 1–5", body = Problem)))]
pub(super) async fn respond(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ResponseBody>,
) -> Result<Response, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    let raw = raw_answers(body.answers);
    listening::respond(&state.db, &participant, &survey, &raw, time::now()).await?;
    recorded(&state, &survey).await
}

#[derive(Deserialize, ToSchema)]
pub struct PaperResponseBody {
    /// The number staff wrote on the paper form: each form is typed in once.
    #[schema(min_length = 1, max_length = 40)]
    paper_ref: String,
    answers: Vec<AnswerBody>,
}

/// Type in a paper form (organisers), once the survey has opened — also after it closed. It
/// counts as one response, marked as paper.
#[utoipa::path(post, path = "/surveys/{id}/paper-responses", tag = "listening", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = PaperResponseBody,
    responses((status = 201, body = RecordedBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "This form's number was typed in before, or the survey never opened", body = Problem),
        (status = 422, body = Problem)))]
pub(super) async fn enter_paper(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PaperResponseBody>,
) -> Result<Response, Failure> {
    let (survey, participant) = survey_for(&state, Some(&signed_in), &id).await?;
    listening::enter_paper(
        &state.db,
        &participant,
        &survey,
        &body.paper_ref,
        &raw_answers(body.answers),
        time::now(),
    )
    .await?;
    recorded(&state, &survey).await
}
