//! The account pages end to end, as a browser without JavaScript uses them: forms with CSRF
//! tokens, redirects after a post, errors beside their fields.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, PASSWORD, TestDatabase, TestServer, coordinator, csrf_token, wawer};
use reqwest::StatusCode;

on_both_engines!(
    pages_sign_up_sign_in_and_join_with_csrf_tokens,
    a_form_without_its_csrf_token_is_refused_and_changes_nothing,
    account_page_lists_sessions_and_ends_one,
);

async fn pages_sign_up_sign_in_and_join_with_csrf_tokens(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let coordinator = coordinator(&db, &server).await;
    wawer(&server, &coordinator).await;

    let (status, html) = server.get_page("/sign-up").await;
    assert_eq!(status, StatusCode::OK);
    let token = csrf_token(&html);
    let fields = [
        ("display_name", "Marek"),
        ("email", "bad"),
        ("password", "x"),
        ("locale", "pl"),
        ("next", "/c/wawer"),
    ];
    let refused = server.submit("/sign-up", &fields, Some(&token)).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("value=\"Marek\""), "the typed name is kept");
    assert!(
        html.contains("aria-invalid=\"true\"") && html.contains("href=\"#email\""),
        "errors are tied to fields"
    );

    let fields = [
        ("display_name", "Marek"),
        ("email", "marek@example.org"),
        ("password", PASSWORD),
        ("locale", "pl"),
        ("next", "/c/wawer"),
    ];
    let created = server.submit("/sign-up", &fields, Some(&token)).await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(created.headers()["location"], "/c/wawer");

    let (_, community) = server.get_page("/c/wawer").await;
    assert!(
        community.contains("action=\"/c/wawer/join\""),
        "a signed-in visitor sees the join button"
    );
    let joined = server
        .submit("/c/wawer/join", &[], Some(&csrf_token(&community)))
        .await;
    assert_eq!(joined.status(), StatusCode::SEE_OTHER);
    let (_, community) = server.get_page("/c/wawer").await;
    assert!(!community.contains("action=\"/c/wawer/join\""));
    assert!(community.contains("member"), "{community}");

    let (_, account) = server.get_page("/account").await;
    let signed_out = server
        .submit("/sign-out", &[], Some(&csrf_token(&account)))
        .await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    let account = server
        .client
        .get(server.url("/account"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        account.status(),
        StatusCode::SEE_OTHER,
        "signed out: the account page sends to sign-in"
    );
    assert_eq!(account.headers()["location"], "/sign-in?next=%2Faccount");

    let (_, sign_in) = server.get_page("/sign-in").await;
    let token = csrf_token(&sign_in);
    let wrong = server
        .submit(
            "/sign-in",
            &[
                ("email", "marek@example.org"),
                ("password", "wrong one here"),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("value=\"marek@example.org\""),
        "the e-mail stays typed in"
    );
    let signed_in = server
        .submit(
            "/sign-in",
            &[
                ("email", "marek@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    assert_eq!(signed_in.headers()["location"], "/account");
    let (status, account) = server.get_page("/account").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        account.contains("/c/wawer"),
        "the account page lists the membership"
    );
    db.drop_database().await;
}

async fn a_form_without_its_csrf_token_is_refused_and_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (_, html) = server.get_page("/sign-up").await;
    let real = csrf_token(&html);
    let fields = [
        ("display_name", "Eve"),
        ("email", "eve@example.org"),
        ("password", PASSWORD),
    ];
    for token in [None, Some("00"), Some(&real[..real.len() - 2])] {
        let response = server.submit("/sign-up", &fields, token).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "token {token:?}");
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
    assert_eq!(
        server.sign_in("eve@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED,
        "nothing was created"
    );
    db.drop_database().await;
}

async fn account_page_lists_sessions_and_ends_one(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (api_token, _) = server.resident("kirsten@example.org", "Kirsten").await;
    let (_, sign_in) = server.get_page("/sign-in").await;
    let fields = [("email", "kirsten@example.org"), ("password", PASSWORD)];
    server
        .submit("/sign-in", &fields, Some(&csrf_token(&sign_in)))
        .await;
    let (_, account) = server.get_page("/account").await;
    assert_eq!(
        account.matches("name=\"session_id\"").count(),
        1,
        "one other session can be ended"
    );
    let marker = "name=\"session_id\" value=\"";
    let start = account.find(marker).unwrap() + marker.len();
    let session_id = account[start..].split('"').next().unwrap();
    let ended = server
        .submit(
            "/account/sessions/end",
            &[("session_id", session_id)],
            Some(&csrf_token(&account)),
        )
        .await;
    assert_eq!(ended.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        server.get_api("/me", Some(&api_token)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    db.drop_database().await;
}
