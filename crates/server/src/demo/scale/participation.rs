//! Initiatives with their answered history, supports, volunteers, followers and comments.
//!
//! Everything counted on an initiative is decided first (the plan), so that each initiative is
//! written once with its final counts, before the rows that refer to it.

use domain::AppError;
use domain::initiatives::State;
use rand::Rng as _;
use rand::rngs::StdRng;
use rand::seq::SliceRandom as _;
use store::Db;
use store::scale::{AnswerRow, CommentRow, FollowRow, InitiativeRow, SupportRow, VolunteerRow};
use uuid::Uuid;

use super::phrases::Phrases;
use super::progress::Phase;
use super::residents::Residents;
use super::{DAY, Town, id_at};

/// Supports per resident, and comments per resident.
const SUPPORTS: usize = 10;
const COMMENTS: usize = 2;
/// How steeply popularity falls: the initiative of rank r gets a share ∝ (r + 1)^-α.
const POPULARITY: f64 = 0.8;
/// Out of ten comments, three are replies.
const REPLIES_IN_TEN: u32 = 3;

/// The ways to each state: every step is an organiser's answer.
const OPEN: &[(State, State)] = &[];
const REOPENED: &[(State, State)] = &[
    (State::Open, State::Declined),
    (State::Declined, State::Open),
];
const ACCEPTED: &[(State, State)] = &[(State::Open, State::Accepted)];
const DECLINED: &[(State, State)] = &[(State::Open, State::Declined)];
const DECLINED_LATER: &[(State, State)] = &[
    (State::Open, State::Accepted),
    (State::Accepted, State::Declined),
];
const IN_PROGRESS: &[(State, State)] = &[
    (State::Open, State::Accepted),
    (State::Accepted, State::InProgress),
];
const DONE: &[(State, State)] = &[
    (State::Open, State::Accepted),
    (State::Accepted, State::InProgress),
    (State::InProgress, State::Done),
];

struct Planned {
    id: Uuid,
    author: usize,
    created_at: i64,
    path: &'static [(State, State)],
    /// When each step of `path` was answered.
    answered_at: Vec<i64>,
    supports: usize,
    comments: usize,
    volunteers: usize,
}

impl Planned {
    fn state(&self) -> State {
        self.path.last().map_or(State::Open, |(_, to)| *to)
    }

    fn updated_at(&self) -> i64 {
        self.answered_at.last().copied().unwrap_or(self.created_at)
    }
}

pub async fn load(db: &Db, town: &Town, residents: &Residents) -> Result<(), AppError> {
    let plan = plan(town);
    write_initiatives(db, town, residents, &plan).await?;
    write_supports(db, town, residents, &plan).await?;
    write_comments(db, town, residents, &plan).await
}

/// Decides every initiative, in the order they were proposed: rows then reach each index in
/// time order, as a community's would, and land at its end instead of all over it (on SQLite
/// that makes the load several times faster).
fn plan(town: &Town) -> Vec<Planned> {
    let mut rng = town.rng(2);
    let n = town.size;
    let mut ranks: Vec<usize> = (0..n).collect();
    ranks.shuffle(&mut rng);
    let supports = long_tail(&ranks, (SUPPORTS * n).min(n * n), n);
    let comments = long_tail(&ranks, COMMENTS * n, COMMENTS * n);
    let mut plan: Vec<Planned> = supports
        .into_iter()
        .zip(comments)
        .map(|(supports, comments)| {
            let created_at =
                town.start + DAY + rng.random_range(0..(town.now - town.start - 2 * DAY));
            let author = rng.random_range(0..town.joined_by(created_at));
            let path = path(&mut rng, town.now - created_at);
            let mut answered_at = Vec::with_capacity(path.len());
            let mut last = created_at;
            for _ in path {
                last = town.soon_after(&mut rng, last + 1);
                answered_at.push(last);
            }
            let takes_volunteers = matches!(
                path.last(),
                Some((_, State::Accepted | State::InProgress | State::Done))
            );
            let volunteers = if takes_volunteers {
                ((rng.random::<f64>().powi(2) * 6.0) as usize).min(n)
            } else {
                0
            };
            Planned {
                id: id_at(&mut rng, created_at),
                author,
                created_at,
                path,
                answered_at,
                supports,
                comments,
                volunteers,
            }
        })
        .collect();
    plan.sort_by_key(|planned| planned.created_at);
    plan
}

/// Where an initiative of this age has got to: a new one is mostly still open.
fn path(rng: &mut StdRng, age: i64) -> &'static [(State, State)] {
    let roll = rng.random_range(0..100);
    if age < 30 * DAY {
        return match roll {
            0..80 => OPEN,
            80..90 => ACCEPTED,
            _ => DECLINED,
        };
    }
    match roll {
        0..30 => OPEN,
        30..33 => REOPENED,
        33..48 => ACCEPTED,
        48..58 => DECLINED,
        58..63 => DECLINED_LATER,
        63..80 => IN_PROGRESS,
        _ => DONE,
    }
}

