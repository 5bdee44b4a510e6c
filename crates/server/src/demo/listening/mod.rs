//! Each demo community's needs survey, written by its organiser in the community's language and
//! translated into English (and Ukrainian in Wawer, where refugees live): anonymous, results
//! public, open for four weeks, with a few hundred responses — a few from members online, most
//! from paper forms the centre typed in. Wawer also has a named feedback survey on its smartphone
//! course, closed, with a handful of responses; Middelfart a draft about the library's hours.
//! Everything goes through the listening services, as an organiser's and a member's clicks
//! would. Loading twice changes nothing.

pub(super) mod respondents;
pub(super) mod texts;
pub(super) mod voices;

use domain::accounts::{AccountId, AccountStore as _};
use domain::communities::{Community, CommunityId, CommunityStore as _, Participant, Role};
use domain::listening::{
    self, QuestionInput, Survey, SurveyInput, SurveyStatus, SurveyStore as _, TranslationInput,
};
use domain::time::{self, Duration, Instant};
use domain::{AppError, Locale};
use rand::SeedableRng as _;
use rand::rngs::StdRng;
use store::Db;

use respondents::{ONLINE_AGES, PAPER_AGES, Respondent};
use texts::Texts;

/// The organiser (by position in the community's list) who writes the surveys.
const ORGANISER: usize = 1;

/// The needs survey's questions: kind and whether an answer is required (texts in `texts`).
const NEEDS: [(&str, bool); 7] = [
    ("single", true),
    ("multiple", false),
    ("scale", true),
    ("single", true),
    ("multiple", false),
    ("scale", false),
    ("text", false),
];

struct NeedsSurvey {
    slug: &'static str,
    locale: Locale,
    texts: &'static Texts,
    translations: &'static [(Locale, &'static Texts)],
    /// Paper forms typed in by the centre.
    paper: usize,
    /// Out of a hundred paper forms, how many are from people who moved here recently.
    newcomers: u32,
    /// What residents write; `newcomer_voices` for newcomers, where they write their own
    /// language.
    voices: &'static [&'static str],
    newcomer_voices: &'static [&'static str],
}

const SURVEYS: [NeedsSurvey; 3] = [
    NeedsSurvey {
        slug: "wawer",
        locale: Locale::Pl,
        texts: &texts::WAWER_PL,
        translations: &[
            (Locale::En, &texts::WAWER_EN),
            (Locale::Uk, &texts::WAWER_UK),
        ],
        paper: 334,
        newcomers: 18,
        voices: voices::POLISH,
        newcomer_voices: voices::UKRAINIAN,
    },
    NeedsSurvey {
        slug: "middelfart",
        locale: Locale::Da,
        texts: &texts::MIDDELFART_DA,
        translations: &[(Locale::En, &texts::MIDDELFART_EN)],
        paper: 257,
        newcomers: 9,
        voices: voices::DANISH,
        newcomer_voices: voices::DANISH,
    },
    NeedsSurvey {
        slug: "cagliari-centro-storico",
        locale: Locale::It,
        texts: &texts::CAGLIARI_IT,
        translations: &[(Locale::En, &texts::CAGLIARI_EN)],
        paper: 296,
        newcomers: 7,
        voices: voices::ITALIAN,
        newcomer_voices: voices::ITALIAN,
    },
];

pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(demo) = SURVEYS.iter().find(|demo| demo.slug == slug) else {
        return Ok(());
    };
    if !db.surveys(community, true, None, None, 1).await?.is_empty() {
        return Ok(());
    }
    let community = db
        .community(slug)
        .await?
        .filter(|found| found.id == community)
        .ok_or(AppError::internal("demo community missing"))?;
    let organiser = as_role(people, ORGANISER, Role::Organiser)?;
    let now = time::now();
    match slug {
        "wawer" => course_feedback(db, &community, &organiser, people, now).await?,
        "middelfart" => {
            let input = input(
                &texts::DRAFT_DA,
                &[("multiple", true), ("scale", false), ("text", false)],
            );
            listening::create(
                db,
                &community,
                &organiser,
                &input,
                Locale::Da,
                now - Duration::days(2),
            )
            .await?;
        }
        _ => {}
    }
    needs(db, demo, &community, &organiser, people, now).await
}

