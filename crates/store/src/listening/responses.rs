//! Responses and their answers. An online response marks its person in `survey_participants`
//! (one response each) and carries the person's id only when the survey is named; a paper form
//! carries the number staff wrote on it. Counting reads `survey_answers_by_choice` alone.

use domain::AppError;
use domain::listening::{
    Among, Answer, AnswerValue, Answers, Counted, OptionId, QuestionId, QuestionKind, Respondent,
    ResponseId, ResponseRow, Survey, TEXTS_LISTED, Tally,
};
use domain::time::Instant;

use crate::Db;
use crate::convert::{millis, uuid};
use crate::sql::{DbError, Row, Tx, params};

pub(super) async fn insert(
    db: &Db,
    survey: &Survey,
    respondent: &Respondent,
    answers: &Answers,
    now: Instant,
) -> Result<(), AppError> {
    let id = ResponseId::random();
    db.transaction(async |tx| {
        count_in(tx, survey, respondent).await?;
        let (account, channel, paper_ref) = match respondent {
            Respondent::Person(person) => {
                tx.execute(
                    "INSERT INTO survey_participants (survey_id, account_id) VALUES ($1, $2)",
                    params![survey.id.to_string(), person.to_string()],
                )
                .await
                .map_err(|error| {
                    DbError::Other(
                        error.unique_violation_means(AppError::conflict("error-survey-answered")),
                    )
                })?;
                let community = survey.community_id.0.to_string();
                crate::impact::record_activity(tx, &community, &person.to_string(), millis(now))
                    .await?;
                let named = (!survey.anonymous).then(|| person.to_string());
                (named, "online", None)
            }
            Respondent::Paper(number) => (None, "paper", Some(number.clone())),
        };
        tx.execute(
            "INSERT INTO survey_responses (id, survey_id, account_id, channel, paper_ref) \
             VALUES ($1, $2, $3, $4, $5)",
            params![
                id.to_string(),
                survey.id.to_string(),
                account,
                channel,
                paper_ref
            ],
        )
        .await
        .map_err(|error| {
            DbError::Other(error.unique_violation_means(AppError::field_conflict(
                "paper_ref",
                "error-survey-paper-entered",
            )))
        })?;
        write_answers(tx, survey, id, answers).await
    })
    .await?;
    Ok(())
}

/// Counts the response on the survey, if it may still come: online while open, on paper once
/// opened. Checked in the transaction, so a survey closed a moment ago takes no more.
async fn count_in(tx: &mut Tx, survey: &Survey, respondent: &Respondent) -> Result<(), DbError> {
    let (sql, refusal) = match respondent {
        Respondent::Person(_) => (
            "UPDATE surveys SET response_count = response_count + 1 WHERE id = $1 AND status = 'open'",
            "error-survey-closed",
        ),
        Respondent::Paper(_) => (
            "UPDATE surveys SET response_count = response_count + 1 WHERE id = $1 AND opened_at IS NOT NULL",
            "error-survey-not-opened",
        ),
    };
    if tx.execute(sql, params![survey.id.to_string()]).await? == 0 {
        return Err(DbError::Other(AppError::conflict(refusal)));
    }
    Ok(())
}

async fn write_answers(
    tx: &mut Tx,
    survey: &Survey,
    response: ResponseId,
    answers: &Answers,
) -> Result<(), DbError> {
    for answer in &answers.0 {
        let rows: Vec<(Option<String>, Option<i64>, Option<&str>)> = match &answer.value {
            AnswerValue::Choice(option) => vec![(Some(option.to_string()), None, None)],
            AnswerValue::Choices(options) => options
                .iter()
                .map(|option| (Some(option.to_string()), None, None))
                .collect(),
            AnswerValue::Scale(point) => vec![(None, Some(*point), None)],
            AnswerValue::Text(text) => vec![(None, None, Some(text.as_str()))],
        };
        for (seq, (option, scale, text)) in (0_i64..).zip(rows) {
            tx.execute(
                "INSERT INTO survey_answers (response_id, question_id, seq, survey_id, option_id, scale, text) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                params![
                    response.to_string(),
                    answer.question_id.to_string(),
                    seq,
                    survey.id.to_string(),
                    option,
                    scale,
                    text.map(str::to_owned)
                ],
            )
            .await?;
        }
    }
    Ok(())
}

fn read_tally(row: &dyn Row) -> Result<Tally, DbError> {
    Ok(Tally {
        question_id: QuestionId(uuid(&row.text(0)?)?),
        option_id: row
            .optional_text(1)?
            .map(|id| uuid(&id).map(OptionId))
            .transpose()?,
        scale: row.optional_int(2)?,
        count: row.int(3)?,
        first_answers: row.int(4)?,
    })
}

