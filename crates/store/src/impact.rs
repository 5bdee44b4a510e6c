//! Impact on either engine. Reading a dashboard never counts people over the big tables: each
//! participation write calls `record_activity` in its own transaction, which keeps one row per
//! person, community and month in `impact_activity` (and the same under community `''`, the
//! network) and bumps that month's `active` total in `impact_months` when the row is new; a
//! confirmed exchange adds its minutes there with `record_exchange`. The people active in a whole
//! period are counted from `impact_previous` (see the migration), never by a `DISTINCT`. The rest of a dashboard
//! (joins, events, courses, surveys of the period) is read by indexed ranges over small tables.
//! Both tables are derived: `rebuild_impact` writes them anew from the features' tables after a
//! bulk load or a restore. Survey answers keep no time (their anonymity), so a rebuild cannot
//! count them; only the write path does.

use std::collections::{BTreeMap, BTreeSet};

use domain::AppError;
use domain::communities::CommunityId;
use domain::impact::{
    CourseEnded, EventHeld, ImpactSources, ImpactStore, Joins, Month, MonthTotals, Period,
    SurveyOpen,
};

use crate::Db;
use crate::convert::{instant, millis};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Param, Row, Tx, params};

/// A day in milliseconds: joins are counted by day, then sorted into months.
const DAY: i64 = 24 * 60 * 60 * 1000;

/// The key of the whole network's rows.
const NETWORK: &str = "";

/// The key of the PostgreSQL advisory lock that impact writes take in turn.
const IMPACT_LOCK: i64 = 0x6d70_696d_7061_6374;

/// On PostgreSQL, waits until no other transaction is writing impact figures, and keeps the turn
/// until this one ends. Two writes that each add a person and bump the same month's totals
/// would otherwise lock the same rows in opposite orders (an exchange adds two people) and
/// deadlock; SQLite has one writer, so it needs nothing.
async fn take_turn(tx: &mut Tx) -> Result<(), DbError> {
    if matches!(tx, Tx::Postgres(_)) {
        tx.execute("SELECT pg_advisory_xact_lock($1)", params![IMPACT_LOCK])
            .await?;
    }
    Ok(())
}

/// Notes that `account_id` took part in something in `community_id` at `at_millis`: once per
/// person and month, for the community and for the network. Insert-or-ignore, so calling it for
/// every write costs one index probe when the person was already counted that month.
pub(crate) async fn record_activity(
    tx: &mut Tx,
    community_id: &str,
    account_id: &str,
    at_millis: i64,
) -> Result<(), DbError> {
    let month = Month::of_millis(at_millis).number();
    take_turn(tx).await?;
    for key in [community_id, NETWORK] {
        let inserted = tx
            .execute(
                "INSERT INTO impact_activity (community_id, month, account_id) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
                params![key, month, account_id],
            )
            .await?;
        if inserted > 0 && key != NETWORK {
            note_newcomer(tx, key, account_id, month).await?;
        }
        if inserted > 0 {
            tx.execute(
                "INSERT INTO impact_months (community_id, month, active) VALUES ($1, $2, 1) \
                 ON CONFLICT (community_id, month) DO UPDATE SET active = impact_months.active + 1",
                params![key, month],
            )
            .await?;
            link_previous(tx, key, account_id, month).await?;
        }
    }
    Ok(())
}

/// Counts the person's new active `month` under their previous one; when a later month of
/// theirs is already counted (a write dated in the past), that one now follows `month`.
async fn link_previous(
    tx: &mut Tx,
    community_id: &str,
    account_id: &str,
    month: i64,
) -> Result<(), DbError> {
    let (previous, next) = tx
        .fetch_optional(
            "SELECT (SELECT MAX(month) FROM impact_activity \
               WHERE account_id = $1 AND community_id = $2 AND month < $3), \
             (SELECT MIN(month) FROM impact_activity \
               WHERE account_id = $1 AND community_id = $2 AND month > $3)",
            params![account_id, community_id, month],
            &|row| Ok((row.optional_int(0)?.unwrap_or(0), row.optional_int(1)?)),
        )
        .await?
        .unwrap_or((0, None));
    add_previous(tx, community_id, month, previous, 1).await?;
    if let Some(next) = next {
        add_previous(tx, community_id, next, previous, -1).await?;
        add_previous(tx, community_id, next, month, 1).await?;
    }
    Ok(())
}

