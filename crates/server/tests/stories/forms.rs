//! Telling, correcting and deleting a story with forms alone: one multipart form with its photo,
//! its CSRF token checked like any other form's, and every fault shown beside its field with
//! nothing stored.

use super::*;

on_both_engines!(
    a_story_is_told_corrected_and_deleted_through_forms,
    the_form_names_what_is_wrong_and_stores_nothing,
);

/// A file part: field, file name, content type, bytes.
type File<'a> = Option<(&'a str, &'a str, &'a str, &'a [u8])>;
/// A refused form: its fields, its file, the status, the field at fault and its message.
type Case<'a> = (
    Vec<(&'a str, String)>,
    File<'a>,
    StatusCode,
    &'a str,
    &'a str,
);

/// Posts a multipart form as `pages`.
async fn send(
    server: &TestServer,
    pages: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    file: File<'_>,
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

async fn page(server: &TestServer, pages: &reqwest::Client, path: &str) -> String {
    let response = pages.get(server.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

async fn a_story_is_told_corrected_and_deleted_through_forms(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 1).await;
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let form = page(&server, &pages, "/c/wawer/stories/new").await;
    assert!(form.contains("enctype=\"multipart/form-data\""));
    assert!(form.contains("type=\"file\""));
    let token = csrf_token(&form);
    let photo = png_picture(1000, 700);
    let response = send(
        &server,
        &pages,
        "/c/wawer/stories",
        &[
            ("csrf_token", &token),
            ("title", "Lilacs by the station"),
            ("body", "Every May the whole street smells of them."),
            ("tags", "spring, Station, flowers"),
            ("audience", "public"),
            ("image_alt", "Purple lilac bushes along a railway fence"),
        ],
        Some(("image", "lilacs.png", "image/png", &photo)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.ends_with("?done=created"), "{location}");
    let story_path = location.split('?').next().unwrap().to_owned();
    let html = page(&server, &pages, &location).await;
    assert!(html.contains("Lilacs by the station"));
    assert!(html.contains("alt=\"Purple lilac bushes along a railway fence\""));
    assert_eq!(
        html.matches("w, ").count() + 1,
        3,
        "three widths in srcset: {html}"
    );
    assert!(html.contains("href=\"/c/wawer/stories?tag=station\""));
    assert_eq!(server.media_files().len(), 3);

    // Corrected without a new file: the alt text changes, the photo stays; then removed.
    let edit = page(&server, &pages, &format!("{story_path}/edit")).await;
    assert!(edit.contains("value=\"Purple lilac bushes along a railway fence\""));
    assert!(edit.contains("value=\"spring, station, flowers\""));
    let response = send(
        &server,
        &pages,
        &format!("{story_path}/edit"),
        &[
            ("csrf_token", &csrf_token(&edit)),
            ("title", "Lilacs by Wawer station"),
            ("body", "Every May the whole street smells of them."),
            ("tags", "spring"),
            ("audience", "members"),
            ("image_alt", "Lilac bushes in bloom along the railway fence"),
        ],
        Some(("image", "", "application/octet-stream", b"")),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let html = page(&server, &pages, &format!("{story_path}?done=saved")).await;
    assert!(html.contains("Lilacs by Wawer station"));
    assert!(html.contains("alt=\"Lilac bushes in bloom along the railway fence\""));
    assert_eq!(server.media_files().len(), 3);
    let (status, _) = server.get_page(&story_path).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "members only now");
    let edit = page(&server, &pages, &format!("{story_path}/edit")).await;
    let response = send(
        &server,
        &pages,
        &format!("{story_path}/edit"),
        &[
            ("csrf_token", &csrf_token(&edit)),
            ("title", "Lilacs by Wawer station"),
            ("body", "Every May."),
            ("audience", "public"),
            ("image_alt", ""),
            ("image_remove", "yes"),
        ],
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(server.media_files().is_empty());

    let confirm = page(&server, &pages, &format!("{story_path}/delete")).await;
    let deleted = pages
        .post(server.url(&format!("{story_path}/delete")))
        .form(&[("csrf_token", csrf_token(&confirm))])
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        deleted.headers()["location"],
        "/c/wawer/stories?done=deleted"
    );
    let (status, _) = server.get_page(&story_path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    db.drop_database().await;
}

async fn the_form_names_what_is_wrong_and_stores_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 1).await;
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let token = csrf_token(&page(&server, &pages, "/c/wawer/stories/new").await);
    let photo = png_picture(600, 400);
    let story = |alt: &'static str| {
        vec![
            ("title", "A photo of the pond"),
            ("body", "Frozen in January."),
            ("image_alt", alt),
        ]
    };

    // No token, a wrong one, or one after the file: refused before anything is read further.
    let bad_tokens: [Vec<(&str, &str)>; 2] = [
        story("The pond"),
        [vec![("csrf_token", "0000")], story("The pond")].concat(),
    ];
    for fields in bad_tokens {
        let response = send(
            &server,
            &pages,
            "/c/wawer/stories",
            &fields,
            Some(("image", "pond.png", "image/png", &photo)),
        )
        .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let (content_type, mut body) = multipart(
        &story("The pond"),
        Some(("image", "pond.png", "image/png", &photo)),
    );
    let end = body.len() - b"--micropolis-test-boundary-7MA4YWxkTrZu0gW--\r\n".len();
    body.truncate(end);
    body.extend_from_slice(
        format!(
            "--micropolis-test-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--micropolis-test-boundary-7MA4YWxkTrZu0gW--\r\n"
        )
        .as_bytes(),
    );
    let response = pages
        .post(server.url("/c/wawer/stories"))
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "the token comes first"
    );

    let with_token = |fields: Vec<(&'static str, &'static str)>| {
        let mut all = vec![("csrf_token", token.clone())];
        all.extend(
            fields
                .into_iter()
                .map(|(name, value)| (name, value.to_owned())),
        );
        all
    };
    let too_large = vec![0xFF_u8; 10 * 1024 * 1024 + 10];
    let text = b"not a picture".to_vec();
    let cases: Vec<Case<'_>> = vec![
        (
            with_token(story("")),
            Some(("image", "pond.png", "image/png", &photo)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "image_alt",
            "Describe what the photo shows",
        ),
        (
            with_token(story("The pond")),
            Some(("image", "pond.jpg", "image/jpeg", &text)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "image",
            "This file is not a JPEG, PNG or WebP",
        ),
        (
            with_token(story("The pond")),
            Some(("image", "huge.jpg", "image/jpeg", &too_large)),
            StatusCode::PAYLOAD_TOO_LARGE,
            "image",
            "The picture is larger than 10 MB",
        ),
        (
            with_token(vec![
                ("title", ""),
                ("body", "Frozen."),
                ("image_alt", "The pond"),
            ]),
            Some(("image", "pond.png", "image/png", &photo)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "title",
            "Fill this in",
        ),
    ];
    for (fields, file, status, field, message) in cases {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        let response = send(&server, &pages, "/c/wawer/stories", &fields, file).await;
        assert_eq!(response.status(), status, "{field}");
        let html = response.text().await.unwrap();
        assert!(html.contains("class=\"error-summary\""), "{field}");
        assert!(
            html.contains(&format!(
                "<p class=\"field-error\" id=\"{field}-error\">{message}"
            )),
            "{field}: {html}"
        );
        assert!(html.contains(&format!("href=\"#{field}\"")), "{field}");
        assert!(html.contains("Frozen"), "what was typed is kept");
    }
    assert!(
        server.media_files().is_empty(),
        "{:?}",
        server.media_files()
    );
    let (_, list) = server.get_page("/c/wawer/stories").await;
    assert!(!list.contains("A photo of the pond"));
    db.drop_database().await;
}
