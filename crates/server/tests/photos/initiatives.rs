//! An initiative's photo: given when it is proposed (API and form), shown on its page and in
//! the list, replaced and removed by its author only, never someone else's picture.

use super::*;

on_both_engines!(
    an_initiative_takes_a_photo_through_the_api,
    another_persons_picture_or_initiative_changes_nothing,
    the_forms_take_a_photo_and_name_what_is_wrong,
);

async fn propose(server: &TestServer, by: &Person, body: Value) -> reqwest::Response {
    server
        .post_json("/communities/wawer/initiatives", Some(&by.token), body)
        .await
}

async fn initiative(server: &TestServer, id: &str) -> Value {
    let response = server.get_api(&format!("/initiatives/{id}"), None).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn an_initiative_takes_a_photo_through_the_api(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { residents, .. } = neighbourhood(&db, &server, 1).await;
    let author = &residents[0];
    let first = picture(&server, author, "An empty riverside path").await;
    let response = propose(
        &server,
        author,
        json!({"title": "Benches by the river", "body": "Five benches.", "image_id": first}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["image"]["id"], first.as_str());
    assert_eq!(created["image"]["alt"], "An empty riverside path");
    assert_eq!(created["image"]["variants"].as_array().unwrap().len(), 3);
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(
        initiative(&server, &id).await["image"]["id"],
        first.as_str()
    );

    // Anyone sees it on the page, in every width; the list shows it small beside the title,
    // which names the initiative already.
    let (status, html) = server.get_page(&format!("/c/wawer/initiatives/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    shows_photo(&html, &first, "An empty riverside path");
    let (_, list) = server.get_page("/c/wawer/initiatives").await;
    let thumbnails = images_of(&list, &first);
    assert_eq!(thumbnails.len(), 1, "{list}");
    assert!(thumbnails[0].contains("alt=\"\""), "{}", thumbnails[0]);
    let listed = server
        .get_api("/communities/wawer/initiatives", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["image"]["id"], first.as_str());

    // Replaced: the first picture's files are gone. Left out: kept. Null: removed, files too.
    let second = picture(&server, author, "Benches along the path").await;
    assert_eq!(files_of(&server, &first), 3);
    let response = server
        .patch_json(
            &format!("/initiatives/{id}"),
            Some(&author.token),
            json!({"image_id": second}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(changed["image"]["id"], second.as_str());
    assert_eq!(files_of(&server, &first), 0, "the replaced photo's files");
    assert_eq!(files_of(&server, &second), 3);
    let (status, _) = server.get_page(&format!("/media/{first}/320.jpg")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let response = server
        .patch_json(
            &format!("/initiatives/{id}"),
            Some(&author.token),
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        initiative(&server, &id).await["image"]["id"],
        second.as_str()
    );
    let response = server
        .patch_json(
            &format!("/initiatives/{id}"),
            Some(&author.token),
            json!({"image_id": null}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(initiative(&server, &id).await["image"].is_null());
    assert!(server.media_files().is_empty());
    let (_, html) = server.get_page(&format!("/c/wawer/initiatives/{id}")).await;
    assert!(!html.contains("/media/"), "no photo left on the page");
    db.drop_database().await;
}

async fn another_persons_picture_or_initiative_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 2).await;
    let (author, neighbour) = (&residents[0], &residents[1]);
    let theirs = picture(&server, neighbour, "A bench in the sun").await;

    // Proposing with someone else's picture, or with something that is no id: 422, nothing made.
    for image_id in [json!(theirs), json!("not-an-id"), json!(uuid_like())] {
        let response = propose(
            &server,
            author,
            json!({"title": "Benches", "body": "Five benches.", "image_id": image_id}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"]["image_id"].is_string(), "{problem}");
    }
    let listed = server
        .get_api("/communities/wawer/initiatives", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty(), "{listed}");

    // An initiative with its author's own photo: someone else's picture changes nothing, and
    // nobody but its author (not even an admin) changes its photo.
    let own = picture(&server, author, "A muddy path").await;
    let response = propose(
        &server,
        author,
        json!({"title": "Benches", "body": "Five benches.", "image_id": own}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = server
        .patch_json(
            &format!("/initiatives/{id}"),
            Some(&author.token),
            json!({"image_id": theirs}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["image_id"].is_string(), "{problem}");
    for (who, expected) in [
        (neighbour, StatusCode::FORBIDDEN),
        (&admin, StatusCode::FORBIDDEN),
    ] {
        let response = server
            .patch_json(
                &format!("/initiatives/{id}"),
                Some(&who.token),
                json!({"image_id": null}),
            )
            .await;
        assert_eq!(response.status(), expected);
    }
    let response = server
        .patch_json(
            &format!("/initiatives/{id}"),
            None,
            json!({"image_id": null}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(initiative(&server, &id).await["image"]["id"], own.as_str());
    assert_eq!(files_of(&server, &own), 3);
    assert_eq!(files_of(&server, &theirs), 3, "their picture is untouched");

    // The author's photo page is theirs alone.
    let pages = signed_in_pages(&server, "person3@example.org").await;
    let response = pages
        .get(server.url(&format!("/c/wawer/initiatives/{id}/photo")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    db.drop_database().await;
}

/// A well-formed image id that names no picture.
fn uuid_like() -> String {
    "4b0a7d1e-93c1-4a7e-9f55-2b1c0d9e8f70".to_owned()
}

async fn the_forms_take_a_photo_and_name_what_is_wrong(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 2).await;
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let form = page(&server, &pages, "/c/wawer/initiatives/new").await;
    assert!(form.contains("enctype=\"multipart/form-data\""), "{form}");
    assert!(form.contains("type=\"file\""));
    assert!(form.contains("id=\"image_alt\""));
    let token = csrf_token(&form);
    let photo = png_picture(800, 500);
    let file = Some(("image", "benches.png", "image/png", photo.as_slice()));

    // A photo without alt text, and no title either: both named, nothing stored.
    let response = send(
        &server,
        &pages,
        "/c/wawer/initiatives",
        &[
            ("csrf_token", &token),
            ("title", ""),
            ("body", "Five benches."),
            ("image_alt", " "),
        ],
        file,
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"title-error\""), "{html}");
    assert!(html.contains("id=\"image_alt-error\""), "{html}");
    assert!(
        html.contains("href=\"#image_alt\""),
        "the error summary links to it"
    );
    assert!(html.contains("Five benches."), "what was typed is kept");
    assert!(server.media_files().is_empty(), "nothing stored");
    let listed = server
        .get_api("/communities/wawer/initiatives", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());

    // With its alt text: proposed, and shown with every width.
    let response = send(
        &server,
        &pages,
        "/c/wawer/initiatives",
        &[
            ("csrf_token", &token),
            ("title", "Benches by the river"),
            ("body", "Five benches."),
            ("image_alt", "A riverside path without benches"),
        ],
        file,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.ends_with("?done=proposed"), "{location}");
    let path = location.split('?').next().unwrap().to_owned();
    let html = page(&server, &pages, &location).await;
    let listed = server
        .get_api("/communities/wawer/initiatives", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    let first = listed["items"][0]["image"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    shows_photo(&html, &first, "A riverside path without benches");
    assert!(html.contains(&format!("href=\"{path}/photo\"")));

    // The photo form: emptying the alt text of the photo kept is refused; a new file replaces
    // the photo and its files; the box removes it.
    let form = page(&server, &pages, &format!("{path}/photo")).await;
    assert!(form.contains("enctype=\"multipart/form-data\""));
    assert!(form.contains("id=\"image_remove\""));
    assert!(form.contains("value=\"A riverside path without benches\""));
    let token = csrf_token(&form);
    let response = send(
        &server,
        &pages,
        &format!("{path}/photo"),
        &[("csrf_token", &token), ("image_alt", "")],
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("id=\"image_alt-error\"")
    );
    let response = send(
        &server,
        &pages,
        &format!("{path}/photo"),
        &[("csrf_token", &token), ("image_alt", "Two new benches")],
        Some(("image", "after.png", "image/png", &png_picture(900, 600))),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(files_of(&server, &first), 0, "the replaced photo's files");
    assert_eq!(server.media_files().len(), 3);
    let html = page(&server, &pages, &format!("{path}?done=photo")).await;
    assert!(html.contains("alt=\"Two new benches\""), "{html}");
    assert!(images_of(&html, &first).is_empty());
    let response = send(
        &server,
        &pages,
        &format!("{path}/photo"),
        &[
            ("csrf_token", &token),
            ("image_alt", "Two new benches"),
            ("image_remove", "yes"),
        ],
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(server.media_files().is_empty(), "the removed photo's files");
    let html = page(&server, &pages, &path).await;
    assert!(!html.contains("/media/"));
    db.drop_database().await;
}
