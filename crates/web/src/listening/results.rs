//! A survey's results page: a chart and its data table per question (a scale's mean beside it,
//! free texts listed), a filter "among those who chose …" that withholds groups too small to
//! stay anonymous, and the organisers' CSV.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::communities::Community;
use domain::listening::{self, QuestionKind, QuestionResult, Results, Survey};
use serde::Deserialize;

use super::{SurveyWords, survey_in, survey_path};
use crate::charts::{Bar, BarChart};
use crate::error::Failure;
use crate::page::{PageContext, render};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/surveys/{id}/results", get(results))
        .route("/c/{slug}/surveys/{id}/results.csv", get(csv))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ResultsQuery {
    among: Option<String>,
}

#[derive(Template)]
#[template(path = "listening/results.html")]
struct ResultsPage {
    page: PageContext,
    community: Community,
    survey: Survey,
    results: Results,
    /// The option chosen as the filter, as `question: option`.
    among: Option<String>,
    among_id: String,
    is_organiser: bool,
}

impl ResultsPage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }

    fn responses_shown(&self) -> Option<i64> {
        match &self.results {
            Results::Shown { responses, .. } => Some(*responses),
            Results::Withheld => None,
        }
    }

    fn questions(&self) -> &[QuestionResult] {
        match &self.results {
            Results::Shown { questions, .. } => questions,
            Results::Withheld => &[],
        }
    }

    fn content_lang(&self) -> Option<&'static str> {
        super::content_lang(&self.survey, &self.page)
    }

    fn is_text(&self, question: &QuestionResult) -> bool {
        question.kind == QuestionKind::Text
    }

    fn answered(&self, question: &QuestionResult) -> String {
        self.page.tn("survey-answered-by", question.answered)
    }

    fn mean(&self, question: &QuestionResult) -> Option<String> {
        question.mean.map(|mean| {
            let mean = crate::i18n::decimal(self.page.locale, mean, 2);
            self.page.tv("survey-mean", "mean", &mean)
        })
    }

    fn chart(&self, question: &QuestionResult) -> BarChart {
        let bars = question
            .options
            .iter()
            .map(|option| {
                #[allow(clippy::cast_precision_loss)]
                let value = option.count as f64;
                Bar::new(
                    option.label.clone(),
                    value,
                    format!(
                        "{} ({} %)",
                        option.count,
                        crate::i18n::decimal(self.page.locale, option.percent, 1)
                    ),
                )
            })
            .collect();
        BarChart::new(
            format!("q-{}", question.id),
            question.prompt.clone(),
            self.page.t("survey-chart-answer"),
            self.page.t("survey-chart-responses"),
            bars,
        )
    }

    fn texts_shown(&self, question: &QuestionResult) -> String {
        self.page.tn(
            "survey-texts-shown",
            i64::try_from(question.texts.len()).unwrap_or(i64::MAX),
        )
    }

    fn more_texts(&self, question: &QuestionResult) -> bool {
        i64::try_from(question.texts.len()).unwrap_or(i64::MAX) < question.answered
    }

    /// The options a reader can filter by: per choice question, its prompt and options.
    fn filters(&self) -> Vec<(String, Vec<(String, String)>)> {
        self.survey
            .questions
            .iter()
            .filter(|question| question.kind.has_options())
            .map(|question| {
                (
                    question.prompt.clone(),
                    question
                        .options
                        .iter()
                        .map(|choice| (choice.id.to_string(), choice.label.clone()))
                        .collect(),
                )
            })
            .collect()
    }

    fn smallest_group(&self) -> String {
        self.page.tn("survey-withheld", listening::SMALLEST_GROUP)
    }
}

impl SurveyWords for ResultsPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// The filter's words: "question: option".
fn among_words(survey: &Survey, among: &listening::Among) -> Option<String> {
    let question = survey.question(among.question_id)?;
    let choice = question
        .options
        .iter()
        .find(|choice| choice.id == among.option_id)?;
    Some(format!("{}: {}", question.prompt, choice.label))
}

async fn results(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    listening::may_read_results(&participant, &survey)?;
    let among = listening::among(&survey, query.among.as_deref())?;
    let results = listening::results(&state.db, &participant, &survey, among.as_ref()).await?;
    Ok(render(&ResultsPage {
        among: among.as_ref().and_then(|among| among_words(&survey, among)),
        among_id: among
            .map(|among| among.option_id.to_string())
            .unwrap_or_default(),
        is_organiser: participant.is_organiser(),
        page,
        community,
        survey,
        results,
    }))
}

async fn csv(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (_, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    let rows = listening::responses(&state.db, &participant, &survey).await?;
    Ok(super::csv_export::response(&survey, &rows)?)
}
