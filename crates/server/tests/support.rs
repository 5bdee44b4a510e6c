//! Mutual support end to end: offers and requests, matches, conversations, reports, sensitive
//! requests on every path, and the one e-mail about an unread message.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, Neighbourhood, TestDatabase, TestServer, ids, neighbourhood, post_item, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    offers_and_requests_are_posted_filtered_and_changed_by_their_authors,
    bad_input_is_named_field_by_field_and_changes_nothing,
    matches_put_a_shared_language_first_and_say_why,
    a_sensitive_request_is_hidden_on_every_path,
);

async fn offers_and_requests_are_posted_filtered_and_changed_by_their_authors(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        moderator,
        residents,
        ..
    } = neighbourhood(&db, &server, 2).await;
    let (olena, dmytro) = (&residents[0], &residents[1]);
    let request = post_item(
        &server,
        &olena.token,
        json!({"kind": "request", "category": "language", "title": "Help with a letter",
               "body": "From the tax office.", "languages": ["uk", "pl"], "area": "Anin"}),
    )
    .await;
    assert_eq!(request["status"], "open");
    assert_eq!(request["sensitive"], false);
    assert_eq!(request["languages"], json!(["pl", "uk"]));
    assert_eq!(request["author"]["id"], olena.id.as_str());
    let id = request["id"].as_str().unwrap();
    assert_eq!(
        request["url"],
        server.url(&format!("/c/wawer/support/{id}"))
    );
    let offer = post_item(
        &server,
        &dmytro.token,
        json!({"kind": "offer", "category": "material", "title": "A bicycle", "body": "20 inch."}),
    )
    .await;

    let all = server
        .get_ok("/communities/wawer/support", &dmytro.token)
        .await;
    assert_eq!(ids(&all), vec![offer["id"].as_str().unwrap(), id]);
    for (query, expected) in [
        ("kind=request", vec![id]),
        ("category=material", vec![offer["id"].as_str().unwrap()]),
        ("language=uk", vec![id]),
        ("q=LETTER", vec![id]),
        ("q=50%25", vec![]),
    ] {
        let found = server
            .get_ok(
                &format!("/communities/wawer/support?{query}"),
                &dmytro.token,
            )
            .await;
        assert_eq!(ids(&found), expected, "{query}");
    }
    let first = server
        .get_ok("/communities/wawer/support?limit=1", &dmytro.token)
        .await;
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = server
        .get_ok(
            &format!("/communities/wawer/support?limit=1&cursor={cursor}"),
            &dmytro.token,
        )
        .await;
    assert_eq!(ids(&second), vec![id]);
    assert!(second["next_cursor"].is_null());

    let change = json!({"title": "Help with a letter from ZUS"});
    let refused = server
        .patch_json(
            &format!("/support/{id}"),
            Some(&dmytro.token),
            change.clone(),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let changed: Value = server
        .patch_json(&format!("/support/{id}"), Some(&olena.token), change)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(changed["title"], "Help with a letter from ZUS");
    assert_eq!(changed["languages"], json!(["pl", "uk"]));
    let closed = server
        .patch_json(
            &format!("/support/{id}"),
            Some(&moderator.token),
            json!({"status": "closed"}),
        )
        .await;
    assert_eq!(closed.status(), StatusCode::OK);
    let reopened = server
        .patch_json(
            &format!("/support/{id}"),
            Some(&olena.token),
            json!({"status": "open"}),
        )
        .await;
    assert_eq!(
        reopened.status(),
        StatusCode::FORBIDDEN,
        "what a moderator closed stays closed"
    );
    let open_only = server
        .get_ok("/communities/wawer/support", &dmytro.token)
        .await;
    assert_eq!(ids(&open_only), vec![offer["id"].as_str().unwrap()]);
    let everything = server
        .get_ok("/communities/wawer/support?status=all", &dmytro.token)
        .await;
    assert_eq!(ids(&everything).len(), 2);
    db.drop_database().await;
}

