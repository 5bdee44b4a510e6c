//! Needs surveys end to end: writing, opening and closing one, answering it once (also through a
//! helper), refused answers, paper forms, results with their filter and its smallest group, the
//! CSV, translations, who may see what, erasure, and the same through forms alone.
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod answering;
mod forms;
mod privacy;
mod results;

use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, neighbourhood,
    praga, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A needs survey: an age group, wishes (several), how well informed (1–5), and own words.
fn needs_survey(anonymous: bool, results_public: bool) -> Value {
    json!({
        "title": "What do you need?",
        "description": "Tell us, so that the centre can plan.",
        "anonymous": anonymous,
        "results_public": results_public,
        "locale": "en",
        "questions": [
            {"kind": "single", "prompt": "Your age", "options": ["under 30", "30 to 64", "65 and over"], "required": true},
            {"kind": "multiple", "prompt": "What would you like to learn?", "options": ["computers", "a language", "cooking"], "required": false},
            {"kind": "scale", "prompt": "How well informed do you feel?", "required": true},
            {"kind": "text", "prompt": "What is missing here?", "required": false}
        ]
    })
}

/// Writes a survey in `wawer` as `by` and opens it; gives the survey.
async fn open_survey(server: &TestServer, by: &Person, body: Value) -> Value {
    let created = server
        .post_json("/communities/wawer/surveys", Some(&by.token), body)
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let survey: Value = created.json().await.unwrap();
    assert_eq!(survey["status"], "closed");
    let opened = server
        .post_json(
            &format!("/surveys/{}/open", survey["id"].as_str().unwrap()),
            Some(&by.token),
            json!({}),
        )
        .await;
    assert_eq!(opened.status(), StatusCode::OK);
    opened.json().await.unwrap()
}

/// The ids of question `index`'s options.
fn options(survey: &Value, index: usize) -> Vec<String> {
    survey["questions"][index]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|option| option["id"].as_str().unwrap().to_owned())
        .collect()
}

fn question(survey: &Value, index: usize) -> String {
    survey["questions"][index]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Answers to the needs survey: an age option, wishes, a point, and words (empty: none).
fn answers(survey: &Value, age: usize, wishes: &[usize], point: i64, words: &str) -> Value {
    let wished: Vec<String> = wishes
        .iter()
        .map(|at| options(survey, 1)[*at].clone())
        .collect();
    let mut given = vec![
        json!({"question_id": question(survey, 0), "value": options(survey, 0)[age]}),
        json!({"question_id": question(survey, 1), "value": wished}),
        json!({"question_id": question(survey, 2), "value": point}),
    ];
    if !words.is_empty() {
        given.push(json!({"question_id": question(survey, 3), "value": words}));
    }
    json!({"answers": given})
}

async fn respond(
    server: &TestServer,
    survey: &Value,
    token: &str,
    body: Value,
) -> reqwest::Response {
    server
        .post_json(
            &format!("/surveys/{}/responses", survey["id"].as_str().unwrap()),
            Some(token),
            body,
        )
        .await
}

async fn results(
    server: &TestServer,
    survey: &Value,
    token: Option<&str>,
    query: &str,
) -> reqwest::Response {
    server
        .get_api(
            &format!("/surveys/{}/results{query}", survey["id"].as_str().unwrap()),
            token,
        )
        .await
}

/// The CSV of every response to `survey`, as the holder of `token` asks for it.
async fn results_csv(server: &TestServer, survey: &Value, token: &str) -> reqwest::Response {
    server
        .client
        .get(server.url(&format!(
            "/api/v1/surveys/{}/results.csv",
            survey["id"].as_str().unwrap()
        )))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// The detail of a problem answer (RFC 9457), for messages.
async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    response.json().await.unwrap()
}
