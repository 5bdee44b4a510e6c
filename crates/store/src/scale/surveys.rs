//! The rows of a needs survey for `micropolis demo --scale`: the survey with its response count
//! already equal to the responses written, its questions and options, who answered online, and
//! the responses (random ids, UUIDv4, as the app makes them) with their answers.

use uuid::Uuid;

use super::{BulkRow, Cell};

fn text(value: Option<&str>) -> Cell<'_> {
    value.map_or(Cell::Null, Cell::Text)
}

fn int(value: Option<i64>) -> Cell<'static> {
    value.map_or(Cell::Null, Cell::Int)
}

/// An open survey, opened at `opened_at`.
pub struct SurveyRow {
    pub id: Uuid,
    pub community: Uuid,
    pub author: Uuid,
    pub title: String,
    pub description: String,
    pub source_locale: &'static str,
    pub anonymous: bool,
    pub results_public: bool,
    pub response_count: i64,
    pub created_at: i64,
    pub opened_at: i64,
}

impl BulkRow for SurveyRow {
    const TABLE: &'static str = "surveys";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "community_id",
        "author_id",
        "title",
        "description",
        "source_locale",
        "anonymous",
        "results_public",
        "status",
        "response_count",
        "created_at",
        "updated_at",
        "opened_at",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.community),
            Cell::Id(self.author),
            Cell::Text(&self.title),
            Cell::Text(&self.description),
            Cell::Text(self.source_locale),
            Cell::Int(i64::from(self.anonymous)),
            Cell::Int(i64::from(self.results_public)),
            Cell::Text("open"),
            Cell::Int(self.response_count),
            Cell::Int(self.created_at),
            Cell::Int(self.opened_at),
            Cell::Int(self.opened_at),
        ]
    }
}

pub struct SurveyQuestionRow {
    pub id: Uuid,
    pub survey: Uuid,
    pub position: i64,
    /// single, multiple, scale or text.
    pub kind: &'static str,
    pub prompt: &'static str,
    pub required: bool,
}

impl BulkRow for SurveyQuestionRow {
    const TABLE: &'static str = "survey_questions";
    const COLUMNS: &'static [&'static str] =
        &["id", "survey_id", "position", "kind", "prompt", "required"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.survey),
            Cell::Int(self.position),
            Cell::Text(self.kind),
            Cell::Text(self.prompt),
            Cell::Int(i64::from(self.required)),
        ]
    }
}

pub struct SurveyOptionRow {
    pub id: Uuid,
    pub question: Uuid,
    pub position: i64,
    pub label: &'static str,
}

impl BulkRow for SurveyOptionRow {
    const TABLE: &'static str = "survey_options";
    const COLUMNS: &'static [&'static str] = &["id", "question_id", "position", "label"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.question),
            Cell::Int(self.position),
            Cell::Text(self.label),
        ]
    }
}

/// Someone who answered online: that they answered, never what.
pub struct SurveyParticipantRow {
    pub survey: Uuid,
    pub account: Uuid,
}

impl BulkRow for SurveyParticipantRow {
    const TABLE: &'static str = "survey_participants";
    const COLUMNS: &'static [&'static str] = &["survey_id", "account_id"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [Cell::Id(self.survey), Cell::Id(self.account)]
    }
}

/// A response to an anonymous survey: online ones name nobody, paper ones their form's number.
pub struct SurveyResponseRow {
    /// Random (UUIDv4): its order must say nothing of when it came.
    pub id: Uuid,
    pub survey: Uuid,
    pub paper_ref: Option<String>,
}

impl BulkRow for SurveyResponseRow {
    const TABLE: &'static str = "survey_responses";
    const COLUMNS: &'static [&'static str] =
        &["id", "survey_id", "account_id", "channel", "paper_ref"];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.id),
            Cell::Id(self.survey),
            Cell::Null,
            Cell::Text(if self.paper_ref.is_some() {
                "paper"
            } else {
                "online"
            }),
            text(self.paper_ref.as_deref()),
        ]
    }
}

/// One answer: an option chosen (`seq` counting the options of one multiple choice), a point
/// of a scale, or a text.
pub struct SurveyAnswerRow {
    pub response: Uuid,
    pub question: Uuid,
    pub seq: i64,
    pub survey: Uuid,
    pub option: Option<Uuid>,
    pub scale: Option<i64>,
    pub text: Option<&'static str>,
}

impl BulkRow for SurveyAnswerRow {
    const TABLE: &'static str = "survey_answers";
    const COLUMNS: &'static [&'static str] = &[
        "response_id",
        "question_id",
        "seq",
        "survey_id",
        "option_id",
        "scale",
        "text",
    ];

    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>> {
        [
            Cell::Id(self.response),
            Cell::Id(self.question),
            Cell::Int(self.seq),
            Cell::Id(self.survey),
            Cell::from(self.option),
            int(self.scale),
            text(self.text),
        ]
    }
}
