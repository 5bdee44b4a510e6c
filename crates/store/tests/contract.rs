//! The store contract: the same tests on SQLite and, when `MICROPOLIS_TEST_POSTGRES_URL` is set,
//! on PostgreSQL. Each test gets a fresh, migrated database of its own.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use domain::accounts::{
    AccountId, AccountStore, DisplayName, Email, NewAccount, NewPassword, Session, SessionKind,
    SessionToken, TokenPurpose,
};
use domain::communities::{CommunityId, CommunityStore, NewCommunity, Role};
use domain::jobs::{JobKind, JobQueue};
use domain::privacy::PrivacyStore;
use domain::time::{Duration, Instant, now};
use domain::{AppError, Locale};
use store::{Db, testing};

struct TestDb {
    db: Db,
    database: testing::FreshDatabase,
}

impl TestDb {
    /// A fresh, migrated database; `None` when PostgreSQL tests are off.
    async fn create(engine: testing::TestEngine) -> Option<Self> {
        let database = testing::FreshDatabase::create(engine).await.unwrap()?;
        let db = Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        Some(Self { db, database })
    }

    async fn sqlite() -> Self {
        Self::create(testing::TestEngine::Sqlite).await.unwrap()
    }

    async fn postgres() -> Option<Self> {
        Self::create(testing::TestEngine::Postgres).await
    }

    async fn finish(self) {
        self.db.close().await;
        self.database.remove().await.unwrap();
    }
}

/// Runs each named test function on both engines.
macro_rules! on_both_engines {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let test = super::TestDb::sqlite().await;
                super::$name(&test.db).await;
                test.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(test) = super::TestDb::postgres().await else { return };
                super::$name(&test.db).await;
                test.finish().await;
            }
        }
    )*};
}

on_both_engines!(
    migrations_apply_from_empty_and_again,
    backup_tables_are_all_the_tables,
    emails_are_unique_whatever_their_case,
    sessions_expire_and_end,
    one_time_tokens_work_once_and_expire,
    sign_in_failures_are_counted_per_subject,
    communities_page_through_in_slug_order,
    memberships_are_kept_once_with_their_role,
    jobs_are_claimed_once_and_retried_later,
    a_job_left_running_is_claimed_again_after_its_lease,
    a_queued_job_survives_reconnecting,
    the_secret_setting_is_written_once,
    backup_and_restore_round_trip,
);

fn millis_now() -> Instant {
    // Stored times have millisecond precision.
    Instant::from_timestamp_millis(now().timestamp_millis()).unwrap()
}

async fn new_account(db: &Db, email: &str) -> AccountId {
    let account = NewAccount {
        id: AccountId::generate(),
        email: Email::parse(email).unwrap(),
        display_name: DisplayName::parse("Olena").unwrap(),
        locale: Locale::Uk,
        password_hash: NewPassword::parse("a long enough password")
            .unwrap()
            .hash()
            .await
            .unwrap(),
        email_verified: false,
        created_at: millis_now(),
    };
    db.insert_account(&account).await.unwrap();
    account.id
}

async fn new_community(db: &Db, slug: &str) -> CommunityId {
    let id = CommunityId::generate();
    let community =
        NewCommunity::parse(slug, &format!("Community {slug}"), "", "PL", "pl").unwrap();
    db.insert_community(id, &community, now()).await.unwrap();
    id
}

async fn migrations_apply_from_empty_and_again(db: &Db) {
    db.migrate().await.unwrap();
    assert!(db.is_healthy().await);
}

async fn backup_tables_are_all_the_tables(db: &Db) {
    let mut listed = store::BACKUP_TABLES.to_vec();
    listed.extend(store::DERIVED_TABLES);
    listed.sort_unstable();
    assert_eq!(
        db.app_tables().await.unwrap(),
        listed,
        "a new table must be added to BACKUP_TABLES (or DERIVED_TABLES)"
    );
}

