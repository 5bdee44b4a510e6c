use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::locale::Locale;
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// A needs survey.
    SurveyId
);
id_type!(
    /// A question of a survey.
    QuestionId
);
id_type!(
    /// One of the options of a single or multiple choice question.
    OptionId
);
id_type!(
    /// One person's (or one paper form's) answers. Made with `ResponseId::random`, never
    /// `generate`: a time-ordered id would tell when, and so who.
    ResponseId
);

impl ResponseId {
    pub fn random() -> Self {
        Self(uuid::Uuid::new_v4())
    }
}

named_enum!(
    /// What a question asks for.
    QuestionKind, "error-survey-question-kind", {
        Single = "single",
        Multiple = "multiple",
        Scale = "scale",
        Text = "text",
    }
);

impl QuestionKind {
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }
}

named_enum!(
    /// A survey takes answers only while open; it is closed before it opens and after.
    SurveyStatus, "error-survey-status", {
        Closed = "closed",
        Open = "open",
    }
);

named_enum!(
    /// How a response came in: typed by the person (or their helper), or from a paper form
    /// typed in by staff.
    Channel, "error-survey-channel", {
        Online = "online",
        Paper = "paper",
    }
);

pub const TITLE_MAX_CHARS: usize = 150;
pub const DESCRIPTION_MAX_CHARS: usize = 2_000;
pub const PROMPT_MAX_CHARS: usize = 300;
pub const OPTION_MAX_CHARS: usize = 120;
pub const QUESTIONS_MAX: usize = 40;
pub const OPTIONS_MIN: usize = 2;
pub const OPTIONS_MAX: usize = 20;
pub const TEXT_ANSWER_MAX_CHARS: usize = 2_000;
pub const PAPER_REF_MAX_CHARS: usize = 40;
/// The lowest and highest points of a scale question.
pub const SCALE: std::ops::RangeInclusive<i64> = 1..=5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: OptionId,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: QuestionKind,
    pub prompt: String,
    pub required: bool,
    pub options: Vec<Choice>,
}

/// A translation of one of a survey's texts: `part` is `title`, `description`, a question's id
/// (its prompt) or an option's id (its label).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyText {
    pub locale: Locale,
    pub part: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    pub id: SurveyId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub author: Person,
    pub title: String,
    pub description: String,
    /// The language the texts above are written in.
    pub source_locale: Locale,
    pub anonymous: bool,
    pub results_public: bool,
    pub status: SurveyStatus,
    pub response_count: i64,
    pub created_at: Instant,
    pub updated_at: Instant,
    pub opened_at: Option<Instant>,
    pub closed_at: Option<Instant>,
    /// In order. Lists leave them out; `SurveyStore::survey` fills them.
    pub questions: Vec<Question>,
    pub translations: Vec<SurveyText>,
}

impl Survey {
    pub fn is_open(&self) -> bool {
        self.status == SurveyStatus::Open
    }

    /// Not yet opened: a draft its organisers are still writing.
    pub fn is_draft(&self) -> bool {
        self.opened_at.is_none()
    }

    pub fn question(&self, id: QuestionId) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// The languages it has been translated into, besides its own.
    pub fn translated_into(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|locale| {
                *locale != self.source_locale
                    && self
                        .translations
                        .iter()
                        .any(|text| text.locale == *locale && text.part == "title")
            })
            .collect()
    }

    /// The survey as read in `locale`: each text translated where a translation exists.
    #[must_use]
    pub fn in_locale(&self, locale: Locale) -> Survey {
        let mut survey = self.clone();
        if locale == self.source_locale {
            return survey;
        }
        let translated = |part: &str, text: &mut String| {
            if let Some(found) = self
                .translations
                .iter()
                .find(|found| found.locale == locale && found.part == part)
            {
                text.clone_from(&found.text);
            }
        };
        translated("title", &mut survey.title);
        translated("description", &mut survey.description);
        for question in &mut survey.questions {
            translated(&question.id.to_string(), &mut question.prompt);
            for choice in &mut question.options {
                translated(&choice.id.to_string(), &mut choice.label);
            }
        }
        survey
    }
}

/// A question as typed: `id` names an existing question when a survey is rewritten, so that its
/// translations stay.
#[derive(Debug, Clone, Default)]
pub struct QuestionInput {
    pub id: Option<String>,
    pub kind: String,
    pub prompt: String,
    pub required: bool,
    pub options: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SurveyInput {
    pub title: String,
    pub description: String,
    pub anonymous: bool,
    pub results_public: bool,
    pub questions: Vec<QuestionInput>,
}

/// A survey as its organisers wrote it, once valid. Questions and options carry their ids:
/// kept from the survey being rewritten, new ones made here.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyDraft {
    pub title: String,
    pub description: String,
    pub anonymous: bool,
    pub results_public: bool,
    pub questions: Vec<Question>,
}

/// A message about question `number` (counted from 1), on the `questions` field.
fn about_question(key: &'static str, number: usize) -> Message {
    Message::new(key).with("number", i64::try_from(number).unwrap_or(i64::MAX))
}

