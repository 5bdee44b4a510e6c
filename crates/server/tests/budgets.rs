//! Participatory budgets end to end: who opens rounds and adds projects, one ballot per person
//! within the total and the voting window (online, on paper, and at the same moment), results by
//! the contract's rule recounted from the published ballots, erasure that keeps a ballot
//! counted, and the same flow with forms alone.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use chrono::{DateTime, Duration, SubsecRound as _, Utc};
use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, neighbourhood,
    signed_in_pages,
};
use domain::audit::{AuditAction, AuditStore as _};
use domain::communities::CommunityStore as _;
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    rounds_and_projects_are_the_organisers,
    a_member_votes_once_within_the_total_while_voting_is_open,
    paper_ballots_count_as_the_residents_one_ballot,
    results_follow_the_rule_and_the_ballots_recount_them,
    a_ballot_is_cast_with_forms_alone,
    organisers_use_the_forms_and_everyone_reads_the_results_page,
);

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

async fn rounds_and_projects_are_the_organisers(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 2).await;
    let (organiser, member) = (&hood.residents[0], &hood.residents[1]);
    let (outsider, _) = server.resident("outsider@example.org", "Outsider").await;
    let opens = Utc::now() + Duration::days(1);
    let closes = opens + Duration::days(14);
    let body = round_body(200_000, opens, closes);

    for (token, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(member.token.as_str()), StatusCode::FORBIDDEN),
        (Some(outsider.as_str()), StatusCode::FORBIDDEN),
    ] {
        let response = server
            .post_json("/communities/wawer/budgets", token, body.clone())
            .await;
        assert_eq!(response.status(), status, "{token:?}");
    }
    let invalid = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&organiser.token),
            json!({"title": " ", "total_amount": 0, "currency": "zł",
                   "voting_opens_at": "2020-01-01T09:00:00Z", "voting_closes_at": "2019-01-01T09:00:00Z"}),
        )
        .await;
    let errors = problem(invalid, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
    for field in [
        "title",
        "total_amount",
        "currency",
        "voting_opens_at",
        "voting_closes_at",
    ] {
        assert!(errors[field].is_string(), "{field}: {errors}");
    }
    let mut fractional = body.clone();
    fractional["total_amount"] = json!(1.5);
    let response = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&organiser.token),
            fractional,
        )
        .await;
    let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
    assert!(errors["total_amount"].is_string(), "{errors}");

    // The contract's body has no rules: a round without them is fine.
    let mut without_rules = body.clone();
    without_rules.as_object_mut().unwrap().remove("rules");
    let response = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&hood.admin.token),
            without_rules,
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "admins are organisers too"
    );

    let response = server
        .post_json("/communities/wawer/budgets", Some(&organiser.token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["currency"], "PLN");
    assert_eq!(created["status"], "upcoming");
    assert_eq!(created["total_amount"], 200_000);
    assert_eq!(created["projects"], json!([]));
    assert!(created["url"].as_str().unwrap().ends_with(&format!(
        "/c/wawer/budgets/{}",
        created["id"].as_str().unwrap()
    )));
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        DateTime::parse_from_rfc3339(created["voting_opens_at"].as_str().unwrap()).unwrap(),
        opens.trunc_subsecs(3)
    );

    let project = json!({"title": "Benches by the river", "body": "Six benches.", "cost": 80_000});
    for (token, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(member.token.as_str()), StatusCode::FORBIDDEN),
        (Some(outsider.as_str()), StatusCode::FORBIDDEN),
    ] {
        let response = server
            .post_json(&format!("/budgets/{id}/projects"), token, project.clone())
            .await;
        assert_eq!(response.status(), status, "{token:?}");
    }
    for cost in [0, 200_001] {
        let response = server
            .post_json(
                &format!("/budgets/{id}/projects"),
                Some(&organiser.token),
                json!({"title": "Too much", "body": "No.", "cost": cost}),
            )
            .await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["cost"].is_string(), "{cost}: {errors}");
    }
    let response = server
        .post_json(
            &format!("/budgets/{id}/projects"),
            Some(&organiser.token),
            project,
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let added: Value = response.json().await.unwrap();
    assert_eq!(added["cost"], 80_000);
    assert!(
        added["url"]
            .as_str()
            .unwrap()
            .contains(&format!("#project-{}", added["id"].as_str().unwrap()))
    );

    // Rounds and projects are public; `voted` is the caller's.
    let list: Value = server
        .get_api("/communities/wawer/budgets", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let first_page = server
        .get_ok("/communities/wawer/budgets?limit=1", &member.token)
        .await;
    let cursor = first_page["next_cursor"].as_str().unwrap();
    let second_page = server
        .get_ok(
            &format!("/communities/wawer/budgets?limit=1&cursor={cursor}"),
            &member.token,
        )
        .await;
    assert_eq!(second_page["items"].as_array().unwrap().len(), 1);
    assert_ne!(first_page["items"][0]["id"], second_page["items"][0]["id"]);
    assert!(second_page["next_cursor"].is_null());
    let detail: Value = server
        .get_api(&format!("/budgets/{id}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["projects"][0]["title"], "Benches by the river");
    assert_eq!(detail["voted"], false);
    assert_eq!(detail["rules"], "Every **member** votes once.");
    let projects = server
        .get_ok(&format!("/budgets/{id}/projects"), &member.token)
        .await;
    assert_eq!(projects["items"].as_array().unwrap().len(), 1);
    for path in [
        "/budgets/00000000-0000-0000-0000-000000000000".to_owned(),
        "/budgets/not-an-id/results".to_owned(),
        "/communities/nowhere/budgets".to_owned(),
    ] {
        assert_eq!(
            server.get_api(&path, None).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        audit_actions(&db).await,
        vec![AuditAction::BudgetCreated, AuditAction::BudgetCreated]
    );
    db.drop_database().await;
}

async fn a_member_votes_once_within_the_total_while_voting_is_open(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let (organiser, halina, marek) = (&hood.residents[0], &hood.residents[1], &hood.residents[2]);
    let (outsider_token, outsider_id) = server.resident("outsider@example.org", "Outsider").await;
    let outsider = Person {
        token: outsider_token,
        id: outsider_id,
    };
    let other = round(&server, organiser, 1000, &[("Elsewhere", 10)], 600).await;
    let round = round(
        &server,
        organiser,
        100,
        &[("Playground", 60), ("Library", 50), ("Trees", 30)],
        600,
    )
    .await;

    let early = problem(
        vote(&server, &round, halina, &[0]).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(early["detail"].is_string());
    until(round.opens).await;
    let late_project = server
        .post_json(
            &format!("/budgets/{}/projects", round.id),
            Some(&organiser.token),
            json!({"title": "Late", "body": "Too late.", "cost": 10}),
        )
        .await;
    assert_eq!(late_project.status(), StatusCode::CONFLICT);

    let ballot_path = format!("/budgets/{}/ballot", round.id);
    for (body, why) in [
        (json!({"project_ids": []}), "nothing chosen"),
        (json!({"project_ids": ["not-an-id"]}), "not an id"),
        (
            json!({"project_ids": [other.projects[0]]}),
            "a project of another round",
        ),
        (
            json!({"project_ids": [round.projects[0], round.projects[1]]}),
            "over the total",
        ),
        (json!({}), "no list at all"),
    ] {
        let response = server
            .post_json(&ballot_path, Some(&halina.token), body)
            .await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["project_ids"].is_string(), "{why}: {errors}");
    }
    assert_eq!(
        server
            .get_api(&ballot_path, Some(&halina.token))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let detail = server
        .get_ok(&format!("/budgets/{}", round.id), &halina.token)
        .await;
    assert_eq!(
        (detail["ballot_count"].as_i64(), detail["voted"].as_bool()),
        (Some(0), Some(false))
    );

    assert_eq!(
        vote(&server, &round, &outsider, &[0]).await.status(),
        StatusCode::FORBIDDEN
    );
    let anonymous = server
        .post_json(
            &ballot_path,
            None,
            json!({"project_ids": [round.projects[0]]}),
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let cast = vote(&server, &round, halina, &[2, 0, 0]).await;
    assert_eq!(cast.status(), StatusCode::CREATED);
    let ballot: Value = cast.json().await.unwrap();
    assert_eq!(
        ballot["project_ids"],
        json!([round.projects[0], round.projects[2]])
    );
    assert_eq!(ballot["paper"], false);
    let again = problem(
        vote(&server, &round, halina, &[1]).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(again["detail"].is_string());
    let own = server.get_ok(&ballot_path, &halina.token).await;
    assert_eq!(own["id"], ballot["id"]);
    let detail = server
        .get_ok(&format!("/budgets/{}", round.id), &halina.token)
        .await;
    assert_eq!(
        (detail["ballot_count"].as_i64(), detail["voted"].as_bool()),
        (Some(1), Some(true))
    );

    // One ballot per person, however many arrive at the same moment.
    let mut attempts = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let client = reqwest::Client::new();
        let url = server.url(&format!("/api/v1{ballot_path}"));
        let (token, project) = (marek.token.clone(), round.projects[1].clone());
        attempts.spawn(async move {
            let body = json!({"project_ids": [project]});
            client
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = attempts.join_all().await;
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    let conflicts = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((created, conflicts), (1, 7), "{statuses:?}");

    // While voting is open, only organisers see the running tally.
    let results_path = format!("/budgets/{}/results", round.id);
    let csv_path = format!("/budgets/{}/ballots.csv", round.id);
    for token in [
        None,
        Some(halina.token.as_str()),
        Some(outsider.token.as_str()),
    ] {
        for path in [&results_path, &csv_path] {
            let response = server.get_api(path, token).await;
            assert_eq!(response.status(), StatusCode::CONFLICT, "{path} {token:?}");
        }
    }
    let tally = server.get_ok(&results_path, &organiser.token).await;
    assert_eq!(tally["status"], "open");
    assert_eq!(tally["ballot_count"], 2);
    let votes: Vec<i64> = tally["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["votes"].as_i64().unwrap())
        .collect();
    assert_eq!(votes, vec![1, 1, 1]);
    db.drop_database().await;
}

async fn paper_ballots_count_as_the_residents_one_ballot(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let (organiser, halina, marek) = (&hood.residents[0], &hood.residents[1], &hood.residents[2]);
    server.resident("outsider@example.org", "Outsider").await;
    let round = round(
        &server,
        organiser,
        100,
        &[("Benches", 40), ("Trees", 30)],
        600,
    )
    .await;
    let early = paper(&server, &round, organiser, &email_of_resident(1), &[0]).await;
    assert_eq!(early.status(), StatusCode::CONFLICT);
    until(round.opens).await;

    let by_member = paper(&server, &round, marek, &email_of_resident(1), &[0]).await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    for (email, why) in [
        ("outsider@example.org", "not a member"),
        ("nobody@example.org", "no account"),
        ("", "no address"),
        ("not an address", "not an address"),
    ] {
        let response = paper(&server, &round, organiser, email, &[0]).await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["email"].is_string(), "{why}: {errors}");
    }
    let over = paper(
        &server,
        &round,
        organiser,
        &email_of_resident(1),
        &[0, 1, 0],
    )
    .await;
    assert_eq!(
        over.status(),
        StatusCode::CREATED,
        "the same project twice counts once"
    );
    let ballot: Value = over.json().await.unwrap();
    assert_eq!(ballot["paper"], true);
    assert_eq!(ballot["project_ids"], json!(round.projects));

    // Halina's paper ballot is her one ballot: she cannot vote online, nor be typed in again.
    let own = server
        .get_ok(&format!("/budgets/{}/ballot", round.id), &halina.token)
        .await;
    assert_eq!(
        (own["id"].clone(), own["paper"].clone()),
        (ballot["id"].clone(), json!(true))
    );
    assert_eq!(
        vote(&server, &round, halina, &[1]).await.status(),
        StatusCode::CONFLICT
    );
    let twice = paper(
        &server,
        &round,
        organiser,
        &email_of_resident(1).to_uppercase(),
        &[1],
    )
    .await;
    let errors = problem(twice, StatusCode::CONFLICT).await["errors"].clone();
    assert!(errors["email"].is_string(), "{errors}");
    // And the other way round: who voted online cannot be typed in.
    assert_eq!(
        vote(&server, &round, marek, &[1]).await.status(),
        StatusCode::CREATED
    );
    let after_online = paper(&server, &round, organiser, &email_of_resident(2), &[0]).await;
    assert_eq!(after_online.status(), StatusCode::CONFLICT);

    let tally = server
        .get_ok(&format!("/budgets/{}/results", round.id), &organiser.token)
        .await;
    assert_eq!(tally["ballot_count"], 2);
    let actions = audit_actions(&db).await;
    assert_eq!(
        actions,
        vec![AuditAction::PaperBallotRecorded, AuditAction::BudgetCreated],
        "one paper ballot recorded, one round opened"
    );
    db.drop_database().await;
}

/// Projects P1 to P4 cost 70, 50, 30 and 10 of 100 and get 4, 3, 2 and 2 votes. In result order
/// P1 is selected (30 left), P2 does not fit and is passed over, P4 comes before P3 (a tie of
/// votes, and it is cheaper) and is selected (20 left), and P3 no longer fits.
async fn results_follow_the_rule_and_the_ballots_recount_them(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 9).await;
    let organiser = &hood.residents[0];
    let round = round(
        &server,
        organiser,
        100,
        &[("P1", 70), ("P2", 50), ("P3", 30), ("P4", 10)],
        8,
    )
    .await;
    until(round.opens).await;
    let ballots: [(usize, &[usize]); 7] = [
        (1, &[0, 2]),
        (2, &[0, 3]),
        (3, &[0, 3]),
        (4, &[0]),
        (5, &[1, 2]),
        (6, &[1]),
        (7, &[1]),
    ];
    for (voter, projects) in ballots {
        let response = if voter == 4 {
            paper(
                &server,
                &round,
                organiser,
                &email_of_resident(voter),
                projects,
            )
            .await
        } else {
            vote(&server, &round, &hood.residents[voter], projects).await
        };
        assert_eq!(response.status(), StatusCode::CREATED, "voter {voter}");
    }
    let erased_voter = &hood.residents[1];
    let export = server.get_ok("/me/export", &erased_voter.token).await;
    let exported = &export["data"]["budgets"];
    assert_eq!(exported["ballots"][0]["round"], "Budżet obywatelski 2027");
    assert_eq!(exported["ballots"][0]["paper"], 0);
    assert_eq!(exported["ballot_projects"].as_array().unwrap().len(), 2);
    let organisers_export = server.get_ok("/me/export", &organiser.token).await;
    assert_eq!(
        organisers_export["data"]["budgets"]["paper_ballots_recorded"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        organisers_export["data"]["budgets"]["rounds_opened"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    until(round.closes).await;
    let late = &hood.residents[8];
    assert_eq!(
        vote(&server, &round, late, &[3]).await.status(),
        StatusCode::CONFLICT
    );
    let late_paper = paper(&server, &round, organiser, &email_of_resident(8), &[3]).await;
    assert_eq!(late_paper.status(), StatusCode::CONFLICT);

    // Public once voting has closed, for anyone.
    let results: Value = server
        .get_api(&format!("/budgets/{}/results", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (results["total_amount"].as_i64(), results["spent"].as_i64()),
        (Some(100), Some(80))
    );
    assert_eq!(results["status"], "closed");
    let placed: Vec<(String, i64, bool)> = results["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str().unwrap().to_owned(),
                p["votes"].as_i64().unwrap(),
                p["selected"].as_bool().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("P1", 4, true),
        ("P2", 3, false),
        ("P4", 2, true),
        ("P3", 2, false),
    ];
    assert_eq!(
        placed,
        expected.map(|(title, votes, selected)| (title.to_owned(), votes, selected))
    );

    // The published ballots recount to the same votes and the same selection.
    let csv = server
        .get_api(&format!("/budgets/{}/ballots.csv", round.id), None)
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    let (page_status, page_csv) = server
        .get_page(&format!("/c/wawer/budgets/{}/ballots.csv", round.id))
        .await;
    assert_eq!(
        (page_status, page_csv.as_str()),
        (StatusCode::OK, csv.as_str())
    );
    assert_recount(&server, &round, &results, &csv).await;
    for person in hood.residents.iter().chain([&hood.admin]) {
        assert!(
            !csv.contains(&person.id),
            "no voter in the published ballots"
        );
    }

    // Erasing a voter keeps their ballot counted.
    let erased = server
        .delete_json(
            "/me",
            Some(&erased_voter.token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    let erased_organiser = server
        .delete_json("/me", Some(&organiser.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased_organiser.status(), StatusCode::NO_CONTENT);
    let after: Value = server
        .get_api(&format!("/budgets/{}/results", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after, results);
    let csv_after = server
        .get_api(&format!("/budgets/{}/ballots.csv", round.id), None)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(csv_after, csv);
    let round_after: Value = server
        .get_api(&format!("/budgets/{}", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        round_after["ballot_count"], 7,
        "the round and its ballots stay"
    );
    db.drop_database().await;
}

/// Counts the votes of each project in the CSV, walks the contract's rule over them on its own,
/// and compares both with `/results`.
async fn assert_recount(server: &TestServer, round: &Round, results: &Value, csv: &str) {
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("ballot_id,paper,project_ids"));
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    assert_eq!(rows.len(), 7);
    let ballot_ids: Vec<&str> = rows.iter().map(|row| row[0]).collect();
    let mut sorted = ballot_ids.clone();
    sorted.sort_unstable();
    assert_eq!(ballot_ids, sorted, "rows in the order of the ballots' ids");
    assert_eq!(rows.iter().filter(|row| row[1] == "yes").count(), 1);
    assert!(
        rows.iter()
            .all(|row| row.len() == 3 && (row[1] == "yes" || row[1] == "no"))
    );

    let detail: Value = server
        .get_api(&format!("/budgets/{}", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    // (id, cost, position added, votes counted from the CSV)
    let mut recounted: Vec<(String, i64, usize, i64)> = detail["projects"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(position, project)| {
            let id = project["id"].as_str().unwrap().to_owned();
            let votes = rows
                .iter()
                .filter(|row| row[2].split(' ').any(|chosen| chosen == id))
                .count();
            (
                id,
                project["cost"].as_i64().unwrap(),
                position,
                i64::try_from(votes).unwrap(),
            )
        })
        .collect();
    recounted.sort_by(|a, b| b.3.cmp(&a.3).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut left = detail["total_amount"].as_i64().unwrap();
    let walked: Vec<(String, i64, bool)> = recounted
        .into_iter()
        .map(|(id, cost, _, votes)| {
            let selected = cost <= left;
            if selected {
                left -= cost;
            }
            (id, votes, selected)
        })
        .collect();
    let published: Vec<(String, i64, bool)> = results["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["votes"].as_i64().unwrap(),
                p["selected"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(walked, published);
    assert_eq!(
        results["spent"].as_i64(),
        Some(detail["total_amount"].as_i64().unwrap() - left)
    );
}

async fn a_ballot_is_cast_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 2).await;
    let organiser = &hood.residents[0];
    let round = round(
        &server,
        organiser,
        100,
        &[("Playground", 60), ("Library", 50), ("Trees", 30)],
        600,
    )
    .await;
    until(round.opens).await;
    let halina = signed_in_pages(&server, &email_of_resident(1)).await;
    let path = format!("/c/wawer/budgets/{}", round.id);
    let page = halina
        .get(server.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("action=\"{path}/ballot\"")),
        "the ballot form is shown"
    );
    let token = csrf_token(&page);
    let ballot = |fields: Vec<(&'static str, String)>| {
        let request = halina.post(server.url(&format!("{path}/ballot")));
        async move { request.form(&fields).send().await.unwrap() }
    };
    let chosen = |indexes: &[usize], intent: &str, token: &str| {
        let mut fields: Vec<(&'static str, String)> = indexes
            .iter()
            .map(|index| ("project_ids", round.projects[*index].clone()))
            .collect();
        fields.push(("intent", intent.to_owned()));
        fields.push(("csrf_token", token.to_owned()));
        fields
    };

    // The check says what the choice costs, keeps the boxes ticked, and changes nothing.
    let checked = ballot(chosen(&[0, 2], "check", &token)).await;
    assert_eq!(checked.status(), StatusCode::OK);
    let html = checked.text().await.unwrap();
    assert!(html.contains("You chose 2 projects for 90"), "{html}");
    assert_eq!(html.matches(" checked>").count(), 2);
    let over = ballot(chosen(&[0, 1], "check", &token)).await;
    assert_eq!(over.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = over.text().await.unwrap();
    assert!(html.contains("You chose 2 projects for 110") && html.contains("error-summary"));
    assert!(html.contains("href=\"#project_ids\"") && html.contains("id=\"project_ids\""));

    let cast_over = ballot(chosen(&[0, 1], "cast", &token)).await;
    assert_eq!(cast_over.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let empty = ballot(chosen(&[], "cast", &token)).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut without_token = chosen(&[0], "cast", &token);
    without_token.retain(|(name, _)| *name != "csrf_token");
    assert_eq!(ballot(without_token).await.status(), StatusCode::FORBIDDEN);
    let halinas = &hood.residents[1];
    let own_path = format!("/budgets/{}/ballot", round.id);
    assert_eq!(
        server
            .get_api(&own_path, Some(&halinas.token))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "nothing was stored"
    );

    let cast = ballot(chosen(&[2, 0], "cast", &token)).await;
    assert_eq!(cast.status(), StatusCode::SEE_OTHER);
    let location = cast.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, format!("{path}?voted=1"));
    let page = halina
        .get(server.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your vote is counted") && page.contains("You voted on"));
    assert!(
        !page.contains(&format!("action=\"{path}/ballot\"")),
        "no second ballot form"
    );
    let own = server.get_ok(&own_path, &halinas.token).await;
    assert_eq!(
        own["project_ids"],
        json!([round.projects[0], round.projects[2]])
    );
    let again = ballot(chosen(&[1], "cast", &token)).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    db.drop_database().await;
}

async fn organisers_use_the_forms_and_everyone_reads_the_results_page(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let organiser = signed_in_pages(&server, &email_of_resident(0)).await;
    let member = signed_in_pages(&server, &email_of_resident(1)).await;
    let get = |client: &reqwest::Client, path: &str| {
        let request = client.get(server.url(path));
        async move {
            let response = request.send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        }
    };

    assert_eq!(
        get(&member, "/c/wawer/budgets/new").await.0,
        StatusCode::FORBIDDEN
    );
    let (status, form) = get(&organiser, "/c/wawer/budgets/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains("value=\"PLN\""),
        "the community's usual currency"
    );
    let token = csrf_token(&form);
    let invalid = organiser
        .post(server.url("/c/wawer/budgets"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Budget"),
            ("total_amount", "1.5"),
            ("currency", "PLN"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = invalid.text().await.unwrap();
    for field in ["total_amount", "voting_opens_at", "voting_closes_at"] {
        assert!(html.contains(&format!("href=\"#{field}\"")), "{field}");
    }
    assert!(html.contains("value=\"Budget\""), "what was typed is kept");
    let opens = Utc::now() + Duration::seconds(SETUP_SECONDS);
    let closes = opens + Duration::seconds(4);
    let local = |at: DateTime<Utc>| at.format("%Y-%m-%dT%H:%M:%S").to_string();
    let created = organiser
        .post(server.url("/c/wawer/budgets"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Green Wawer"),
            ("rules", "Choose **well**."),
            ("total_amount", "100 000"),
            ("currency", "pln"),
            ("voting_opens_at", &local(opens)),
            ("voting_closes_at", &local(closes)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let round_path = location.split('?').next().unwrap().to_owned();
    let id = round_path.rsplit('/').next().unwrap().to_owned();
    let (_, page) = get(&organiser, &location).await;
    assert!(
        page.contains("<strong>well</strong>"),
        "the rules are Markdown"
    );
    let token = csrf_token(&page);
    for (title, cost) in [("Meadow", "60 000"), ("Benches", "50000")] {
        let added = organiser
            .post(server.url(&format!("{round_path}/projects")))
            .form(&[
                ("csrf_token", token.as_str()),
                ("title", title),
                ("body", "Why it matters."),
                ("cost", cost),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(added.status(), StatusCode::SEE_OTHER, "{title}");
    }
    let too_costly = organiser
        .post(server.url(&format!("{round_path}/projects")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Pool"),
            ("body", "Big."),
            ("cost", "100 001"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(too_costly.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let by_member = member
        .post(server.url(&format!("{round_path}/projects")))
        .form(&[
            (
                "csrf_token",
                csrf_token(&get(&member, &round_path).await.1).as_str(),
            ),
            ("title", "Mine"),
            ("body", "x"),
            ("cost", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let (status, list) = get(&member, "/c/wawer/budgets").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Green Wawer") && list.contains("Coming up"));
    assert_eq!(
        get(&organiser, &format!("{round_path}/paper-ballots"))
            .await
            .0,
        StatusCode::CONFLICT
    );

    until(opens).await;
    let detail = server
        .get_ok(&format!("/budgets/{id}"), &hood.residents[1].token)
        .await;
    let projects: Vec<String> = detail["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(detail["total_amount"], 100_000);
    let round = Round {
        id: id.clone(),
        projects,
        opens,
        closes,
    };
    let (status, results_page) = get(&member, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        results_page.contains("published when voting closes") && !results_page.contains("<table")
    );
    let (status, tally_page) = get(&organiser, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(tally_page.contains("shown only to organisers") && tally_page.contains("<table"));

    // The paper-ballot form, for an organiser at the centre.
    let (status, paper_form) = get(&organiser, &format!("{round_path}/paper-ballots")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        get(&member, &format!("{round_path}/paper-ballots")).await.0,
        StatusCode::FORBIDDEN
    );
    let token = csrf_token(&paper_form);
    let unknown = organiser
        .post(server.url(&format!("{round_path}/paper-ballots")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "nobody@example.org"),
            ("project_ids", round.projects[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().await.unwrap().contains("href=\"#email\""));
    let recorded = organiser
        .post(server.url(&format!("{round_path}/paper-ballots")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email_of_resident(2).as_str()),
            ("project_ids", round.projects[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        vote(&server, &round, &hood.residents[1], &[1])
            .await
            .status(),
        StatusCode::CREATED
    );

    until(closes).await;
    let (status, results_page) = get(&member, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    for part in [
        "<table",
        "<caption",
        "<th scope=\"row\">Meadow</th>",
        "<svg class=\"budget-bar selected\"",
        "<title id=\"bar-",
        "width=\"100%\"",
        "✓ Selected",
        &format!("href=\"{round_path}/ballots.csv\""),
    ] {
        assert!(results_page.contains(part), "{part}");
    }
    assert!(
        !results_page.contains("style="),
        "no inline styles: the CSP forbids them"
    );
    let (status, visitor_page) = server.get_page(&format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK, "the results are public");
    assert!(visitor_page.contains("<table"));
    let (status, round_page) = server.get_page(&round_path).await;
    assert_eq!(status, StatusCode::OK, "so is the round");
    assert!(round_page.contains("Meadow") && round_page.contains("See the results"));
    db.drop_database().await;
}
