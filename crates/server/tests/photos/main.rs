//! Photos of initiatives and events end to end: given through the API (`image_id` from
//! `POST /images`) and through the pages' multipart forms, shown with every variant in
//! `srcset`, replaced and removed with their files deleted, and refused — with nothing changed —
//! when the picture is someone else's, the alt text is missing, or the person may not change
//! the initiative or event. One test binary; each file holds one feature's scenarios, this one
//! what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod events;
mod initiatives;

use common::{
    Engine, Neighbourhood, Person, TestDatabase, TestServer, csrf_token, multipart, neighbourhood,
    png_picture, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Uploads an 800×500 picture as `by`; gives its id. It is stored in three widths.
async fn picture(server: &TestServer, by: &Person, alt: &str) -> String {
    let response = server
        .upload_image(Some(&by.token), alt, "photo.png", &png_picture(800, 500))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let image: Value = response.json().await.unwrap();
    image["id"].as_str().unwrap().to_owned()
}

/// The files of one image in the server's media directory.
fn files_of(server: &TestServer, image: &str) -> usize {
    server
        .media_files()
        .iter()
        .filter(|path| path.to_string_lossy().contains(image))
        .count()
}

/// Posts a multipart form as `pages`.
async fn send(
    server: &TestServer,
    pages: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &str, &str, &[u8])>,
) -> reqwest::Response {
    let (content_type, body) = multipart(fields, file);
    pages
        .post(server.url(path))
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// A page as `pages` sees it, which must answer 200.
async fn page(server: &TestServer, pages: &reqwest::Client, path: &str) -> String {
    let response = pages.get(server.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The `<img>` elements of a page that show the image `id`.
fn images_of<'a>(html: &'a str, id: &str) -> Vec<&'a str> {
    html.split("<img ")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter(|img| img.contains(&format!("/media/{id}/")))
        .collect()
}

/// Checks that a page shows the image `id` with all three of its widths and this alt text.
fn shows_photo(html: &str, id: &str, alt: &str) {
    let images = images_of(html, id);
    assert!(!images.is_empty(), "the photo {id} is shown: {html}");
    let img = images[0];
    for width in [320, 640, 800] {
        assert!(
            img.contains(&format!("/media/{id}/{width}.jpg {width}w")),
            "srcset has {width}w: {img}"
        );
    }
    assert!(img.contains(&format!("alt=\"{alt}\"")), "{img}");
}
