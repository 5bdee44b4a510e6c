//! Participatory budgets end to end: who opens rounds and adds projects, one ballot per person
//! within the total and the voting window (online, on paper, and at the same moment), results by
//! the contract's rule recounted from the published ballots, erasure that keeps a ballot
//! counted, and the same flow with forms alone. One test binary; each file holds the scenarios of
//! one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod ballots;
mod forms;
mod results;
mod rounds;

use chrono::{DateTime, Duration, SubsecRound as _, Utc};
use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, neighbourhood,
    signed_in_pages,
};
use domain::audit::{AuditAction, AuditStore as _};
use domain::communities::CommunityStore as _;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A round as a test knows it: its id, its projects' ids in the order they were added, and its
/// voting window.
struct Round {
    id: String,
    projects: Vec<String>,
    opens: DateTime<Utc>,
    closes: DateTime<Utc>,
}

/// Voting opens this long after the round is created: time enough to add its projects.
const SETUP_SECONDS: i64 = 3;

/// The neighbourhood of `residents` people; the first of them is made an organiser.
async fn with_organiser(db: &TestDatabase, server: &TestServer, residents: usize) -> Neighbourhood {
    let hood = neighbourhood(db, server, residents).await;
    let organiser = &hood.residents[0];
    let response = server
        .put_json(
            &format!("/communities/wawer/members/{}", organiser.id),
            Some(&hood.coordinator),
            json!({"role": "organiser"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    hood
}

fn round_body(total: i64, opens: DateTime<Utc>, closes: DateTime<Utc>) -> Value {
    json!({
        "title": "Budżet obywatelski 2027",
        "rules": "Every **member** votes once.",
        "total_amount": total,
        "currency": "pln",
        "voting_opens_at": opens.to_rfc3339(),
        "voting_closes_at": closes.to_rfc3339(),
    })
}

/// A round in `wawer` whose voting opens in a few seconds and stays open `open_for` seconds,
/// with its projects (title, cost).
async fn round(
    server: &TestServer,
    organiser: &Person,
    total: i64,
    projects: &[(&str, i64)],
    open_for: i64,
) -> Round {
    let opens = Utc::now() + Duration::seconds(SETUP_SECONDS);
    let closes = opens + Duration::seconds(open_for);
    let response = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&organiser.token),
            round_body(total, opens, closes),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let mut ids = Vec::new();
    for (title, cost) in projects {
        let response = server
            .post_json(
                &format!("/budgets/{id}/projects"),
                Some(&organiser.token),
                json!({"title": title, "body": "Where and for whom.", "cost": cost}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "adding {title}");
        let project: Value = response.json().await.unwrap();
        ids.push(project["id"].as_str().unwrap().to_owned());
    }
    Round {
        id,
        projects: ids,
        opens,
        closes,
    }
}

/// Waits until a moment has passed.
async fn until(at: DateTime<Utc>) {
    let wait = at - Utc::now() + Duration::milliseconds(300);
    if let Ok(wait) = wait.to_std() {
        tokio::time::sleep(wait).await;
    }
}

async fn vote(
    server: &TestServer,
    round: &Round,
    voter: &Person,
    projects: &[usize],
) -> reqwest::Response {
    let ids: Vec<&str> = projects
        .iter()
        .map(|index| round.projects[*index].as_str())
        .collect();
    server
        .post_json(
            &format!("/budgets/{}/ballot", round.id),
            Some(&voter.token),
            json!({"project_ids": ids}),
        )
        .await
}

async fn paper(
    server: &TestServer,
    round: &Round,
    organiser: &Person,
    email: &str,
    projects: &[usize],
) -> reqwest::Response {
    let ids: Vec<&str> = projects
        .iter()
        .map(|index| round.projects[*index].as_str())
        .collect();
    server
        .post_json(
            &format!("/budgets/{}/paper-ballots", round.id),
            Some(&organiser.token),
            json!({"email": email, "project_ids": ids}),
        )
        .await
}

/// The e-mail address of the `index`th resident of `neighbourhood` (the admin and the
/// moderator come first).
fn email_of_resident(index: usize) -> String {
    format!("person{}@example.org", index + 2)
}

async fn problem(response: reqwest::Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

/// What the audit log of `wawer` holds about budgets, newest first, as the store keeps it.
async fn audit_actions(db: &TestDatabase) -> Vec<AuditAction> {
    let store = store::Db::connect(&db.url).await.unwrap();
    let community = store.community("wawer").await.unwrap().unwrap();
    let log = store.audit_log(community.id, None, 100).await.unwrap();
    store.close().await;
    log.into_iter()
        .map(|record| record.action)
        .filter(|action| {
            matches!(
                action,
                AuditAction::BudgetCreated | AuditAction::PaperBallotRecorded
            )
        })
        .collect()
}
