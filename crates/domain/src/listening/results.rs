//! A survey's results: per question how many answered, and per option (or point of a scale) how
//! many chose it and what share of those who answered that is; a scale's mean; the free texts.
//! Results can be read among the responses that chose one option of another question; a group
//! of fewer than `SMALLEST_GROUP` responses is withheld, as its figures could point at people.

use super::{OptionId, QuestionId, QuestionKind, SCALE, Survey};

/// The fewest responses a filtered group must have for its figures to be shown.
pub const SMALLEST_GROUP: i64 = 5;
/// Free-text answers listed per question; the CSV holds them all.
pub const TEXTS_LISTED: u32 = 50;

/// How many answers of one question chose one option or point (both `None`: free texts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub question_id: QuestionId,
    pub option_id: Option<OptionId>,
    pub scale: Option<i64>,
    pub count: i64,
    /// Of those answers, how many were a response's first for the question: summed, how many
    /// responses answered it (a multiple choice gives several answers per response).
    pub first_answers: i64,
}

/// What the store counted: the tallies, the free texts listed, and the group's size.
#[derive(Debug, Clone, Default)]
pub struct Counted {
    pub responses: i64,
    pub tallies: Vec<Tally>,
    pub texts: Vec<(QuestionId, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionResult {
    /// An option's id, or a scale's point ("1" to "5").
    pub id: String,
    pub label: String,
    pub count: i64,
    /// Of those who answered the question, to one decimal.
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub id: QuestionId,
    pub kind: QuestionKind,
    pub prompt: String,
    pub answered: i64,
    pub options: Vec<OptionResult>,
    /// Scales only, to two decimals.
    pub mean: Option<f64>,
    /// Free texts only: at most `TEXTS_LISTED`.
    pub texts: Vec<String>,
}

/// The filter: responses that chose this option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Among {
    pub question_id: QuestionId,
    pub option_id: OptionId,
}

impl Among {
    /// The filter for an option of one of the survey's choice questions; `None` otherwise.
    pub fn find(survey: &Survey, option: OptionId) -> Option<Self> {
        survey
            .questions
            .iter()
            .filter(|question| question.kind.has_options())
            .find(|question| question.options.iter().any(|choice| choice.id == option))
            .map(|question| Self {
                question_id: question.id,
                option_id: option,
            })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Results {
    Shown {
        responses: i64,
        questions: Vec<QuestionResult>,
    },
    /// A filtered group smaller than `SMALLEST_GROUP`: nothing of it is shown, not its size.
    Withheld,
}

fn percent(count: i64, of: i64) -> f64 {
    if of == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let share = count as f64 * 1000.0 / of as f64;
    share.round() / 10.0
}

impl Results {
    /// The results of `survey` (read in the reader's language) from what the store counted.
    pub fn of(survey: &Survey, counted: Counted, filtered: bool) -> Self {
        if filtered && counted.responses < SMALLEST_GROUP {
            return Results::Withheld;
        }
        let questions = survey
            .questions
            .iter()
            .map(|question| {
                let tallies: Vec<&Tally> = counted
                    .tallies
                    .iter()
                    .filter(|tally| tally.question_id == question.id)
                    .collect();
                let answered = tallies.iter().map(|tally| tally.first_answers).sum();
                let count_of = |matches: &dyn Fn(&Tally) -> bool| {
                    tallies
                        .iter()
                        .filter(|tally| matches(tally))
                        .map(|tally| tally.count)
                        .sum::<i64>()
                };
                let options: Vec<OptionResult> = match question.kind {
                    QuestionKind::Single | QuestionKind::Multiple => question
                        .options
                        .iter()
                        .map(|choice| {
                            let count = count_of(&|tally| tally.option_id == Some(choice.id));
                            OptionResult {
                                id: choice.id.to_string(),
                                label: choice.label.clone(),
                                count,
                                percent: percent(count, answered),
                            }
                        })
                        .collect(),
                    QuestionKind::Scale => SCALE
                        .map(|point| {
                            let count = count_of(&|tally| tally.scale == Some(point));
                            OptionResult {
                                id: point.to_string(),
                                label: point.to_string(),
                                count,
                                percent: percent(count, answered),
                            }
                        })
                        .collect(),
                    QuestionKind::Text => Vec::new(),
                };
                let mean = (question.kind == QuestionKind::Scale && answered > 0).then(|| {
                    let total: i64 = tallies
                        .iter()
                        .map(|tally| tally.scale.unwrap_or(0) * tally.count)
                        .sum();
                    #[allow(clippy::cast_precision_loss)]
                    let mean = total as f64 / answered as f64;
                    (mean * 100.0).round() / 100.0
                });
                let texts = counted
                    .texts
                    .iter()
                    .find(|(id, _)| *id == question.id)
                    .map(|(_, texts)| texts.clone())
                    .unwrap_or_default();
                QuestionResult {
                    id: question.id,
                    kind: question.kind,
                    prompt: question.prompt.clone(),
                    answered,
                    options,
                    mean,
                    texts,
                }
            })
            .collect();
        Results::Shown {
            responses: counted.responses,
            questions,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::float_cmp)]

    use super::*;

    #[test]
    fn shares_round_to_one_decimal_and_survive_an_empty_question() {
        assert_eq!(percent(1, 3), 33.3);
        assert_eq!(percent(2, 3), 66.7);
        assert_eq!(percent(0, 0), 0.0);
    }
}