async fn add_previous(
    tx: &mut Tx,
    community_id: &str,
    month: i64,
    previous: i64,
    people: i64,
) -> Result<(), DbError> {
    tx.execute(
        "INSERT INTO impact_previous (community_id, month, previous_month, people) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (community_id, month, previous_month) DO UPDATE \
         SET people = impact_previous.people + excluded.people",
        params![community_id, month, previous, people],
    )
    .await?;
    tx.execute(
        "DELETE FROM impact_previous \
         WHERE community_id = $1 AND month = $2 AND previous_month = $3 AND people = 0",
        params![community_id, month, previous],
    )
    .await?;
    Ok(())
}

/// Keeps the first month the member took part in `community_id` (with when they joined).
async fn note_newcomer(
    tx: &mut Tx,
    community_id: &str,
    account_id: &str,
    month: i64,
) -> Result<(), DbError> {
    tx.execute(
        "INSERT INTO impact_newcomers (community_id, account_id, joined_at, first_month) \
         SELECT community_id, account_id, joined_at, $1 FROM memberships \
         WHERE community_id = $2 AND account_id = $3 \
         ON CONFLICT (community_id, account_id) DO UPDATE SET first_month = CASE \
           WHEN excluded.first_month < impact_newcomers.first_month THEN excluded.first_month \
           ELSE impact_newcomers.first_month END",
        params![month, community_id, account_id],
    )
    .await?;
    Ok(())
}

/// `record_activity` for a write that knows only what was taken part in: `community_sql`
/// selects its community from its id (`$1`).
pub(crate) async fn record_activity_in(
    tx: &mut Tx,
    community_sql: &'static str,
    item_id: &str,
    account_id: &str,
    at_millis: i64,
) -> Result<(), DbError> {
    let community = tx
        .fetch_optional(community_sql, params![item_id], &|row| row.text(0))
        .await?;
    match community {
        Some(community) => record_activity(tx, &community, account_id, at_millis).await,
        None => Ok(()),
    }
}

/// Adds a confirmed exchange's minutes to its month, for the community and the network.
pub(crate) async fn record_exchange(
    tx: &mut Tx,
    community_id: &str,
    minutes: i64,
    at_millis: i64,
) -> Result<(), DbError> {
    let month = Month::of_millis(at_millis).number();
    take_turn(tx).await?;
    for key in [community_id, NETWORK] {
        tx.execute(
            "INSERT INTO impact_months (community_id, month, minutes, exchanges) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (community_id, month) DO UPDATE \
             SET minutes = impact_months.minutes + excluded.minutes, exchanges = impact_months.exchanges + 1",
            params![key, month, minutes],
        )
        .await?;
    }
    Ok(())
}

impl ImpactStore for Db {
    async fn impact_sources(
        &self,
        community: Option<CommunityId>,
        period: &Period,
    ) -> Result<ImpactSources, AppError> {
        let key = community.map_or_else(String::new, |id| id.0.to_string());
        let (from, to) = (period.from.number(), period.to.number());
        let mut sources = ImpactSources {
            months: self
                .fetch_all(
                    "SELECT month, active, minutes, exchanges FROM impact_months \
                     WHERE community_id = $1 AND month >= $2 AND month <= $3 ORDER BY month",
                    params![key.as_str(), from, to],
                    &|row| {
                        Ok(MonthTotals {
                            month: row.int(0)?,
                            active: row.int(1)?,
                            minutes: row.int(2)?,
                            exchanges: row.int(3)?,
                        })
                    },
                )
                .await?,
            active_in_period: self
                .fetch_one(
                    "SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM impact_previous \
                     WHERE community_id = $1 AND month >= $2 AND month <= $3 AND previous_month < $2",
                    params![key.as_str(), from, to],
                    &|row| row.int(0),
                )
                .await?,
            ..ImpactSources::default()
        };
        let communities = match community {
            Some(_) => vec![key],
            None => {
                self.fetch_all(
                    "SELECT id FROM communities ORDER BY id",
                    params![],
                    &|row| row.text(0),
                )
                .await?
            }
        };
        for id in &communities {
            self.add_community_sources(&mut sources, id, period).await?;
        }
        Ok(sources)
    }
}

