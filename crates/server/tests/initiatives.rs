//! Initiatives and comments end to end: proposing, the list's orders and filter, one support per
//! member, the organisers' answers as history, comments with one level of replies, and the same
//! through forms alone.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, Neighbourhood, TestDatabase, TestServer, csrf_token, ids, neighbourhood,
    signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    initiatives_are_proposed_supported_and_answered,
    comments_keep_one_level_of_replies,
    an_initiative_is_supported_and_commented_with_forms_alone,
);

async fn propose(server: &TestServer, token: &str, title: &str) -> Value {
    let response = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(token),
            json!({"title": title, "body": "A **bench** by the river."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn initiative(server: &TestServer, id: &str, token: Option<&str>) -> (StatusCode, Value) {
    let response = server.get_api(&format!("/initiatives/{id}"), token).await;
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn initiatives_are_proposed_supported_and_answered(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 3).await;
    let (olena, dmytro, halina) = (&residents[0], &residents[1], &residents[2]);
    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;

    let empty = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(&olena.token),
            json!({"title": " ", "body": ""}),
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = empty.json().await.unwrap();
    assert!(problem["errors"]["title"].is_string() && problem["errors"]["body"].is_string());
    let forbidden = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(&outsider),
            json!({"title": "Mine", "body": "x"}),
        )
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);

    let bench = propose(&server, &olena.token, "Benches by the river").await;
    let garden = propose(&server, &dmytro.token, "A community garden").await;
    assert_eq!(bench["state"], "open");
    assert!(
        bench["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>bench</strong>")
    );
    let (bench_id, garden_id) = (
        bench["id"].as_str().unwrap(),
        garden["id"].as_str().unwrap(),
    );

    // One support per member; outsiders may read but not support.
    for person in [olena, dmytro] {
        let supported = server
            .post_json(
                &format!("/initiatives/{bench_id}/supports"),
                Some(&person.token),
                json!({}),
            )
            .await;
        assert_eq!(supported.status(), StatusCode::CREATED);
    }
    let again = server
        .post_json(
            &format!("/initiatives/{bench_id}/supports"),
            Some(&olena.token),
            json!({}),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let outsider_support = server
        .post_json(
            &format!("/initiatives/{bench_id}/supports"),
            Some(&outsider),
            json!({}),
        )
        .await;
    assert_eq!(outsider_support.status(), StatusCode::FORBIDDEN);
    let (status, read) = initiative(&server, bench_id, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["support_count"], 2);
    let withdrawn = server
        .delete_json(
            &format!("/initiatives/{bench_id}/supports"),
            Some(&dmytro.token),
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    let (_, read) = initiative(&server, bench_id, Some(&dmytro.token)).await;
    assert_eq!(read["support_count"], 1);
    assert_eq!(read["supported"], false);

    // Volunteers and followers.
    let volunteered = server
        .post_json(
            &format!("/initiatives/{bench_id}/volunteers"),
            Some(&halina.token),
            json!({"note": "I can paint"}),
        )
        .await;
    assert_eq!(volunteered.status(), StatusCode::CREATED);
    let followed = server
        .post_json(
            &format!("/initiatives/{bench_id}/followers"),
            Some(&halina.token),
            json!({}),
        )
        .await;
    assert_eq!(followed.status(), StatusCode::CREATED);
    let (_, read) = initiative(&server, bench_id, Some(&halina.token)).await;
    assert_eq!(read["volunteer_count"], 1);
    assert_eq!(read["volunteers"][0]["note"], "I can paint");
    assert_eq!(
        (read["volunteering"].clone(), read["following"].clone()),
        (json!(true), json!(true))
    );

    // The list: newest first, most supported first, one state.
    let newest = server
        .get_ok("/communities/wawer/initiatives", &outsider)
        .await;
    assert_eq!(
        ids(&newest),
        vec![garden_id.to_owned(), bench_id.to_owned()]
    );
    let supported = server
        .get_ok("/communities/wawer/initiatives?sort=supported", &outsider)
        .await;
    assert_eq!(
        ids(&supported),
        vec![bench_id.to_owned(), garden_id.to_owned()]
    );
    let paged = server
        .get_ok("/communities/wawer/initiatives?limit=1", &outsider)
        .await;
    let next = paged["next_cursor"].as_str().unwrap();
    let second = server
        .get_ok(
            &format!("/communities/wawer/initiatives?limit=1&cursor={next}"),
            &outsider,
        )
        .await;
    assert_eq!(ids(&second), vec![bench_id.to_owned()]);
    let bad_sort = server
        .get_api("/communities/wawer/initiatives?sort=loudest", None)
        .await;
    assert_eq!(bad_sort.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Only organisers answer; each move is one the states allow, kept as history.
    let state = |state: &str| json!({"state": state, "answer": "Decided at the meeting."});
    let path = format!("/initiatives/{bench_id}/state");
    let by_member = server
        .post_json(&path, Some(&olena.token), state("accepted"))
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let skipped = server
        .post_json(&path, Some(&admin.token), state("done"))
        .await;
    assert_eq!(skipped.status(), StatusCode::CONFLICT);
    for next in ["accepted", "in_progress", "done"] {
        let moved = server
            .post_json(&path, Some(&admin.token), state(next))
            .await;
        assert_eq!(moved.status(), StatusCode::OK, "{next}");
    }
    let (_, read) = initiative(&server, bench_id, None).await;
    assert_eq!(read["state"], "done");
    let history: Vec<&str> = read["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["to"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["accepted", "in_progress", "done"]);
    let done = server
        .get_ok("/communities/wawer/initiatives?state=done", &outsider)
        .await;
    assert_eq!(ids(&done), vec![bench_id.to_owned()]);
    let closed = server
        .post_json(
            &format!("/initiatives/{bench_id}/supports"),
            Some(&halina.token),
            json!({}),
        )
        .await;
    assert_eq!(closed.status(), StatusCode::CONFLICT);
    let (status, _) = initiative(&server, "not-an-id", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn comments_keep_one_level_of_replies(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { residents, .. } = neighbourhood(&db, &server, 2).await;
    let (olena, dmytro) = (&residents[0], &residents[1]);
    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;
    let bench = propose(&server, &olena.token, "Benches by the river").await;
    let comments = format!("/initiatives/{}/comments", bench["id"].as_str().unwrap());
    let post = |token: String, body: Value| {
        let comments = comments.clone();
        let server = &server;
        async move { server.post_json(&comments, Some(&token), body).await }
    };

    let first = post(dmytro.token.clone(), json!({"body": "Great idea"})).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: Value = first.json().await.unwrap();
    let reply: Value = post(
        olena.token.clone(),
        json!({"body": "Thanks", "parent_id": first["id"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let reply_to_reply: Value = post(
        dmytro.token.clone(),
        json!({"body": "Welcome", "parent_id": reply["id"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(reply["parent_id"], first["id"]);
    assert_eq!(
        reply_to_reply["parent_id"], first["id"],
        "a reply to a reply joins the thread"
    );
    let second = post(olena.token.clone(), json!({"body": "Second thread"})).await;
    assert_eq!(second.status(), StatusCode::CREATED);
    let empty = post(olena.token.clone(), json!({"body": ""})).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let outsider_comment = post(outsider.clone(), json!({"body": "Hi"})).await;
    assert_eq!(outsider_comment.status(), StatusCode::FORBIDDEN);

    let listed = server.get_ok(&comments, &outsider).await;
    let bodies: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["Great idea", "Thanks", "Welcome", "Second thread"]);
    let (_, read) = initiative(&server, bench["id"].as_str().unwrap(), None).await;
    assert_eq!(read["comment_count"], 4, "replies count");

    // Its author edits within 15 minutes; nobody else; a delete leaves the place.
    let path = format!("/comments/{}", first["id"].as_str().unwrap());
    let by_other = server
        .patch_json(&path, Some(&olena.token), json!({"body": "Changed"}))
        .await;
    assert_eq!(by_other.status(), StatusCode::FORBIDDEN);
    let edited = server
        .patch_json(&path, Some(&dmytro.token), json!({"body": "Great idea!"}))
        .await;
    assert_eq!(edited.status(), StatusCode::OK);
    let edited: Value = edited.json().await.unwrap();
    assert_eq!(edited["body"], "Great idea!");
    assert!(edited["edited_at"].is_string());
    let deleted = server
        .delete_json(&path, Some(&dmytro.token), json!({}))
        .await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let listed = server.get_ok(&comments, &outsider).await;
    assert_eq!(listed["items"][0]["removed"], true);
    assert_eq!(listed["items"][0]["body"], "");
    assert_eq!(listed["items"].as_array().unwrap().len(), 4);
    let (_, read) = initiative(&server, bench["id"].as_str().unwrap(), None).await;
    assert_eq!(read["comment_count"], 3);
}

async fn an_initiative_is_supported_and_commented_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 2).await;
    let olena = signed_in_pages(&server, "person2@example.org").await;
    let page = |path: String| {
        let request = olena.get(server.url(&path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let form = page("/c/wawer/initiatives/new".into()).await;
    let token = csrf_token(&form);
    let empty = olena
        .post(server.url("/c/wawer/initiatives"))
        .form(&[("csrf_token", token.as_str()), ("title", ""), ("body", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let proposed = olena
        .post(server.url("/c/wawer/initiatives"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Reading corner"),
            ("body", "In the library"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    let location = proposed.headers()["location"].to_str().unwrap().to_owned();
    let path = location.split('?').next().unwrap().to_owned();

    let detail = page(path.clone()).await;
    let token = csrf_token(&detail);
    let supported = olena
        .post(server.url(&format!("{path}/support")))
        .form(&[("csrf_token", token.as_str()), ("choice", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(supported.status(), StatusCode::SEE_OTHER);
    let commented = olena
        .post(server.url(&format!("{path}/comments")))
        .form(&[("csrf_token", token.as_str()), ("body", "Count me in")])
        .send()
        .await
        .unwrap();
    assert_eq!(commented.status(), StatusCode::SEE_OTHER);
    let no_token = olena
        .post(server.url(&format!("{path}/comments")))
        .form(&[("body", "Forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    let detail = page(path.clone()).await;
    assert!(detail.contains("You support this initiative."), "{detail}");
    assert!(detail.contains("Count me in"));
    assert!(!detail.contains("Forged"));
    let (status, list) = server.get_page("/c/wawer/initiatives?sort=supported").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Reading corner"));
    let (status, filtered) = server.get_page("/c/wawer/initiatives?state=finished").await;
    assert_eq!(status, StatusCode::OK);
    assert!(filtered.contains("Choose one of the stages."));
}
