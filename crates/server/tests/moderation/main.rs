//! Moderation end to end: reports on every kind of thing, the moderators' queue, hiding,
//! restoring and dismissing, blocking members, the audit log, and the same with forms alone.
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod audit;
mod blocks;
mod forms;
mod hiding;
mod reports;

use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, ids,
    neighbourhood, post_item, signed_in_pages,
};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

async fn report(server: &TestServer, by: &Person, body: Value) -> Response {
    server.post_json("/reports", Some(&by.token), body).await
}

/// Files a report that must be accepted; gives its id.
async fn filed(server: &TestServer, by: &Person, body: Value) -> String {
    let response = report(server, by, body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["status"], "open");
    report["id"].as_str().unwrap().to_owned()
}

async fn resolve(server: &TestServer, by: &Person, report: &str, action: &str) -> Response {
    server
        .post_json(
            &format!("/reports/{report}/resolve"),
            Some(&by.token),
            json!({"action": action, "note": format!("{action}, as agreed")}),
        )
        .await
}

async fn restore(server: &TestServer, by: &Person, report: &str) -> Response {
    server
        .post_json(
            &format!("/reports/{report}/restore"),
            Some(&by.token),
            json!({"note": "a misunderstanding"}),
        )
        .await
}

/// The open queue of `wawer`, as `by` reads it.
async fn queue(server: &TestServer, by: &Person) -> Value {
    server.get_ok("/communities/wawer/reports", &by.token).await
}

/// An offer by `author`; gives its id.
async fn offer(server: &TestServer, author: &Person, title: &str) -> String {
    let item = post_item(
        server,
        &author.token,
        json!({"kind": "offer", "category": "material", "title": title, "body": "Call me."}),
    )
    .await;
    item["id"].as_str().unwrap().to_owned()
}

/// `starter` answers `owner`'s request; gives the conversation and the first message's ids.
async fn conversation(server: &TestServer, owner: &Person, starter: &Person) -> (String, String) {
    let request = post_item(
        server,
        &owner.token,
        json!({"kind": "request", "category": "digital", "title": "Phone", "body": "Help"}),
    )
    .await;
    let started: Value = server
        .post_json(
            &format!("/support/{}/conversations", request["id"].as_str().unwrap()),
            Some(&starter.token),
            json!({"message": "Send me 100 zł first."}),
        )
        .await
        .json()
        .await
        .unwrap();
    (
        started["id"].as_str().unwrap().to_owned(),
        started["messages"][0]["id"].as_str().unwrap().to_owned(),
    )
}

async fn start(
    engine: Engine,
    residents: usize,
) -> Option<(TestDatabase, TestServer, Neighbourhood)> {
    let db = TestDatabase::create(engine).await?;
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, residents).await;
    Some((db, server, hood))
}

async fn create_initiative(server: &TestServer, author: &Person) -> String {
    let response = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(&author.token),
            json!({"title": "A bench by the pond", "body": "Somewhere to rest on the way to the shop."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let initiative: Value = response.json().await.unwrap();
    initiative["id"].as_str().unwrap().to_owned()
}

async fn create_comment(server: &TestServer, author: &Person, initiative: &str) -> String {
    let response = server
        .post_json(
            &format!("/initiatives/{initiative}/comments"),
            Some(&author.token),
            json!({"body": "I can paint it."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let comment: Value = response.json().await.unwrap();
    comment["id"].as_str().unwrap().to_owned()
}

async fn membership_of(server: &TestServer, person: &Person) -> Option<Value> {
    let me = server.get_ok("/me", &person.token).await;
    me["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["community"] == "wawer")
        .cloned()
}

async fn block(server: &TestServer, by: &Person, person: &Person) -> Response {
    server
        .post_json(
            "/communities/wawer/blocks",
            Some(&by.token),
            json!({"account_id": person.id, "reason": "Asked residents for money."}),
        )
        .await
}

/// Posts a form with the token of the page at `page`.
async fn submit(
    client: &reqwest::Client,
    server: &TestServer,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> Response {
    let html = client
        .get(server.url(page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_token(&html);
    let mut form = fields.to_vec();
    form.push(("csrf_token", &token));
    client
        .post(server.url(action))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn text(client: &reqwest::Client, server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = client.get(server.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}