impl Db {
    /// One community's joins, events, courses and surveys of the period, added to `sources`.
    async fn add_community_sources(
        &self,
        sources: &mut ImpactSources,
        community: &str,
        period: &Period,
    ) -> Result<(), DbError> {
        let (start, end) = (millis(period.start()), millis(period.end()));
        let to = period.to.number();
        sources.members_before += self
            .fetch_one(
                "SELECT COUNT(*) FROM memberships WHERE community_id = $1 AND joined_at < $2",
                params![community, start],
                &|row| row.int(0),
            )
            .await?;
        // Joins, and newcomers who took part by the period's end: each by day, from one index range.
        let by_day = &|row: &dyn Row| Ok((row.int(0)?, row.int(1)?));
        let joined = self
            .fetch_all(
                "SELECT joined_at / 86400000, COUNT(*) FROM memberships \
                 WHERE community_id = $1 AND joined_at >= $2 AND joined_at < $3 \
                 GROUP BY joined_at / 86400000",
                params![community, start, end],
                by_day,
            )
            .await?;
        let took_part: BTreeMap<i64, i64> = self
            .fetch_all(
                "SELECT joined_at / 86400000, COUNT(*) FROM impact_newcomers \
                 WHERE community_id = $1 AND joined_at >= $2 AND joined_at < $3 AND first_month <= $4 \
                 GROUP BY joined_at / 86400000",
                params![community, start, end, to],
                by_day,
            )
            .await?
            .into_iter()
            .collect();
        for (day, joined) in joined {
            sources.joins.push(Joins {
                day: instant(day * DAY)?,
                joined,
                took_part: took_part.get(&day).copied().unwrap_or_default(),
            });
        }
        sources.events.extend(
            self.fetch_all(
                "SELECT starts_at, going_count FROM events \
                 WHERE community_id = $1 AND starts_at >= $2 AND starts_at < $3 AND hidden_at IS NULL",
                params![community, start, end],
                &|row| {
                    Ok(EventHeld {
                        starts_at: instant(row.int(0)?)?,
                        going: row.int(1)?,
                    })
                },
            )
            .await?,
        );
        sources
            .courses
            .extend(self.courses_ended(community, start, end).await?);
        sources.surveys.extend(
            self.fetch_all(
                "SELECT s.opened_at, s.closed_at, s.response_count, \
                 (SELECT COUNT(*) FROM survey_participants p WHERE p.survey_id = s.id) FROM surveys s \
                 WHERE s.community_id = $1 AND s.opened_at IS NOT NULL AND s.opened_at < $2 \
                 AND (s.closed_at IS NULL OR s.closed_at >= $3)",
                params![community, end, start],
                &|row| {
                    Ok(SurveyOpen {
                        opened_at: instant(row.int(0)?)?,
                        closed_at: row.optional_int(1)?.map(instant).transpose()?,
                        responses: row.int(2)?,
                        members_answered: row.int(3)?,
                    })
                },
            )
            .await?,
        );
        Ok(())
    }

