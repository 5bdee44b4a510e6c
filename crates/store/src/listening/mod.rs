//! Surveys on either engine: the survey, its questions and options in order, and translations of
//! its texts by part (`surveys`, `survey_questions`, `survey_options`, `survey_texts`); the
//! responses and their answers are in `responses`.

mod responses;
#[cfg(test)]
mod tests;

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::listening::{
    Among, Answers, Choice, Counted, OptionId, Question, QuestionId, QuestionKind, Respondent,
    ResponseRow, Survey, SurveyDraft, SurveyId, SurveyStatus, SurveyStore, SurveyText,
};
use domain::locale::Locale;
use domain::moderation::PageCursor;
use domain::search::Kind;
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, Tx, params};

macro_rules! survey_columns {
    () => {
        "SELECT s.id, s.community_id, c.slug, s.author_id, a.display_name, s.title, \
     s.description, s.source_locale, s.anonymous, s.results_public, s.status, s.response_count, \
     s.created_at, s.updated_at, s.opened_at, s.closed_at"
    };
}

macro_rules! survey_joins {
    () => {
        " FROM surveys s JOIN communities c ON c.id = s.community_id JOIN accounts a ON a.id = s.author_id"
    };
}

fn read_survey(row: &dyn Row) -> Result<Survey, DbError> {
    Ok(Survey {
        id: SurveyId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        author: Person {
            id: AccountId(uuid(&row.text(3)?)?),
            name: row.text(4)?,
        },
        title: row.text(5)?,
        description: row.text(6)?,
        source_locale: stored("source_locale", Locale::parse(&row.text(7)?))?,
        anonymous: row.flag(8)?,
        results_public: row.flag(9)?,
        status: stored("status", SurveyStatus::parse(&row.text(10)?))?,
        response_count: row.int(11)?,
        created_at: instant(row.int(12)?)?,
        updated_at: instant(row.int(13)?)?,
        opened_at: row.optional_int(14)?.map(instant).transpose()?,
        closed_at: row.optional_int(15)?.map(instant).transpose()?,
        questions: Vec::new(),
        translations: Vec::new(),
    })
}

/// One row per option (a question without options gives one row with NULL option columns).
fn read_question_row(row: &dyn Row) -> Result<(Question, Option<Choice>), DbError> {
    let question = Question {
        id: QuestionId(uuid(&row.text(0)?)?),
        kind: stored("kind", QuestionKind::parse(&row.text(1)?))?,
        prompt: row.text(2)?,
        required: row.flag(3)?,
        options: Vec::new(),
    };
    let choice = match row.optional_text(4)? {
        Some(id) => Some(Choice {
            id: OptionId(uuid(&id)?),
            label: row.text(5)?,
        }),
        None => None,
    };
    Ok((question, choice))
}

/// Rows of questions joined with their options, folded into questions in order.
fn fold_questions(rows: Vec<(Question, Option<Choice>)>) -> Vec<Question> {
    let mut questions: Vec<Question> = Vec::new();
    for (question, choice) in rows {
        if questions.last().is_none_or(|last| last.id != question.id) {
            questions.push(question);
        }
        if let (Some(last), Some(choice)) = (questions.last_mut(), choice) {
            last.options.push(choice);
        }
    }
    questions
}

async fn write_questions(
    tx: &mut Tx,
    survey: SurveyId,
    draft: &SurveyDraft,
) -> Result<(), DbError> {
    for (position, question) in (0_i64..).zip(&draft.questions) {
        tx.execute(
            "INSERT INTO survey_questions (id, survey_id, position, kind, prompt, required) \
             VALUES ($1, $2, $3, $4, $5, $6)",
            params![
                question.id.to_string(),
                survey.to_string(),
                position,
                question.kind.name(),
                &question.prompt,
                question.required,
            ],
        )
        .await?;
        for (position, choice) in (0_i64..).zip(&question.options) {
            tx.execute(
                "INSERT INTO survey_options (id, question_id, position, label) VALUES ($1, $2, $3, $4)",
                params![
                    choice.id.to_string(),
                    question.id.to_string(),
                    position,
                    &choice.label
                ],
            )
            .await?;
        }
    }
    Ok(())
}

/// Fails with a conflict when the survey has responses (checked inside the writing transaction).
async fn require_no_responses(tx: &mut Tx, survey: SurveyId) -> Result<(), DbError> {
    let count = tx
        .fetch_optional(
            "SELECT response_count FROM surveys WHERE id = $1",
            params![survey.to_string()],
            &|row| row.int(0),
        )
        .await?
        .ok_or(DbError::Other(AppError::NotFound))?;
    if count > 0 {
        return Err(DbError::Other(AppError::conflict(
            "error-survey-has-responses",
        )));
    }
    Ok(())
}

