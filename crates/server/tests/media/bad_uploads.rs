//! Every kind of bad upload is refused with a reason a person can act on, and leaves nothing
//! behind: no file on disk, no row.

use super::*;

on_both_engines!(
    bad_files_are_refused_with_their_reason_and_leave_nothing,
    an_upload_needs_its_alt_text_a_session_and_multipart,
);

async fn bad_files_are_refused_with_their_reason_and_leave_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server
        .resident("photographer@example.org", "Photographer")
        .await;
    let mut truncated = png_picture(64, 64);
    truncated.truncate(truncated.len() / 2);
    let mut corrupt = super::jpeg_with_exif(64, 64);
    let middle = corrupt.len() / 2;
    corrupt.truncate(middle);
    let gif = b"GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;";
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "notes.jpg",
            b"Shopping list: bread, milk. Not a photo at all.".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not a JPEG, PNG or WebP",
        ),
        (
            "animation.gif",
            gif.to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not a JPEG, PNG or WebP",
        ),
        (
            "bomb.png",
            png_declaring(30_000, 30_000),
            StatusCode::UNPROCESSABLE_ENTITY,
            "megapixels",
        ),
        (
            "huge.png",
            png_declaring(8_000, 8_000),
            StatusCode::UNPROCESSABLE_ENTITY,
            "at most 40 megapixels",
        ),
        (
            "cut.png",
            truncated,
            StatusCode::UNPROCESSABLE_ENTITY,
            "could not be read",
        ),
        (
            "cut.jpg",
            corrupt,
            StatusCode::UNPROCESSABLE_ENTITY,
            "could not be read",
        ),
    ];
    for (name, bytes, status, reason) in cases {
        let response = server
            .upload_image(Some(&token), "A view of the river", name, &bytes)
            .await;
        assert_eq!(response.status(), status, "{name}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{name}"
        );
        let problem: Value = response.json().await.unwrap();
        let message = problem["errors"]["file"].as_str().unwrap_or_default();
        assert!(message.contains(reason), "{name}: {problem}");
    }
    // Over 10 MiB: 413, read to its end so that the client gets the answer.
    let large = vec![0xFF_u8; 10 * 1024 * 1024 + 1];
    let response = server
        .upload_image(Some(&token), "A very large photo", "large.jpg", &large)
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let problem: Value = response.json().await.unwrap();
    assert!(
        problem["detail"].as_str().unwrap().contains("10 MB"),
        "{problem}"
    );
    assert!(
        server.media_files().is_empty(),
        "{:?}",
        server.media_files()
    );
    assert!(exported_images(&server, &token).await.is_empty());
    // The server is still there, and a good picture still goes in.
    let response = server
        .upload_image(
            Some(&token),
            "A gradient",
            "fine.png",
            &png_picture(400, 300),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(server.media_files().len(), 2, "320 and 400 wide");
    db.drop_database().await;
}

async fn an_upload_needs_its_alt_text_a_session_and_multipart(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server.resident("alt@example.org", "Alt").await;
    let picture = png_picture(200, 100);
    for alt in ["", "   ", &"x".repeat(301)] {
        let response = server
            .upload_image(Some(&token), alt, "photo.png", &picture)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{alt:?}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"]["alt"].is_string(), "{problem}");
    }
    let (content_type, body) = multipart(&[("alt", "No file at all")], None);
    let response = server
        .client
        .post(server.url("/api/v1/images"))
        .bearer_auth(&token)
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["file"].is_string(), "{problem}");
    let response = server
        .upload_image(None, "Someone's photo", "photo.png", &picture)
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = server
        .post_json(
            "/images",
            Some(&token),
            json!({"alt": "JSON is not a file"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let problem: Value = response.json().await.unwrap();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("multipart/form-data"),
        "{problem}"
    );
    assert!(server.media_files().is_empty());
    db.drop_database().await;
}