    /// Courses that ended in `[start, end)`, found through their start (a course spans a year at
    /// most), with who came to at least half of their sessions.
    async fn courses_ended(
        &self,
        community: &str,
        start: i64,
        end: i64,
    ) -> Result<Vec<CourseEnded>, DbError> {
        const YEAR: i64 = 366 * 24 * 60 * 60 * 1000;
        self.fetch_all(
            "SELECT c.ends_at, c.enrolled_count, (SELECT COUNT(*) FROM (SELECT a.account_id \
               FROM course_attendance a WHERE a.course_id = c.id GROUP BY a.account_id \
               HAVING COUNT(*) * 2 >= c.session_count) present) \
             FROM courses c WHERE c.community_id = $1 AND c.starts_at >= $2 AND c.starts_at < $3 \
             AND c.ends_at >= $4 AND c.ends_at < $3",
            params![community, start - YEAR, end, start],
            &|row| {
                Ok(CourseEnded {
                    ends_at: instant(row.int(0)?)?,
                    enrolled: row.int(1)?,
                    completed: row.int(2)?,
                })
            },
        )
        .await
    }
}

/// Who took part in what, and when: `(community, person, time)` from each feature's table.
const ACTIVITY_SOURCES: [&str; 10] = [
    "SELECT community_id, author_id, created_at FROM initiatives",
    "SELECT i.community_id, s.account_id, s.created_at FROM initiative_supports s \
     JOIN initiatives i ON i.id = s.initiative_id",
    "SELECT community_id, author_id, created_at FROM comments",
    "SELECT b.community_id, v.voter_id, v.created_at FROM budget_ballots v \
     JOIN budgets b ON b.id = v.budget_id WHERE v.voter_id IS NOT NULL",
    "SELECT e.community_id, r.account_id, r.created_at FROM event_rsvps r \
     JOIN events e ON e.id = r.event_id",
    "SELECT c.community_id, n.account_id, n.queued_at FROM course_enrolments n \
     JOIN courses c ON c.id = n.course_id",
    "SELECT community_id, provider_id, decided_at FROM exchanges \
     WHERE status = 'confirmed' AND decided_at IS NOT NULL",
    "SELECT community_id, receiver_id, decided_at FROM exchanges \
     WHERE status = 'confirmed' AND decided_at IS NOT NULL",
    "SELECT community_id, author_id, created_at FROM stories",
    "SELECT community_id, author_id, created_at FROM support_items",
];

/// Rows written per statement by a rebuild.
const REBUILD_ROWS: usize = 300;

/// A month's totals as a rebuild adds them up: active people, minutes, exchanges.
type Totals = BTreeMap<(String, i64), (i64, i64, i64)>;

impl Db {
    /// Writes `impact_activity` and `impact_months` anew from the features' tables. Used after a
    /// bulk load (`demo --scale`), after a restore, and by the demo.
    pub async fn rebuild_impact(&self) -> Result<(), AppError> {
        let mut people = BTreeSet::new();
        for sql in ACTIVITY_SOURCES {
            for (community, account, at) in self
                .fetch_all(sql, params![], &|row| {
                    Ok((row.text(0)?, row.text(1)?, row.int(2)?))
                })
                .await?
            {
                let month = Month::of_millis(at).number();
                people.insert((NETWORK.to_owned(), month, account.clone()));
                people.insert((community, month, account));
            }
        }
        let mut totals = Totals::new();
        for (community, month, _) in &people {
            totals.entry((community.clone(), *month)).or_default().0 += 1;
        }
        let exchanges = self
            .fetch_all(
                "SELECT community_id, minutes, decided_at FROM exchanges \
                 WHERE status = 'confirmed' AND decided_at IS NOT NULL",
                params![],
                &|row| Ok((row.text(0)?, row.int(1)?, row.int(2)?)),
            )
            .await?;
        for (community, minutes, at) in exchanges {
            let month = Month::of_millis(at).number();
            for key in [community, NETWORK.to_owned()] {
                let entry = totals.entry((key, month)).or_default();
                entry.1 += minutes;
                entry.2 += 1;
            }
        }
        let previous = previous_counts(&people);
        self.write_rebuilt(&people, &totals, &previous).await?;
        Ok(())
    }

