//! The platform's contract with operators and integrators: configuration, migrations, the
//! problem answers, OpenAPI, health, metrics, the job queue across restarts, shutdown, backups.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{BINARY, Engine, TestDatabase, TestServer};
use domain::jobs::{JobKind, JobQueue as _};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    migrations_run_from_empty_and_again,
    every_api_error_is_problem_json,
    problems_speak_the_callers_language,
    openapi_covers_every_endpoint,
    health_and_metrics_answer,
    a_job_queued_while_the_server_was_down_is_done_after_start,
    a_failed_mail_stays_queued_across_a_restart,
    sigterm_stops_the_server_cleanly,
    backup_and_restore_through_the_command_line,
);

async fn migrations_run_from_empty_and_again(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    for run in 1..=2 {
        let output = db.command(&["migrate"]);
        assert!(
            output.status.success(),
            "run {run}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let store = store::Db::connect(&db.url).await.unwrap();
    let mut tables = store.app_tables().await.unwrap();
    tables.retain(|table| table != "settings");
    assert!(
        tables.contains(&"accounts".to_owned()) && tables.contains(&"jobs".to_owned()),
        "{tables:?}"
    );
    store.close().await;
    db.drop_database().await;
}

#[test]
fn a_bad_configuration_value_stops_start_up_with_one_line_naming_it() {
    let output = std::process::Command::new(BINARY)
        .args(["serve"])
        .env("MICROPOLIS_BIND", "everywhere")
        .env("MICROPOLIS_DATABASE_URL", "sqlite::memory:")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("micropolis: MICROPOLIS_BIND: \"everywhere\""),
        "{stderr}"
    );
}

async fn every_api_error_is_problem_json(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let url = server.url("/api/v1/accounts");
    let client = &server.client;
    let cases: Vec<(reqwest::Response, StatusCode)> = vec![
        (
            client
                .get(server.url("/api/v1/nowhere"))
                .send()
                .await
                .unwrap(),
            StatusCode::NOT_FOUND,
        ),
        (
            client
                .get(server.url("/api/v2/communities"))
                .send()
                .await
                .unwrap(),
            StatusCode::NOT_FOUND,
        ),
        (
            client
                .delete(server.url("/api/v1/communities"))
                .send()
                .await
                .unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            client
                .post(&url)
                .body("{\"email\":")
                .header("content-type", "application/json")
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
        ),
        (
            client
                .post(&url)
                .body("email=a")
                .header("content-type", "text/plain")
                .send()
                .await
                .unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            client
                .post(&url)
                .body(vec![b' '; 2 * 1024 * 1024])
                .header("content-type", "application/json")
                .send()
                .await
                .unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            client.post(&url).json(&json!([1, 2])).send().await.unwrap(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            client
                .get(server.url("/api/v1/me"))
                .bearer_auth("made-up")
                .send()
                .await
                .unwrap(),
            StatusCode::UNAUTHORIZED,
        ),
        (
            client
                .get(server.url("/api/v1/communities/%FF%FE"))
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (response, expected) in cases {
        assert_eq!(response.status(), expected);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{expected}"
        );
        let request_id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["status"], expected.as_u16());
        assert_eq!(problem["type"], "about:blank");
        assert!(problem["title"].is_string() && problem["detail"].is_string());
        assert_eq!(
            problem["request_id"],
            request_id.as_str(),
            "the request id is in the answer"
        );
    }
    let log = server.log();
    assert!(
        log.contains("request_id="),
        "the request id is in the log line:\n{log}"
    );

    let put = server
        .client
        .put(server.url("/sign-in"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        put.status(),
        StatusCode::METHOD_NOT_ALLOWED,
        "pages answer 405 too"
    );

    let (status, page) = server.get_page("/nowhere").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        page.starts_with("<!DOCTYPE html>"),
        "pages answer with a page"
    );
    db.drop_database().await;
}

async fn problems_speak_the_callers_language(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    for (language, title) in [
        ("pl", "Nie znaleziono"),
        ("uk", "Не знайдено"),
        ("da", "Ikke fundet"),
        ("it", "Non trovato"),
    ] {
        let response = server
            .client
            .get(server.url("/api/v1/nowhere"))
            .header("Accept-Language", language)
            .send()
            .await
            .unwrap();
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["title"], title, "{language}");
    }
    let response = server
        .client
        .post(server.url("/api/v1/accounts"))
        .header("Accept-Language", "pl")
        .json(&json!({"email": "x", "password": "password123", "display_name": "X"}))
        .send()
        .await
        .unwrap();
    let problem: Value = response.json().await.unwrap();
    assert!(
        problem["errors"]["password"]
            .as_str()
            .unwrap()
            .contains("hasł"),
        "{problem}"
    );
    db.drop_database().await;
}

async fn openapi_covers_every_endpoint(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let document: Value = server
        .get_api("/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    assert_eq!(document["servers"][0]["url"], "/api/v1");
    let expected = [
        ("/accounts", "post"),
        ("/accounts/verification", "post"),
        ("/password-resets", "post"),
        ("/password-resets/confirm", "post"),
        ("/sessions", "post"),
        ("/sessions/current", "delete"),
        ("/me", "get"),
        ("/me", "patch"),
        ("/me/password", "put"),
        ("/me/sessions", "get"),
        ("/me/sessions/{id}", "delete"),
        ("/communities", "get"),
        ("/communities", "post"),
        ("/communities/{slug}", "get"),
        ("/communities/{slug}", "patch"),
        ("/communities/{slug}/members", "post"),
        ("/communities/{slug}/members/{account_id}", "put"),
        ("/me/export", "get"),
        ("/me", "delete"),
        ("/communities/{slug}/support", "get"),
        ("/communities/{slug}/support", "post"),
        ("/support/{id}", "get"),
        ("/support/{id}", "patch"),
        ("/support/{id}/matches", "get"),
        ("/support/{id}/conversations", "post"),
        ("/conversations", "get"),
        ("/conversations/{id}", "get"),
        ("/conversations/{id}/messages", "post"),
        ("/reports", "post"),
        ("/communities/{slug}/initiatives", "get"),
        ("/communities/{slug}/initiatives", "post"),
        ("/initiatives/{id}", "get"),
        ("/initiatives/{id}", "patch"),
        ("/initiatives/{id}/supports", "post"),
        ("/initiatives/{id}/supports", "delete"),
        ("/initiatives/{id}/volunteers", "post"),
        ("/initiatives/{id}/volunteers", "delete"),
        ("/initiatives/{id}/followers", "post"),
        ("/initiatives/{id}/followers", "delete"),
        ("/initiatives/{id}/state", "post"),
        ("/initiatives/{id}/comments", "get"),
        ("/initiatives/{id}/comments", "post"),
        ("/comments/{id}", "patch"),
        ("/comments/{id}", "delete"),
        ("/communities/{slug}/reports", "get"),
        ("/reports/{id}/resolve", "post"),
        ("/reports/{id}/restore", "post"),
        ("/communities/{slug}/blocks", "get"),
        ("/communities/{slug}/blocks", "post"),
        ("/communities/{slug}/blocks/{account_id}", "delete"),
        ("/communities/{slug}/audit-log", "get"),
        ("/communities/{slug}/exchanges", "get"),
        ("/communities/{slug}/exchanges", "post"),
        ("/exchanges/{id}", "get"),
        ("/exchanges/{id}/confirm", "post"),
        ("/exchanges/{id}/decline", "post"),
        ("/exchanges/{id}/reverse", "post"),
        ("/communities/{slug}/accounts/me", "get"),
        ("/me/ledger", "get"),
        ("/communities/{slug}/ledger/summary", "get"),
        ("/communities/{slug}/ledger/policy", "get"),
        ("/communities/{slug}/ledger/policy", "put"),
        ("/communities/{slug}/ledger.csv", "get"),
        ("/communities/{slug}/ledger/fund-transfers", "post"),
        ("/communities/{slug}/budgets", "get"),
        ("/communities/{slug}/budgets", "post"),
        ("/budgets/{id}", "get"),
        ("/budgets/{id}/projects", "get"),
        ("/budgets/{id}/projects", "post"),
        ("/budgets/{id}/ballot", "get"),
        ("/budgets/{id}/ballot", "post"),
        ("/budgets/{id}/paper-ballots", "post"),
        ("/budgets/{id}/results", "get"),
        ("/budgets/{id}/ballots.csv", "get"),
        ("/communities/{slug}/courses", "get"),
        ("/communities/{slug}/courses", "post"),
        ("/courses/{id}", "get"),
        ("/courses/{id}/sessions", "post"),
        ("/courses/{id}/enrolment", "post"),
        ("/courses/{id}/enrolment", "delete"),
        ("/courses/{id}/enrolments", "get"),
        ("/courses/{id}/sessions/{session_id}/attendance", "get"),
        ("/courses/{id}/sessions/{session_id}/attendance", "put"),
        ("/courses/{id}/certificate", "get"),
        ("/communities/{slug}/events", "get"),
        ("/communities/{slug}/events", "post"),
        ("/events/{id}", "get"),
        ("/events/{id}", "put"),
        ("/events/{id}/rsvp", "post"),
        ("/events/{id}/rsvp", "delete"),
        ("/events/{id}/comments", "get"),
        ("/events/{id}/comments", "post"),
        ("/communities/{slug}/places", "get"),
        ("/communities/{slug}/places", "post"),
        ("/places/{id}", "get"),
        ("/me/profile", "get"),
        ("/me/profile", "patch"),
        ("/communities/{slug}/people", "get"),
        ("/communities/{slug}/people/{account_id}", "get"),
        (
            "/communities/{slug}/people/{account_id}/conversations",
            "post",
        ),
        ("/images", "post"),
        ("/communities/{slug}/stories", "get"),
        ("/communities/{slug}/stories", "post"),
        ("/stories/{id}", "get"),
        ("/stories/{id}", "patch"),
        ("/stories/{id}", "delete"),
        ("/stories/{id}/comments", "get"),
        ("/stories/{id}/comments", "post"),
        ("/guidebook/chapters", "get"),
        ("/guidebook/chapters/{slug}", "get"),
        ("/guidebook/chapters/{slug}/{locale}", "put"),
        ("/guidebook/chapters/{slug}/{locale}/revisions", "get"),
        (
            "/guidebook/chapters/{slug}/{locale}/revisions/{number}/restore",
            "post",
        ),
        ("/guidebook/order", "put"),
        ("/search", "get"),
        ("/communities/{slug}/impact", "get"),
        ("/impact", "get"),
        ("/communities/{slug}/surveys", "get"),
        ("/communities/{slug}/surveys", "post"),
        ("/surveys/{id}", "get"),
        ("/surveys/{id}", "put"),
        ("/surveys/{id}", "delete"),
        ("/surveys/{id}/open", "post"),
        ("/surveys/{id}/close", "post"),
        ("/surveys/{id}/translations/{locale}", "put"),
        ("/surveys/{id}/responses", "post"),
        ("/surveys/{id}/paper-responses", "post"),
        ("/surveys/{id}/results", "get"),
        ("/surveys/{id}/results.csv", "get"),
        ("/me/helpers", "get"),
        ("/me/helpers", "post"),
        ("/me/helpers/{account_id}", "delete"),
        ("/me/helping", "get"),
        ("/me/helper-actions", "get"),
        ("/me/helping/actions", "get"),
        ("/me/acting-for", "get"),
        ("/me/acting-for", "post"),
        ("/me/acting-for", "delete"),
        ("/communities/{slug}/residents", "post"),
        ("/communities/{slug}/helpers", "get"),
        ("/communities/{slug}/helper-actions", "get"),
        ("/communities/{slug}/helpers/{id}", "delete"),
    ];
    for (path, method) in expected {
        assert!(
            document["paths"][path][method].is_object(),
            "{method} {path} is missing"
        );
    }
    let list_parameters = &document["paths"]["/communities"]["get"]["parameters"];
    assert!(
        list_parameters
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["in"] == "query"),
        "{list_parameters}"
    );
    let unauthorised = &document["paths"]["/me/password"]["put"]["responses"]["401"]["content"];
    assert!(
        unauthorised["application/problem+json"]["schema"].is_object(),
        "{unauthorised}"
    );
    let malformed = &document["paths"]["/accounts"]["post"]["responses"]["415"];
    assert!(malformed.is_object(), "operations with a body document 415");
    let documented: usize = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(
        documented,
        expected.len(),
        "every documented operation is listed here"
    );
    db.drop_database().await;
}

async fn health_and_metrics_answer(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    server.get_api("/communities", None).await;
    let (status, body) = server.get_page("/healthz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
    let (status, metrics) = server.get_page("/metrics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        metrics.contains(
            "http_requests_total{method=\"GET\",route=\"/api/v1/communities\",status=\"200\"} 1"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains(
            "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/communities\""
        ),
        "{metrics}"
    );
    assert!(metrics.contains("db_pool_connections"), "{metrics}");
    db.drop_database().await;
}

async fn a_job_queued_while_the_server_was_down_is_done_after_start(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    assert!(db.command(&["migrate"]).status.success());
    let store = store::Db::connect(&db.url).await.unwrap();
    let mail = json!({"to": "queued@example.org", "subject": "Written before the start", "body": "Hello from the queue"});
    store
        .enqueue(JobKind::SendMail, &mail, domain::time::now())
        .await
        .unwrap();

    let server = TestServer::start(&db, &[]).await;
    let log = server.wait_for_log("Hello from the queue").await;
    assert!(
        log.contains("To: queued@example.org") && log.contains("Subject: Written before the start"),
        "{log}"
    );
    wait_for_job_counts(&store, &[("done", 1)]).await;
    store.close().await;
    db.drop_database().await;
}

async fn a_failed_mail_stays_queued_across_a_restart(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    // Nothing listens on port 9 here: every delivery fails.
    let server = TestServer::start(&db, &[("MICROPOLIS_SMTP_URL", "smtp://127.0.0.1:9")]).await;
    server.sign_up("retry@example.org", "Retry").await;
    server.wait_for_log("job failed").await;
    let store = store::Db::connect(&db.url).await.unwrap();
    wait_for_job_counts(&store, &[("queued", 1)]).await;
    assert!(server.terminate().success());

    let restarted = TestServer::start(&db, &[]).await;
    assert_eq!(
        store.job_counts().await.unwrap(),
        vec![("queued".to_owned(), 1)],
        "kept for its retry"
    );
    drop(restarted);
    store.close().await;
    db.drop_database().await;
}

async fn wait_for_job_counts(store: &store::Db, expected: &[(&str, i64)]) {
    let expected: Vec<(String, i64)> = expected
        .iter()
        .map(|(s, n)| ((*s).to_owned(), *n))
        .collect();
    for _ in 0..100 {
        if store.job_counts().await.unwrap() == expected {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(store.job_counts().await.unwrap(), expected);
}

async fn sigterm_stops_the_server_cleanly(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let status = server.terminate();
    assert!(status.success(), "{status:?}");
    db.drop_database().await;
}

async fn backup_and_restore_through_the_command_line(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    assert!(db.command(&["demo"]).status.success());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    let file = file.to_str().unwrap();
    let output = db.command(&["backup", file]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let again = db.command(&["backup", file]);
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );

    let Some(target) = TestDatabase::create(Engine::Sqlite).await else {
        return;
    };
    let output = target.command(&["restore", file]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let server = TestServer::start(&target, &[]).await;
    let list: Value = server
        .get_api("/communities", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 3);
    let signed_in = server
        .sign_in("agnieszka@wawer.example", "micropolis-demo")
        .await;
    assert_eq!(
        signed_in.status(),
        StatusCode::OK,
        "accounts and passwords come back"
    );
    // Restoring over a database that has a ledger replaces its insert-only postings too.
    let over = db.command(&["restore", file]);
    assert!(
        over.status.success(),
        "{}",
        String::from_utf8_lossy(&over.stderr)
    );
    for restored in [&db, &target] {
        let check = restored.command(&["ledger", "check"]);
        let report = String::from_utf8_lossy(&check.stdout);
        assert!(check.status.success(), "{report}");
        assert!(
            report.contains("sum of all postings: 0 minutes") && !report.contains(" 0 postings"),
            "{report}"
        );
    }
    db.drop_database().await;
}
