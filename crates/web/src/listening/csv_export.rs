//! A survey's responses as CSV, for organisers: a header of the questions' prompts, then one
//! row per response in the order of their random ids. Named surveys begin with the respondent's
//! name; every row says whether it came from a paper form (and its number).

use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::AppError;
use domain::listening::{ResponseRow, Survey};

use super::api::answer_text;

/// A cell a spreadsheet would not run as a formula: text that starts like one gets a `'` first.
fn inert(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

fn write(survey: &Survey, rows: &[ResponseRow]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = Vec::new();
    if !survey.anonymous {
        header.push("respondent");
    }
    header.push("paper_form");
    let prompts = survey
        .questions
        .iter()
        .map(|question| inert(question.prompt.clone()));
    out.write_record(header.into_iter().map(str::to_owned).chain(prompts))?;
    for row in rows {
        let mut record: Vec<String> = Vec::new();
        if !survey.anonymous {
            record.push(inert(row.respondent.clone().unwrap_or_default()));
        }
        record.push(inert(row.paper_ref.clone().unwrap_or_default()));
        for question in &survey.questions {
            record.push(inert(
                row.answers
                    .0
                    .iter()
                    .find(|answer| answer.question_id == question.id)
                    .map(|answer| answer_text(survey, &answer.value))
                    .unwrap_or_default(),
            ));
        }
        out.write_record(&record)?;
    }
    out.into_inner().map_err(|error| error.into_error().into())
}

/// The CSV as a download named after the survey's id.
pub(crate) fn response(survey: &Survey, rows: &[ResponseRow]) -> Result<Response, AppError> {
    let body = write(survey, rows).map_err(AppError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"survey-{}.csv\"", survey.id),
            ),
        ],
        body,
    )
        .into_response())
}
