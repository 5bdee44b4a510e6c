//! The ledger's own rules, checked in the database itself.

use crate::Db;
use crate::sql::params;
use crate::testing::{FreshDatabase, TestEngine};

/// The ledger's history cannot be edited, whatever SQL is sent: only a restore may empty it.
#[tokio::test]
async fn postings_are_insert_only_in_the_database_itself() {
    for engine in [TestEngine::Sqlite, TestEngine::Postgres] {
        let Some(database) = FreshDatabase::create(engine).await.unwrap() else {
            continue;
        };
        let db = Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        for sql in [
            "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, created_at) \
             VALUES ('a', 'a@x.org', 'a@x.org', 'A', 'en', '!', 0)",
            "INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
             VALUES ('c', 'wawer', 'Wawer', '', 'PL', 'pl', 0)",
            "INSERT INTO timebank_accounts (id, community_id, holder_id, balance_minutes, created_at) \
             VALUES ('ta', 'c', 'a', 0, 0)",
            "INSERT INTO transfers (id, community_id, description, created_by, created_at) \
             VALUES ('t', 'c', 'x', 'a', 0)",
            "INSERT INTO postings (id, community_id, transfer_id, account_id, minutes, created_at) \
             VALUES ('p', 'c', 't', 'ta', 30, 0)",
        ] {
            db.execute(sql, params![]).await.unwrap();
        }
        for sql in ["UPDATE postings SET minutes = 60", "DELETE FROM postings"] {
            let refused = db.execute(sql, params![]).await;
            assert!(refused.is_err(), "{engine:?}: {sql} was allowed");
        }
        let kept = db
            .fetch_one("SELECT minutes FROM postings", params![], &|row| row.int(0))
            .await
            .unwrap();
        assert_eq!(kept, 30);
        db.close().await;
        database.remove().await.unwrap();
    }
}
