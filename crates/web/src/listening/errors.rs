//! What a survey form shows after a failed submit. Besides the usual fields (title, a paper
//! form's number), a survey's messages name a question by its number (a message argument), so
//! each is shown beside its question and linked from the summary as `#question-N`.

use domain::{AppError, Locale};

use crate::form::FormErrors;
use crate::i18n;

#[derive(Debug, Clone, Default)]
pub(super) struct SurveyErrors {
    pub general: Option<String>,
    pub fields: Vec<(&'static str, String)>,
    pub by_question: Vec<(i64, String)>,
}

impl SurveyErrors {
    /// The errors a survey form can show; `None` for failures that are not about the input.
    pub(super) fn of(error: &AppError, locale: Locale) -> Option<Self> {
        let AppError::Validation(errors) = error else {
            let shown = FormErrors::from_error(error, locale)?;
            return Some(Self {
                general: shown.general,
                fields: shown.fields,
                by_question: Vec::new(),
            });
        };
        let mut found = Self::default();
        for (field, message) in errors.iter() {
            let text = i18n::message(locale, message);
            match message.args.iter().find(|(name, _)| *name == "number") {
                Some((_, number)) => found.by_question.push((*number, text)),
                None if *field == "answers" || *field == "questions" => {
                    found.general = Some(text);
                }
                None => found.fields.push((field, text)),
            }
        }
        Some(found)
    }

    pub(super) fn any(&self) -> bool {
        self.general.is_some() || !self.fields.is_empty() || !self.by_question.is_empty()
    }

    pub(super) fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, message)| message.as_str())
    }

    /// `aria-describedby` for a field: its hint, and its error when it has one.
    pub(super) fn described_by(&self, name: &str, hint: bool) -> String {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{name}-hint"));
        }
        if self.field(name).is_some() {
            ids.push(format!("{name}-error"));
        }
        ids.join(" ")
    }

    pub(super) fn for_question(&self, number: &usize) -> Option<&str> {
        let number = i64::try_from(*number).ok()?;
        self.by_question
            .iter()
            .find(|(at, _)| *at == number)
            .map(|(_, message)| message.as_str())
    }
}
