//! Stories of the place end to end: what each reader sees (anonymous, a member, someone from
//! another community, the author), tags and words, only the author changing or deleting a
//! story, refused input, comments, moderators hiding one, and the same through forms alone.
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod authors;
mod comments;
mod forms;
mod lists;
mod visibility;

use common::{
    Engine, Neighbourhood, Person, TestDatabase, TestServer, csrf_token, ids, multipart,
    neighbourhood, png_picture, praga, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Tells a story in `wawer` as `by`; it must be accepted.
async fn tell(server: &TestServer, by: &Person, body: Value) -> Value {
    let response = server
        .post_json("/communities/wawer/stories", Some(&by.token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

/// Uploads a picture as `by`; gives its id.
async fn picture(server: &TestServer, by: &Person, alt: &str) -> String {
    let response = server
        .upload_image(Some(&by.token), alt, "photo.png", &png_picture(800, 500))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let image: Value = response.json().await.unwrap();
    image["id"].as_str().unwrap().to_owned()
}

/// The titles of a list's items, in order.
fn titles(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap().to_owned())
        .collect()
}
