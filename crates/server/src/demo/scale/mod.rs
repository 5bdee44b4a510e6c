//! `micropolis demo --scale N`: one new community filled with generated but realistic data for
//! N residents, in the proportions the benchmarks are measured on: N initiatives in every state
//! (with their organisers' answers), 10·N supports skewed so that a few initiatives are popular,
//! 2·N comments (some of them replies), 5·N confirmed exchanges (10·N postings) and N/2 offers
//! and requests, and a needs survey with one response per resident up to 10,000. Every
//! resident signs in as `scale-<n>@example.org` with the demo password; its one hash serves
//! them all.
//!
//! The rows go in through the store's bulk loader (`store::scale`), which skips the services:
//! counts kept on write are computed here, and the census at the end checks them against the
//! rows. The same N gives the same data (a fixed seed), except that its two years end now.

mod board;
mod ledger;
mod names;
mod participation;
mod phrases;
mod progress;
mod residents;
mod survey;

use std::io::Write as _;
use std::time::{Duration, Instant};

use domain::accounts::NewPassword;
use domain::communities::{CommunityId, CommunityStore as _, NewCommunity};
use domain::{AppError, time};
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use store::Db;
use store::scale::ScaleCensus;
use uuid::Uuid;

use super::DEMO_PASSWORD;

/// The largest N: 10 million postings, the size the architecture's growth target names.
pub const MAX: u32 = 1_000_000;

const DAY: i64 = 24 * 60 * 60 * 1000;
/// The generated community's life: two years up to now.
const SPAN: i64 = 730 * DAY;
/// Residents join during its first 80 %, so that the last of them have a few months too.
const JOINING: i64 = SPAN / 5 * 4;

/// N, the number of residents.
#[derive(Debug, Clone, Copy)]
pub struct Scale(u32);

impl Scale {
    pub fn parse(text: &str) -> Result<Self, String> {
        text.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX).contains(n))
            .map(Self)
            .ok_or_else(|| format!("--scale: {text:?} is not a whole number from 1 to {MAX}"))
    }
}

/// The community being filled, and its clock.
pub struct Town {
    pub community: Uuid,
    /// N, the number of residents.
    pub size: usize,
    seed: u64,
    /// The end of the generated two years, and their start, in milliseconds since 1970.
    pub now: i64,
    pub start: i64,
}

impl Town {
    /// The random numbers of one pass: the same N gives the same ones.
    pub fn rng(&self, pass: u64) -> StdRng {
        StdRng::seed_from_u64(self.seed.wrapping_mul(1_000_003).wrapping_add(pass))
    }

    /// When resident `index` joined: residents join one after another.
    pub fn joined_at(&self, index: usize) -> i64 {
        self.start + scaled(JOINING, index, self.size)
    }

    /// How many residents had joined at `at` (at least the first).
    pub fn joined_by(&self, at: i64) -> usize {
        let elapsed = u128::try_from(at - self.start).unwrap_or_default();
        let joined = elapsed * self.size as u128 / JOINING as u128 + 1;
        usize::try_from(joined)
            .unwrap_or(usize::MAX)
            .clamp(1, self.size)
    }

    /// A time between `from` and now, most likely soon after `from`: people act while a thing
    /// is new.
    pub fn soon_after(&self, rng: &mut StdRng, from: i64) -> i64 {
        let wait = rng.random::<f64>().powi(3);
        from + ((self.now - from).max(0) as f64 * wait) as i64
    }

    /// Any time between `from` and now.
    pub fn any_time_after(&self, rng: &mut StdRng, from: i64) -> i64 {
        from + ((self.now - from).max(0) as f64 * rng.random::<f64>()) as i64
    }
}

/// `whole · index / count`, without overflow.
fn scaled(whole: i64, index: usize, count: usize) -> i64 {
    let part = i128::from(whole) * index as i128 / count.max(1) as i128;
    i64::try_from(part).unwrap_or(whole)
}

/// A time-ordered id (UUIDv7) for a row made at `at`, as the app makes them.
pub fn id_at(rng: &mut StdRng, at: i64) -> Uuid {
    let millis = u64::try_from(at).unwrap_or_default();
    uuid::Builder::from_unix_timestamp_millis(millis, &rng.random()).into_uuid()
}

/// What was loaded, counted back from the database.
pub struct Loaded {
    pub slug: String,
    pub census: ScaleCensus,
    pub took: Duration,
}

