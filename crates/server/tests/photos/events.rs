//! An event's photo: given by an organiser when it is put on or changed (API and form), shown on
//! its page, in the agenda and on its poster, replaced and removed with its files, never
//! someone else's picture, and never changed by a member who is not an organiser.

use super::*;

on_both_engines!(
    an_event_takes_a_photo_through_the_api,
    another_persons_picture_or_a_member_changes_nothing,
    the_event_form_takes_a_photo_and_names_what_is_wrong,
);

fn evening(title: &str) -> Value {
    json!({"title": title, "body": "Bring a friend.", "starts_at": "2030-06-10T18:00",
           "ends_at": "2030-06-10T20:00", "time_zone": "Europe/Warsaw",
           "online_url": "https://meet.example/wawer", "capacity": 20,
           "accessibility": ["step_free"], "languages": ["pl", "uk"]})
}

fn with_image(mut body: Value, image_id: Value) -> Value {
    body["image_id"] = image_id;
    body
}

async fn event(server: &TestServer, id: &str) -> Value {
    let response = server.get_api(&format!("/events/{id}"), None).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn put(server: &TestServer, id: &str, by: &Person, body: Value) -> reqwest::Response {
    server
        .put_json(&format!("/events/{id}"), Some(&by.token), body)
        .await
}

async fn an_event_takes_a_photo_through_the_api(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 1).await;
    let first = picture(&server, &admin, "Chairs in a circle in the library").await;
    let response = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            with_image(evening("Poetry evening"), json!(first)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["image"]["id"], first.as_str());
    assert_eq!(created["image"]["alt"], "Chairs in a circle in the library");
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(event(&server, &id).await["image"]["id"], first.as_str());

    // Its page, the agenda (small, beside the title that names it) and its poster show it.
    let (status, html) = server.get_page(&format!("/c/wawer/events/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    shows_photo(&html, &first, "Chairs in a circle in the library");
    let (_, agenda) = server.get_page("/c/wawer/events").await;
    let thumbnails = images_of(&agenda, &first);
    assert_eq!(thumbnails.len(), 1, "{agenda}");
    assert!(thumbnails[0].contains("alt=\"\""));
    let (status, poster) = server
        .get_page(&format!("/c/wawer/events/{id}/poster"))
        .await;
    assert_eq!(status, StatusCode::OK);
    shows_photo(&poster, &first, "Chairs in a circle in the library");
    assert!(
        !images_of(&poster, &first)[0].contains("loading=\"lazy\""),
        "printed at once"
    );

    // The whole event again without `image_id` keeps the photo; another picture replaces it
    // and the first one's files go; null removes it, files and all.
    let response = put(&server, &id, &admin, evening("Poetry evening")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap()["image"]["id"],
        first.as_str()
    );
    let second = picture(&server, &admin, "A poet reading by a lamp").await;
    let response = put(
        &server,
        &id,
        &admin,
        with_image(evening("Poetry evening"), json!(second)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap()["image"]["id"],
        second.as_str()
    );
    assert_eq!(files_of(&server, &first), 0, "the replaced photo's files");
    assert_eq!(files_of(&server, &second), 3);
    let (_, html) = server.get_page(&format!("/c/wawer/events/{id}")).await;
    shows_photo(&html, &second, "A poet reading by a lamp");
    let response = put(
        &server,
        &id,
        &admin,
        with_image(evening("Poetry evening"), Value::Null),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(event(&server, &id).await["image"].is_null());
    assert!(server.media_files().is_empty());
    db.drop_database().await;
}

async fn another_persons_picture_or_a_member_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let member = &residents[0];
    let theirs = picture(&server, member, "A crowded hall").await;

    // An organiser cannot put someone else's picture on an event: 422, nothing made.
    let response = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            with_image(evening("Poetry evening"), json!(theirs)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["image_id"].is_string(), "{problem}");
    let listed = server
        .get_api("/communities/wawer/events", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty(), "{listed}");

    let own = picture(&server, &admin, "Chairs in a circle").await;
    let response = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            with_image(evening("Poetry evening"), json!(own)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Someone else's picture on a change: 422, and the title changed with it is not saved.
    let response = put(
        &server,
        &id,
        &admin,
        with_image(evening("Renamed evening"), json!(theirs)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["image_id"].is_string(), "{problem}");

    // A member who is no organiser may not change the photo, through the API or the form.
    for image_id in [json!(theirs), Value::Null] {
        let response = put(
            &server,
            &id,
            member,
            with_image(evening("Poetry evening"), image_id),
        )
        .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let response = pages
        .get(server.url(&format!("/c/wawer/events/{id}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let detail = page(&server, &pages, &format!("/c/wawer/events/{id}")).await;
    let response = send(
        &server,
        &pages,
        &format!("/c/wawer/events/{id}/edit"),
        &[
            ("csrf_token", &csrf_token(&detail)),
            ("title", "Poetry evening"),
            ("image_alt", ""),
            ("image_remove", "yes"),
        ],
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let unchanged = event(&server, &id).await;
    assert_eq!(unchanged["title"], "Poetry evening");
    assert_eq!(unchanged["image"]["id"], own.as_str());
    assert_eq!(files_of(&server, &own), 3);
    assert_eq!(files_of(&server, &theirs), 3, "their picture is untouched");
    db.drop_database().await;
}

/// The fields of the event form, with a title and alt text of choice.
fn event_fields<'a>(token: &'a str, title: &'a str, alt: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf_token", token),
        ("title", title),
        ("body", "Bring a friend."),
        ("starts_at", "2030-06-10T18:00"),
        ("ends_at", "2030-06-10T20:00"),
        ("time_zone", "Europe/Warsaw"),
        ("online_url", "https://meet.example/wawer"),
        ("capacity", "20"),
        ("languages", "pl"),
        ("languages", "uk"),
        ("image_alt", alt),
    ]
}

async fn the_event_form_takes_a_photo_and_names_what_is_wrong(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 1).await;
    let pages = signed_in_pages(&server, "person0@example.org").await;
    let form = page(&server, &pages, "/c/wawer/events/new").await;
    assert!(form.contains("enctype=\"multipart/form-data\""), "{form}");
    assert!(form.contains("type=\"file\""));
    let token = csrf_token(&form);
    let photo = png_picture(800, 500);
    let file = Some(("image", "evening.png", "image/png", photo.as_slice()));

    // A photo without alt text: named beside its field, nothing stored.
    let response = send(
        &server,
        &pages,
        "/c/wawer/events",
        &event_fields(&token, "Poetry evening", ""),
        file,
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"image_alt-error\""), "{html}");
    assert!(
        html.contains("value=\"Poetry evening\""),
        "what was typed is kept"
    );
    assert!(server.media_files().is_empty(), "nothing stored");
    let listed = server
        .get_api("/communities/wawer/events", None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());

    let response = send(
        &server,
        &pages,
        "/c/wawer/events",
        &event_fields(&token, "Poetry evening", "Chairs around a lamp"),
        file,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let path = location.split('?').next().unwrap().to_owned();
    let id = path.rsplit('/').next().unwrap().to_owned();
    let first = event(&server, &id).await["image"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    shows_photo(
        &page(&server, &pages, &location).await,
        &first,
        "Chairs around a lamp",
    );

    // The edit form: a new alt text alone describes the photo anew; a new file replaces it and
    // its files; a bad field with it stores nothing; the box removes it.
    let edit = page(&server, &pages, &format!("{path}/edit")).await;
    assert!(edit.contains("value=\"Chairs around a lamp\""));
    assert!(edit.contains("id=\"image_remove\""));
    let token = csrf_token(&edit);
    let response = send(
        &server,
        &pages,
        &format!("{path}/edit"),
        &event_fields(&token, "Poetry evening", "Six chairs around a lamp"),
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        event(&server, &id).await["image"]["alt"],
        "Six chairs around a lamp"
    );
    let response = send(
        &server,
        &pages,
        &format!("{path}/edit"),
        &event_fields(&token, "", "A full room"),
        Some(("image", "room.png", "image/png", &png_picture(700, 500))),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(server.media_files().len(), 3, "the new file was not stored");
    assert_eq!(files_of(&server, &first), 3);
    let response = send(
        &server,
        &pages,
        &format!("{path}/edit"),
        &event_fields(&token, "Poetry evening", "A full room"),
        Some(("image", "room.png", "image/png", &png_picture(700, 500))),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(files_of(&server, &first), 0, "the replaced photo's files");
    let second = event(&server, &id).await["image"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(files_of(&server, &second), 3);
    let mut fields = event_fields(&token, "Poetry evening", "A full room");
    fields.push(("image_remove", "yes"));
    let response = send(&server, &pages, &format!("{path}/edit"), &fields, None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(event(&server, &id).await["image"].is_null());
    assert!(server.media_files().is_empty());
    db.drop_database().await;
}
