//! A response's answers checked against the survey's questions: an option of the question for a
//! single choice, distinct options for a multiple choice, a whole number 1–5 for a scale, a text
//! within its length; every required question answered. Messages go on the `answers` field and
//! name the question by its number, so a form can show each beside its question.

use super::{
    OptionId, PAPER_REF_MAX_CHARS, QuestionId, QuestionKind, SCALE, Survey, TEXT_ANSWER_MAX_CHARS,
};
use crate::{AppError, FieldErrors, Message, text};

/// An answer as sent, before it is held against its question: the API's JSON value or a form's
/// fields (a scale's point arrives as text from a form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    Text(String),
    List(Vec<String>),
    Number(i64),
    /// Anything else the API was sent (an object, a fraction, true).
    Unusable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawAnswer {
    pub question_id: String,
    pub value: RawValue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerValue {
    Choice(OptionId),
    Choices(Vec<OptionId>),
    Scale(i64),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub question_id: QuestionId,
    pub value: AnswerValue,
}

/// The answers of one response, once valid, in the survey's order of questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers(pub Vec<Answer>);

const FIELD: &str = "answers";

fn about(key: &'static str, number: usize) -> Message {
    Message::new(key).with("number", i64::try_from(number).unwrap_or(i64::MAX))
}

impl Answers {
    pub fn parse(survey: &Survey, raw: &[RawAnswer]) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        for answer in raw {
            let known = QuestionId::parse(&answer.question_id)
                .and_then(|id| survey.question(id))
                .is_some();
            if !known {
                errors.add(FIELD, Message::new("error-survey-question-unknown"));
            }
        }
        let mut answers = Vec::new();
        for (index, question) in survey.questions.iter().enumerate() {
            let number = index + 1;
            let given: Vec<&RawValue> = raw
                .iter()
                .filter(|answer| QuestionId::parse(&answer.question_id) == Some(question.id))
                .map(|answer| &answer.value)
                .collect();
            if given.len() > 1 {
                errors.add_each(FIELD, about("error-survey-answer-repeated", number));
                continue;
            }
            match given.first().map(|value| parse_value(question, value)) {
                Some(Ok(Some(value))) => answers.push(Answer {
                    question_id: question.id,
                    value,
                }),
                Some(Err(key)) => errors.add_each(FIELD, about(key, number)),
                None | Some(Ok(None)) if question.required => {
                    errors.add_each(FIELD, about("error-survey-answer-required", number));
                }
                None | Some(Ok(None)) => {}
            }
        }
        errors.into_result()?;
        Ok(Self(answers))
    }
}

/// The answer to one question; `None` when left blank.
fn parse_value(
    question: &super::Question,
    value: &RawValue,
) -> Result<Option<AnswerValue>, &'static str> {
    let option = |text: &str| {
        OptionId::parse(text.trim())
            .filter(|id| question.options.iter().any(|choice| choice.id == *id))
            .ok_or("error-survey-option-unknown")
    };
    match (question.kind, value) {
        (QuestionKind::Single, RawValue::Text(text)) if text.trim().is_empty() => Ok(None),
        (QuestionKind::Single, RawValue::Text(text)) => {
            option(text).map(AnswerValue::Choice).map(Some)
        }
        (QuestionKind::Multiple, RawValue::List(texts)) => {
            let mut chosen: Vec<OptionId> = Vec::new();
            for text in texts.iter().filter(|text| !text.trim().is_empty()) {
                let id = option(text)?;
                if !chosen.contains(&id) {
                    chosen.push(id);
                }
            }
            Ok((!chosen.is_empty()).then_some(AnswerValue::Choices(chosen)))
        }
        (QuestionKind::Scale, RawValue::Number(point)) => scale(*point),
        (QuestionKind::Scale, RawValue::Text(text)) if text.trim().is_empty() => Ok(None),
        (QuestionKind::Scale, RawValue::Text(text)) => text
            .trim()
            .parse::<i64>()
            .map_err(|_| "error-survey-scale-range")
            .and_then(scale),
        (QuestionKind::Text, RawValue::Text(text)) => text::optional(text, TEXT_ANSWER_MAX_CHARS)
            .map(|text| (!text.is_empty()).then_some(AnswerValue::Text(text)))
            .map_err(|message| {
                if message.key == "error-too-long" {
                    "error-survey-text-too-long"
                } else {
                    "error-survey-text-invalid"
                }
            }),
        _ => Err("error-survey-answer-kind"),
    }
}

fn scale(point: i64) -> Result<Option<AnswerValue>, &'static str> {
    if SCALE.contains(&point) {
        Ok(Some(AnswerValue::Scale(point)))
    } else {
        Err("error-survey-scale-range")
    }
}