async fn emails_are_unique_whatever_their_case(db: &Db) {
    let id = new_account(db, "Olena@Example.org").await;
    let duplicate = NewAccount {
        id: AccountId::generate(),
        email: Email::parse("olena@EXAMPLE.org").unwrap(),
        display_name: DisplayName::parse("Another").unwrap(),
        locale: Locale::En,
        password_hash: NewPassword::parse("another long password")
            .unwrap()
            .hash()
            .await
            .unwrap(),
        email_verified: true,
        created_at: now(),
    };
    let refused = db.insert_account(&duplicate).await.unwrap_err();
    assert!(
        matches!(
            refused,
            AppError::Conflict {
                field: Some("email"),
                ..
            }
        ),
        "{refused:?}"
    );
    let (found, hash) = db
        .account_by_email(&Email::parse("OLENA@example.ORG").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, id);
    assert_eq!(found.email.as_str(), "Olena@Example.org");
    assert_eq!(found.locale, Locale::Uk);
    assert!(!found.email_verified);
    assert!(hash.verify("a long enough password").await);
}

async fn sessions_expire_and_end(db: &Db) {
    let id = new_account(db, "s@example.org").await;
    let start = millis_now();
    let tokens: Vec<SessionToken> = (0..3).map(|_| SessionToken::generate()).collect();
    for token in &tokens {
        db.insert_session(&Session::start(
            token,
            id,
            SessionKind::Browser,
            "Firefox",
            start,
        ))
        .await
        .unwrap();
    }
    let (session, account) = db
        .session(&tokens[0].digest(), start)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.id, id);
    assert_eq!(session.created_at, start);
    assert!(
        db.session(&tokens[0].digest(), start + Session::LIFETIME)
            .await
            .unwrap()
            .is_none(),
        "expired"
    );
    assert_eq!(db.sessions_of(id, start).await.unwrap().len(), 3);

    assert!(db.end_session(id, &tokens[1].digest()).await.unwrap());
    assert!(
        !db.end_session(id, &tokens[1].digest()).await.unwrap(),
        "already ended"
    );
    let other = new_account(db, "t@example.org").await;
    assert!(
        !db.end_session(other, &tokens[0].digest()).await.unwrap(),
        "not theirs to end"
    );

    db.end_other_sessions(id, Some(&tokens[0].digest()))
        .await
        .unwrap();
    let left: Vec<String> = db
        .sessions_of(id, start)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(left, vec![tokens[0].digest()]);
    db.end_other_sessions(id, None).await.unwrap();
    assert!(db.sessions_of(id, start).await.unwrap().is_empty());
}

async fn one_time_tokens_work_once_and_expire(db: &Db) {
    let id = new_account(db, "token@example.org").await;
    let start = now();
    db.insert_one_time_token(
        "digest-1",
        id,
        TokenPurpose::VerifyEmail,
        start + Duration::hours(1),
    )
    .await
    .unwrap();
    assert_eq!(
        db.use_one_time_token("digest-1", TokenPurpose::ResetPassword, start)
            .await
            .unwrap(),
        None,
        "wrong purpose"
    );
    assert_eq!(
        db.use_one_time_token("digest-1", TokenPurpose::VerifyEmail, start)
            .await
            .unwrap(),
        Some(id)
    );
    assert_eq!(
        db.use_one_time_token("digest-1", TokenPurpose::VerifyEmail, start)
            .await
            .unwrap(),
        None,
        "used"
    );

    db.insert_one_time_token(
        "digest-2",
        id,
        TokenPurpose::ResetPassword,
        start + Duration::hours(1),
    )
    .await
    .unwrap();
    let later = start + Duration::hours(2);
    assert_eq!(
        db.use_one_time_token("digest-2", TokenPurpose::ResetPassword, later)
            .await
            .unwrap(),
        None,
        "expired"
    );
}

