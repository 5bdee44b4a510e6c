//! The bulk loader writes what it is given on both engines, values that COPY's text format must
//! escape included, and the census notices rows that disagree with what is kept on write.

use domain::communities::{CommunityId, CommunityStore as _, NewCommunity};
use uuid::Uuid;

use super::{
    AccountRow, Cell, CommentRow, InitiativeRow, LedgerAccountRow, MembershipRow, SupportRow,
    push_copy_value,
};
use crate::Db;
use crate::sql::params;
use crate::testing::{FreshDatabase, TestEngine};

async fn each_engine(test: impl AsyncFn(&Db)) {
    for engine in [TestEngine::Sqlite, TestEngine::Postgres] {
        let Some(database) = FreshDatabase::create(engine).await.unwrap() else {
            continue;
        };
        let db = Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        test(&db).await;
        db.close().await;
        database.remove().await.unwrap();
    }
}

const AWKWARD: &str = "a\ttab, a\nnew line, a \\ backslash, \\N and \"quotes\"";

fn initiative(id: Uuid, community: Uuid, author: Uuid, support_count: i64) -> InitiativeRow {
    InitiativeRow {
        id,
        community,
        author,
        title: "Benches".to_owned(),
        body: AWKWARD.to_owned(),
        state: "open",
        support_count,
        comment_count: 1,
        volunteer_count: 0,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

#[tokio::test]
async fn rows_go_in_as_given_and_the_census_finds_what_disagrees() {
    each_engine(async |db| {
        let community = CommunityId::generate();
        let new = NewCommunity::parse("bulk", "Bulk", "", "PL", "en").unwrap();
        db.insert_community(community, &new, domain::time::now())
            .await
            .unwrap();
        let c = community.0;
        let (anna, ben) = (Uuid::now_v7(), Uuid::now_v7());
        let accounts: Vec<AccountRow> = [(anna, "anna@example.org"), (ben, "ben@example.org")]
            .into_iter()
            .map(|(id, email)| AccountRow {
                id,
                email: email.to_owned(),
                display_name: AWKWARD.to_owned(),
                locale: "pl",
                password_hash: "hash",
                created_at: 500,
            })
            .collect();
        db.bulk_insert(&accounts).await.unwrap();
        let members = [(anna, "admin"), (ben, "member")].map(|(account, role)| MembershipRow {
            community: c,
            account,
            role,
            trusted_helper: false,
            joined_at: 500,
        });
        db.bulk_insert(&members).await.unwrap();
        let (right, wrong) = (Uuid::now_v7(), Uuid::now_v7());
        // `wrong` claims two supports and has one.
        db.bulk_insert(&[initiative(right, c, anna, 1), initiative(wrong, c, ben, 2)])
            .await
            .unwrap();
        let supports = [right, wrong].map(|initiative| SupportRow {
            initiative,
            account: ben,
            created_at: 2_000,
        });
        db.bulk_insert(&supports).await.unwrap();
        let (first, second) = (Uuid::now_v7(), Uuid::now_v7());
        let comment = |id, initiative, parent| CommentRow {
            id,
            community: c,
            initiative,
            parent,
            author: anna,
            body: "Yes!",
            created_at: 3_000,
        };
        // The second is a reply on `wrong` to a comment on `right`: a stray.
        db.bulk_insert(&[
            comment(first, right, None),
            comment(second, wrong, Some(first)),
        ])
        .await
        .unwrap();
        // A balance without the postings that would make it.
        db.bulk_insert(&[LedgerAccountRow {
            id: Uuid::now_v7(),
            community: c,
            holder: anna,
            balance_minutes: 60,
            created_at: 500,
        }])
        .await
        .unwrap();

        let body = db
            .fetch_one(
                "SELECT body FROM initiatives WHERE id = $1",
                params![right.to_string()],
                &|row| row.text(0),
            )
            .await
            .unwrap();
        assert_eq!(body, AWKWARD);
        let census = db.scale_census(community).await.unwrap();
        assert_eq!(census.members(), 2);
        assert_eq!(census.role("admin"), 1);
        assert_eq!(
            (census.initiatives, census.supports, census.comments),
            (2, 2, 2)
        );
        assert_eq!(census.replies, 1);
        assert_eq!(census.miscounted, 1, "{census:?}");
        assert_eq!(census.stray_replies, 1, "{census:?}");
        assert_eq!(census.stale_balances, 1, "{census:?}");
        assert_eq!(census.unanswered, 0, "{census:?}");
        assert!(!census.is_consistent());
        let found = db.account_ids_by_email_like("%@example.org").await.unwrap();
        assert_eq!(found.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_failed_batch_leaves_nothing_behind() {
    each_engine(async |db| {
        let id = Uuid::now_v7();
        let account = |email: &str| AccountRow {
            id,
            email: email.to_owned(),
            display_name: "A".to_owned(),
            locale: "en",
            password_hash: "hash",
            created_at: 1,
        };
        // The second row repeats the first one's id.
        let outcome = db
            .bulk_insert(&[account("a@example.org"), account("b@example.org")])
            .await;
        assert!(outcome.is_err());
        let found = db.account_ids_by_email_like("%@example.org").await.unwrap();
        assert!(found.is_empty(), "{found:?}");
    })
    .await;
}

#[test]
fn copy_text_escapes_what_would_end_a_value() {
    let mut data = Vec::new();
    push_copy_value(&mut data, Cell::Text("a\tb\nc\\d\re"));
    assert_eq!(data, b"a\\tb\\nc\\\\d\\re");
    data.clear();
    push_copy_value(&mut data, Cell::Null);
    push_copy_value(&mut data, Cell::Int(-42));
    assert_eq!(data, b"\\N-42");
}
