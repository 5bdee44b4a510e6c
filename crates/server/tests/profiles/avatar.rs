//! The photo on a profile (its avatar): shown to exactly its audience (API, the person's page,
//! the directory), only a picture the person uploaded, a replaced or removed one deleted with its
//! files, and the form's photo inputs checked like its other fields.

use super::*;

on_both_engines!(
    the_avatar_is_shown_to_exactly_its_audience,
    someone_elses_image_is_refused_and_nothing_changes,
    a_replaced_or_removed_avatar_is_deleted,
    the_form_needs_a_description_with_a_photo,
);

/// Uploads a picture as `person`: its id.
async fn upload(server: &TestServer, person: &Person, alt: &str) -> String {
    let response = server
        .upload_image(
            Some(&person.token),
            alt,
            "photo.png",
            &common::png_picture(400, 300),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().await.unwrap();
    body["id"].as_str().unwrap().to_owned()
}

/// Whether any stored file belongs to the image `id`.
fn has_files(server: &TestServer, id: &str) -> bool {
    server
        .media_files()
        .iter()
        .any(|path| path.to_string_lossy().contains(id))
}

async fn own_profile(server: &TestServer, person: &Person) -> Value {
    server.get_ok("/me/profile", &person.token).await
}

async fn the_avatar_is_shown_to_exactly_its_audience(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let id = upload(&world.server, &world.person, "Halina by the Vistula").await;
    // The bio is public, so that everyone finds the person; the photo starts private.
    let saved = patch(
        &world.server,
        &world.person,
        json!({"bio": "Retired teacher", "visibility": {"bio": "public"}, "avatar_image_id": id}),
    )
    .await;
    assert_eq!(saved["avatar"]["id"], id.as_str(), "{saved}");
    assert_eq!(saved["avatar"]["alt"], "Halina by the Vistula");
    assert_eq!(saved["visibility"]["avatar"], "private");
    for visibility in ["private", "members", "public"] {
        patch(
            &world.server,
            &world.person,
            json!({"visibility": {"avatar": visibility}}),
        )
        .await;
        assert_eq!(
            own_profile(&world.server, &world.person).await["avatar"]["id"],
            id.as_str()
        );
        for viewer in VIEWERS {
            let shown = matches!(
                (visibility, viewer),
                (_, Viewer::Themself) | ("public", _) | ("members", Viewer::Member)
            );
            let (status, body) = world.person_as(viewer).await;
            assert_eq!(status, StatusCode::OK, "{viewer:?}");
            if shown {
                assert_eq!(body["avatar"]["id"], id.as_str(), "{visibility} {viewer:?}");
                assert_eq!(body["avatar"]["alt"], "Halina by the Vistula");
            } else {
                assert!(body["avatar"].is_null(), "{visibility} {viewer:?}: {body}");
            }
            let listed = world
                .server
                .get_api("/communities/wawer/people", world.token(viewer))
                .await;
            let listed: Value = listed.json().await.unwrap();
            let entry = listed["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|item| item["id"] == world.person.id.as_str())
                .cloned()
                .unwrap();
            assert_eq!(
                !entry["avatar"].is_null(),
                shown,
                "{visibility} {viewer:?} in the directory"
            );
            let browser = world.browser(viewer).await;
            let (status, html) = world
                .page(&browser, &format!("/c/wawer/people/{}", world.person.id))
                .await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(
                html.contains(&format!("/media/{id}/")),
                shown,
                "{visibility} {viewer:?} on the page"
            );
            let (_, list) = world.page(&browser, "/c/wawer/people").await;
            assert_eq!(
                list.contains(&format!("/media/{id}/")),
                shown,
                "{visibility} {viewer:?} in the directory page"
            );
            assert_eq!(list.contains("alt=\"Halina by the Vistula\""), shown);
        }
    }
    world.db.drop_database().await;
}

async fn someone_elses_image_is_refused_and_nothing_changes(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let theirs = upload(&world.server, &world.member, "A bench").await;
    for bad in [json!(theirs), json!("not-an-id")] {
        let response = world
            .server
            .patch_json(
                "/me/profile",
                Some(&world.person.token),
                json!({"bio": "Changed", "avatar_image_id": bad, "visibility": {"avatar": "public"}}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Value = response.json().await.unwrap();
        assert!(
            problem["errors"]["avatar_image_id"].is_string(),
            "{problem}"
        );
        let profile = own_profile(&world.server, &world.person).await;
        assert_eq!(profile["bio"], "");
        assert!(profile["avatar"].is_null());
        assert_eq!(profile["visibility"]["avatar"], "private");
    }
    assert!(has_files(&world.server, &theirs), "their picture stays");
    world.db.drop_database().await;
}

async fn a_replaced_or_removed_avatar_is_deleted(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let first = upload(&world.server, &world.person, "First").await;
    patch(
        &world.server,
        &world.person,
        json!({"avatar_image_id": first}),
    )
    .await;
    assert!(has_files(&world.server, &first));
    let second = upload(&world.server, &world.person, "Second").await;
    let saved = patch(
        &world.server,
        &world.person,
        json!({"avatar_image_id": second}),
    )
    .await;
    assert_eq!(saved["avatar"]["id"], second.as_str());
    assert!(
        !has_files(&world.server, &first),
        "the replaced photo's files"
    );
    assert!(has_files(&world.server, &second));
    // Leaving it out keeps it.
    let kept = patch(&world.server, &world.person, json!({"bio": "Hello"})).await;
    assert_eq!(kept["avatar"]["id"], second.as_str());
    let removed = patch(
        &world.server,
        &world.person,
        json!({"avatar_image_id": null}),
    )
    .await;
    assert!(removed["avatar"].is_null());
    assert!(
        !has_files(&world.server, &second),
        "the removed photo's files"
    );
    world.db.drop_database().await;
}

async fn the_form_needs_a_description_with_a_photo(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let browser = world.browser(Viewer::Themself).await;
    let (status, form) = world.page(&browser, "/account/profile").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("enctype=\"multipart/form-data\""));
    assert!(form.contains("name=\"avatar_visibility\""));
    let token = csrf_token(&form);
    let picture = common::png_picture(300, 300);
    let send = |alt: &'static str| {
        let (content_type, body) = common::multipart(
            &[
                ("csrf_token", token.as_str()),
                ("display_name", "Halina Nowak"),
                ("bio", "Retired teacher"),
                ("bio_visibility", "private"),
                ("story_visibility", "private"),
                ("languages_visibility", "private"),
                ("skills_visibility", "private"),
                ("avatar_visibility", "members"),
                ("image_alt", alt),
            ],
            Some(("image", "me.png", "image/png", &picture)),
        );
        browser
            .post(world.server.url("/account/profile"))
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    let refused = send("").await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"image_alt-error\""), "{html}");
    let profile = own_profile(&world.server, &world.person).await;
    assert!(profile["avatar"].is_null());
    assert_eq!(profile["bio"], "", "nothing saved");
    assert!(world.server.media_files().is_empty(), "no file kept");

    let saved = send("Halina in the garden").await.unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let profile = own_profile(&world.server, &world.person).await;
    assert_eq!(profile["avatar"]["alt"], "Halina in the garden");
    assert_eq!(profile["visibility"]["avatar"], "members");
    assert_eq!(profile["bio"], "Retired teacher");
    world.db.drop_database().await;
}