fn as_role(people: &[AccountId], index: usize, role: Role) -> Result<Participant, AppError> {
    let account = people
        .get(index)
        .copied()
        .ok_or_else(|| AppError::internal(format!("demo person {index} missing")))?;
    Ok(Participant {
        account: Some(account),
        role: Some(role),
        coordinator: false,
    })
}

/// The form as an organiser fills it in: the texts, with each question's kind and whether it is
/// required.
fn input(texts: &Texts, shape: &[(&str, bool)]) -> SurveyInput {
    SurveyInput {
        title: texts.title.to_owned(),
        description: texts.description.to_owned(),
        anonymous: true,
        results_public: true,
        questions: texts
            .questions
            .iter()
            .zip(shape)
            .map(|((prompt, options), (kind, required))| QuestionInput {
                id: None,
                kind: (*kind).to_owned(),
                prompt: (*prompt).to_owned(),
                required: *required,
                options: options.iter().map(|label| (*label).to_owned()).collect(),
            })
            .collect(),
    }
}

fn translation(texts: &Texts) -> TranslationInput {
    TranslationInput {
        title: texts.title.to_owned(),
        description: texts.description.to_owned(),
        prompts: texts
            .questions
            .iter()
            .map(|(prompt, _)| (*prompt).to_owned())
            .collect(),
        options: texts
            .questions
            .iter()
            .map(|(_, options)| options.iter().map(|label| (*label).to_owned()).collect())
            .collect(),
    }
}

/// Writes, translates and opens a survey.
async fn publish(
    db: &Db,
    community: &Community,
    organiser: &Participant,
    (input, locale): (&SurveyInput, Locale),
    translations: &[(Locale, &Texts)],
    written_at: Instant,
) -> Result<Survey, AppError> {
    let mut survey = listening::create(db, community, organiser, input, locale, written_at).await?;
    for (locale, texts) in translations {
        let at = written_at + Duration::hours(2);
        survey =
            listening::translate(db, organiser, &survey, *locale, &translation(texts), at).await?;
    }
    listening::set_status(
        db,
        organiser,
        &survey,
        SurveyStatus::Open,
        written_at + Duration::days(1),
    )
    .await
}

/// The needs survey, open for four weeks now: members between the admin and the last in the list
/// answer online (the admin and the last one are left to try it), then the paper forms.
async fn needs(
    db: &Db,
    demo: &NeedsSurvey,
    community: &Community,
    organiser: &Participant,
    people: &[AccountId],
    now: Instant,
) -> Result<(), AppError> {
    let input = input(demo.texts, &NEEDS);
    let written_at = now - Duration::days(29);
    let survey = publish(
        db,
        community,
        organiser,
        (&input, demo.locale),
        demo.translations,
        written_at,
    )
    .await?;
    let opened_at = survey.opened_at.unwrap_or(written_at);
    let mut rng = StdRng::seed_from_u64(demo.paper as u64);
    for (index, person) in people
        .iter()
        .enumerate()
        .take(people.len().saturating_sub(1))
        .skip(1)
    {
        let account = db
            .account(*person)
            .await?
            .ok_or(AppError::internal("demo account missing"))?;
        let newcomer = account.locale != demo.locale && account.locale == Locale::Uk;
        let respondent = Respondent {
            ages: ONLINE_AGES,
            newcomer,
            voices: if newcomer {
                demo.newcomer_voices
            } else {
                demo.voices
            },
        };
        let raw = respondents::answers(&mut rng, &survey, &respondent)?;
        let member = as_role(people, index, Role::Member)?;
        listening::respond(db, &member, &survey, &raw, domain::time::now()).await?;
    }
    for number in 1..=demo.paper {
        let newcomer = rand::Rng::random_ratio(&mut rng, demo.newcomers, 100);
        let respondent = Respondent {
            ages: PAPER_AGES,
            newcomer,
            voices: if newcomer {
                demo.newcomer_voices
            } else {
                demo.voices
            },
        };
        let raw = respondents::answers(&mut rng, &survey, &respondent)?;
        listening::enter_paper(
            db,
            organiser,
            &survey,
            &format!("P-{number:04}"),
            &raw,
            typed_in(opened_at, now, number, demo.paper),
        )
        .await?;
    }
    Ok(())
}

