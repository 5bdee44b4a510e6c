//! The write path and the rebuild agree on who was active when, and on the monthly totals.

use super::{record_activity, record_exchange};
use crate::Db;
use crate::sql::params;
use crate::testing::{FreshDatabase, TestEngine};

const MAY: i64 = 1_778_000_000_000; // 2026-05-05
const JUNE: i64 = 1_781_000_000_000; // 2026-06-09

type Snapshot = (
    Vec<(String, i64, String)>,
    Vec<(String, i64, i64, i64, i64)>,
    Vec<(String, i64, i64, i64)>,
);

async fn snapshot(db: &Db) -> Snapshot {
    let people = db
        .fetch_all(
            "SELECT community_id, month, account_id FROM impact_activity \
             ORDER BY community_id, month, account_id",
            params![],
            &|row| Ok((row.text(0)?, row.int(1)?, row.text(2)?)),
        )
        .await
        .unwrap();
    let months = db
        .fetch_all(
            "SELECT community_id, month, active, minutes, exchanges FROM impact_months \
             ORDER BY community_id, month",
            params![],
            &|row| {
                Ok((
                    row.text(0)?,
                    row.int(1)?,
                    row.int(2)?,
                    row.int(3)?,
                    row.int(4)?,
                ))
            },
        )
        .await
        .unwrap();
    let previous = db
        .fetch_all(
            "SELECT community_id, month, previous_month, people FROM impact_previous \
             ORDER BY community_id, month, previous_month",
            params![],
            &|row| Ok((row.text(0)?, row.int(1)?, row.int(2)?, row.int(3)?)),
        )
        .await
        .unwrap();
    (people, months, previous)
}

/// Writes a source row and records it as the feature's write does, in one transaction.
async fn story(db: &Db, id: &str, community: &str, author: &str, at: i64) {
    db.transaction(async |tx| {
        tx.execute(
            "INSERT INTO stories (id, community_id, author_id, title, body, tags, audience, \
             created_at, updated_at) VALUES ($1, $2, $3, 't', 'b', '', 'public', $4, $4)",
            params![id, community, author, at],
        )
        .await?;
        record_activity(tx, community, author, at).await
    })
    .await
    .unwrap();
}

async fn exchange(db: &Db, id: &str, provider: &str, receiver: &str, at: i64) {
    db.transaction(async |tx| {
        tx.execute(
            "INSERT INTO exchanges (id, community_id, provider_id, receiver_id, proposer_id, minutes, \
             description, status, created_at, decided_at) VALUES ($1, 'c', $2, $3, $2, 90, 'x', 'confirmed', $4, $4)",
            params![id, provider, receiver, at],
        )
        .await?;
        for person in [provider, receiver] {
            record_activity(tx, "c", person, at).await?;
        }
        record_exchange(tx, "c", 90, at).await
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn the_rebuild_gives_what_the_writes_kept() {
    for engine in [TestEngine::Sqlite, TestEngine::Postgres] {
        let Some(database) = FreshDatabase::create(engine).await.unwrap() else {
            continue;
        };
        let db = Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        for person in ["a", "b", "d"] {
            db.execute(
                "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, created_at) \
                 VALUES ($1, $2, $2, 'P', 'en', '!', 0)",
                params![person, format!("{person}@x.org")],
            )
            .await
            .unwrap();
        }
        for (id, slug) in [("c", "wawer"), ("e", "praga")] {
            db.execute(
                "INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
                 VALUES ($1, $2, 'C', '', 'PL', 'pl', 0)",
                params![id, slug],
            )
            .await
            .unwrap();
        }
        story(&db, "s1", "c", "a", MAY).await;
        story(&db, "s2", "c", "a", MAY + 1000).await;
        story(&db, "s3", "e", "a", MAY).await;
        story(&db, "s4", "c", "b", JUNE).await;
        exchange(&db, "x1", "b", "d", MAY).await;
        exchange(&db, "x2", "b", "d", JUNE).await;
        let written = snapshot(&db).await;
        // Person a, active in two communities in May, counts once for the network.
        assert!(
            written.1.contains(&(String::new(), 202_605, 3, 90, 1)),
            "{written:?}"
        );
        assert!(
            written.1.contains(&("c".to_owned(), 202_605, 3, 90, 1)),
            "{written:?}"
        );
        assert!(
            written.1.contains(&("c".to_owned(), 202_606, 2, 90, 1)),
            "{written:?}"
        );
        // b's May exchange was written after b's June story: June now follows May.
        assert!(
            written.2.contains(&("c".to_owned(), 202_606, 202_605, 2)),
            "{written:?}"
        );
        assert!(
            !written.2.contains(&("c".to_owned(), 202_606, 0, 1)),
            "{written:?}"
        );
        db.rebuild_impact().await.unwrap();
        assert_eq!(snapshot(&db).await, written, "{engine:?}");
        db.close().await;
        database.remove().await.unwrap();
    }
}