/// Shares `total` out among the items, the item of popularity rank r getting about
/// total·(r + 1)^-α / Σ, none more than `cap` (`total` must not exceed cap × items).
fn long_tail(ranks: &[usize], total: usize, cap: usize) -> Vec<usize> {
    let weights: Vec<f64> = (1..=ranks.len())
        .map(|rank| (rank as f64).powf(-POPULARITY))
        .collect();
    let sum: f64 = weights.iter().sum();
    let mut by_rank: Vec<usize> = weights
        .iter()
        .map(|weight| ((total as f64 * weight / sum) as usize).min(cap))
        .collect();
    let mut missing = total.saturating_sub(by_rank.iter().sum());
    while missing > 0 {
        let before = missing;
        for count in by_rank.iter_mut().filter(|count| **count < cap) {
            if missing == 0 {
                break;
            }
            *count += 1;
            missing -= 1;
        }
        if missing == before {
            break;
        }
    }
    ranks
        .iter()
        .map(|rank| by_rank.get(*rank).copied().unwrap_or_default())
        .collect()
}

async fn write_initiatives(
    db: &Db,
    town: &Town,
    residents: &Residents,
    plan: &[Planned],
) -> Result<(), AppError> {
    let answers: usize = plan.iter().map(|planned| planned.path.len()).sum();
    let volunteers: usize = plan.iter().map(|planned| planned.volunteers).sum();
    let rows = 2 * plan.len() + answers + volunteers;
    let phase = Phase::start("initiatives", rows as u64)?;
    let mut rng = town.rng(3);
    let mut initiatives = phase.batch::<InitiativeRow>(db);
    for planned in plan {
        let phrases = residents.get(planned.author)?.phrases;
        let (title, body) = proposal(&mut rng, phrases);
        initiatives
            .push(InitiativeRow {
                id: planned.id,
                community: town.community,
                author: residents.get(planned.author)?.id,
                title,
                body,
                state: planned.state().name(),
                support_count: count(planned.supports),
                comment_count: count(planned.comments),
                volunteer_count: count(planned.volunteers),
                created_at: planned.created_at,
                updated_at: planned.updated_at(),
            })
            .await?;
    }
    initiatives.flush().await?;
    write_answers(db, &phase, &mut rng, residents, plan).await?;
    write_volunteers(db, &phase, &mut rng, town, residents, plan).await?;
    let mut followers = phase.batch::<FollowRow>(db);
    for planned in plan {
        followers
            .push(FollowRow {
                initiative: planned.id,
                account: residents.get(planned.author)?.id,
                created_at: planned.created_at,
            })
            .await?;
    }
    followers.flush().await?;
    phase.finish();
    Ok(())
}

