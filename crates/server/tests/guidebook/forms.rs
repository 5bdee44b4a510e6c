//! The guidebook through forms alone (each with its CSRF token): a new chapter, a translation,
//! restoring a revision, moving a chapter; refused forms store nothing. And a writer's part in
//! their export, and what erasure leaves: the text, under "a former member".

use super::*;

on_both_engines!(
    writers_work_through_forms_alone,
    revisions_are_exported_and_outlive_their_author,
);

async fn text(pages: &reqwest::Client, server: &TestServer, path: &str) -> String {
    let response = pages.get(server.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

async fn post(
    pages: &reqwest::Client,
    server: &TestServer,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    pages
        .post(server.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

fn location(response: &reqwest::Response) -> &str {
    response.headers()["location"].to_str().unwrap()
}

async fn writers_work_through_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let member = signed_in_pages(&server, "person3@example.org").await;
    let response = member
        .get(server.url("/guidebook/new"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let index = text(&member, &server, "/guidebook?lang=en").await;
    assert!(
        !index.contains("/guidebook/new"),
        "no writers' links for a member"
    );

    let pages = signed_in_pages(&server, ORGANISER_EMAIL).await;
    let form = text(&pages, &server, "/guidebook/new?lang=en").await;
    let token = csrf_token(&form);
    let fields = [
        ("slug", "time-bank"),
        ("locale", "en"),
        ("title", "Time bank"),
        ("body_markdown", "Give an hour."),
    ];
    let refused = post(&pages, &server, "/guidebook/new", &fields).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN, "no CSRF token");
    let bad = [
        ("csrf_token", token.as_str()),
        ("slug", "print"),
        ("locale", "en"),
        ("title", ""),
        ("body_markdown", "x"),
    ];
    let response = post(&pages, &server, "/guidebook/new", &bad).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("id=\"slug-error\"") && html.contains("id=\"title-error\""),
        "{html}"
    );
    assert!(
        order(&server).await.is_empty(),
        "a refused form stores nothing"
    );
    let mut good = fields.to_vec();
    good.push(("csrf_token", &token));
    let response = post(&pages, &server, "/guidebook/new", &good).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/guidebook/time-bank?done=saved");
    let response = post(&pages, &server, "/guidebook/new", &good).await;
    assert_eq!(
        response.status(),
        StatusCode::CONFLICT,
        "the address is taken"
    );

    // A translation, with the source beside the form.
    let form = text(
        &pages,
        &server,
        "/guidebook/time-bank/edit?locale=da&lang=en",
    )
    .await;
    assert!(form.contains("Give an hour."), "the source text");
    let translation = [
        ("csrf_token", token.as_str()),
        ("locale", "da"),
        ("title", "Tidsbank"),
        ("body_markdown", "Giv en time."),
    ];
    let response = post(&pages, &server, "/guidebook/time-bank/edit", &translation).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&response),
        "/guidebook/time-bank/history?locale=da&done=saved"
    );
    let second = [
        ("csrf_token", token.as_str()),
        ("locale", "da"),
        ("title", "Tidsbanken"),
        ("body_markdown", "Giv en time, få en time."),
    ];
    post(&pages, &server, "/guidebook/time-bank/edit", &second).await;
    let empty = [
        ("csrf_token", token.as_str()),
        ("locale", "da"),
        ("title", "X"),
        ("body_markdown", ""),
    ];
    let response = post(&pages, &server, "/guidebook/time-bank/edit", &empty).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        chapter(&server, "time-bank", "da").await["title"],
        "Tidsbanken"
    );

    // The history restores the first Danish revision as a third.
    let history = text(
        &pages,
        &server,
        "/guidebook/time-bank/history?locale=da&lang=en",
    )
    .await;
    assert!(history.contains("Bring back revision 1"), "{history}");
    let restore = [
        ("csrf_token", token.as_str()),
        ("locale", "da"),
        ("number", "1"),
    ];
    let response = post(
        &pages,
        &server,
        "/guidebook/time-bank/restore",
        &restore[1..],
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN, "no CSRF token");
    let response = post(&pages, &server, "/guidebook/time-bank/restore", &restore).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let read = chapter(&server, "time-bank", "da").await;
    assert_eq!(
        (read["title"].as_str(), read["revision"].as_i64()),
        (Some("Tidsbank"), Some(3))
    );

    // Moving a chapter.
    written(
        &server,
        &people.coordinator,
        ("needs-survey", "en"),
        ("Needs survey", "Ask."),
        StatusCode::CREATED,
    )
    .await;
    let up = [("csrf_token", token.as_str()), ("direction", "up")];
    let response = post(&pages, &server, "/guidebook/needs-survey/move", &up[1..]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN, "no CSRF token");
    assert_eq!(order(&server).await, ["time-bank", "needs-survey"]);
    let response = post(&pages, &server, "/guidebook/needs-survey/move", &up).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(order(&server).await, ["needs-survey", "time-bank"]);
    let response = post(&member, &server, "/guidebook/needs-survey/move", &up).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN, "a member cannot");
}

async fn revisions_are_exported_and_outlive_their_author(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let token = people.organiser.token.as_str();
    written(
        &server,
        token,
        ("helping-online", "en"),
        ("Helping online", "Sit beside them."),
        StatusCode::CREATED,
    )
    .await;
    let export = server.get_ok("/me/export", token).await;
    let revisions = &export["data"]["guidebook"]["guidebook_revisions"];
    assert_eq!(revisions[0]["chapter"], "helping-online", "{export}");
    assert_eq!(revisions[0]["body"], "Sit beside them.");

    let erased = server
        .delete_json("/me", Some(token), json!({"password": common::PASSWORD}))
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    let read = chapter(&server, "helping-online", "en").await;
    assert_eq!(
        read["body_markdown"], "Sit beside them.",
        "the shared text stays"
    );
    let list: Value = server
        .get_api("/guidebook/chapters/helping-online/en/revisions", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(list["items"][0]["author"].is_null(), "{list}");
    let (_, history) = server
        .get_page("/guidebook/helping-online/history?locale=en&lang=en")
        .await;
    assert!(history.contains("Former member"), "{history}");
}
