//! Who answered the needs survey and what they chose, drawn from a seeded generator so that
//! every load gives the same results, with the skews a real neighbourhood shows: older people
//! want digital skills and weekday mornings and hear news from noticeboards and neighbours;
//! younger ones are free in the evenings and read social media; newcomers want the language.

use domain::AppError;
use domain::listening::{RawAnswer, RawValue, Survey};
use rand::Rng as _;
use rand::rngs::StdRng;

/// The oldest age group, the last of the first question's options (under 30, 30–64, 65 and
/// over); the tables below have a row per group in that order.
const OLDER: usize = 2;

/// Per age group, the chance of ticking each thing to learn: digital skills, the language,
/// cooking, gardening, first aid, repairs.
const LEARN: [[f64; 6]; 3] = [
    [0.08, 0.10, 0.35, 0.15, 0.35, 0.40],
    [0.25, 0.08, 0.25, 0.35, 0.30, 0.30],
    [0.72, 0.03, 0.15, 0.40, 0.18, 0.08],
];
/// The language option, for those who moved here recently.
const LANGUAGE: usize = 1;
const NEWCOMER_WANTS_LANGUAGE: f64 = 0.85;

/// Per age group, weights of where news comes from: noticeboards, neighbours, social media, the
/// local paper or radio, Micropolis.
const HEAR: [[f64; 5]; 3] = [
    [1.0, 2.0, 6.0, 0.3, 2.5],
    [2.0, 3.0, 3.5, 1.5, 2.5],
    [4.5, 4.0, 0.6, 3.0, 0.9],
];
/// Per age group, the chance of being free: weekday mornings, afternoons, evenings, weekends.
const TIMES: [[f64; 4]; 3] = [
    [0.04, 0.15, 0.65, 0.60],
    [0.06, 0.12, 0.55, 0.55],
    [0.65, 0.55, 0.10, 0.25],
];
/// Per age group, weights of the points 1–5 of "how well informed" and of "how easy to ask
/// for help".
const INFORMED: [[f64; 5]; 3] = [
    [0.18, 0.32, 0.28, 0.16, 0.06],
    [0.10, 0.24, 0.36, 0.22, 0.08],
    [0.16, 0.26, 0.28, 0.20, 0.10],
];
const HELP: [[f64; 5]; 3] = [
    [0.16, 0.28, 0.30, 0.18, 0.08],
    [0.10, 0.22, 0.34, 0.24, 0.10],
    [0.06, 0.16, 0.30, 0.28, 0.20],
];
/// Out of a hundred: how many answer the optional scale, and how many write what is missing.
const ANSWER_HELP: u32 = 88;
const WRITE_MISSING: u32 = 35;

/// One respondent: their age group is drawn from `ages`; a newcomer is younger and wants the
/// language course; `voices` is what they may write.
pub struct Respondent<'a> {
    pub ages: [f64; 3],
    pub newcomer: bool,
    pub voices: &'a [&'a str],
}

/// The age weights of paper forms (more of them from older people) and of online answers.
pub const PAPER_AGES: [f64; 3] = [0.14, 0.40, 0.46];
pub const ONLINE_AGES: [f64; 3] = [0.30, 0.50, 0.20];
const NEWCOMER_AGES: [f64; 3] = [0.40, 0.55, 0.05];

/// An index drawn with the given weights.
pub fn weighted(rng: &mut StdRng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    let mut roll = rng.random::<f64>() * total;
    for (index, weight) in weights.iter().enumerate() {
        if roll < *weight {
            return index;
        }
        roll -= weight;
    }
    weights.len().saturating_sub(1)
}

fn ticked(rng: &mut StdRng, chances: &[f64]) -> Vec<usize> {
    chances
        .iter()
        .enumerate()
        .filter(|(_, chance)| rng.random::<f64>() < **chance)
        .map(|(index, _)| index)
        .collect()
}

/// What one respondent chose, by position: an age group, things to learn, a point of "how well
/// informed", where news comes from, when they are free, perhaps a point of "how easy to ask
/// for help", and perhaps what they wrote.
pub struct Picks<'a> {
    pub age: usize,
    pub learn: Vec<usize>,
    pub informed: usize,
    pub hear: usize,
    pub times: Vec<usize>,
    pub help: Option<usize>,
    pub missing: Option<&'a str>,
}

