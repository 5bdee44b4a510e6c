//! A community's stories by tag and by words, page after page, as the API and the list page
//! give them.

use super::*;

on_both_engines!(tags_and_words_find_stories_page_by_page);

async fn tags_and_words_find_stories_page_by_page(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { residents, .. } = neighbourhood(&db, &server, 1).await;
    let teller = &residents[0];
    let first = tell(
        &server,
        teller,
        json!({"title": "The ferry", "body": "Pan Józef knew everyone.", "tags": ["River", " #Old photos", "river"]}),
    )
    .await;
    assert_eq!(first["tags"], json!(["river", "old-photos"]));
    tell(
        &server,
        teller,
        json!({"title": "Kayaks at dawn", "body": "Cold water, warm tea.", "tags": ["river"]}),
    )
    .await;
    tell(
        &server,
        teller,
        json!({"title": "The school stove", "body": "One stove for forty children.", "tags": ["school"]}),
    )
    .await;

    let by_tag = |query: &'static str| {
        let server = &server;
        async move {
            let response = server
                .get_api(&format!("/communities/wawer/stories?{query}"), None)
                .await;
            assert_eq!(response.status(), StatusCode::OK, "{query}");
            titles(&response.json::<Value>().await.unwrap())
        }
    };
    assert_eq!(
        by_tag("tag=river").await,
        vec!["Kayaks at dawn", "The ferry"]
    );
    assert_eq!(
        by_tag("tag=River").await,
        vec!["Kayaks at dawn", "The ferry"]
    );
    assert_eq!(by_tag("tag=school").await, vec!["The school stove"]);
    assert!(by_tag("tag=nothing-like-it").await.is_empty());
    assert_eq!(by_tag("q=STOVE").await, vec!["The school stove"]);
    assert_eq!(by_tag("q=j%C3%B3zef").await, vec!["The ferry"]);
    assert_eq!(by_tag("tag=river&q=tea").await, vec!["Kayaks at dawn"]);
    assert!(by_tag("q=100%25").await.is_empty(), "% is taken literally");

    // Page by page, nothing twice and nothing left out, the tag kept.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page: Value = server
            .get_api(
                &format!("/communities/wawer/stories?tag=river&limit=1&cursor={cursor}"),
                None,
            )
            .await
            .json()
            .await
            .unwrap();
        seen.extend(ids(&page));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen.len(), 2);
    for bad in ["limit=0", "limit=101", "cursor=nonsense"] {
        let response = server
            .get_api(&format!("/communities/wawer/stories?{bad}"), None)
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let response = server.get_api("/communities/nowhere/stories", None).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // The list page: tag links, no script needed.
    let (status, page) = server.get_page("/c/wawer/stories").await;
    assert_eq!(status, StatusCode::OK);
    for tag in ["old-photos", "river", "school"] {
        assert!(
            page.contains(&format!("href=\"/c/wawer/stories?tag={tag}\"")),
            "{tag}"
        );
    }
    let (_, page) = server.get_page("/c/wawer/stories?tag=river").await;
    assert!(page.contains("The ferry") && page.contains("Kayaks at dawn"));
    assert!(!page.contains("The school stove"));
    assert!(page.contains("href=\"/c/wawer/stories?tag=river\" aria-current=\"page\""));
    let (_, page) = server.get_page("/c/wawer/stories?q=stove").await;
    assert!(page.contains("The school stove") && !page.contains("Kayaks at dawn"));
    db.drop_database().await;
}