/// The number staff write on a paper form before typing it in.
pub fn parse_paper_ref(text: &str) -> Result<String, AppError> {
    text::required(text, PAPER_REF_MAX_CHARS)
        .map_err(|message| AppError::invalid("paper_ref", message))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::listening::{QuestionInput, SurveyDraft, SurveyInput};

    fn survey() -> Survey {
        let draft = SurveyDraft::parse(
            &SurveyInput {
                title: "Needs".into(),
                questions: vec![
                    QuestionInput {
                        kind: "single".into(),
                        prompt: "Age".into(),
                        required: true,
                        options: vec!["young".into(), "old".into()],
                        ..QuestionInput::default()
                    },
                    QuestionInput {
                        kind: "multiple".into(),
                        prompt: "Wishes".into(),
                        options: vec!["a".into(), "b".into(), "".into()],
                        ..QuestionInput::default()
                    },
                    QuestionInput {
                        kind: "scale".into(),
                        prompt: "How much".into(),
                        ..QuestionInput::default()
                    },
                ],
                ..SurveyInput::default()
            },
            None,
        )
        .unwrap();
        Survey {
            id: crate::listening::SurveyId::generate(),
            community_id: crate::communities::CommunityId::generate(),
            community_slug: "wawer".into(),
            author: crate::support::Person {
                id: crate::accounts::AccountId::generate(),
                name: "Agnieszka".into(),
            },
            title: draft.title,
            description: draft.description,
            source_locale: crate::Locale::Pl,
            anonymous: true,
            results_public: true,
            status: crate::listening::SurveyStatus::Open,
            response_count: 0,
            created_at: crate::time::now(),
            updated_at: crate::time::now(),
            opened_at: Some(crate::time::now()),
            closed_at: None,
            questions: draft.questions,
            translations: Vec::new(),
        }
    }

    fn raw(survey: &Survey, index: usize, value: RawValue) -> RawAnswer {
        RawAnswer {
            question_id: survey.questions[index].id.to_string(),
            value,
        }
    }

    fn messages(error: AppError) -> Vec<(&'static str, i64)> {
        let AppError::Validation(errors) = error else {
            panic!("not a validation error: {error:?}");
        };
        errors
            .iter()
            .map(|(_, message)| (message.key, message.args.first().map_or(0, |(_, n)| *n)))
            .collect()
    }

    #[test]
    fn blank_options_are_dropped_and_each_question_keeps_its_own() {
        let survey = survey();
        assert_eq!(survey.questions[1].options.len(), 2);
        assert!(survey.questions[2].options.is_empty());
    }

    #[test]
    fn valid_answers_are_kept_in_the_order_of_the_questions() {
        let survey = survey();
        let young = survey.questions[0].options[0].id.to_string();
        let wishes = survey.questions[1]
            .options
            .iter()
            .map(|choice| choice.id.to_string())
            .collect::<Vec<_>>();
        let answers = Answers::parse(
            &survey,
            &[
                raw(&survey, 2, RawValue::Text("4".into())),
                raw(
                    &survey,
                    1,
                    RawValue::List(vec![wishes[1].clone(), wishes[1].clone()]),
                ),
                raw(&survey, 0, RawValue::Text(young)),
            ],
        )
        .unwrap();
        assert_eq!(answers.0.len(), 3);
        assert_eq!(
            answers.0[0].value,
            AnswerValue::Choice(survey.questions[0].options[0].id)
        );
        assert_eq!(
            answers.0[1].value,
            AnswerValue::Choices(vec![survey.questions[1].options[1].id])
        );
        assert_eq!(answers.0[2].value, AnswerValue::Scale(4));
    }

    #[test]
    fn every_fault_is_named_with_its_question() {
        let survey = survey();
        let foreign = crate::listening::OptionId::generate().to_string();
        let error = Answers::parse(
            &survey,
            &[
                raw(&survey, 1, RawValue::List(vec![foreign])),
                raw(&survey, 2, RawValue::Number(6)),
            ],
        )
        .unwrap_err();
        assert_eq!(
            messages(error),
            [
                ("error-survey-answer-required", 1),
                ("error-survey-option-unknown", 2),
                ("error-survey-scale-range", 3),
            ]
        );
        let error = Answers::parse(
            &survey,
            &[
                raw(&survey, 0, RawValue::List(Vec::new())),
                raw(&survey, 2, RawValue::Unusable),
            ],
        )
        .unwrap_err();
        assert_eq!(
            messages(error),
            [
                ("error-survey-answer-kind", 1),
                ("error-survey-answer-kind", 3)
            ]
        );
    }

    #[test]
    fn a_question_needs_choices_only_when_it_offers_them() {
        let parsed = SurveyDraft::parse(
            &SurveyInput {
                title: "T".into(),
                questions: vec![
                    QuestionInput {
                        kind: "single".into(),
                        prompt: "One?".into(),
                        options: vec!["only".into()],
                        ..QuestionInput::default()
                    },
                    QuestionInput {
                        kind: "text".into(),
                        prompt: "Words?".into(),
                        options: vec!["no".into()],
                        ..QuestionInput::default()
                    },
                ],
                ..SurveyInput::default()
            },
            None,
        );
        // The first fault is reported: question 1 has too few choices.
        assert_eq!(
            messages(parsed.unwrap_err())[0],
            ("error-survey-options-count", 1)
        );
    }
}