impl SurveyDraft {
    /// `current` is the survey being rewritten, if any: the ids of its questions and options are
    /// kept where the input names them (an option keeps its id when its label stays the same).
    pub fn parse(input: &SurveyInput, current: Option<&Survey>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(&input.title, TITLE_MAX_CHARS));
        let description = errors.check(
            "description",
            text::optional(&input.description, DESCRIPTION_MAX_CHARS),
        );
        let questions = errors.check("questions", parse_questions(&input.questions, current));
        match (title, description, questions) {
            (Some(title), Some(description), Some(questions)) if errors.is_empty() => Ok(Self {
                title,
                description,
                anonymous: input.anonymous,
                results_public: input.results_public,
                questions,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

fn parse_questions(
    inputs: &[QuestionInput],
    current: Option<&Survey>,
) -> Result<Vec<Question>, Message> {
    if inputs.is_empty() {
        return Err(Message::new("error-survey-no-questions"));
    }
    if inputs.len() > QUESTIONS_MAX {
        return Err(Message::new("error-survey-too-many-questions")
            .with("max", i64::try_from(QUESTIONS_MAX).unwrap_or(i64::MAX)));
    }
    inputs
        .iter()
        .enumerate()
        .map(|(index, input)| parse_question(input, index + 1, current))
        .collect()
}

fn parse_question(
    input: &QuestionInput,
    number: usize,
    current: Option<&Survey>,
) -> Result<Question, Message> {
    let kind = QuestionKind::parse(&input.kind)
        .map_err(|_| about_question("error-survey-question-kind", number))?;
    let prompt = text::required(&input.prompt, PROMPT_MAX_CHARS).map_err(|message| {
        about_question(
            if message.key == "error-required" {
                "error-survey-prompt-required"
            } else {
                "error-survey-prompt-invalid"
            },
            number,
        )
    })?;
    let existing = input
        .id
        .as_deref()
        .and_then(QuestionId::parse)
        .and_then(|id| current.and_then(|survey| survey.question(id)))
        .filter(|question| question.kind == kind);
    let labels: Vec<String> = input
        .options
        .iter()
        .map(|label| label.trim())
        .filter(|label| !label.is_empty())
        .map(str::to_owned)
        .collect();
    let options = if kind.has_options() {
        parse_options(&labels, number, existing)?
    } else if labels.is_empty() {
        Vec::new()
    } else {
        return Err(about_question("error-survey-options-not-asked", number));
    };
    Ok(Question {
        id: existing.map_or_else(QuestionId::generate, |question| question.id),
        kind,
        prompt,
        required: input.required,
        options,
    })
}

fn parse_options(
    labels: &[String],
    number: usize,
    existing: Option<&Question>,
) -> Result<Vec<Choice>, Message> {
    if labels.len() < OPTIONS_MIN || labels.len() > OPTIONS_MAX {
        return Err(about_question("error-survey-options-count", number)
            .with("min", i64::try_from(OPTIONS_MIN).unwrap_or(i64::MAX))
            .with("max", i64::try_from(OPTIONS_MAX).unwrap_or(i64::MAX)));
    }
    let mut options: Vec<Choice> = Vec::with_capacity(labels.len());
    for label in labels {
        let label = text::required(label, OPTION_MAX_CHARS)
            .map_err(|_| about_question("error-survey-option-invalid", number))?;
        if options.iter().any(|choice| choice.label == label) {
            return Err(about_question("error-survey-option-repeated", number));
        }
        let kept = existing
            .and_then(|question| question.options.iter().find(|choice| choice.label == label));
        options.push(Choice {
            id: kept.map_or_else(OptionId::generate, |choice| choice.id),
            label,
        });
    }
    Ok(options)
}

/// A translation of a survey's texts as typed, in the survey's order: a prompt per question and
/// a label per option. An empty text is left untranslated.
#[derive(Debug, Clone, Default)]
pub struct TranslationInput {
    pub title: String,
    pub description: String,
    pub prompts: Vec<String>,
    pub options: Vec<Vec<String>>,
}

/// The translated texts, once valid, by the part they translate.
pub fn parse_translation(
    survey: &Survey,
    locale: Locale,
    input: &TranslationInput,
) -> Result<Vec<SurveyText>, AppError> {
    if locale == survey.source_locale {
        return Err(AppError::invalid(
            "locale",
            Message::new("error-survey-translation-source"),
        ));
    }
    let mut errors = FieldErrors::new();
    let mut texts = Vec::new();
    let mut keep = |part: String, text: String| {
        if !text.is_empty() {
            texts.push(SurveyText { locale, part, text });
        }
    };
    if let Some(title) = errors.check("title", text::required(&input.title, TITLE_MAX_CHARS)) {
        keep("title".into(), title);
    }
    if let Some(description) = errors.check(
        "description",
        text::optional(&input.description, DESCRIPTION_MAX_CHARS),
    ) {
        keep("description".into(), description);
    }
    if input.prompts.len() > survey.questions.len() || input.options.len() > survey.questions.len()
    {
        errors.add("questions", Message::new("error-survey-translation-shape"));
    }
    for (index, question) in survey.questions.iter().enumerate() {
        let prompt = input.prompts.get(index).map_or("", String::as_str);
        match text::optional(prompt, PROMPT_MAX_CHARS) {
            Ok(prompt) => keep(question.id.to_string(), prompt),
            Err(_) => errors.add_each(
                "questions",
                about_question("error-survey-prompt-invalid", index + 1),
            ),
        }
        let labels = input.options.get(index).map_or(&[][..], Vec::as_slice);
        if labels.len() > question.options.len() {
            errors.add("questions", Message::new("error-survey-translation-shape"));
        }
        for (choice, label) in question.options.iter().zip(labels) {
            match text::optional(label, OPTION_MAX_CHARS) {
                Ok(label) => keep(choice.id.to_string(), label),
                Err(_) => errors.add_each(
                    "questions",
                    about_question("error-survey-option-invalid", index + 1),
                ),
            }
        }
    }
    errors.into_result()?;
    Ok(texts)
}
