//! Only a story's author changes or deletes it; bad input is refused with each field named,
//! and changes nothing.

use super::*;

on_both_engines!(
    only_the_author_changes_or_deletes_a_story,
    bad_stories_are_refused_field_by_field,
);

async fn only_the_author_changes_or_deletes_a_story(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 2).await;
    let (author, other) = (&residents[0], &residents[1]);
    let story = tell(
        &server,
        author,
        json!({"title": "The old bakery", "body": "Bread at six.", "tags": ["bread"]}),
    )
    .await;
    let path = format!("/stories/{}", story["id"].as_str().unwrap());
    for (who, token, status) in [
        (
            "another member",
            Some(other.token.as_str()),
            StatusCode::FORBIDDEN,
        ),
        (
            "the admin",
            Some(admin.token.as_str()),
            StatusCode::FORBIDDEN,
        ),
        ("nobody", None, StatusCode::UNAUTHORIZED),
    ] {
        let response = server
            .patch_json(&path, token, json!({"title": "Mine now"}))
            .await;
        assert_eq!(response.status(), status, "{who}: PATCH");
        let response = server.delete_json(&path, token, json!({})).await;
        assert_eq!(response.status(), status, "{who}: DELETE");
    }
    let unchanged: Value = server.get_api(&path, None).await.json().await.unwrap();
    assert_eq!(unchanged["title"], "The old bakery");

    let photo = picture(&server, author, "Loaves on a wooden shelf").await;
    let response = server
        .patch_json(
            &path,
            Some(&author.token),
            json!({"title": "The old bakery on Zygmuntowska", "tags": ["bread", "shops"], "image_id": photo}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(changed["title"], "The old bakery on Zygmuntowska");
    assert_eq!(changed["body"], "Bread at six.", "what is not given stays");
    assert_eq!(changed["tags"], json!(["bread", "shops"]));
    assert_eq!(changed["image"]["alt"], "Loaves on a wooden shelf");
    assert_eq!(server.media_files().len(), 3);

    // A new photo replaces the old one, whose files go.
    let second = picture(&server, author, "The shop window").await;
    let response = server
        .patch_json(&path, Some(&author.token), json!({"image_id": second}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(server.media_files().len(), 3);
    assert!(
        server
            .media_files()
            .iter()
            .all(|file| file.to_string_lossy().contains(&second))
    );
    // `null` removes it.
    let response = server
        .patch_json(&path, Some(&author.token), json!({"image_id": null}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let removed: Value = response.json().await.unwrap();
    assert!(removed["image"].is_null());
    assert!(server.media_files().is_empty());

    let with_photo = picture(&server, author, "Flour sacks").await;
    let response = server
        .patch_json(&path, Some(&author.token), json!({"image_id": with_photo}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let comment = server
        .post_json(
            &format!("{path}/comments"),
            Some(&other.token),
            json!({"body": "I remember the smell!"}),
        )
        .await;
    assert_eq!(comment.status(), StatusCode::CREATED);
    let response = server
        .delete_json(&path, Some(&author.token), json!({}))
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        server.get_api(&path, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server
            .get_api(&format!("{path}/comments"), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(server.media_files().is_empty(), "its photo went with it");
    db.drop_database().await;
}

async fn bad_stories_are_refused_field_by_field(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        residents,
        ..
    } = neighbourhood(&db, &server, 1).await;
    let member = &residents[0];
    let outsider = praga(&server, &coordinator).await;
    let cases = [
        (json!({"body": "No title"}), "title"),
        (json!({"title": " ", "body": "Blank title"}), "title"),
        (json!({"title": "No body", "body": ""}), "body"),
        (
            json!({"title": "T", "body": "B", "audience": "friends"}),
            "audience",
        ),
        (
            json!({"title": "T", "body": "B", "tags": ["a", "b", "c", "d", "e", "f", "g", "h", "i"]}),
            "tags",
        ),
        (
            json!({"title": "T", "body": "B", "tags": ["no/slashes"]}),
            "tags",
        ),
        (json!({"title": "T", "body": "B", "tags": "river"}), "tags"),
        (
            json!({"title": "T", "body": "B", "image_id": "not-an-id"}),
            "image_id",
        ),
        (
            json!({"title": "T", "body": "B", "image_id": "7d444840-9dc0-11d1-b245-5ffdce74fad2"}),
            "image_id",
        ),
        (json!({"title": "x".repeat(151), "body": "B"}), "title"),
    ];
    for (body, field) in cases {
        let response = server
            .post_json(
                "/communities/wawer/stories",
                Some(&member.token),
                body.clone(),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"][field].is_string(), "{body}: {problem}");
    }
    let fine = json!({"title": "T", "body": "B"});
    let response = server
        .post_json(
            "/communities/wawer/stories",
            Some(&outsider.token),
            fine.clone(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = server
        .post_json("/communities/wawer/stories", None, fine.clone())
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = server
        .post_json("/communities/nowhere/stories", Some(&member.token), fine)
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = server
        .client
        .post(server.url("/api/v1/communities/wawer/stories"))
        .bearer_auth(&member.token)
        .body("title=T&body=B")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let list: Value = server
        .get_api("/communities/wawer/stories", Some(&member.token))
        .await
        .json()
        .await
        .unwrap();
    assert!(ids(&list).is_empty(), "nothing refused was stored");
    db.drop_database().await;
}
