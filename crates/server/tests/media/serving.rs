//! What is stored and served: upright, without EXIF or GPS, in its variants, each with a year's
//! cache and an ETag; members-only pictures kept out of shared caches.

use super::*;

on_both_engines!(
    a_photo_is_served_upright_without_its_exif_in_cached_variants,
    a_members_only_storys_photo_stays_out_of_shared_caches,
);

async fn a_photo_is_served_upright_without_its_exif_in_cached_variants(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server.resident("exif@example.org", "Exif").await;
    // 1600×900 as stored by the camera, 900×1600 as shown.
    let original = super::jpeg_with_exif(1600, 900);
    assert!(original.windows(4).any(|w| w == b"Exif"));
    let response = server
        .upload_image(Some(&token), "A tall red wall", "IMG_0001.JPG", &original)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let image: Value = response.json().await.unwrap();
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(900), Some(1600))
    );
    assert_eq!(image["alt"], "A tall red wall");
    let widths: Vec<u64> = image["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|variant| variant["width"].as_u64().unwrap())
        .collect();
    assert_eq!(widths, vec![320, 640, 900]);
    assert_eq!(image["url"], image["variants"][2]["url"]);
    for variant in image["variants"].as_array().unwrap() {
        let url = variant["url"].as_str().unwrap();
        assert!(url.starts_with(&server.base), "{url}");
        let response = server.client.get(url).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{url}");
        assert_eq!(response.headers()["content-type"], "image/jpeg");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        let bytes = response.bytes().await.unwrap();
        assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
        assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{url} keeps EXIF");
        assert!(!bytes.windows(3).any(|w| w == b"GPS"), "{url} keeps GPS");
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (u64::from(decoded.width()), u64::from(decoded.height())),
            (
                variant["width"].as_u64().unwrap(),
                variant["height"].as_u64().unwrap()
            )
        );
        let again = server
            .client
            .get(url)
            .header("If-None-Match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    }
    assert_eq!(server.media_files().len(), 3);
    let id = image["id"].as_str().unwrap();
    for path in [
        format!("/media/{id}/500.jpg"),
        format!("/media/{id}/320.png"),
        "/media/not-an-id/320.jpg".to_owned(),
        "/media/7d444840-9dc0-11d1-b245-5ffdce74fad2/320.jpg".to_owned(),
    ] {
        let (status, _) = server.get_page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let exported = exported_images(&server, &token).await;
    assert_eq!(exported.len(), 1);
    assert_eq!(exported[0]["alt"], "A tall red wall");
    db.drop_database().await;
}

async fn a_members_only_storys_photo_stays_out_of_shared_caches(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { residents, .. } = neighbourhood(&db, &server, 2).await;
    let author = &residents[0];
    let upload = |alt: &'static str| {
        let server = &server;
        async move {
            let response = server
                .upload_image(Some(&author.token), alt, "p.png", &png_picture(500, 300))
                .await;
            assert_eq!(response.status(), StatusCode::CREATED);
            response.json::<Value>().await.unwrap()
        }
    };
    let private = upload("Our allotment gate").await;
    let response = server
        .post_json(
            "/communities/wawer/stories",
            Some(&author.token),
            json!({"title": "The gate", "body": "For us.", "audience": "members",
                   "image_id": private["id"]}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let story: Value = response.json().await.unwrap();
    assert_eq!(story["image"]["id"], private["id"]);
    let url = story["image"]["variants"][0]["url"].as_str().unwrap();
    let response = server.client.get(url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["cache-control"],
        "private, max-age=31536000, immutable"
    );
    // Made public, the story's photo may be cached anywhere.
    let response = server
        .patch_json(
            &format!("/stories/{}", story["id"].as_str().unwrap()),
            Some(&author.token),
            json!({"audience": "public"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = server.client.get(url).send().await.unwrap();
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    // Someone else's picture is not theirs to attach.
    let theirs = upload("Not yours").await;
    let response = server
        .post_json(
            "/communities/wawer/stories",
            Some(&residents[1].token),
            json!({"title": "Borrowed", "body": "A photo", "image_id": theirs["id"]}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["image_id"].is_string(), "{problem}");
    db.drop_database().await;
}
