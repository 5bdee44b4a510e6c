//! Every save is a revision; an old one comes back as a new one; a translation is current,
//! out of date or missing against its source; the chapters keep the order writers give them.

use super::*;

on_both_engines!(
    revisions_are_kept_and_restored_as_new_ones,
    translations_know_when_they_are_out_of_date,
    writers_set_the_order,
);

async fn revisions_are_kept_and_restored_as_new_ones(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let token = people.organiser.token.as_str();
    for (body, status) in [
        ("First words.", StatusCode::CREATED),
        ("Second words.", StatusCode::OK),
        ("Third words.", StatusCode::OK),
    ] {
        written(
            &server,
            token,
            ("local-media", "en"),
            ("Local media", body),
            status,
        )
        .await;
    }
    let revisions: Value = server
        .get_api("/guidebook/chapters/local-media/en/revisions", None)
        .await
        .json()
        .await
        .unwrap();
    let items = revisions["items"].as_array().unwrap();
    let numbers: Vec<i64> = items
        .iter()
        .map(|item| item["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [3, 2, 1], "newest first");
    assert_eq!(items[2]["body_markdown"], "First words.");
    assert_eq!(items[0]["author"]["id"], people.organiser.id.as_str());

    let response = server
        .post_json(
            "/guidebook/chapters/local-media/en/revisions/1/restore",
            None,
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = server
        .post_json(
            "/guidebook/chapters/local-media/en/revisions/1/restore",
            Some(&people.member.token),
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = server
        .post_json(
            "/guidebook/chapters/local-media/en/revisions/1/restore",
            Some(&people.coordinator),
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let restored: Value = response.json().await.unwrap();
    assert_eq!(restored["revision"], 4);
    assert_eq!(restored["body_markdown"], "First words.");
    let revisions: Value = server
        .get_api("/guidebook/chapters/local-media/en/revisions", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(revisions["items"][0]["restored_from"], 1);
    assert_eq!(
        revisions["items"].as_array().unwrap().len(),
        4,
        "nothing is lost"
    );

    // The history page shows the diff between two revisions, in words and not colour alone.
    let (status, html) = server
        .get_page("/guidebook/local-media/history?locale=en&from=2&to=3")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<del><span class=\"visually-hidden\">removed: </span>Second words.</del>"),
        "{html}"
    );
    assert!(html.contains("<ins><span class=\"visually-hidden\">added: </span>Third words.</ins>"));
    let (status, _) = server
        .get_page("/guidebook/local-media/history?locale=en&from=2&to=9")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn translations_know_when_they_are_out_of_date(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let token = people.coordinator.as_str();
    written(
        &server,
        token,
        ("welcoming", "pl"),
        ("Witamy", "Przywitaj nowe osoby."),
        StatusCode::CREATED,
    )
    .await;
    written(
        &server,
        token,
        ("welcoming", "en"),
        ("Welcome", "Greet newcomers."),
        StatusCode::OK,
    )
    .await;
    let read = chapter(&server, "welcoming", "en").await;
    assert_eq!(read["source_locale"], "pl");
    assert_eq!(status(&read, "pl"), "source");
    assert_eq!(status(&read, "en"), "current");
    assert_eq!(status(&read, "uk"), "missing");

    written(
        &server,
        token,
        ("welcoming", "pl"),
        ("Witamy", "Przywitaj nowe osoby.\n\nZaproś je na kawę."),
        StatusCode::OK,
    )
    .await;
    let read = chapter(&server, "welcoming", "en").await;
    assert_eq!(status(&read, "en"), "out_of_date");
    assert_eq!(read["translations"][0]["source_revision"], 1);

    // The writer's table and the translation form say so, with what changed in the source.
    let pages = signed_in_pages(&server, ORGANISER_EMAIL).await;
    let html = pages
        .get(server.url("/guidebook?lang=en"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Out of date<span class=\"visually-hidden\">: Welcome, English</span>"),
        "{html}"
    );
    assert!(html.contains("Missing<span class=\"visually-hidden\">: Welcome, Українська</span>"));
    let form = pages
        .get(server.url("/guidebook/welcoming/edit?locale=en&lang=en"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(form.contains("What changed in the source since this translation was written"));
    assert!(
        form.contains(
            "<ins><span class=\"visually-hidden\">added: </span>Zaproś je na kawę.</ins>"
        ),
        "{form}"
    );
    assert!(
        form.contains("Przywitaj nowe osoby."),
        "the source text beside the form"
    );

    written(
        &server,
        token,
        ("welcoming", "en"),
        ("Welcome", "Greet newcomers.\n\nInvite them for coffee."),
        StatusCode::OK,
    )
    .await;
    let read = chapter(&server, "welcoming", "en").await;
    assert_eq!(status(&read, "en"), "current");
}

async fn writers_set_the_order(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let token = people.organiser.token.as_str();
    for (slug, status) in [
        ("one", StatusCode::CREATED),
        ("two", StatusCode::CREATED),
        ("three", StatusCode::CREATED),
    ] {
        written(&server, token, (slug, "en"), (slug, "Text."), status).await;
    }
    assert_eq!(
        order(&server).await,
        ["one", "two", "three"],
        "new chapters go last"
    );
    let body = json!({"slugs": ["three", "one", "two"]});
    let response = server
        .put_json("/guidebook/order", None, body.clone())
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = server
        .put_json("/guidebook/order", Some(&people.member.token), body.clone())
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(order(&server).await, ["one", "two", "three"]);
    let response = server.put_json("/guidebook/order", Some(token), body).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(order(&server).await, ["three", "one", "two"]);
    let (_, toc) = server.get_page("/guidebook").await;
    let three = toc.find("href=\"/guidebook/three\"").unwrap();
    let two = toc.find("href=\"/guidebook/two\"").unwrap();
    assert!(three < two, "the contents follow the order");
}
