//! Comments on a story through the shared thread, and moderators hiding a reported story: it
//! is then gone for everyone but them, until they restore it.

use super::*;

on_both_engines!(members_comment_on_a_story, moderators_hide_a_reported_story,);

async fn members_comment_on_a_story(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        residents,
        ..
    } = neighbourhood(&db, &server, 2).await;
    let outsider = praga(&server, &coordinator).await;
    let story = tell(
        &server,
        &residents[0],
        json!({"title": "Skating on the pond", "body": "Every January."}),
    )
    .await;
    let path = format!("/stories/{}/comments", story["id"].as_str().unwrap());
    let response = server
        .post_json(
            &path,
            Some(&residents[1].token),
            json!({"body": "We went *every* day."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let comment: Value = response.json().await.unwrap();
    assert_eq!(comment["target_type"], "story");
    assert!(comment["url"].as_str().unwrap().contains(&format!(
        "/c/wawer/stories/{}#comment-",
        story["id"].as_str().unwrap()
    )));
    for (token, status) in [
        (Some(outsider.token.as_str()), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        let response = server
            .post_json(&path, token, json!({"body": "Me too"}))
            .await;
        assert_eq!(response.status(), status);
    }
    let thread: Value = server.get_api(&path, None).await.json().await.unwrap();
    assert_eq!(ids(&thread).len(), 1);
    let counted: Value = server
        .get_api(&format!("/stories/{}", story["id"].as_str().unwrap()), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(counted["comment_count"], 1);

    // The same through the story's page.
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let page_path = format!("/c/wawer/stories/{}", story["id"].as_str().unwrap());
    let html = pages
        .get(server.url(&page_path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("We went <em>every</em> day."), "{html}");
    let posted = pages
        .post(server.url(&format!("{page_path}/comments")))
        .form(&[
            ("body", "Thank you both!"),
            ("csrf_token", &csrf_token(&html)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    let (_, html) = server.get_page(&page_path).await;
    assert!(html.contains("Thank you both!"));
    db.drop_database().await;
}

async fn moderators_hide_a_reported_story(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        moderator,
        residents,
        ..
    } = neighbourhood(&db, &server, 2).await;
    let (author, reader) = (&residents[0], &residents[1]);
    let story = tell(
        &server,
        author,
        json!({"title": "Cheap watches, write to me", "body": "Only today."}),
    )
    .await;
    let id = story["id"].as_str().unwrap();
    let own = server
        .post_json(
            "/reports",
            Some(&author.token),
            json!({"target_type": "story", "target_id": id, "reason": "spam"}),
        )
        .await;
    assert_eq!(
        own.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one's own story"
    );
    let response = server
        .post_json(
            "/reports",
            Some(&reader.token),
            json!({"target_type": "story", "target_id": id, "reason": "spam"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    let queue = server
        .get_ok("/communities/wawer/reports", &moderator.token)
        .await;
    let listed = &queue["items"][0];
    assert_eq!(listed["target_type"], "story");
    assert_eq!(
        listed["target"]["title"], "Cheap watches, write to me",
        "{listed}"
    );
    assert!(
        listed["target"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/c/wawer/stories/{id}")),
        "{listed}"
    );
    let response = server
        .post_json(
            &format!("/reports/{}/resolve", report["id"].as_str().unwrap()),
            Some(&moderator.token),
            json!({"action": "hide", "note": "Advertising"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    let path = format!("/stories/{id}");
    for (who, token) in [
        ("anonymous", None),
        ("a member", Some(reader.token.as_str())),
        ("the author", Some(author.token.as_str())),
    ] {
        assert_eq!(
            server.get_api(&path, token).await.status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
        let list: Value = server
            .get_api("/communities/wawer/stories", token)
            .await
            .json()
            .await
            .unwrap();
        assert!(ids(&list).is_empty(), "{who}");
    }
    let seen: Value = server.get_ok(&path, &moderator.token).await;
    assert_eq!(seen["hidden"], true);
    let (status, _) = server.get_page(&format!("/c/wawer/stories/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let response = server
        .post_json(
            &format!("/reports/{}/restore", report["id"].as_str().unwrap()),
            Some(&moderator.token),
            json!({"note": "A misunderstanding"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(server.get_api(&path, None).await.status(), StatusCode::OK);
    db.drop_database().await;
}