/// When paper form `number` of `count` was typed in (the audit log records it): one after
/// another from the survey's opening until now.
fn typed_in(opened_at: Instant, now: Instant, number: usize, count: usize) -> Instant {
    let span = (now - opened_at).num_minutes().max(0);
    let (number, count) = (
        i64::try_from(number).unwrap_or(0),
        i64::try_from(count.max(1)).unwrap_or(1),
    );
    opened_at + Duration::minutes(span * number / (count + 1))
}

/// A course feedback form: who (by position in Wawer's list; none for paper), how useful (1–5),
/// what helped most, another course (yes, maybe, no), a comment (in `voices::COURSE`).
type CourseAnswer = (Option<usize>, usize, &'static [usize], usize, Option<usize>);

/// Who filled in the course feedback: the four on the course (by position in Wawer's list) with
/// their answers — how useful, what helped most, another course, a comment — then two paper
/// forms from the volunteers' table.
const COURSE_ANSWERS: [CourseAnswer; 6] = [
    (Some(3), 5, &[0, 1], 0, Some(0)),
    (Some(5), 4, &[2], 0, Some(2)),
    (Some(4), 4, &[3], 1, None),
    (Some(6), 3, &[0, 2], 0, None),
    (None, 5, &[1, 2], 0, Some(3)),
    (None, 2, &[2], 1, Some(1)),
];

/// Wawer's named feedback on the smartphone course, open for five days after its third session
/// and closed yesterday; results for organisers only.
async fn course_feedback(
    db: &Db,
    community: &Community,
    organiser: &Participant,
    people: &[AccountId],
    now: Instant,
) -> Result<(), AppError> {
    let mut input = input(
        &texts::COURSE_PL,
        &[
            ("scale", true),
            ("multiple", false),
            ("single", true),
            ("text", false),
        ],
    );
    input.anonymous = false;
    input.results_public = false;
    let survey = publish(
        db,
        community,
        organiser,
        (&input, Locale::Pl),
        &[(Locale::Uk, &texts::COURSE_UK)],
        now - Duration::days(7),
    )
    .await?;
    let mut paper = 0;
    for (person, useful, helped, again, comment) in COURSE_ANSWERS {
        let mut raw = vec![
            respondents::point(&survey, 0, useful)?,
            respondents::choices(&survey, 1, helped)?,
            respondents::choice(&survey, 2, again)?,
        ];
        if let Some(text) = comment.and_then(|index| voices::COURSE.get(index)) {
            raw.push(respondents::written(&survey, 3, text)?);
        }
        match person {
            Some(index) => {
                let member = as_role(people, index, Role::Member)?;
                listening::respond(db, &member, &survey, &raw, domain::time::now()).await?;
            }
            None => {
                paper += 1;
                let number = format!("K-{paper:03}");
                listening::enter_paper(
                    db,
                    organiser,
                    &survey,
                    &number,
                    &raw,
                    now - Duration::days(3),
                )
                .await?;
            }
        }
    }
    listening::set_status(
        db,
        organiser,
        &survey,
        SurveyStatus::Closed,
        now - Duration::days(1),
    )
    .await?;
    Ok(())
}
