//! Courses end to end: creating one (organisers only, every bad field named), seats and the
//! waiting list, the first in line moving up on a withdrawal (two withdrawals at once move up two
//! different people), attendance (organisers only, people on the course only), the certificate
//! with the names as written, erasure, the demo's courses, and the same through forms alone.
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod attendance;
mod forms;
mod line;

use chrono::{Duration, Utc};
use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, ids,
    neighbourhood, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A wall-clock time `days` from now at `hour`:00, as a form or the API takes it.
fn at(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00", day.format("%Y-%m-%d"))
}

fn session(days: i64) -> Value {
    json!({"starts_at": at(days, 18), "ends_at": at(days, 20), "time_zone": "Europe/Warsaw"})
}

async fn create(
    server: &TestServer,
    token: &str,
    title: &str,
    capacity: i64,
    sessions: Value,
) -> Value {
    let response = server
        .post_json(
            "/communities/wawer/courses",
            Some(token),
            json!({"title": title, "body": "We meet in the **library**.", "capacity": capacity, "sessions": sessions}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn enrol(server: &TestServer, course: &str, person: &Person) -> (StatusCode, Value) {
    let response = server
        .post_json(
            &format!("/courses/{course}/enrolment"),
            Some(&person.token),
            json!({}),
        )
        .await;
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn withdraw(server: &TestServer, course: &str, person: &Person) -> StatusCode {
    server
        .delete_json(
            &format!("/courses/{course}/enrolment"),
            Some(&person.token),
            json!({}),
        )
        .await
        .status()
}

async fn course(server: &TestServer, id: &str, person: &Person) -> Value {
    server
        .get_ok(&format!("/courses/{id}"), &person.token)
        .await
}

/// Signs up with a name and a language, joins `wawer`, and signs in.
async fn member(server: &TestServer, email: &str, name: &str, locale: &str) -> Person {
    let account = server
        .post_json(
            "/accounts",
            None,
            json!({"email": email, "password": PASSWORD, "display_name": name, "locale": locale}),
        )
        .await;
    assert_eq!(account.status(), StatusCode::CREATED);
    let account: Value = account.json().await.unwrap();
    let session: Value = server.sign_in(email, PASSWORD).await.json().await.unwrap();
    let token = session["token"].as_str().unwrap().to_owned();
    let joined = server
        .post_json("/communities/wawer/members", Some(&token), json!({}))
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    Person {
        token,
        id: account["id"].as_str().unwrap().to_owned(),
    }
}

async fn certificate_text(server: &TestServer, id: &str, person: &Person) -> String {
    let response = server
        .get_api(&format!("/courses/{id}/certificate"), Some(&person.token))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.bytes().await.unwrap();
    pdf_extract::extract_text_from_mem(&bytes).unwrap()
}
