//! `micropolis demo --scale N`: the generated community has the promised proportions, what is
//! counted on write agrees with the rows, the ledger balances, and its residents can sign in.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, TestDatabase, TestServer};
use domain::communities::CommunityStore as _;
use reqwest::StatusCode;
use store::scale::ScaleCensus;

on_both_engines!(
    a_scale_community_is_in_proportion_and_consistent,
    a_second_run_makes_a_second_community_with_the_same_residents,
);

const N: i64 = 200;
const TWO_YEARS_MS: i64 = 730 * 24 * 60 * 60 * 1000;

fn succeeded(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn census(store: &store::Db, slug: &str) -> ScaleCensus {
    let community = store.community(slug).await.unwrap().unwrap();
    store.scale_census(community.id).await.unwrap()
}

async fn a_scale_community_is_in_proportion_and_consistent(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let before = domain::time::now().timestamp_millis();
    let summary = succeeded(&db.command(&["demo", "--scale", "200"]));
    // The log shares stdout: a slow statement on a busy machine is logged before the report.
    assert!(
        summary
            .lines()
            .any(|line| line.starts_with("scale-200: loaded in")),
        "{summary}"
    );
    let store = store::Db::connect(&db.url).await.unwrap();
    let census = census(&store, "scale-200").await;

    assert_eq!(census.members(), N);
    assert_eq!(census.role("admin"), 1, "{census:?}");
    assert_eq!(census.role("moderator"), 1, "{census:?}");
    assert!(census.role("organiser") >= 1, "{census:?}");
    assert_eq!(census.initiatives, N);
    for state in ["open", "accepted", "declined", "in_progress", "done"] {
        assert!(census.state(state) > 0, "no {state} initiative: {census:?}");
    }
    assert!(census.answers >= N - census.state("open"), "{census:?}");
    assert_eq!(census.supports, 10 * N);
    assert!(
        census.most_supports >= 5 * census.supports / N,
        "supports are not skewed: {census:?}"
    );
    assert_eq!(census.comments, 2 * N);
    assert!(
        census.replies > 0 && census.replies < census.comments / 2,
        "{census:?}"
    );
    assert!(census.volunteers > 0, "{census:?}");
    assert_eq!(census.followers, N);
    assert_eq!(census.support_items, N / 2);
    assert_eq!(census.ledger_accounts, N);
    assert_eq!(census.confirmed_exchanges, 5 * N);
    assert_eq!(census.transfers, 5 * N);
    assert_eq!(census.postings, 10 * N);
    assert_eq!(
        census.postings_sum, 0,
        "the community's ledger sums to zero"
    );
    assert_eq!(census.miscounted, 0, "counts kept on write: {census:?}");
    assert_eq!(census.kept_member_count, census.members(), "{census:?}");
    assert_eq!(census.unanswered, 0, "{census:?}");
    assert_eq!(census.stray_replies, 0, "{census:?}");
    assert_eq!(census.stale_balances, 0, "{census:?}");
    assert_eq!(census.unbalanced_transfers, 0, "{census:?}");
    assert_eq!(census.surveys, 1, "{census:?}");
    assert_eq!(
        census.survey_responses, N,
        "one response per resident below 10,000"
    );
    assert!(census.survey_answers > 3 * N, "{census:?}");
    assert_eq!(census.miscounted_surveys, 0, "{census:?}");
    assert!(census.is_consistent());
    let after = domain::time::now().timestamp_millis();
    let first = census.first_created.unwrap();
    let last = census.last_created.unwrap();
    assert!(
        first >= before - TWO_YEARS_MS && last <= after,
        "{census:?}"
    );
    assert!(
        last - first > TWO_YEARS_MS / 2,
        "spread over two years: {census:?}"
    );
    store.close().await;

    let check = succeeded(&db.command(&["ledger", "check"]));
    assert!(
        check.contains(&format!(
            "{N} accounts, {} postings, sum of all postings: 0 minutes",
            10 * N
        )),
        "{check}"
    );

    let server = TestServer::start(&db, &[]).await;
    let signed_in = server
        .sign_in("scale-200@example.org", "micropolis-demo")
        .await;
    assert!(signed_in.status().is_success(), "{}", signed_in.status());
    let community = server.get_api("/communities/scale-200", None).await;
    assert_eq!(community.status(), StatusCode::OK);
    let community: serde_json::Value = community.json().await.unwrap();
    assert_eq!(community["member_count"], N);
    the_survey_is_answered_and_its_results_read_by_members(&server, signed_in).await;
    server.terminate();
    db.drop_database().await;
}

/// The needs survey through the API: its response count, and its results, which members may read
/// (whole, and among those who chose one option) and anonymous readers may not.
async fn the_survey_is_answered_and_its_results_read_by_members(
    server: &TestServer,
    signed_in: reqwest::Response,
) {
    let session: serde_json::Value = signed_in.json().await.unwrap();
    let token = session["token"].as_str().unwrap();
    let list: serde_json::Value = server
        .get_api("/communities/scale-200/surveys", Some(token))
        .await
        .json()
        .await
        .unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{list}");
    let id = items[0]["id"].as_str().unwrap();
    let survey: serde_json::Value = server
        .get_api(&format!("/surveys/{id}"), Some(token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(survey["response_count"], N, "{survey}");
    assert_eq!(survey["anonymous"], true);
    assert_eq!(survey["status"], "open");
    let questions = survey["questions"].as_array().unwrap();
    let kinds: Vec<&str> = questions
        .iter()
        .map(|question| question["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["single", "multiple", "scale", "single", "multiple", "text"]
    );

    let path = format!("/surveys/{id}/results");
    let anonymous = server.get_api(&path, None).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let results = server.get_api(&path, Some(token)).await;
    assert_eq!(results.status(), StatusCode::OK);
    let results: serde_json::Value = results.json().await.unwrap();
    assert_eq!(results["responses"], N, "{results}");
    let ages = &results["questions"][0]["options"];
    let counted: i64 = ages
        .as_array()
        .unwrap()
        .iter()
        .map(|option| option["count"].as_i64().unwrap())
        .sum();
    assert_eq!(counted, N, "every response gives its age group: {ages}");
    let older = ages[2]["id"].as_str().unwrap();
    let among: serde_json::Value = server
        .get_api(&format!("{path}?among={older}"), Some(token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(among["responses"], ages[2]["count"], "{among}");
}

async fn a_second_run_makes_a_second_community_with_the_same_residents(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    succeeded(&db.command(&["demo", "--scale", "30"]));
    let summary = succeeded(&db.command(&["demo", "--scale", "30"]));
    assert!(
        summary
            .lines()
            .any(|line| line.starts_with("scale-30-2: loaded in")),
        "{summary}"
    );
    let store = store::Db::connect(&db.url).await.unwrap();
    let residents = store
        .account_ids_by_email_like("scale-%@example.org")
        .await
        .unwrap();
    assert_eq!(residents.len(), 30, "the residents are reused");
    for slug in ["scale-30", "scale-30-2"] {
        let census = census(&store, slug).await;
        assert_eq!(census.members(), 30, "{slug}");
        assert_eq!(census.initiatives, 30, "{slug}");
        assert!(census.is_consistent(), "{slug}: {census:?}");
    }
    store.close().await;
    succeeded(&db.command(&["ledger", "check"]));
    db.drop_database().await;
}

#[test]
fn a_bad_n_stops_with_one_line() {
    for bad in ["0", "lots", "-1", "2000000"] {
        let output = std::process::Command::new(common::BINARY)
            .args(["demo", "--scale", bad])
            .env("MICROPOLIS_DATABASE_URL", "sqlite://never-made.db")
            .output()
            .unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("micropolis: --scale: "), "{stderr}");
        assert!(!std::path::Path::new("never-made.db").exists());
    }
}