async fn sign_in_failures_are_counted_per_subject(db: &Db) {
    let start = millis_now();
    let subjects = [
        "account:a@example.org".to_owned(),
        "client:10.0.0.1".to_owned(),
    ];
    for minute in 0..3 {
        db.record_sign_in_failure(&subjects, start + Duration::minutes(minute))
            .await
            .unwrap();
    }
    assert_eq!(
        db.sign_in_failures(&subjects[0], start - Duration::minutes(1))
            .await
            .unwrap(),
        (3, Some(start))
    );
    assert_eq!(
        db.sign_in_failures(&subjects[1], start).await.unwrap().0,
        2,
        "only those after `since`"
    );
    db.clear_sign_in_failures(&subjects[0]).await.unwrap();
    assert_eq!(
        db.sign_in_failures(&subjects[0], start - Duration::minutes(1))
            .await
            .unwrap(),
        (0, None)
    );
    assert_eq!(
        db.sign_in_failures(&subjects[1], start - Duration::minutes(1))
            .await
            .unwrap()
            .0,
        3
    );
}

async fn communities_page_through_in_slug_order(db: &Db) {
    for slug in ["wawer", "cagliari-centro-storico", "middelfart"] {
        new_community(db, slug).await;
    }
    let refused = db
        .insert_community(
            CommunityId::generate(),
            &NewCommunity::parse("wawer", "W", "", "PL", "pl").unwrap(),
            now(),
        )
        .await
        .unwrap_err();
    assert!(matches!(
        refused,
        AppError::Conflict {
            field: Some("slug"),
            ..
        }
    ));

    let first = db.communities(None, 2).await.unwrap();
    let slugs: Vec<&str> = first.items.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["cagliari-centro-storico", "middelfart"]);
    assert_eq!(first.next.as_deref(), Some("middelfart"));
    let second = db.communities(first.next.as_deref(), 2).await.unwrap();
    assert_eq!(second.items.len(), 1);
    assert_eq!(second.items[0].slug.as_str(), "wawer");
    assert_eq!(second.next, None);
    assert!(db.community("nowhere").await.unwrap().is_none());
}

async fn memberships_are_kept_once_with_their_role(db: &Db) {
    let community = new_community(db, "wawer").await;
    let olena = new_account(db, "olena@example.org").await;
    let marek = new_account(db, "marek@example.org").await;
    assert!(
        db.insert_membership(community, olena, Role::Admin, now())
            .await
            .unwrap()
    );
    assert!(
        !db.insert_membership(community, olena, Role::Member, now())
            .await
            .unwrap(),
        "already a member"
    );
    assert!(
        db.insert_membership(community, marek, Role::Member, now())
            .await
            .unwrap()
    );
    assert_eq!(
        db.membership(community, olena).await.unwrap().unwrap().role,
        Role::Admin,
        "unchanged by the second join"
    );

    db.update_membership(community, marek, Role::Moderator, true)
        .await
        .unwrap();
    let marek_membership = db.membership(community, marek).await.unwrap().unwrap();
    assert_eq!(
        (marek_membership.role, marek_membership.trusted_helper),
        (Role::Moderator, true)
    );
    assert_eq!(marek_membership.community_slug.as_str(), "wawer");

    assert_eq!(db.count_with_role(community, Role::Admin).await.unwrap(), 1);
    assert_eq!(
        db.community("wawer").await.unwrap().unwrap().member_count,
        2
    );
    let of_olena = db.memberships_of(olena).await.unwrap();
    assert_eq!(of_olena.len(), 1);
    assert_eq!(of_olena[0].community_id, community);

    db.erase_person(marek, now()).await.unwrap();
    assert_eq!(
        db.community("wawer").await.unwrap().unwrap().member_count,
        1,
        "an erased member is no longer counted"
    );
}