fn row<const N: usize>(table: &[[f64; N]; 3], age: usize) -> &[f64] {
    table.get(age).map_or(&[][..], |row| &row[..])
}

pub fn draw<'a>(rng: &mut StdRng, respondent: &Respondent<'a>) -> Picks<'a> {
    let ages = if respondent.newcomer {
        &NEWCOMER_AGES
    } else {
        &respondent.ages
    };
    let age = weighted(rng, ages);
    let mut learn = ticked(rng, row(&LEARN, age));
    if respondent.newcomer && rng.random::<f64>() < NEWCOMER_WANTS_LANGUAGE {
        learn.push(LANGUAGE);
        learn.sort_unstable();
        learn.dedup();
    }
    if learn.is_empty() && rng.random_ratio(4, 5) {
        learn.push(if age == OLDER { 0 } else { 2 });
    }
    let hear = weighted(rng, row(&HEAR, age));
    let times = ticked(rng, row(&TIMES, age));
    let informed = weighted(rng, row(&INFORMED, age)) + 1;
    let help = rng
        .random_ratio(ANSWER_HELP, 100)
        .then(|| weighted(rng, row(&HELP, age)) + 1);
    let missing = rng
        .random_ratio(WRITE_MISSING, 100)
        .then(|| {
            respondent
                .voices
                .get(rng.random_range(0..respondent.voices.len().max(1)))
        })
        .flatten()
        .copied();
    Picks {
        age,
        learn,
        informed,
        hear,
        times,
        help,
        missing,
    }
}

/// The answers of one respondent to the needs survey (its questions in `super::NEEDS` order).
pub fn answers(
    rng: &mut StdRng,
    survey: &Survey,
    respondent: &Respondent<'_>,
) -> Result<Vec<RawAnswer>, AppError> {
    let picks = draw(rng, respondent);
    let mut raw = vec![
        choice(survey, 0, picks.age)?,
        choices(survey, 1, &picks.learn)?,
        point(survey, 2, picks.informed)?,
        choice(survey, 3, picks.hear)?,
        choices(survey, 4, &picks.times)?,
    ];
    if let Some(help) = picks.help {
        raw.push(point(survey, 5, help)?);
    }
    if let Some(text) = picks.missing {
        raw.push(written(survey, 6, text)?);
    }
    Ok(raw)
}

fn question_id(survey: &Survey, question: usize) -> Result<String, AppError> {
    survey
        .questions
        .get(question)
        .map(|found| found.id.to_string())
        .ok_or_else(|| AppError::internal(format!("demo survey has no question {question}")))
}

fn option_id(survey: &Survey, question: usize, option: usize) -> Result<String, AppError> {
    survey
        .questions
        .get(question)
        .and_then(|found| found.options.get(option))
        .map(|choice| choice.id.to_string())
        .ok_or_else(|| AppError::internal(format!("demo survey has no option {question}.{option}")))
}

pub fn choice(survey: &Survey, question: usize, option: usize) -> Result<RawAnswer, AppError> {
    Ok(RawAnswer {
        question_id: question_id(survey, question)?,
        value: RawValue::Text(option_id(survey, question, option)?),
    })
}

pub fn choices(survey: &Survey, question: usize, options: &[usize]) -> Result<RawAnswer, AppError> {
    Ok(RawAnswer {
        question_id: question_id(survey, question)?,
        value: RawValue::List(
            options
                .iter()
                .map(|option| option_id(survey, question, *option))
                .collect::<Result<_, _>>()?,
        ),
    })
}

pub fn point(survey: &Survey, question: usize, point: usize) -> Result<RawAnswer, AppError> {
    Ok(RawAnswer {
        question_id: question_id(survey, question)?,
        value: RawValue::Number(i64::try_from(point).map_err(AppError::internal)?),
    })
}

pub fn written(survey: &Survey, question: usize, text: &str) -> Result<RawAnswer, AppError> {
    Ok(RawAnswer {
        question_id: question_id(survey, question)?,
        value: RawValue::Text(text.to_owned()),
    })
}
