//! The pages about the platform itself, and the display settings that work without JavaScript.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, TestDatabase, TestServer, csrf_token};
use reqwest::StatusCode;

on_both_engines!(
    help_accessibility_and_privacy_answer_in_every_language,
    display_settings_are_kept_and_bad_values_change_nothing,
);

async fn help_accessibility_and_privacy_answer_in_every_language(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    for path in ["/help", "/accessibility", "/privacy", "/display"] {
        for language in ["en", "pl", "da", "it", "uk"] {
            let (status, html) = server.get_page(&format!("{path}?lang={language}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {language}");
            assert!(
                html.contains(&format!("<html lang=\"{language}\"")),
                "{path} in {language}"
            );
        }
    }
    db.drop_database().await;
}

async fn display_settings_are_kept_and_bad_values_change_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (_, form) = server.get_page("/display").await;
    let token = csrf_token(&form);

    let fields = [("text", "huge"), ("contrast", "high"), ("next", "/")];
    let refused = server.submit("/display", &fields, Some(&token)).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let (_, home) = server.get_page("/").await;
    assert!(!home.contains("contrast-high"), "nothing was saved");

    let fields = [
        ("text", "large"),
        ("contrast", "high"),
        ("next", "/c/wawer"),
    ];
    let saved = server.submit("/display", &fields, Some(&token)).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, home) = server.get_page("/").await;
    assert!(
        home.contains("text-large contrast-high"),
        "the setting applies to every page"
    );
    db.drop_database().await;
}