async fn jobs_are_claimed_once_and_retried_later(db: &Db) {
    let start = now();
    let payload = serde_json::json!({"to": "a@example.org", "subject": "s", "body": "b"});
    let id = db
        .enqueue(JobKind::SendMail, &payload, start)
        .await
        .unwrap();
    let job = db.claim(start).await.unwrap().unwrap();
    assert_eq!(
        (job.id.as_str(), job.attempts, job.payload.clone()),
        (id.as_str(), 1, payload)
    );
    assert!(db.claim(start).await.unwrap().is_none(), "claimed once");

    db.fail(&id, "smtp down", Some(start + Duration::minutes(1)), start)
        .await
        .unwrap();
    assert!(
        db.claim(start).await.unwrap().is_none(),
        "not before its retry time"
    );
    let retried = db
        .claim(start + Duration::minutes(2))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(retried.attempts, 2);
    db.complete(&id, start).await.unwrap();
    assert!(
        db.claim(start + Duration::days(1)).await.unwrap().is_none(),
        "done is done"
    );
    assert_eq!(db.job_counts().await.unwrap(), vec![("done".to_owned(), 1)]);

    let given_up = db
        .enqueue(JobKind::SendMail, &serde_json::json!({}), start)
        .await
        .unwrap();
    db.claim(start).await.unwrap().unwrap();
    db.fail(&given_up, "bad address", None, start)
        .await
        .unwrap();
    assert!(db.claim(start + Duration::days(1)).await.unwrap().is_none());
    assert_eq!(
        db.job_counts().await.unwrap(),
        vec![("done".to_owned(), 1), ("failed".to_owned(), 1)]
    );
}

async fn a_job_left_running_is_claimed_again_after_its_lease(db: &Db) {
    let start = now();
    let id = db
        .enqueue(JobKind::SendMail, &serde_json::json!({}), start)
        .await
        .unwrap();
    db.claim(start).await.unwrap().unwrap();
    assert!(
        db.claim(start + Duration::minutes(1))
            .await
            .unwrap()
            .is_none(),
        "still leased"
    );
    let again = db
        .claim(start + domain::jobs::LEASE + Duration::seconds(1))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((again.id, again.attempts), (id, 2));
}

async fn a_queued_job_survives_reconnecting(db: &Db) {
    let id = db
        .enqueue(JobKind::SendMail, &serde_json::json!({"n": 1}), now())
        .await
        .unwrap();
    // A second pool on the same database stands for the process after a restart.
    let url = db.url().to_owned();
    let restarted = Db::connect(&url).await.unwrap();
    let job = restarted.claim(now()).await.unwrap().unwrap();
    assert_eq!(job.id, id);
    restarted.close().await;
}

async fn the_secret_setting_is_written_once(db: &Db) {
    assert_eq!(db.setting("secret").await.unwrap(), None);
    assert_eq!(
        db.setting_or_insert("secret", "first").await.unwrap(),
        "first"
    );
    assert_eq!(
        db.setting_or_insert("secret", "second").await.unwrap(),
        "first"
    );
}

async fn backup_and_restore_round_trip(db: &Db) {
    let community = new_community(db, "wawer").await;
    let olena = new_account(db, "olena@example.org").await;
    db.insert_membership(community, olena, Role::Organiser, now())
        .await
        .unwrap();
    db.insert_one_time_token(
        "digest",
        olena,
        TokenPurpose::VerifyEmail,
        now() + Duration::hours(1),
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup");
    db.backup(&file).await.unwrap();
    assert!(
        matches!(
            db.backup(&file).await,
            Err(store::BackupError::TargetExists(_))
        ),
        "never overwrites"
    );

    // Restore into a fresh SQLite database: from either engine's backup.
    let target = TestDb::sqlite().await;
    new_community(&target.db, "leftover").await;
    target.db.restore(&file).await.unwrap();
    assert!(
        target.db.community("leftover").await.unwrap().is_none(),
        "restore replaces the content"
    );
    let restored = target
        .db
        .membership(community, olena)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(restored.role, Role::Organiser);
    assert_eq!(
        target
            .db
            .community("wawer")
            .await
            .unwrap()
            .unwrap()
            .member_count,
        1,
        "restored memberships are counted once"
    );
    assert_eq!(
        target
            .db
            .use_one_time_token("digest", TokenPurpose::VerifyEmail, now())
            .await
            .unwrap(),
        Some(olena)
    );
    target.finish().await;

    // And into PostgreSQL, when it is there.
    if let Some(target) = TestDb::postgres().await {
        target.db.restore(&file).await.unwrap();
        assert_eq!(
            target
                .db
                .community("wawer")
                .await
                .unwrap()
                .unwrap()
                .member_count,
            1
        );
        target.finish().await;
    }
}