    async fn write_rebuilt(
        &self,
        people: &BTreeSet<(String, i64, String)>,
        totals: &Totals,
        previous: &Previous,
    ) -> Result<(), DbError> {
        let people: Vec<_> = people.iter().collect();
        let totals: Vec<_> = totals.iter().collect();
        let previous: Vec<_> = previous.iter().collect();
        self.transaction(async |tx| {
            for table in [
                "impact_activity",
                "impact_months",
                "impact_previous",
                "impact_newcomers",
            ] {
                tx.execute_built(&format!("DELETE FROM {table}"), params![])
                    .await?;
            }
            for chunk in previous.chunks(REBUILD_ROWS) {
                let params: Vec<Param<'_>> = chunk
                    .iter()
                    .flat_map(|((community, month, before), people)| {
                        [
                            Param::from(community.as_str()),
                            Param::from(*month),
                            Param::from(*before),
                            Param::from(**people),
                        ]
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO impact_previous (community_id, month, previous_month, people) VALUES {}",
                    placeholders(chunk.len(), 4)
                );
                tx.execute_built(&sql, &params).await?;
            }
            for chunk in people.chunks(REBUILD_ROWS) {
                let params: Vec<Param<'_>> = chunk
                    .iter()
                    .flat_map(|(community, month, account)| {
                        [
                            Param::from(community.as_str()),
                            Param::from(*month),
                            Param::from(account.as_str()),
                        ]
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO impact_activity (community_id, month, account_id) VALUES {}",
                    placeholders(chunk.len(), 3)
                );
                tx.execute_built(&sql, &params).await?;
            }
            tx.execute(
                "INSERT INTO impact_newcomers (community_id, account_id, joined_at, first_month) \
                 SELECT m.community_id, m.account_id, m.joined_at, MIN(a.month) FROM memberships m \
                 JOIN impact_activity a ON a.community_id = m.community_id AND a.account_id = m.account_id \
                 GROUP BY m.community_id, m.account_id, m.joined_at",
                params![],
            )
            .await?;
            for chunk in totals.chunks(REBUILD_ROWS) {
                let params: Vec<Param<'_>> = chunk
                    .iter()
                    .flat_map(|((community, month), (active, minutes, exchanges))| {
                        [
                            Param::from(community.as_str()),
                            Param::from(*month),
                            Param::from(*active),
                            Param::from(*minutes),
                            Param::from(*exchanges),
                        ]
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO impact_months (community_id, month, active, minutes, exchanges) VALUES {}",
                    placeholders(chunk.len(), 5)
                );
                tx.execute_built(&sql, &params).await?;
            }
            Ok(())
        })
        .await
    }
}

/// People per (community, month, previous active month).
type Previous = BTreeMap<(String, i64, i64), i64>;

/// Each person's active months in order, each counted under the one before it (0: none).
fn previous_counts(people: &BTreeSet<(String, i64, String)>) -> Previous {
    let mut months_of: BTreeMap<(&str, &str), Vec<i64>> = BTreeMap::new();
    for (community, month, account) in people {
        months_of
            .entry((community.as_str(), account.as_str()))
            .or_default()
            .push(*month);
    }
    let mut previous = Previous::new();
    for ((community, _), months) in months_of {
        let mut before = 0;
        for month in months {
            *previous
                .entry((community.to_owned(), month, before))
                .or_default() += 1;
            before = month;
        }
    }
    previous
}

/// `($1, $2), ($3, $4)` for two rows of two values.
fn placeholders(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|row| {
            let values: Vec<String> = (1..=width)
                .map(|column| format!("${}", row * width + column))
                .collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The months a person took part in something, per community, are theirs: exported, and erased
/// with them. The monthly totals keep counting them, as anonymous numbers, so that figures
/// already reported stay the same; only a rebuild (after a restore) counts from what is left.
pub(crate) const PRIVACY: Part = Part {
    feature: "impact",
    export: &[Section {
        name: "active_months",
        columns: &["community", "month"],
        sql: "SELECT c.slug, a.month FROM impact_activity a JOIN communities c ON c.id = a.community_id \
              WHERE a.account_id = $1 ORDER BY c.slug, a.month",
    }],
    erase: &[
        Erasure {
            sql: "DELETE FROM impact_activity WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM impact_newcomers WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};

#[cfg(test)]
mod tests;
