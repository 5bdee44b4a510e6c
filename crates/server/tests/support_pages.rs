//! The main path of mutual support with forms alone, as a browser without JavaScript sends
//! them: post a request, answer it, record an exchange, confirm it.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, TestDatabase, TestServer, csrf_token, neighbourhood, signed_in_pages};
use reqwest::StatusCode;

on_both_engines!(the_main_path_works_with_forms_alone);

async fn the_main_path_works_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 2).await;
    let halina = signed_in_pages(&server, "person2@example.org").await;
    let dmytro = signed_in_pages(&server, "person3@example.org").await;
    let page = |client: &reqwest::Client, path: &str| {
        let request = client.get(server.url(path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };

    let form = page(&halina, "/c/wawer/support/new?kind=request").await;
    let empty = halina
        .post(server.url("/c/wawer/support"))
        .form(&[
            ("csrf_token", csrf_token(&form).as_str()),
            ("kind", "request"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = empty.text().await.unwrap();
    assert!(html.contains("error-summary") && html.contains("href=\"#title\""));
    let without_token = halina
        .post(server.url("/c/wawer/support"))
        .form(&[
            ("kind", "request"),
            ("category", "digital"),
            ("title", "x"),
            ("body", "y"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(without_token.status(), StatusCode::FORBIDDEN);
    let posted = halina
        .post(server.url("/c/wawer/support"))
        .form(&[
            ("csrf_token", csrf_token(&form).as_str()),
            ("kind", "request"),
            ("category", "digital"),
            ("title", "Help with my phone"),
            ("body", "The e-prescription app."),
            ("languages", "pl"),
            ("languages", "uk"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    let item_path = posted.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let shown = page(&halina, &item_path).await;
    assert!(shown.contains("Help with my phone") && shown.contains("Ukrainian"));

    let detail = page(&dmytro, &item_path).await;
    let answered = dmytro
        .post(server.url(&format!("{item_path}/answer")))
        .form(&[
            ("csrf_token", csrf_token(&detail).as_str()),
            ("message", "I can come on Tuesday."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answered.status(), StatusCode::SEE_OTHER);
    let conversation_path = answered.headers()["location"].to_str().unwrap().to_owned();
    let header = page(&halina, "/c/wawer").await;
    assert!(
        header.contains("1 unread"),
        "the header counts the unread message"
    );
    let conversation = page(&dmytro, &conversation_path).await;
    let proposed = dmytro
        .post(server.url("/c/wawer/exchanges"))
        .form(&[
            ("csrf_token", csrf_token(&conversation).as_str()),
            (
                "other_id",
                conversation
                    .split("name=\"other_id\" value=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap(),
            ),
            ("direction", "gave"),
            ("minutes", "60"),
            ("description", "Phone lesson"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);

    let bank = page(&halina, "/c/wawer/timebank").await;
    assert!(bank.contains("Phone lesson"));
    let confirm_action = bank
        .split("action=\"")
        .find(|piece| piece.contains("/confirm\""))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let confirmed = halina
        .post(server.url(&confirm_action))
        .form(&[("csrf_token", csrf_token(&bank).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    let bank = page(&halina, "/c/wawer/timebank").await;
    assert!(bank.contains("−1 h 0 min"), "Halina received an hour");
    let bank = page(&dmytro, "/c/wawer/timebank").await;
    assert!(bank.contains("1 h 0 min"));
    db.drop_database().await;
}
