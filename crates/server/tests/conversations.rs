//! Private conversations end to end: read by their two people only, reported, and the one
//! e-mail about a message left unread.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, TestDatabase, TestServer, neighbourhood, post_item};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    a_conversation_is_read_by_its_two_people_only,
    an_unread_message_brings_one_mail,
);

async fn a_conversation_is_read_by_its_two_people_only(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let request = post_item(
        &server,
        &olena.token,
        json!({"kind": "request", "category": "digital", "title": "Phone", "body": "e-prescription"}),
    )
    .await;
    let id = request["id"].as_str().unwrap();
    let own = server
        .post_json(
            &format!("/support/{id}/conversations"),
            Some(&olena.token),
            json!({"message": "me"}),
        )
        .await;
    assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let started = server
        .post_json(
            &format!("/support/{id}/conversations"),
            Some(&dmytro.token),
            json!({"message": "I can help on Thursday."}),
        )
        .await;
    assert_eq!(started.status(), StatusCode::CREATED);
    let conversation: Value = started.json().await.unwrap();
    let conversation_id = conversation["id"].as_str().unwrap();
    assert_eq!(conversation["with"]["id"], olena.id.as_str());
    let text = conversation.to_string();
    assert!(
        !text.contains("@example.org"),
        "no address is ever shown: {text}"
    );

    let inbox = server.get_ok("/conversations", &olena.token).await;
    assert_eq!(inbox["items"][0]["unread"], 1);
    let read = server
        .get_ok(&format!("/conversations/{conversation_id}"), &olena.token)
        .await;
    assert_eq!(read["messages"][0]["body"], "I can help on Thursday.");
    assert_eq!(read["with"]["id"], dmytro.id.as_str());
    let inbox = server.get_ok("/conversations", &olena.token).await;
    assert_eq!(inbox["items"][0]["unread"], 0);

    let reply = server
        .post_json(
            &format!("/conversations/{conversation_id}/messages"),
            Some(&olena.token),
            json!({"body": "Thank you!"}),
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);
    let message: Value = reply.json().await.unwrap();
    let empty = server
        .post_json(
            &format!("/conversations/{conversation_id}/messages"),
            Some(&olena.token),
            json!({"body": "  "}),
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);

    for (token, path) in [
        (&sarah.token, format!("/conversations/{conversation_id}")),
        (
            &hood.moderator.token,
            format!("/conversations/{conversation_id}"),
        ),
        (&sarah.token, "/conversations/not-an-id".to_owned()),
    ] {
        assert_eq!(
            server.get_api(&path, Some(token)).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    let intruding = server
        .post_json(
            &format!("/conversations/{conversation_id}/messages"),
            Some(&sarah.token),
            json!({"body": "hello"}),
        )
        .await;
    assert_eq!(intruding.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        server
            .get_api(&format!("/conversations/{conversation_id}"), None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    let report = json!({"target_type": "message", "target_id": message["id"], "reason": "harassment", "note": "rude"});
    let outsider_report = server
        .post_json("/reports", Some(&sarah.token), report.clone())
        .await;
    assert_eq!(outsider_report.status(), StatusCode::NOT_FOUND);
    let filed = server
        .post_json("/reports", Some(&dmytro.token), report.clone())
        .await;
    assert_eq!(filed.status(), StatusCode::CREATED);
    let again = server
        .post_json("/reports", Some(&dmytro.token), report)
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let own = server
        .post_json(
            "/reports",
            Some(&olena.token),
            json!({"target_type": "message", "target_id": message["id"], "reason": "spam"}),
        )
        .await;
    assert_eq!(
        own.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one's own message"
    );
    let bad_reason = server
        .post_json(
            "/reports",
            Some(&dmytro.token),
            json!({"target_type": "message", "target_id": message["id"], "reason": "rude"}),
        )
        .await;
    assert_eq!(bad_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // While the report is open, a moderator may read the conversation to act on it.
    let moderated = server
        .get_ok(
            &format!("/conversations/{conversation_id}"),
            &hood.moderator.token,
        )
        .await;
    assert_eq!(moderated["messages"].as_array().unwrap().len(), 2);
    db.drop_database().await;
}

async fn an_unread_message_brings_one_mail(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[("MICROPOLIS_UNREAD_MAIL_AFTER", "1")]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let request = post_item(
        &server,
        &olena.token,
        json!({"kind": "request", "category": "digital", "title": "Phone", "body": "Help"}),
    )
    .await;
    let id = request["id"].as_str().unwrap();
    server
        .post_json(
            &format!("/support/{id}/conversations"),
            Some(&dmytro.token),
            json!({"message": "First"}),
        )
        .await;
    let log = server.wait_for_log("Subject: Person 3 wrote to you").await;
    assert!(
        log.contains("To: person2@example.org"),
        "the mail goes to the author"
    );
    assert!(
        !log.contains("First"),
        "the message itself stays on the site"
    );
    // A second message the same day brings no second mail.
    let conversation = server.get_ok("/conversations", &dmytro.token).await;
    let conversation_id = conversation["items"][0]["id"].as_str().unwrap().to_owned();
    server
        .post_json(
            &format!("/conversations/{conversation_id}/messages"),
            Some(&dmytro.token),
            json!({"body": "Second"}),
        )
        .await;
    // Another conversation is reminded about on its own.
    server
        .post_json(
            &format!("/support/{id}/conversations"),
            Some(&sarah.token),
            json!({"message": "Hello"}),
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    let log = server.log();
    assert_eq!(
        log.matches("Subject: Person 3 wrote to you").count(),
        1,
        "at most one mail per conversation per day"
    );
    assert_eq!(log.matches("Subject: Person 4 wrote to you").count(), 1);
    let read_in_time = post_item(
        &server,
        &sarah.token,
        json!({"kind": "offer", "category": "time", "title": "Walks", "body": "Sundays"}),
    )
    .await;
    let started: Value = server
        .post_json(
            &format!(
                "/support/{}/conversations",
                read_in_time["id"].as_str().unwrap()
            ),
            Some(&olena.token),
            json!({"message": "Read me now"}),
        )
        .await
        .json()
        .await
        .unwrap();
    server
        .get_ok(
            &format!("/conversations/{}", started["id"].as_str().unwrap()),
            &sarah.token,
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(
        server
            .log()
            .matches("Subject: Person 2 wrote to you")
            .count(),
        0,
        "a message read within the delay brings no mail"
    );
    let switched_off = server
        .patch_json("/me", Some(&sarah.token), json!({"message_mails": false}))
        .await;
    assert_eq!(switched_off.status(), StatusCode::OK);
    let me: Value = switched_off.json().await.unwrap();
    assert_eq!(me["message_mails"], false);
    server
        .post_json(
            &format!(
                "/support/{}/conversations",
                read_in_time["id"].as_str().unwrap()
            ),
            Some(&dmytro.token),
            json!({"message": "Sunday walks?"}),
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(
        server
            .log()
            .matches("Subject: Person 3 wrote to you")
            .count(),
        1,
        "someone who switched the mails off gets none"
    );
    db.drop_database().await;
}
