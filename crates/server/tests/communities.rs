//! Communities and roles end to end: who may create, join and change what.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, TestDatabase, TestServer, coordinator, wawer};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    only_coordinators_create_communities,
    a_community_with_bad_fields_is_refused_field_by_field,
    communities_page_through_with_a_cursor,
    roles_are_set_by_admins_and_trusted_helpers_by_moderators,
    unknown_communities_and_members_are_not_found,
    pages_show_communities_in_the_visitors_language,
);

async fn only_coordinators_create_communities(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let body = json!({"slug": "middelfart", "name": "Middelfart", "description": "", "country": "dk", "default_locale": "da"});
    assert_eq!(
        server
            .post_json("/communities", None, body.clone())
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let (resident, _) = server.resident("mette@example.org", "Mette").await;
    assert_eq!(
        server
            .post_json("/communities", Some(&resident), body.clone())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    let coordinator = coordinator(&db, &server).await;
    let created = server
        .post_json("/communities", Some(&coordinator), body.clone())
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let community: Value = created.json().await.unwrap();
    assert_eq!(community["country"], "DK");
    assert_eq!(community["url"], server.url("/c/middelfart"));
    assert_eq!(community["member_count"], 0);
    let duplicate = server
        .post_json("/communities", Some(&coordinator), body)
        .await;
    assert_eq!(duplicate.status(), StatusCode::CONFLICT);
    let problem: Value = duplicate.json().await.unwrap();
    assert!(problem["errors"]["slug"].is_string());
    db.drop_database().await;
}

async fn a_community_with_bad_fields_is_refused_field_by_field(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let coordinator = coordinator(&db, &server).await;
    let body =
        json!({"slug": "-Bad Slug", "name": "", "country": "Denmark", "default_locale": "de"});
    let refused = server
        .post_json("/communities", Some(&coordinator), body)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = refused.json().await.unwrap();
    for field in ["slug", "name", "country", "default_locale"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let list: Value = server
        .get_api("/communities", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"], json!([]), "nothing was created");
    db.drop_database().await;
}

async fn communities_page_through_with_a_cursor(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let output = db.command(&["demo"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        db.command(&["demo"]).status.success(),
        "loading the demo twice is fine"
    );
    let server = TestServer::start(&db, &[]).await;

    let first: Value = server
        .get_api("/communities?limit=2", None)
        .await
        .json()
        .await
        .unwrap();
    let slugs: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["cagliari-centro-storico", "middelfart"]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second: Value = server
        .get_api(&format!("/communities?limit=2&cursor={cursor}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(second["items"][0]["slug"], "wawer");
    assert_eq!(
        second["items"][0]["member_count"], 10,
        "the demo loaded once (Zofia, registered at the desk, among them)"
    );
    assert_eq!(second["next_cursor"], Value::Null);

    for bad in [
        "limit=0",
        "limit=101",
        "limit=ten",
        "cursor=NOT%20A%20SLUG",
        "cursor=-x",
    ] {
        let response = server.get_api(&format!("/communities?{bad}"), None).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    db.drop_database().await;
}

async fn roles_are_set_by_admins_and_trusted_helpers_by_moderators(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let coordinator = coordinator(&db, &server).await;
    wawer(&server, &coordinator).await;
    let mut people = Vec::new();
    for email in [
        "admin@example.org",
        "moderator@example.org",
        "member@example.org",
    ] {
        let (token, id) = server.resident(email, "Someone").await;
        server
            .post_json("/communities/wawer/members", Some(&token), json!({}))
            .await;
        people.push((token, id));
    }
    let [
        (admin, admin_id),
        (moderator, moderator_id),
        (member, member_id),
    ] = &people[..]
    else {
        unreachable!()
    };
    let path = |id: &str| format!("/communities/wawer/members/{id}");

    // The coordinator makes the first admin; the admin then sets roles.
    let made = server
        .put_json(
            &path(admin_id),
            Some(&coordinator),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(made.status(), StatusCode::OK);
    let made = server
        .put_json(
            &path(moderator_id),
            Some(admin),
            json!({"role": "moderator"}),
        )
        .await;
    assert_eq!(made.status(), StatusCode::OK);
    assert_eq!(made.json::<Value>().await.unwrap()["role"], "moderator");

    // A moderator may mark a trusted helper, but not change roles; a member may do neither.
    let marked = server
        .put_json(
            &path(member_id),
            Some(moderator),
            json!({"trusted_helper": true}),
        )
        .await;
    assert_eq!(marked.status(), StatusCode::OK);
    assert_eq!(
        marked.json::<Value>().await.unwrap()["trusted_helper"],
        true
    );
    let promoted = server
        .put_json(&path(member_id), Some(moderator), json!({"role": "admin"}))
        .await;
    assert_eq!(promoted.status(), StatusCode::FORBIDDEN);
    let by_member = server
        .put_json(
            &path(moderator_id),
            Some(member),
            json!({"trusted_helper": true}),
        )
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);

    let bad_role = server
        .put_json(&path(member_id), Some(admin), json!({"role": "king"}))
        .await;
    assert_eq!(bad_role.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let last_admin = server
        .put_json(&path(admin_id), Some(admin), json!({"role": "member"}))
        .await;
    assert_eq!(
        last_admin.status(),
        StatusCode::CONFLICT,
        "a community keeps at least one admin"
    );

    let me: Value = server
        .get_api("/me", Some(member))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["memberships"][0]["role"], "member",
        "refused changes changed nothing"
    );
    assert_eq!(me["memberships"][0]["trusted_helper"], true);
    db.drop_database().await;
}

async fn unknown_communities_and_members_are_not_found(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let coordinator = coordinator(&db, &server).await;
    wawer(&server, &coordinator).await;
    let (outsider, outsider_id) = server.resident("outsider@example.org", "Outsider").await;

    assert_eq!(
        server.get_api("/communities/atlantis", None).await.status(),
        StatusCode::NOT_FOUND
    );
    let join = server
        .post_json("/communities/atlantis/members", Some(&outsider), json!({}))
        .await;
    assert_eq!(join.status(), StatusCode::NOT_FOUND);
    let not_member = server
        .put_json(
            &format!("/communities/wawer/members/{outsider_id}"),
            Some(&coordinator),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(
        not_member.status(),
        StatusCode::NOT_FOUND,
        "only members have roles"
    );
    let not_an_id = server
        .put_json(
            "/communities/wawer/members/xyz",
            Some(&coordinator),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(not_an_id.status(), StatusCode::NOT_FOUND);
    let (status, _) = server.get_page("/c/atlantis").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    db.drop_database().await;
}

async fn pages_show_communities_in_the_visitors_language(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    assert!(db.command(&["demo"]).status.success());
    let server = TestServer::start(&db, &[]).await;

    let (status, home) = server.get_page("/?lang=pl").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("<html lang=\"pl\">"));
    assert!(home.contains("8 osób"), "Polish plural for eight members");
    assert!(home.contains("href=\"/c/wawer\"") && home.contains("href=\"/c/middelfart\""));
    let (_, remembered) = server.get_page("/c/wawer").await;
    assert!(
        remembered.contains("<html lang=\"pl\">"),
        "the choice is remembered"
    );

    let fresh = reqwest::Client::new();
    let ukrainian = fresh
        .get(server.url("/c/middelfart"))
        .header("Accept-Language", "de, uk;q=0.8")
        .send()
        .await
        .unwrap();
    let html = ukrainian.text().await.unwrap();
    assert!(html.contains("<html lang=\"uk\">"));
    assert!(html.contains("7 учасників"));
    db.drop_database().await;
}
