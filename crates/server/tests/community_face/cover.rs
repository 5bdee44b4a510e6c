//! The cover photo: set through the API (a picture the admin uploaded) and through the form (a
//! file and what it shows), shown on the community's home and the network's card, replaced
//! (the old picture goes) and removed.

use super::*;

on_both_engines!(
    a_cover_photo_through_the_api,
    a_cover_photo_through_the_form
);

async fn a_cover_photo_through_the_api(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        admin,
        residents,
        ..
    } = neighbourhood(&db, &server, 1).await;

    // Only the admin's own pictures: not someone else's, not an id that is none.
    let borrowed = upload(&server, &residents[0].token, "A resident's garden").await;
    for id in [
        borrowed.as_str(),
        "not-an-id",
        "0190a5e2-7b1c-7000-8000-000000000000",
    ] {
        let (status, problem) = patch(&server, Some(&admin.token), json!({"image_id": id})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{id}");
        assert!(problem["errors"]["image_id"].is_string(), "{problem}");
    }
    let own = upload(&server, &residents[0].token, "Pines by the river").await;
    let (status, _) = patch(&server, Some(&residents[0].token), json!({"image_id": own})).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a member may not, even with their own picture"
    );
    assert_eq!(wawer_now(&server).await["cover"], Value::Null);

    let first = upload(
        &server,
        &admin.token,
        "Pine woods along the Vistula at dawn",
    )
    .await;
    let (status, body) = patch(&server, Some(&admin.token), json!({"image_id": first})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["cover"]["id"], first.as_str());
    assert_eq!(body["cover"]["alt"], "Pine woods along the Vistula at dawn");
    let first_url = body["cover"]["url"].as_str().unwrap().to_owned();
    assert!(first_url.starts_with(&server.base), "{first_url}");
    assert_eq!(wawer_now(&server).await["cover"]["id"], first.as_str());

    // On the community's home, described; on the network's card, as decoration beside the name.
    let (_, home) = page(&server.client, &server, "/c/wawer").await;
    assert!(home.contains("class=\"community-cover\""), "{home}");
    assert!(home.contains("alt=\"Pine woods along the Vistula at dawn\""));
    assert!(home.contains(&format!("/media/{first}/")));
    let (_, network) = page(&server.client, &server, "/").await;
    assert!(network.contains("class=\"card-cover\""));
    assert!(network.contains(&format!("/media/{first}/")));

    // Replaced: the old picture is gone with its files.
    let second = upload(&server, &admin.token, "The Wawer market square").await;
    let (status, body) = patch(&server, Some(&admin.token), json!({"image_id": second})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["cover"]["alt"], "The Wawer market square");
    let gone = server.client.get(&first_url).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);

    // Removed.
    let (status, body) = patch(&server, Some(&admin.token), json!({"image_id": null})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["cover"], Value::Null);
    let (_, home) = page(&server.client, &server, "/c/wawer").await;
    assert!(!home.contains("community-cover"));
    assert_eq!(
        audit(&server, &admin.token).await,
        vec![
            ("community_cover_removed".to_owned(), String::new()),
            (
                "community_cover_changed".to_owned(),
                "The Wawer market square".to_owned()
            ),
            (
                "community_cover_changed".to_owned(),
                "Pine woods along the Vistula at dawn".to_owned()
            ),
        ]
    );

    // A cover goes with the picture when the admin who uploaded it erases their account.
    let promoted = server
        .put_json(
            &format!("/communities/wawer/members/{}", residents[0].id),
            Some(&coordinator),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(promoted.status(), StatusCode::OK);
    let theirs = upload(&server, &residents[0].token, "The old water tower").await;
    let (status, _) = patch(
        &server,
        Some(&residents[0].token),
        json!({"image_id": theirs}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let erased = server
        .delete_json(
            "/me",
            Some(&residents[0].token),
            json!({"password": common::PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    assert_eq!(wawer_now(&server).await["cover"], Value::Null);
    let (status, _) = page(&server.client, &server, "/c/wawer").await;
    assert_eq!(status, StatusCode::OK);
    db.drop_database().await;
}

async fn a_cover_photo_through_the_form(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 0).await;
    let admin_pages = signed_in_pages(&server, "person0@example.org").await;
    let (_, form) = page(&admin_pages, &server, "/c/wawer/settings").await;
    assert!(form.contains("id=\"image\"") && form.contains("id=\"image_alt\""));
    let token = csrf_token(&form);
    let photo = png(1000, 400);

    // A photo without saying what it shows: refused, and nothing is stored.
    let refused = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", ""),
            ("image_alt", " "),
        ],
        Some(("image", "cover.png", &photo)),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("href=\"#image_alt\""), "{refused}");
    assert_eq!(wawer_now(&server).await["cover"], Value::Null);
    // Not a picture at all.
    let refused = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", ""),
            ("image_alt", "A cover"),
        ],
        Some(("image", "cover.png", b"not a picture")),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("href=\"#image\""));

    // With a colour and a photo at once.
    let saved = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", "#2e6b30"),
            ("image_alt", "Children planting pines by the school"),
        ],
        Some(("image", "cover.png", &photo)),
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let wawer = wawer_now(&server).await;
    assert_eq!(wawer["accent_colour"], "#2e6b30");
    assert_eq!(
        wawer["cover"]["alt"],
        "Children planting pines by the school"
    );
    let (_, home) = page(&server.client, &server, "/c/wawer").await;
    assert!(home.contains("alt=\"Children planting pines by the school\""));
    let (_, form) = page(&admin_pages, &server, "/c/wawer/settings").await;
    assert!(form.contains("value=\"Children planting pines by the school\""));
    assert!(form.contains("id=\"image_remove\""));

    // Saying anew what it shows, without a new file; then an empty description is refused.
    let described = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", "#2e6b30"),
            (
                "image_alt",
                "Pupils planting young pines by the school in Wawer",
            ),
        ],
        None,
    )
    .await;
    assert_eq!(described.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        wawer_now(&server).await["cover"]["alt"],
        "Pupils planting young pines by the school in Wawer"
    );
    let emptied = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", "#2e6b30"),
            ("image_alt", ""),
        ],
        None,
    )
    .await;
    assert_eq!(emptied.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Removed with the box.
    let removed = submit_settings(
        &admin_pages,
        &server,
        &[
            ("csrf_token", &token),
            ("accent_colour", "#2e6b30"),
            (
                "image_alt",
                "Pupils planting young pines by the school in Wawer",
            ),
            ("image_remove", "yes"),
        ],
        None,
    )
    .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(wawer_now(&server).await["cover"], Value::Null);
    db.drop_database().await;
}
