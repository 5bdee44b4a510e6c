//! The guidebook end to end: who may write it (coordinators and organisers; members 403,
//! anonymous 401), revisions and restoring one, translation status (missing, out of date,
//! current), the chapters' order, refused input that changes nothing, the printable page and
//! the EPUB (checked with EPUBCheck), the privacy export and erasure, and the pages through
//! forms alone. One test binary; each file holds one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod books;
mod forms;
mod revisions;
mod writing;

use common::{
    Engine, Neighbourhood, Person, TestDatabase, TestServer, csrf_token, neighbourhood,
    png_picture, signed_in_pages,
};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

/// The people of a guidebook test: the coordinator, an organiser of `wawer` (person2), a
/// member (person3).
struct Writers {
    coordinator: String,
    organiser: Person,
    member: Person,
}

const ORGANISER_EMAIL: &str = "person2@example.org";

async fn writers(db: &TestDatabase, server: &TestServer) -> Writers {
    let Neighbourhood {
        coordinator,
        mut residents,
        ..
    } = neighbourhood(db, server, 2).await;
    let member = residents.pop().unwrap();
    let organiser = residents.pop().unwrap();
    let response = server
        .put_json(
            &format!("/communities/wawer/members/{}", organiser.id),
            Some(&coordinator),
            json!({"role": "organiser"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    Writers {
        coordinator,
        organiser,
        member,
    }
}

/// Writes a chapter's text in `locale` as `token`.
async fn write(
    server: &TestServer,
    token: Option<&str>,
    slug: &str,
    locale: &str,
    title: &str,
    body: &str,
) -> Response {
    server
        .put_json(
            &format!("/guidebook/chapters/{slug}/{locale}"),
            token,
            json!({"title": title, "body_markdown": body}),
        )
        .await
}

/// Writes and expects `status`; gives the answer.
async fn written(
    server: &TestServer,
    token: &str,
    (slug, locale): (&str, &str),
    (title, body): (&str, &str),
    status: StatusCode,
) -> Value {
    let response = write(server, Some(token), slug, locale, title, body).await;
    assert_eq!(response.status(), status, "{slug}/{locale}");
    response.json().await.unwrap()
}

/// The chapter as the API gives it in `locale`.
async fn chapter(server: &TestServer, slug: &str, locale: &str) -> Value {
    let response = server
        .get_api(&format!("/guidebook/chapters/{slug}?locale={locale}"), None)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// A chapter's translation status in `locale`.
fn status<'a>(chapter: &'a Value, locale: &str) -> &'a str {
    chapter["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|each| each["locale"] == locale)
        .unwrap()["status"]
        .as_str()
        .unwrap()
}

/// The slugs of the chapters, in order.
async fn order(server: &TestServer) -> Vec<String> {
    let list: Value = server
        .get_api("/guidebook/chapters", None)
        .await
        .json()
        .await
        .unwrap();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["slug"].as_str().unwrap().to_owned())
        .collect()
}
