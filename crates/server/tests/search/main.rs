//! One search over everything, end to end: each searchable kind is found by exactly the readers
//! who may read it and never when hidden, sensitive, closed, private or another community's
//! members-only (`leaks`); the index follows edits, hiding and erasure (`currency`); words are
//! matched without case, accents or their ending (`words`); and the API's and the page's
//! answers, errors and paging (`answers`). One test binary; this file holds what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod answers;
mod currency;
mod leaks;
mod words;

use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, neighbourhood, post_item,
    praga,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The search's answer for `words` as `reader` (anonymous with `None`), which must be 200.
async fn search(server: &TestServer, reader: Option<&Person>, words: &str) -> Value {
    search_in(server, reader, words, "").await
}

/// The same within one community (`""` for everywhere).
async fn search_in(
    server: &TestServer,
    reader: Option<&Person>,
    words: &str,
    community: &str,
) -> Value {
    let url = reqwest::Url::parse_with_params(
        "http://localhost/search",
        [("q", words), ("community", community)],
    )
    .unwrap();
    let query = url.query().unwrap_or_default();
    let response = server
        .get_api(
            &format!("/search?{query}"),
            reader.map(|person| person.token.as_str()),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK, "searching {words:?}");
    response.json().await.unwrap()
}

/// The titles of the results of one type, in order.
fn titles(found: &Value, kind: &str) -> Vec<String> {
    found["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["type"] == kind)
        .map(|item| item["title"].as_str().unwrap().to_owned())
        .collect()
}

/// Whether `reader` finds an item of `kind` titled `title` by `words`.
async fn finds(
    server: &TestServer,
    reader: Option<&Person>,
    words: &str,
    kind: &str,
    title: &str,
) -> bool {
    titles(&search(server, reader, words).await, kind).contains(&title.to_owned())
}

/// Wawer with `residents` members besides its admin and moderator, and Praga with one member
/// who shares no community with them; `None` when the engine is switched off.
async fn world(
    engine: Engine,
    residents: usize,
) -> Option<(TestDatabase, TestServer, Neighbourhood, Person)> {
    let db = TestDatabase::create(engine).await?;
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, residents).await;
    let outsider = praga(&server, &hood.coordinator).await;
    Some((db, server, hood, outsider))
}

/// Reports an item and has the moderator hide it; gives the report's id.
async fn hide(server: &TestServer, hood: &Neighbourhood, kind: &str, id: &str) -> String {
    let reporter = &hood.residents[hood.residents.len() - 1];
    let report = server
        .post_json(
            "/reports",
            Some(&reporter.token),
            json!({"target_type": kind, "target_id": id, "reason": "spam"}),
        )
        .await;
    assert_eq!(report.status(), StatusCode::CREATED);
    let report: Value = report.json().await.unwrap();
    let report = report["id"].as_str().unwrap().to_owned();
    let resolved = server
        .post_json(
            &format!("/reports/{report}/resolve"),
            Some(&hood.moderator.token),
            json!({"action": "hide"}),
        )
        .await;
    assert_eq!(resolved.status(), StatusCode::OK);
    report
}

/// Posts to `path` as `by`; the answer must be 201; gives the created item.
async fn created(server: &TestServer, by: &str, path: &str, body: Value) -> Value {
    let response = server.post_json(path, Some(by), body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "POST {path}");
    response.json().await.unwrap()
}

/// Tells a story in `wawer`.
async fn story(server: &TestServer, by: &Person, title: &str, body: &str, audience: &str) -> Value {
    created(
        server,
        &by.token,
        "/communities/wawer/stories",
        json!({"title": title, "body": body, "audience": audience}),
    )
    .await
}