pub async fn load(db: &Db, scale: Scale) -> Result<Loaded, AppError> {
    let started = Instant::now();
    let size = usize::try_from(scale.0).map_err(AppError::internal)?;
    let now = time::now().timestamp_millis();
    let (community, slug) = create_community(db, scale, now - SPAN).await?;
    let town = Town {
        community: community.0,
        size,
        seed: u64::from(scale.0),
        now,
        start: now - SPAN,
    };
    let password = NewPassword::parse(DEMO_PASSWORD).map_err(|m| AppError::internal(m.key))?;
    let password_hash = password.hash().await?;
    let residents = residents::load(db, &town, password_hash.as_str()).await?;
    participation::load(db, &town, &residents).await?;
    board::load(db, &town, &residents).await?;
    ledger::load(db, &town, &residents).await?;
    survey::load(db, &town, &residents).await?;
    db.refresh_statistics().await?;
    let census = db.scale_census(community).await?;
    Ok(Loaded {
        slug,
        census,
        took: started.elapsed(),
    })
}

/// A new community `scale-N`; when that exists (an earlier run), `scale-N-2`, and so on.
async fn create_community(
    db: &Db,
    scale: Scale,
    created_at: i64,
) -> Result<(CommunityId, String), AppError> {
    let n = scale.0;
    let mut slug = format!("scale-{n}");
    let mut run = 1;
    while db.community(&slug).await?.is_some() {
        run += 1;
        slug = format!("scale-{n}-{run}");
    }
    let new = NewCommunity::parse(
        &slug,
        &format!("Scale {n}"),
        &format!(
            "Generated by `micropolis demo --scale {n}` for benchmarks: {n} residents with \
             their initiatives, comments, offers, requests and time-bank exchanges. Residents \
             sign in as scale-1@example.org … scale-{n}@example.org with the demo password."
        ),
        "PL",
        "en",
    )?;
    let id = CommunityId::generate();
    let at = store_instant(created_at)?;
    db.insert_community(id, &new, at).await?;
    Ok((id, slug))
}

fn store_instant(millis: i64) -> Result<time::Instant, AppError> {
    time::DateTime::from_timestamp_millis(millis)
        .ok_or_else(|| AppError::internal(format!("time out of range: {millis}")))
}

impl Loaded {
    /// Writes the summary to stdout; an error when the census found counts that disagree with
    /// the rows, or a ledger that does not balance.
    pub fn report(&self) -> Result<(), String> {
        let mut out = std::io::stdout().lock();
        for line in self.summary() {
            writeln!(out, "{line}").map_err(|error| error.to_string())?;
        }
        if self.census.is_consistent() {
            Ok(())
        } else {
            Err(format!(
                "{}: the census above found rows that disagree",
                self.slug
            ))
        }
    }

    fn summary(&self) -> Vec<String> {
        let c = &self.census;
        let listed = |counts: &[(String, i64)]| {
            counts
                .iter()
                .map(|(name, count)| format!("{count} {name}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        vec![
            format!(
                "{}: loaded in {:.1} s; residents sign in as scale-<n>@example.org with the password {DEMO_PASSWORD}",
                self.slug,
                self.took.as_secs_f64()
            ),
            format!("{} residents ({})", c.members(), listed(&c.roles)),
            format!(
                "{} initiatives ({}), {} answers, {} supports (at most {} on one), {} volunteers, {} followers",
                c.initiatives,
                listed(&c.states),
                c.answers,
                c.supports,
                c.most_supports,
                c.volunteers,
                c.followers
            ),
            format!("{} comments, of which {} replies", c.comments, c.replies),
            format!("{} offers and requests", c.support_items),
            format!(
                "{} confirmed exchanges, {} transfers, {} postings summing to {} minutes, {} time-bank accounts",
                c.confirmed_exchanges, c.transfers, c.postings, c.postings_sum, c.ledger_accounts
            ),
            format!(
                "{} survey with {} responses and {} answers",
                c.surveys, c.survey_responses, c.survey_answers
            ),
            format!(
                "checks: {} members kept for {} counted, {} miscounted initiatives, \
                 {} without their answer, {} stray replies, {} stale balances, \
                 {} unbalanced transfers, {} miscounted surveys",
                c.kept_member_count,
                c.members(),
                c.miscounted,
                c.unanswered,
                c.stray_replies,
                c.stale_balances,
                c.unbalanced_transfers,
                c.miscounted_surveys
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::Scale;

    #[test]
    fn n_is_a_whole_number_in_range() {
        assert!(Scale::parse("200").is_ok());
        assert!(Scale::parse("1").is_ok());
        for bad in ["0", "-3", "1.5", "many", "", "1000001"] {
            let error = Scale::parse(bad).unwrap_err();
            assert!(error.starts_with("--scale: "), "{error}");
            assert_eq!(error.lines().count(), 1);
        }
    }
}