async fn bad_input_is_named_field_by_field_and_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 1).await;
    let member = &hood.residents[0];
    let bad = json!({"kind": "gift", "category": "cooking", "title": "", "body": "x",
                     "languages": ["xx"], "expires_on": "2020-01-01"});
    let refused = server
        .post_json("/communities/wawer/support", Some(&member.token), bad)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Value = refused.json().await.unwrap();
    for field in ["kind", "category", "title", "languages", "expires_on"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let offer_marked_sensitive =
        json!({"kind": "offer", "category": "time", "title": "t", "body": "b", "sensitive": true});
    let refused = server
        .post_json(
            "/communities/wawer/support",
            Some(&member.token),
            offer_marked_sensitive,
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong_type = json!({"kind": "offer", "category": "time", "title": 5, "body": "b"});
    let refused = server
        .post_json(
            "/communities/wawer/support",
            Some(&member.token),
            wrong_type,
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let control =
        json!({"kind": "offer", "category": "time", "title": "a\u{0}b", "body": "bell\u{7}"});
    let refused = server
        .post_json("/communities/wawer/support", Some(&member.token), control)
        .await;
    assert_eq!(
        refused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "control characters"
    );
    let problem: Value = refused.json().await.unwrap();
    assert!(problem["errors"]["title"].is_string() && problem["errors"]["body"].is_string());
    let searched = server
        .get_api("/communities/wawer/support?q=%00", Some(&member.token))
        .await;
    assert_eq!(searched.status(), StatusCode::OK, "any words are a search");
    for query in [
        "kind=gift",
        "category=x",
        "language=xx",
        "status=some",
        "cursor=nope",
        "limit=0",
    ] {
        let response = server
            .get_api(
                &format!("/communities/wawer/support?{query}"),
                Some(&member.token),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
    }
    let good = json!({"kind": "offer", "category": "time", "title": "t", "body": "b"});
    let anonymous = server
        .post_json("/communities/wawer/support", None, good.clone())
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let (outsider, _) = server.resident("outsider@example.org", "Outsider").await;
    for response in [
        server
            .post_json("/communities/wawer/support", Some(&outsider), good)
            .await,
        server
            .get_api("/communities/wawer/support", Some(&outsider))
            .await,
    ] {
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let unknown = server
        .get_api("/communities/nowhere/support", Some(&member.token))
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let nothing = server
        .get_ok("/communities/wawer/support?status=all", &member.token)
        .await;
    assert_eq!(
        ids(&nothing).len(),
        0,
        "a refused request changed something"
    );
    db.drop_database().await;
}

async fn matches_put_a_shared_language_first_and_say_why(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 4).await;
    let [olena, dmytro, sarah, marek] = &hood.residents[..] else {
        unreachable!()
    };
    let request = post_item(
        &server,
        &olena.token,
        json!({"kind": "request", "category": "language", "title": "Tax form", "body": "Please.", "languages": ["uk"]}),
    )
    .await;
    let ukrainian = post_item(
        &server,
        &dmytro.token,
        json!({"kind": "offer", "category": "language", "title": "Translations", "body": "pl-uk", "languages": ["pl", "uk"]}),
    )
    .await;
    let english = post_item(
        &server,
        &sarah.token,
        json!({"kind": "offer", "category": "language", "title": "English practice", "body": "Coffee", "languages": ["en"]}),
    )
    .await;
    post_item(
        &server,
        &marek.token,
        json!({"kind": "offer", "category": "material", "title": "Bicycle", "body": "Free", "languages": ["uk"]}),
    )
    .await;
    let id = request["id"].as_str().unwrap();
    let matches: Value = server
        .client
        .get(server.url(&format!("/api/v1/support/{id}/matches")))
        .bearer_auth(&olena.token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let found: Vec<&str> = matches["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["item"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        found,
        vec![
            ukrainian["id"].as_str().unwrap(),
            english["id"].as_str().unwrap()
        ],
        "the shared language first, then the newest; other categories never"
    );
    assert_eq!(
        matches["items"][0]["reason"],
        "offers language help · speaks Ukrainian"
    );
    assert_eq!(matches["items"][0]["shared_languages"], json!(["uk"]));
    let first = server
        .get_ok(&format!("/support/{id}/matches?limit=1"), &olena.token)
        .await;
    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    assert_eq!(first["next_cursor"], "1");
    let bad_limit = server
        .get_api(
            &format!("/support/{id}/matches?limit=0"),
            Some(&olena.token),
        )
        .await;
    assert_eq!(bad_limit.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let back: Value = server
        .get_ok(
            &format!("/support/{}/matches", ukrainian["id"].as_str().unwrap()),
            &dmytro.token,
        )
        .await;
    assert_eq!(back["items"][0]["item"]["id"], id);
    db.drop_database().await;
}

async fn a_sensitive_request_is_hidden_on_every_path(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 4).await;
    let [halina, sarah, helper, offerer] = &hood.residents[..] else {
        unreachable!()
    };
    let marked = server
        .put_json(
            &format!("/communities/wawer/members/{}", helper.id),
            Some(&hood.moderator.token),
            json!({"trusted_helper": true}),
        )
        .await;
    assert_eq!(marked.status(), StatusCode::OK);
    let request = post_item(
        &server,
        &halina.token,
        json!({"kind": "request", "category": "emotional", "title": "Someone to talk to",
               "body": "Evenings are long.", "languages": ["pl"]}),
    )
    .await;
    assert_eq!(
        request["sensitive"], true,
        "emotional support is sensitive by default"
    );
    let id = request["id"].as_str().unwrap();
    let offer = post_item(
        &server,
        &offerer.token,
        json!({"kind": "offer", "category": "emotional", "title": "I listen", "body": "Walks", "languages": ["pl"]}),
    )
    .await;
    let offer_id = offer["id"].as_str().unwrap();

    // Those who may see it: its author, moderators and admins, trusted helpers.
    for person in [
        &halina.token,
        &hood.moderator.token,
        &hood.admin.token,
        &helper.token,
    ] {
        server.get_ok(&format!("/support/{id}"), person).await;
        let board = server.get_ok("/communities/wawer/support", person).await;
        assert!(ids(&board).contains(&id.to_owned()));
    }
    let helper_matches = server
        .get_ok(&format!("/support/{offer_id}/matches"), &helper.token)
        .await;
    assert!(helper_matches.to_string().contains(id));

    // Everyone else: 404, and it is in no list, filter, match, count or page.
    assert_eq!(
        server
            .get_api(&format!("/support/{id}"), Some(&sarah.token))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    for query in [
        "",
        "?category=emotional",
        "?kind=request",
        "?q=evenings",
        "?status=all",
        "?language=pl",
    ] {
        let board = server
            .get_ok(&format!("/communities/wawer/support{query}"), &sarah.token)
            .await;
        assert!(!board.to_string().contains(id), "{query}");
    }
    let matches = server
        .get_ok(&format!("/support/{offer_id}/matches"), &sarah.token)
        .await;
    assert!(!matches.to_string().contains(id));
    assert_eq!(matches["items"].as_array().unwrap().len(), 0);
    for response in [
        server
            .get_api(&format!("/support/{id}/matches"), Some(&sarah.token))
            .await,
        server
            .post_json(
                &format!("/support/{id}/conversations"),
                Some(&sarah.token),
                json!({"message": "hi"}),
            )
            .await,
        server
            .patch_json(
                &format!("/support/{id}"),
                Some(&sarah.token),
                json!({"status": "closed"}),
            )
            .await,
        server
            .post_json(
                "/reports",
                Some(&sarah.token),
                json!({"target_type": "support", "target_id": id, "reason": "spam"}),
            )
            .await,
    ] {
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
    let exchange = server
        .post_json(
            "/communities/wawer/exchanges",
            Some(&sarah.token),
            json!({"provider_id": sarah.id, "receiver_id": halina.id, "minutes": 30,
                   "description": "Talk", "support_id": id}),
        )
        .await;
    assert_eq!(exchange.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The pages say the same.
    let page_client = signed_in_pages(&server, "person3@example.org").await;
    for path in [format!("/c/wawer/support/{id}")] {
        let response = page_client.get(server.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
    for path in [
        "/c/wawer/support",
        "/c/wawer",
        "/c/wawer/support?status=all&category=emotional",
    ] {
        let html = page_client
            .get(server.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !html.contains(id) && !html.contains("Someone to talk to"),
            "{path}"
        );
    }
    db.drop_database().await;
}
