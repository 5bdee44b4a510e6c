//! The API's and the page's answers: grouped results that say why they matched, refused input
//! (422 naming the field, and nothing else happens), an unknown community (404), one type paged
//! with a cursor, and the page working through a plain form.

use super::*;

on_both_engines!(
    refused_input_is_named_and_unknown_communities_are_404,
    one_type_is_paged_and_the_others_say_there_is_more,
    the_page_shows_grouped_results_and_field_errors,
);

async fn refused_input_is_named_and_unknown_communities_are_404(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    for (query, field) in [
        ("", "q"),
        ("q=", "q"),
        ("q=a%20b", "q"),
        (
            "q=one%20two%20three%20four%20five%20six%20seven%20eight%20nine",
            "q",
        ),
        ("q=garden&type=shop", "type"),
        ("q=garden&cursor=5", "cursor"),
        ("q=garden&type=story&cursor=x", "cursor"),
        ("q=garden&limit=0", "limit"),
    ] {
        let response = server.get_api(&format!("/search?{query}"), None).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/problem+json")
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"][field].is_string(), "{query}: {problem}");
    }
    let unknown = server
        .get_api("/search?q=garden&community=atlantis", None)
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    db.drop_database().await;
}

async fn one_type_is_paged_and_the_others_say_there_is_more(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    for n in 1..=5 {
        story(
            &server,
            &hood.residents[0],
            &format!("Ogród numer {n}"),
            "Marchew i fasola.",
            "public",
        )
        .await;
    }
    let grouped: Value = server
        .get_api("/search?q=ogrod&limit=2", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(titles(&grouped, "story").len(), 2);
    assert_eq!(grouped["more"], json!(["story"]));
    assert!(grouped["next_cursor"].is_null());
    assert_eq!(grouped["items"][0]["matched"][0]["field"], "title");
    let mut seen = Vec::new();
    let mut path = "/search?q=ogrod&type=story&limit=2".to_owned();
    loop {
        let page: Value = server.get_api(&path, None).await.json().await.unwrap();
        seen.extend(titles(&page, "story"));
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/search?q=ogrod&type=story&limit=2&cursor={cursor}"),
            None => break,
        }
    }
    seen.sort();
    let expected: Vec<String> = (1..=5).map(|n| format!("Ogród numer {n}")).collect();
    assert_eq!(seen, expected);
    db.drop_database().await;
}

async fn the_page_shows_grouped_results_and_field_errors(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    story(
        &server,
        &hood.residents[0],
        "Sąsiedzki ogród",
        "Marchew i fasola.",
        "public",
    )
    .await;
    let (status, html) = server.get_page("/search?q=ogrody&lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Sąsiedzki ogród"), "{html}");
    assert!(html.contains(">Stories</h2>"), "{html}");
    assert!(html.contains("found in the title"), "{html}");
    let (status, html) = server.get_page("/search?q=+&lang=pl").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("error-summary") && html.contains("id=\"q-error\""),
        "{html}"
    );
    let (status, html) = server.get_page("/search?community=wawer&lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("name=\"community\" value=\"wawer\""),
        "{html}"
    );
    let (status, _) = server.get_page("/search?q=ogrod&community=atlantis").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    db.drop_database().await;
}
