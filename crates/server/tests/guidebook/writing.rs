//! Who writes the guidebook, and refused input that changes nothing.

use super::*;

on_both_engines!(
    coordinators_and_organisers_write_everyone_reads,
    bad_input_is_refused_and_changes_nothing,
);

async fn coordinators_and_organisers_write_everyone_reads(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;

    let response = write(&server, None, "time-bank", "en", "Time bank", "Hours.").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = write(
        &server,
        Some(&people.member.token),
        "time-bank",
        "en",
        "Time bank",
        "Hours.",
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(order(&server).await.is_empty(), "a refusal creates nothing");

    let created = written(
        &server,
        &people.organiser.token,
        ("time-bank", "en"),
        ("Time bank", "Give an hour, get an hour."),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(created["source_locale"], "en");
    assert_eq!(created["revision"], 1);
    assert!(
        created["url"]
            .as_str()
            .unwrap()
            .ends_with("/guidebook/time-bank")
    );
    let again = written(
        &server,
        &people.coordinator,
        ("time-bank", "en"),
        ("Time bank", "Give an hour, get an hour back."),
        StatusCode::OK,
    )
    .await;
    assert_eq!(again["revision"], 2);
    let translated = written(
        &server,
        &people.coordinator,
        ("time-bank", "pl"),
        ("Bank czasu", "Daj godzinę, dostań godzinę."),
        StatusCode::OK,
    )
    .await;
    assert_eq!(translated["locale"], "pl");
    assert_eq!(
        translated["source_locale"], "en",
        "the first language stays the source"
    );

    // Everyone reads it, anonymous too, in their language or the source's.
    let read = chapter(&server, "time-bank", "pl").await;
    assert_eq!(read["title"], "Bank czasu");
    assert_eq!(read["fallback"], false);
    let read = chapter(&server, "time-bank", "uk").await;
    assert_eq!(read["title"], "Time bank");
    assert_eq!(read["locale"], "en");
    assert_eq!(read["fallback"], true);
    let (status, html) = server.get_page("/guidebook/time-bank?lang=uk").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("lang=\"en\">Time bank</h1>"), "{html}");
    assert!(html.contains("id=\"untranslated\""), "an honest note");
    assert!(
        html.contains("href=\"/guidebook\""),
        "the guidebook is in the navigation"
    );
    let (status, _) = server.get_page("/guidebook/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let response = server
        .get_api("/guidebook/chapters/nothing-here", None)
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let (_, home) = server.get_page("/").await;
    assert!(home.contains("href=\"/guidebook\""));
}

async fn bad_input_is_refused_and_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let token = people.organiser.token.as_str();
    written(
        &server,
        token,
        ("needs-survey", "en"),
        ("Needs survey", "Ask first."),
        StatusCode::CREATED,
    )
    .await;
    for (slug, locale, body, field) in [
        (
            "needs-survey",
            "en",
            json!({"title": "", "body_markdown": "x"}),
            "title",
        ),
        (
            "needs-survey",
            "en",
            json!({"title": "T", "body_markdown": "  "}),
            "body_markdown",
        ),
        (
            "needs-survey",
            "en",
            json!({"title": "T", "body_markdown": 5}),
            "body_markdown",
        ),
        (
            "needs-survey",
            "de",
            json!({"title": "T", "body_markdown": "x"}),
            "locale",
        ),
        (
            "Not A Slug",
            "en",
            json!({"title": "T", "body_markdown": "x"}),
            "slug",
        ),
        (
            "print",
            "en",
            json!({"title": "T", "body_markdown": "x"}),
            "slug",
        ),
    ] {
        let response = server
            .put_json(
                &format!("/guidebook/chapters/{}/{locale}", slug.replace(' ', "%20")),
                Some(token),
                body,
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{slug} {locale} {field}"
        );
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let response = server
        .put_json(
            "/guidebook/order",
            Some(token),
            json!({"slugs": ["needs-survey", "other"]}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert!(problem["errors"]["slugs"].is_string());
    assert_eq!(
        order(&server).await,
        ["needs-survey"],
        "nothing was created"
    );
    let revisions: Value = server
        .get_ok("/guidebook/chapters/needs-survey/en/revisions", token)
        .await;
    assert_eq!(
        revisions["items"].as_array().unwrap().len(),
        1,
        "nothing was saved"
    );
    let response = server
        .post_json(
            "/guidebook/chapters/needs-survey/en/revisions/9/restore",
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
