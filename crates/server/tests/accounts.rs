//! Accounts end to end, through the real binary: the JSON API and the pages.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, PASSWORD, TestDatabase, TestServer, coordinator, wawer};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    sign_up_sign_in_join_and_see_the_membership,
    wrong_password_and_unknown_email_get_the_same_answer,
    duplicate_email_is_a_conflict_whatever_its_case,
    bad_sign_up_names_each_field_and_changes_nothing,
    sign_in_is_rate_limited_after_ten_failures,
    behind_a_trusted_proxy_each_forwarded_client_is_limited_alone,
    required_verification_blocks_sign_in_until_the_link_is_followed,
    password_reset_by_mail_ends_every_session,
    password_change_ends_the_other_sessions,
    sign_out_revokes_the_token,
    guessing_the_current_password_is_rate_limited,
);

async fn sign_up_sign_in_join_and_see_the_membership(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let coordinator = coordinator(&db, &server).await;
    wawer(&server, &coordinator).await;

    let account = server.sign_up("olena@example.org", "Олена").await;
    assert_eq!(account["email"], "olena@example.org");
    assert_eq!(account["locale"], "en");
    assert!(account.get("password").is_none() && account.get("password_hash").is_none());

    let response = server.sign_in("OLENA@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    let session: Value = response.json().await.unwrap();
    let token = session["token"].as_str().unwrap();
    assert_eq!(session["account"]["id"], account["id"]);

    let joined = server
        .post_json("/communities/wawer/members", Some(token), json!({}))
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    let again = server
        .post_json("/communities/wawer/members", Some(token), json!({}))
        .await;
    assert_eq!(again.status(), StatusCode::OK, "joining twice answers 200");

    let me: Value = server
        .get_api("/me", Some(token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["display_name"], "Олена");
    assert_eq!(
        me["memberships"],
        json!([{
            "community": "wawer",
            "community_name": "Wawer",
            "role": "member",
            "trusted_helper": false,
            "joined_at": me["memberships"][0]["joined_at"],
            "url": server.url("/c/wawer"),
        }])
    );
    let community: Value = server
        .get_api("/communities/wawer", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(community["member_count"], 1);

    let anonymous = server.get_api("/me", None).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        anonymous.headers()["content-type"],
        "application/problem+json"
    );
    db.drop_database().await;
}

async fn wrong_password_and_unknown_email_get_the_same_answer(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    server.sign_up("marek@example.org", "Marek").await;

    let wrong = server
        .sign_in("marek@example.org", "not the password at all")
        .await;
    let unknown = server.sign_in("nobody@example.org", PASSWORD).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let without_id = |mut problem: Value| {
        problem.as_object_mut().unwrap().remove("request_id");
        problem
    };
    let wrong = without_id(wrong.json().await.unwrap());
    assert_eq!(wrong, without_id(unknown.json().await.unwrap()));
    assert_eq!(wrong["status"], 401);
    assert_eq!(
        wrong["detail"],
        "The e-mail address or the password is wrong."
    );
    db.drop_database().await;
}

async fn duplicate_email_is_a_conflict_whatever_its_case(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    server.sign_up("ewa@example.org", "Ewa").await;
    let body = json!({"email": "EWA@Example.org", "password": "yet another long one", "display_name": "Ewa 2"});
    let response = server.post_json("/accounts", None, body).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let problem: Value = response.json().await.unwrap();
    assert!(
        problem["errors"]["email"]
            .as_str()
            .unwrap()
            .contains("already exists")
    );
    let original = server.sign_in("ewa@example.org", PASSWORD).await;
    assert_eq!(
        original.status(),
        StatusCode::OK,
        "the first account keeps its password"
    );
    db.drop_database().await;
}

async fn bad_sign_up_names_each_field_and_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let body = json!({"email": "not-an-address", "password": "password123", "display_name": " ", "locale": "de"});
    let response = server.post_json("/accounts", None, body).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    for field in ["email", "password", "display_name", "locale"] {
        assert!(problem["errors"][field].is_string(), "{field} in {problem}");
    }
    assert!(
        problem["errors"]["password"]
            .as_str()
            .unwrap()
            .contains("most common")
    );

    let short = json!({"email": "a@example.org", "password": "short", "display_name": "A"});
    let problem: Value = server
        .post_json("/accounts", None, short)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        problem["errors"]["password"]
            .as_str()
            .unwrap()
            .contains("10")
    );

    let wrong_type = server
        .post_json(
            "/accounts",
            None,
            json!({"email": 5, "password": PASSWORD, "display_name": "A"}),
        )
        .await;
    assert_eq!(wrong_type.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = wrong_type.json().await.unwrap();
    assert!(problem["errors"]["email"].is_string(), "{problem}");

    let missing = server.post_json("/accounts", None, json!({})).await;
    let problem: Value = missing.json().await.unwrap();
    assert_eq!(problem["status"], 422);
    for field in ["email", "password", "display_name"] {
        assert!(
            problem["errors"][field].is_string(),
            "every missing field is named: {problem}"
        );
    }

    let wrong_types = json!({"email": 5, "password": true, "display_name": [], "locale": {}});
    let problem: Value = server
        .post_json("/accounts", None, wrong_types)
        .await
        .json()
        .await
        .unwrap();
    for field in ["email", "password", "display_name", "locale"] {
        assert!(
            problem["errors"][field].is_string(),
            "every wrong type is named: {problem}"
        );
    }

    let sign_in = server.sign_in("a@example.org", PASSWORD).await;
    assert_eq!(
        sign_in.status(),
        StatusCode::UNAUTHORIZED,
        "no account was made"
    );
    db.drop_database().await;
}

async fn sign_in_is_rate_limited_after_ten_failures(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    server.sign_up("halina@example.org", "Halina").await;
    for attempt in 1..=10 {
        let response = server
            .sign_in("halina@example.org", "wrong password, again")
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let limited = server.sign_in("halina@example.org", PASSWORD).await;
    assert_eq!(
        limited.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    let retry_after: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
    let problem: Value = limited.json().await.unwrap();
    assert_eq!(problem["status"], 429);

    // The same client address is limited for other accounts too.
    server.sign_up("other@example.org", "Other").await;
    let other = server.sign_in("other@example.org", PASSWORD).await;
    assert_eq!(other.status(), StatusCode::TOO_MANY_REQUESTS);

    // A client cannot escape the limit by writing its own X-Forwarded-For.
    let spoofed = server
        .sign_in_from("other@example.org", PASSWORD, "198.51.100.7")
        .await;
    assert_eq!(spoofed.status(), StatusCode::TOO_MANY_REQUESTS);
    db.drop_database().await;
}

async fn required_verification_blocks_sign_in_until_the_link_is_followed(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[("MICROPOLIS_EMAIL_VERIFICATION", "required")]).await;
    server.sign_up("dmytro@example.org", "Дмитро").await;
    let refused = server.sign_in("dmytro@example.org", PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let link = server
        .link_in_mail("dmytro@example.org", "/verify-email?token=")
        .await;
    let log = server.log();
    assert!(
        log.contains("Subject: Confirm your e-mail address for Micropolis"),
        "{log}"
    );
    let token = link.split("token=").nth(1).unwrap();
    let verified = server
        .post_json("/accounts/verification", None, json!({"token": token}))
        .await;
    assert_eq!(verified.status(), StatusCode::OK);
    let account: Value = verified.json().await.unwrap();
    assert_eq!(account["email_verified"], true);
    let used_again = server
        .post_json("/accounts/verification", None, json!({"token": token}))
        .await;
    assert_eq!(
        used_again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a link works once"
    );

    assert_eq!(
        server
            .sign_in("dmytro@example.org", PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
    db.drop_database().await;
}

async fn password_reset_by_mail_ends_every_session(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server.resident("sofie@example.org", "Sofie").await;

    let unknown = server
        .post_json(
            "/password-resets",
            None,
            json!({"email": "ghost@example.org"}),
        )
        .await;
    assert_eq!(
        unknown.status(),
        StatusCode::ACCEPTED,
        "the same answer for unknown addresses"
    );
    let asked = server
        .post_json(
            "/password-resets",
            None,
            json!({"email": "sofie@example.org"}),
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let link = server
        .link_in_mail("sofie@example.org", "/reset-password/new?token=")
        .await;
    let reset_token = link.split("token=").nth(1).unwrap();

    let weak = server
        .post_json(
            "/password-resets/confirm",
            None,
            json!({"token": reset_token, "password": "qwertyuiop"}),
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let confirmed = server
        .post_json(
            "/password-resets/confirm",
            None,
            json!({"token": reset_token, "password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);

    assert_eq!(
        server.get_api("/me", Some(&token)).await.status(),
        StatusCode::UNAUTHORIZED,
        "old sessions ended"
    );
    assert_eq!(
        server.sign_in("sofie@example.org", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        server
            .sign_in("sofie@example.org", "a brand new passphrase")
            .await
            .status(),
        StatusCode::OK
    );
    db.drop_database().await;
}

async fn password_change_ends_the_other_sessions(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (first, _) = server.resident("lars@example.org", "Lars").await;
    let second: Value = server
        .sign_in("lars@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let second = second["token"].as_str().unwrap();

    let wrong = server
        .put_json(
            "/me/password",
            Some(first.as_str()),
            json!({"current_password": "nope", "new_password": "short"}),
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = wrong.json().await.unwrap();
    assert!(
        problem["errors"]["current_password"].is_string()
            && problem["errors"]["new_password"].is_string()
    );
    assert_eq!(
        server.get_api("/me", Some(second)).await.status(),
        StatusCode::OK,
        "a refused change ends nothing"
    );

    let body = json!({"current_password": PASSWORD, "new_password": "lillebælt at dawn"});
    assert_eq!(
        server
            .put_json("/me/password", Some(first.as_str()), body)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        server.get_api("/me", Some(first.as_str())).await.status(),
        StatusCode::OK,
        "this session stays"
    );
    assert_eq!(
        server.get_api("/me", Some(second)).await.status(),
        StatusCode::UNAUTHORIZED,
        "others end"
    );
    let sessions: Value = server
        .get_api("/me/sessions", Some(first.as_str()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        sessions["items"].as_array().unwrap().len(),
        1,
        "a list like every other"
    );
    assert_eq!(sessions["items"][0]["current"], true);
    assert_eq!(sessions["next_cursor"], Value::Null);
    db.drop_database().await;
}

async fn sign_out_revokes_the_token(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server.resident("anders@example.org", "Anders").await;
    let signed_out = server
        .client
        .delete(server.url("/api/v1/sessions/current"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        server.get_api("/me", Some(&token)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    db.drop_database().await;
}

async fn behind_a_trusted_proxy_each_forwarded_client_is_limited_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[("MICROPOLIS_TRUST_FORWARDED_FOR", "true")]).await;
    server.sign_up("olena@example.org", "Olena").await;
    for attempt in 1..=10 {
        let email = format!("guess{attempt}@example.org");
        let response = server
            .sign_in_from(&email, "wrong password, again", "203.0.113.5")
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let same_client = server
        .sign_in_from("olena@example.org", PASSWORD, "203.0.113.5")
        .await;
    assert_eq!(same_client.status(), StatusCode::TOO_MANY_REQUESTS);
    let other_client = server
        .sign_in_from("olena@example.org", PASSWORD, "203.0.113.6")
        .await;
    assert_eq!(other_client.status(), StatusCode::OK);
    db.drop_database().await;
}

async fn guessing_the_current_password_is_rate_limited(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let (token, _) = server.resident("iryna@example.org", "Ірина").await;
    let guess =
        json!({"current_password": "is it this one?", "new_password": "a new long password"});
    for attempt in 1..=10 {
        let response = server
            .put_json("/me/password", Some(&token), guess.clone())
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {attempt}"
        );
    }
    let right = json!({"current_password": PASSWORD, "new_password": "a new long password"});
    let limited = server.put_json("/me/password", Some(&token), right).await;
    assert_eq!(
        limited.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right one waits"
    );
    assert!(limited.headers().contains_key("retry-after"));
    db.drop_database().await;
}