fn count(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// A title from a thing and a place; a Markdown body from a reason, a few steps and a closing.
fn proposal(rng: &mut StdRng, phrases: &Phrases) -> (String, String) {
    let title = format!(
        "{} {}",
        pick(rng, phrases.things),
        pick(rng, phrases.places)
    );
    let mut steps: Vec<&str> = phrases.steps.to_vec();
    steps.shuffle(rng);
    let listed: String = steps
        .iter()
        .take(rng.random_range(2..=4))
        .map(|step| format!("- {step}\n"))
        .collect();
    let body = format!(
        "{}\n\n**{}:**\n\n{listed}\n{}",
        pick(rng, phrases.reasons),
        phrases.heading,
        pick(rng, phrases.closings)
    );
    (title, body)
}

pub fn pick<T: Copy + Default>(rng: &mut StdRng, choices: &[T]) -> T {
    choices
        .get(rng.random_range(0..choices.len().max(1)))
        .copied()
        .unwrap_or_default()
}

async fn write_answers(
    db: &Db,
    phase: &Phase,
    rng: &mut StdRng,
    residents: &Residents,
    plan: &[Planned],
) -> Result<(), AppError> {
    let mut answers = phase.batch::<AnswerRow>(db);
    for planned in plan {
        for ((from, to), at) in planned.path.iter().zip(&planned.answered_at) {
            let answerer = residents.get(pick(rng, residents.answerers()))?;
            let texts = &answerer.phrases.answers;
            answers
                .push(AnswerRow {
                    id: id_at(rng, *at),
                    initiative: planned.id,
                    from_state: from.name(),
                    to_state: to.name(),
                    answer: match to {
                        State::Open => texts.reopened,
                        State::Accepted => texts.accepted,
                        State::Declined => texts.declined,
                        State::InProgress => texts.in_progress,
                        State::Done => texts.done,
                    },
                    answered_by: answerer.id,
                    created_at: *at,
                })
                .await?;
        }
    }
    answers.flush().await
}

async fn write_volunteers(
    db: &Db,
    phase: &Phase,
    rng: &mut StdRng,
    town: &Town,
    residents: &Residents,
    plan: &[Planned],
) -> Result<(), AppError> {
    let mut volunteers = phase.batch::<VolunteerRow>(db);
    for planned in plan {
        for index in distinct(rng, town.size, planned.volunteers) {
            let person = residents.get(index)?;
            volunteers
                .push(VolunteerRow {
                    initiative: planned.id,
                    account: person.id,
                    note: pick(rng, person.phrases.volunteer_notes),
                    created_at: town.soon_after(rng, planned.created_at.max(person.joined_at)),
                })
                .await?;
        }
    }
    volunteers.flush().await
}

/// `count` different residents out of `size`: a stride through them from a random start, with a
/// step that shares no factor with `size`, never comes back to one before all were visited.
pub fn distinct(
    rng: &mut StdRng,
    size: usize,
    count: usize,
) -> impl Iterator<Item = usize> + use<> {
    let size = size.max(1);
    let start = rng.random_range(0..size);
    let step = loop {
        let step = rng.random_range(1..=size);
        if gcd(step, size) == 1 {
            break step;
        }
    };
    (0..count.min(size))
        .map(move |k| ((start as u128 + k as u128 * step as u128) % size as u128) as usize)
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

async fn write_supports(
    db: &Db,
    town: &Town,
    residents: &Residents,
    plan: &[Planned],
) -> Result<(), AppError> {
    let total: usize = plan.iter().map(|planned| planned.supports).sum();
    let phase = Phase::start("supports", total as u64)?;
    let mut rng = town.rng(4);
    let mut supports = phase.batch::<SupportRow>(db);
    for planned in plan {
        for index in distinct(&mut rng, town.size, planned.supports) {
            let person = residents.get(index)?;
            supports
                .push(SupportRow {
                    initiative: planned.id,
                    account: person.id,
                    created_at: town.soon_after(&mut rng, planned.created_at.max(person.joined_at)),
                })
                .await?;
        }
    }
    supports.flush().await?;
    phase.finish();
    Ok(())
}

async fn write_comments(
    db: &Db,
    town: &Town,
    residents: &Residents,
    plan: &[Planned],
) -> Result<(), AppError> {
    let total: usize = plan.iter().map(|planned| planned.comments).sum();
    let phase = Phase::start("comments", total as u64)?;
    let mut rng = town.rng(5);
    let mut comments = phase.batch::<CommentRow>(db);
    let mut threads: Vec<(Uuid, i64)> = Vec::new();
    for planned in plan {
        let count = u32::try_from(planned.comments).unwrap_or(u32::MAX);
        let replies = count * REPLIES_IN_TEN / 10;
        threads.clear();
        for _ in replies..count {
            let person = residents.get(rng.random_range(0..town.size))?;
            let at = town.soon_after(&mut rng, planned.created_at.max(person.joined_at));
            let id = id_at(&mut rng, at);
            threads.push((id, at));
            comments
                .push(CommentRow {
                    id,
                    community: town.community,
                    initiative: planned.id,
                    parent: None,
                    author: person.id,
                    body: pick(&mut rng, person.phrases.comments),
                    created_at: at,
                })
                .await?;
        }
        for _ in 0..replies {
            let (parent, parent_at) = pick(&mut rng, &threads);
            let person = residents.get(rng.random_range(0..town.size))?;
            let at = town.soon_after(&mut rng, parent_at.max(person.joined_at));
            comments
                .push(CommentRow {
                    id: id_at(&mut rng, at),
                    community: town.community,
                    initiative: planned.id,
                    parent: Some(parent),
                    author: person.id,
                    body: pick(&mut rng, person.phrases.replies),
                    created_at: at,
                })
                .await?;
        }
    }
    comments.flush().await?;
    phase.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{distinct, long_tail};
    use rand::SeedableRng as _;

    #[test]
    fn the_long_tail_shares_out_exactly_the_total_and_respects_the_cap() {
        let ranks: Vec<usize> = (0..200).rev().collect();
        let counts = long_tail(&ranks, 2000, 200);
        assert_eq!(counts.iter().sum::<usize>(), 2000);
        assert!(counts.iter().all(|count| *count <= 200));
        // rank 0 is the last item: the most popular
        assert_eq!(counts.iter().max(), counts.last());
        assert!(counts[199] > 20 * counts[0], "{counts:?}");
        let tiny = long_tail(&[0, 1], 4, 2);
        assert_eq!(tiny, vec![2, 2]);
    }

    #[test]
    fn a_stride_never_visits_one_resident_twice() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for size in [1, 2, 12, 97, 200] {
            let mut seen: Vec<usize> = distinct(&mut rng, size, size).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), size);
        }
    }
}