/// The tallies (and listed free texts) of every question: of all responses, or of the group
/// that chose `among`, unless that group is too small to show.
pub(super) async fn count(
    db: &Db,
    survey: &Survey,
    among: Option<&Among>,
) -> Result<Counted, AppError> {
    let survey_id = survey.id.to_string();
    let Some(among) = among else {
        let tallies = db
            .fetch_all(
                "SELECT question_id, option_id, scale, COUNT(*), SUM(CASE WHEN seq = 0 THEN 1 ELSE 0 END) \
                 FROM survey_answers WHERE survey_id = $1 GROUP BY question_id, option_id, scale",
                params![&survey_id],
                &read_tally,
            )
            .await?;
        let mut texts = Vec::new();
        for question in text_questions(survey) {
            let listed = db
                .fetch_all(
                    "SELECT text FROM survey_answers WHERE survey_id = $1 AND question_id = $2 \
                     AND text IS NOT NULL ORDER BY response_id LIMIT $3",
                    params![&survey_id, question.to_string(), i64::from(TEXTS_LISTED)],
                    &|row| row.text(0),
                )
                .await?;
            texts.push((question, listed));
        }
        return Ok(Counted {
            responses: survey.response_count,
            tallies,
            texts,
        });
    };
    let (question, option) = (among.question_id.to_string(), among.option_id.to_string());
    let responses = db
        .fetch_one(
            "SELECT COUNT(*) FROM survey_answers WHERE survey_id = $1 AND question_id = $2 AND option_id = $3",
            params![&survey_id, &question, &option],
            &|row| row.int(0),
        )
        .await?;
    if responses < domain::listening::SMALLEST_GROUP {
        return Ok(Counted {
            responses,
            ..Counted::default()
        });
    }
    let tallies = db
        .fetch_all(
            "SELECT a.question_id, a.option_id, a.scale, COUNT(*), SUM(CASE WHEN a.seq = 0 THEN 1 ELSE 0 END) \
             FROM survey_answers f JOIN survey_answers a ON a.response_id = f.response_id \
             WHERE f.survey_id = $1 AND f.question_id = $2 AND f.option_id = $3 \
             GROUP BY a.question_id, a.option_id, a.scale",
            params![&survey_id, &question, &option],
            &read_tally,
        )
        .await?;
    let mut texts = Vec::new();
    for text_question in text_questions(survey) {
        let listed = db
            .fetch_all(
                "SELECT a.text FROM survey_answers f JOIN survey_answers a ON a.response_id = f.response_id \
                 WHERE f.survey_id = $1 AND f.question_id = $2 AND f.option_id = $3 \
                 AND a.question_id = $4 AND a.text IS NOT NULL ORDER BY a.response_id LIMIT $5",
                params![
                    &survey_id,
                    &question,
                    &option,
                    text_question.to_string(),
                    i64::from(TEXTS_LISTED)
                ],
                &|row| row.text(0),
            )
            .await?;
        texts.push((text_question, listed));
    }
    Ok(Counted {
        responses,
        tallies,
        texts,
    })
}

fn text_questions(survey: &Survey) -> impl Iterator<Item = QuestionId> + '_ {
    survey
        .questions
        .iter()
        .filter(|question| question.kind == QuestionKind::Text)
        .map(|question| question.id)
}

/// One stored answer: its question, and the option, point or text it holds.
type StoredAnswer = (QuestionId, Option<OptionId>, Option<i64>, Option<String>);

/// One row per answer, read into one `ResponseRow` per response.
struct AnswerLine {
    response: String,
    respondent: String,
    paper_ref: Option<String>,
    answer: Option<StoredAnswer>,
}

fn read_line(row: &dyn Row) -> Result<AnswerLine, DbError> {
    let answer = match row.optional_text(3)? {
        Some(question) => Some((
            QuestionId(uuid(&question)?),
            row.optional_text(4)?
                .map(|id| uuid(&id).map(OptionId))
                .transpose()?,
            row.optional_int(5)?,
            row.optional_text(6)?,
        )),
        None => None,
    };
    Ok(AnswerLine {
        response: row.text(0)?,
        respondent: row.text(1)?,
        paper_ref: row.optional_text(2)?,
        answer,
    })
}

pub(super) async fn rows(db: &Db, survey: &Survey) -> Result<Vec<ResponseRow>, AppError> {
    let lines = db
        .fetch_all(
            "SELECT r.id, COALESCE(p.display_name, ''), r.paper_ref, a.question_id, a.option_id, \
             a.scale, a.text FROM survey_responses r \
             LEFT JOIN accounts p ON p.id = r.account_id \
             LEFT JOIN survey_answers a ON a.response_id = r.id \
             LEFT JOIN survey_questions q ON q.id = a.question_id \
             WHERE r.survey_id = $1 ORDER BY r.id, q.position, a.seq",
            params![survey.id.to_string()],
            &read_line,
        )
        .await?;
    let mut rows: Vec<(String, ResponseRow)> = Vec::new();
    for line in lines {
        if rows.last().is_none_or(|(id, _)| *id != line.response) {
            rows.push((
                line.response.clone(),
                ResponseRow {
                    respondent: (!survey.anonymous && line.paper_ref.is_none())
                        .then(|| line.respondent.clone()),
                    paper_ref: line.paper_ref.clone(),
                    answers: Answers(Vec::new()),
                },
            ));
        }
        if let (Some((_, row)), Some(answer)) = (rows.last_mut(), line.answer) {
            add_answer(&mut row.answers, answer);
        }
    }
    Ok(rows.into_iter().map(|(_, row)| row).collect())
}

/// Adds one stored answer row; the options of one multiple choice come as several rows.
fn add_answer(answers: &mut Answers, (question, option, scale, text): StoredAnswer) {
    if let (Some(last), Some(option)) = (answers.0.last_mut(), option)
        && last.question_id == question
    {
        match &mut last.value {
            AnswerValue::Choices(options) => options.push(option),
            AnswerValue::Choice(first) => last.value = AnswerValue::Choices(vec![*first, option]),
            _ => {}
        }
        return;
    }
    let value = match (option, scale, text) {
        (Some(option), _, _) => AnswerValue::Choice(option),
        (None, Some(point), _) => AnswerValue::Scale(point),
        (None, None, text) => AnswerValue::Text(text.unwrap_or_default()),
    };
    answers.0.push(Answer {
        question_id: question,
        value,
    });
}
