//! Privacy end to end: a person takes all their data, and erasing them anonymises what they
//! wrote while the ledger keeps balancing.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, PASSWORD, TestDatabase, TestServer, csrf_token, neighbourhood};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    the_export_holds_every_feature_of_the_person,
    erasure_anonymises_and_keeps_the_ledger_balanced,
    the_data_page_downloads_and_deletes,
);

/// Two residents who posted, talked and exchanged time; gives (olena, dmytro) and ids.
async fn a_history(server: &TestServer, hood: &common::Neighbourhood) -> (String, String, String) {
    let [olena, dmytro] = &hood.residents[..] else {
        unreachable!()
    };
    let request: Value = server
        .post_json(
            "/communities/wawer/support",
            Some(&olena.token),
            json!({"kind": "request", "category": "language", "title": "Letter from ZUS", "body": "Please help."}),
        )
        .await
        .json()
        .await
        .unwrap();
    let sensitive: Value = server
        .post_json(
            "/communities/wawer/support",
            Some(&olena.token),
            json!({"kind": "request", "category": "emotional", "title": "Lonely evenings", "body": "Talk?"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let conversation: Value = server
        .post_json(
            &format!("/support/{}/conversations", request["id"].as_str().unwrap()),
            Some(&dmytro.token),
            json!({"message": "I translate Polish letters."}),
        )
        .await
        .json()
        .await
        .unwrap();
    let conversation_id = conversation["id"].as_str().unwrap().to_owned();
    server
        .post_json(
            &format!("/conversations/{conversation_id}/messages"),
            Some(&olena.token),
            json!({"body": "Thursday at five suits me."}),
        )
        .await;
    let exchange: Value = server
        .post_json(
            "/communities/wawer/exchanges",
            Some(&dmytro.token),
            json!({"provider_id": dmytro.id, "receiver_id": olena.id, "minutes": 90, "description": "Translation"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let confirmed = server
        .post_json(
            &format!("/exchanges/{}/confirm", exchange["id"].as_str().unwrap()),
            Some(&olena.token),
            json!({}),
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    (
        request["id"].as_str().unwrap().to_owned(),
        sensitive["id"].as_str().unwrap().to_owned(),
        conversation_id,
    )
}

async fn the_export_holds_every_feature_of_the_person(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    a_history(&server, &hood).await;
    let olena = &hood.residents[0];
    assert_eq!(
        server.get_api("/me/export", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let export = server.get_ok("/me/export", &olena.token).await;
    let data = &export["data"];
    assert_eq!(
        data["accounts"]["account"][0]["email"],
        "person2@example.org"
    );
    assert!(
        data["accounts"]["account"][0]["created_at"]
            .as_str()
            .unwrap()
            .contains('T')
    );
    assert!(!data["accounts"]["sessions"].as_array().unwrap().is_empty());
    assert_eq!(data["communities"]["memberships"][0]["community"], "wawer");
    assert_eq!(
        data["support"]["offers_and_requests"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let messages = data["support"]["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1]["from"], "me");
    assert_eq!(data["timebank"]["postings"][0]["minutes"], -90);
    assert_eq!(data["timebank"]["exchanges"][0]["role"], "receiver");
    let text = export.to_string();
    assert!(
        !text.contains("person3@example.org"),
        "no one else's address is exported"
    );
    assert!(!text.contains("password"), "no password hash is exported");
    db.drop_database().await;
}

async fn erasure_anonymises_and_keeps_the_ledger_balanced(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let (request, sensitive, conversation) = a_history(&server, &hood).await;
    let [olena, dmytro] = &hood.residents[..] else {
        unreachable!()
    };
    let wrong = server
        .delete_json(
            "/me",
            Some(&olena.token),
            json!({"password": "not my password at all"}),
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    server.get_ok("/me", &olena.token).await;

    let erased = server
        .delete_json("/me", Some(&olena.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        server.get_api("/me", Some(&olena.token)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        server
            .sign_in("person2@example.org", PASSWORD)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    let item = server
        .get_ok(&format!("/support/{request}"), &dmytro.token)
        .await;
    assert_eq!(
        item["author"]["name"], "",
        "what she wrote stays, without her name"
    );
    assert_eq!(item["status"], "closed");
    assert_eq!(
        server
            .get_api(
                &format!("/support/{sensitive}"),
                Some(&hood.moderator.token)
            )
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "her sensitive request is gone"
    );
    let talk = server
        .get_ok(&format!("/conversations/{conversation}"), &dmytro.token)
        .await;
    assert_eq!(talk["messages"].as_array().unwrap().len(), 2);
    assert_eq!(talk["with"]["name"], "");

    let to_nobody = server
        .post_json(
            &format!("/conversations/{conversation}/messages"),
            Some(&dmytro.token),
            json!({"body": "Are you there?"}),
        )
        .await;
    assert_eq!(
        to_nobody.status(),
        StatusCode::CONFLICT,
        "the conversation is closed"
    );
    let ledger = server
        .get_ok("/communities/wawer/ledger/summary", &hood.admin.token)
        .await;
    assert_eq!(
        ledger,
        json!({"accounts": 2, "transfers": 1, "sum_minutes": 0})
    );
    let history = server.get_ok("/me/ledger", &dmytro.token).await;
    assert_eq!(history["items"][0]["minutes"], 90);
    assert_eq!(history["items"][0]["counterparty"]["name"], "");
    let check = db.command(&["ledger", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    let members = server.get_ok("/communities/wawer", &dmytro.token).await;
    assert_eq!(members["member_count"], 3, "her membership ended");
    let text = server
        .get_ok(&format!("/conversations/{conversation}"), &dmytro.token)
        .await
        .to_string();
    assert!(!text.contains("person2@example.org") && !text.contains("Person 2"));
    db.drop_database().await;
}

async fn the_data_page_downloads_and_deletes(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    server.sign_up("halina@example.org", "Halina").await;
    let sign_in = server.get_page("/sign-in").await.1;
    let response = server
        .submit(
            "/sign-in",
            &[("email", "halina@example.org"), ("password", PASSWORD)],
            Some(&csrf_token(&sign_in)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (status, page) = server.get_page("/account/data").await;
    assert_eq!(status, StatusCode::OK);
    let download = server
        .client
        .get(server.url("/account/data.json"))
        .send()
        .await
        .unwrap();
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let export: Value = download.json().await.unwrap();
    assert_eq!(
        export["data"]["accounts"]["account"][0]["display_name"],
        "Halina"
    );

    let wrong = server
        .submit(
            "/account/delete",
            &[("password", "wrong password here")],
            Some(&csrf_token(&page)),
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().await.unwrap().contains("href=\"#password\""));
    let no_token = server
        .submit("/account/delete", &[("password", PASSWORD)], None)
        .await;
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    let deleted = server
        .submit(
            "/account/delete",
            &[("password", PASSWORD)],
            Some(&csrf_token(&page)),
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(deleted.headers()["location"], "/account/deleted");
    let (status, _) = server.get_page("/account").await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "signed out: the account page sends to sign-in"
    );
    db.drop_database().await;
}
