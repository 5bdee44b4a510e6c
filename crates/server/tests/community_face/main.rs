//! The community's own face end to end: its admins set an accent colour (refused, changing
//! nothing, when it falls short of AA contrast or is not a colour; refused to everyone else),
//! which reaches the community's pages through its own cached stylesheet and nowhere else; a
//! cover photo with its description, through the API and through the settings form (with its
//! CSRF token, its errors in the reader's language); every change in the audit log.
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod colour;
mod cover;
mod settings_form;
mod theme;

use common::{
    Engine, Neighbourhood, TestDatabase, TestServer, csrf_token, neighbourhood, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Changes Wawer's face through the API as `token`: the status and the answer.
async fn patch(server: &TestServer, token: Option<&str>, body: Value) -> (StatusCode, Value) {
    let response = server.patch_json("/communities/wawer", token, body).await;
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Wawer as anyone reads it through the API.
async fn wawer_now(server: &TestServer) -> Value {
    let response = server.get_api("/communities/wawer", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// A page as `client` sees it.
async fn page(client: &reqwest::Client, server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = client.get(server.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// The address of the community stylesheet a page links, if it links one.
fn theme_link(html: &str) -> Option<String> {
    let head = html.split("</head>").next().unwrap_or("");
    head.split("<link rel=\"stylesheet\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.contains("/theme.css"))
        .map(str::to_owned)
}

/// The audit log's actions for Wawer, newest first, with their reasons.
async fn audit(server: &TestServer, token: &str) -> Vec<(String, String)> {
    let log = server
        .get_ok("/communities/wawer/audit-log?limit=100", token)
        .await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            (
                entry["action"].as_str().unwrap().to_owned(),
                entry["reason"].as_str().unwrap().to_owned(),
            )
        })
        .filter(|(action, _)| action.starts_with("community_"))
        .collect()
}

/// A small picture made here: a PNG `width`×`height` of one colour.
fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(width, height, image::Rgb([46, 107, 48]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

/// A `multipart/form-data` body, written out by hand: the text fields in order, then the file
/// (field name, file name, bytes) if there is one. Gives the content type and the body.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "micropolis-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, file_name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: image/png\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads a picture through the API as `token`; gives its id.
async fn upload(server: &TestServer, token: &str, alt: &str) -> String {
    let (content_type, body) =
        multipart(&[("alt", alt)], Some(("file", "cover.png", &png(800, 300))));
    let response = server
        .client
        .post(server.url("/api/v1/images"))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let image: Value = response.json().await.unwrap();
    image["id"].as_str().unwrap().to_owned()
}

/// Sends the settings form as a browser does (multipart), as `client`, with `csrf` if given.
async fn submit_settings(
    client: &reqwest::Client,
    server: &TestServer,
    fields: &[(&str, &str)],
    file: Option<(&str, &str, &[u8])>,
) -> reqwest::Response {
    let (content_type, body) = multipart(fields, file);
    client
        .post(server.url("/c/wawer/settings"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}