impl SurveyStore for Db {
    async fn insert_survey(
        &self,
        id: SurveyId,
        community: CommunityId,
        author: AccountId,
        locale: Locale,
        draft: &SurveyDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO surveys (id, community_id, author_id, title, description, source_locale, \
                 anonymous, results_public, status, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'closed', $9, $9)",
                params![
                    id.to_string(),
                    community.0.to_string(),
                    author.to_string(),
                    &draft.title,
                    &draft.description,
                    locale.code(),
                    draft.anonymous,
                    draft.results_public,
                    millis(now),
                ],
            )
            .await?;
            write_questions(tx, id, draft).await?;
            crate::search::refresh(tx, Kind::Survey, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn replace_survey(
        &self,
        id: SurveyId,
        draft: &SurveyDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            require_no_responses(tx, id).await?;
            tx.execute(
                "UPDATE surveys SET title = $1, description = $2, anonymous = $3, results_public = $4, \
                 updated_at = $5 WHERE id = $6",
                params![
                    &draft.title,
                    &draft.description,
                    draft.anonymous,
                    draft.results_public,
                    millis(now),
                    id.to_string(),
                ],
            )
            .await?;
            // Options go with their questions (ON DELETE CASCADE).
            tx.execute(
                "DELETE FROM survey_questions WHERE survey_id = $1",
                params![id.to_string()],
            )
            .await?;
            write_questions(tx, id, draft).await?;
            tx.execute(
                "DELETE FROM survey_texts WHERE survey_id = $1 AND part <> 'title' AND part <> 'description' \
                 AND part NOT IN (SELECT id FROM survey_questions WHERE survey_id = $1) \
                 AND part NOT IN (SELECT o.id FROM survey_options o \
                   JOIN survey_questions q ON q.id = o.question_id WHERE q.survey_id = $1)",
                params![id.to_string()],
            )
            .await?;
            crate::search::refresh(tx, Kind::Survey, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn delete_survey(&self, id: SurveyId) -> Result<(), AppError> {
        self.transaction(async |tx| {
            require_no_responses(tx, id).await?;
            tx.execute("DELETE FROM surveys WHERE id = $1", params![id.to_string()])
                .await?;
            crate::search::refresh(tx, Kind::Survey, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn set_survey_status(
        &self,
        id: SurveyId,
        status: SurveyStatus,
        now: Instant,
    ) -> Result<(), AppError> {
        let sql = match status {
            SurveyStatus::Open => {
                "UPDATE surveys SET status = 'open', opened_at = COALESCE(opened_at, $1), \
                 closed_at = NULL, updated_at = $1 WHERE id = $2"
            }
            SurveyStatus::Closed => {
                "UPDATE surveys SET status = 'closed', closed_at = $1, updated_at = $1 WHERE id = $2"
            }
        };
        self.transaction(async |tx| {
            tx.execute(sql, params![millis(now), id.to_string()])
                .await?;
            crate::search::refresh(tx, Kind::Survey, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn set_survey_translation(
        &self,
        id: SurveyId,
        locale: Locale,
        texts: &[SurveyText],
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "DELETE FROM survey_texts WHERE survey_id = $1 AND locale = $2",
                params![id.to_string(), locale.code()],
            )
            .await?;
            for text in texts {
                tx.execute(
                    "INSERT INTO survey_texts (survey_id, locale, part, text) VALUES ($1, $2, $3, $4)",
                    params![id.to_string(), locale.code(), &text.part, &text.text],
                )
                .await?;
            }
            tx.execute(
                "UPDATE surveys SET updated_at = $1 WHERE id = $2",
                params![millis(now), id.to_string()],
            )
            .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn survey(&self, id: SurveyId) -> Result<Option<Survey>, AppError> {
        let Some(mut survey) = self
            .fetch_optional(
                concat!(survey_columns!(), survey_joins!(), " WHERE s.id = $1"),
                params![id.to_string()],
                &read_survey,
            )
            .await?
        else {
            return Ok(None);
        };
        let rows = self
            .fetch_all(
                "SELECT q.id, q.kind, q.prompt, q.required, o.id, o.label FROM survey_questions q \
                 LEFT JOIN survey_options o ON o.question_id = q.id WHERE q.survey_id = $1 \
                 ORDER BY q.position, o.position",
                params![id.to_string()],
                &read_question_row,
            )
            .await?;
        survey.questions = fold_questions(rows);
        survey.translations = self
            .fetch_all(
                "SELECT locale, part, text FROM survey_texts WHERE survey_id = $1",
                params![id.to_string()],
                &|row| {
                    Ok(SurveyText {
                        locale: stored("locale", Locale::parse(&row.text(0)?))?,
                        part: row.text(1)?,
                        text: row.text(2)?,
                    })
                },
            )
            .await?;
        Ok(Some(survey))
    }

    async fn surveys(
        &self,
        community: CommunityId,
        drafts: bool,
        locale: Option<Locale>,
        after: Option<PageCursor>,
        limit: u32,
    ) -> Result<Vec<Survey>, AppError> {
        let (after_at, after_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.at), cursor.id.to_string())
        });
        let locale = locale.map_or("", Locale::code);
        Ok(self
            .fetch_all(
                concat!(
                    survey_columns!(),
                    ", t.text",
                    survey_joins!(),
                    " LEFT JOIN survey_texts t ON t.survey_id = s.id AND t.locale = $1 AND t.part = 'title' \
                     WHERE s.community_id = $2 AND (s.opened_at IS NOT NULL OR $3 = 1) \
                     AND (s.created_at < $4 OR (s.created_at = $4 AND s.id < $5)) \
                     ORDER BY s.created_at DESC, s.id DESC LIMIT $6"
                ),
                params![
                    locale,
                    community.0.to_string(),
                    drafts,
                    after_at,
                    after_id,
                    i64::from(limit)
                ],
                &|row| {
                    let mut survey = read_survey(row)?;
                    if let Some(title) = row.optional_text(16)? {
                        survey.translations.push(SurveyText {
                            locale: stored("locale", Locale::parse(locale))?,
                            part: "title".into(),
                            text: title,
                        });
                    }
                    Ok(survey)
                },
            )
            .await?)
    }

    async fn has_answered(&self, survey: SurveyId, account: AccountId) -> Result<bool, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT 1 FROM survey_participants WHERE survey_id = $1 AND account_id = $2",
                params![survey.to_string(), account.to_string()],
                &|row| row.int(0),
            )
            .await?
            .is_some())
    }

    async fn insert_response(
        &self,
        survey: &Survey,
        respondent: &Respondent,
        answers: &Answers,
        now: Instant,
    ) -> Result<(), AppError> {
        responses::insert(self, survey, respondent, answers, now).await
    }

    async fn count_results(
        &self,
        survey: &Survey,
        among: Option<&Among>,
    ) -> Result<Counted, AppError> {
        responses::count(self, survey, among).await
    }

    async fn response_rows(&self, survey: &Survey) -> Result<Vec<ResponseRow>, AppError> {
        responses::rows(self, survey).await
    }
}

/// Surveys: a person's export holds the surveys they wrote, which surveys they answered, and
/// their answers to named surveys (an anonymous survey's answers cannot be found for anyone).
/// On erasure the surveys they wrote stay, under "former member"; their record of having
/// answered goes; their named responses stay counted with no name on them; anonymous answers,
/// linked to nobody, stay counted as they are.
pub(crate) const PRIVACY: Part = Part {
    feature: "listening",
    export: &[
        Section {
            name: "surveys_written",
            columns: &["id", "community", "title", "status", "created_at"],
            sql: "SELECT s.id, c.slug, s.title, s.status, s.created_at FROM surveys s \
                  JOIN communities c ON c.id = s.community_id WHERE s.author_id = $1 \
                  ORDER BY s.created_at, s.id",
        },
        Section {
            name: "surveys_answered",
            columns: &["survey_id", "title"],
            sql: "SELECT s.id, s.title FROM survey_participants p JOIN surveys s ON s.id = p.survey_id \
                  WHERE p.account_id = $1 ORDER BY s.created_at, s.id",
        },
        Section {
            name: "named_answers",
            columns: &["survey_id", "question", "option", "scale", "text"],
            sql: "SELECT r.survey_id, q.prompt, o.label, a.scale, a.text FROM survey_responses r \
                  JOIN survey_answers a ON a.response_id = r.id \
                  JOIN survey_questions q ON q.id = a.question_id \
                  LEFT JOIN survey_options o ON o.id = a.option_id \
                  WHERE r.account_id = $1 ORDER BY r.survey_id, q.position, a.seq",
        },
    ],
    erase: &[
        Erasure {
            sql: "DELETE FROM survey_participants WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE survey_responses SET account_id = NULL WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};
