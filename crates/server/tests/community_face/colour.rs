//! The accent colour through the API: who may set it, what is refused and why, and the log.

use super::*;

on_both_engines!(
    only_admins_and_coordinators_set_the_colour,
    a_colour_that_fails_is_refused_and_changes_nothing,
);

async fn only_admins_and_coordinators_set_the_colour(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        admin,
        moderator,
        residents,
    } = neighbourhood(&db, &server, 1).await;
    let (outsider, _) = server.resident("outsider@example.org", "Outsider").await;
    assert_eq!(wawer_now(&server).await["accent_colour"], Value::Null);

    let colour = json!({"accent_colour": "#2e6b30"});
    for (who, token) in [
        ("a member", Some(residents[0].token.as_str())),
        ("a moderator", Some(moderator.token.as_str())),
        ("someone from elsewhere", Some(outsider.as_str())),
    ] {
        let (status, problem) = patch(&server, token, colour.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}: {problem}");
    }
    let (status, _) = patch(&server, None, colour.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let missing = server
        .patch_json("/communities/nowhere", Some(&admin.token), colour.clone())
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(wawer_now(&server).await["accent_colour"], Value::Null);

    // The admin sets it, in capitals too; everyone reads it, in the list as well.
    let (status, body) = patch(
        &server,
        Some(&admin.token),
        json!({"accent_colour": "#0F5E73"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["accent_colour"], "#0f5e73");
    assert_eq!(wawer_now(&server).await["accent_colour"], "#0f5e73");
    let list = server.get_api("/communities", None).await;
    let list: Value = list.json().await.unwrap();
    assert_eq!(list["items"][0]["accent_colour"], "#0f5e73");

    // A coordinator may too; `null` goes back to the network's colours; leaving it out keeps it.
    let (status, _) = patch(&server, Some(&coordinator), colour.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = patch(&server, Some(&admin.token), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["accent_colour"], "#2e6b30");
    let (status, body) = patch(&server, Some(&admin.token), json!({"accent_colour": null})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["accent_colour"], Value::Null);

    // Each change is in the log, newest first, with the colours before and after.
    assert_eq!(
        audit(&server, &admin.token).await,
        vec![
            (
                "community_accent_changed".to_owned(),
                "#2e6b30 → —".to_owned()
            ),
            (
                "community_accent_changed".to_owned(),
                "#0f5e73 → #2e6b30".to_owned()
            ),
            (
                "community_accent_changed".to_owned(),
                "— → #0f5e73".to_owned()
            ),
        ]
    );
    db.drop_database().await;
}

async fn a_colour_that_fails_is_refused_and_changes_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 0).await;
    let (status, _) = patch(
        &server,
        Some(&admin.token),
        json!({"accent_colour": "#2e6b30"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    // Too light: the answer names the field, says why and what contrast it reached.
    for (colour, reached) in [
        ("#4a90d9", "3.0:1"),
        ("#ffff00", "1.0:1"),
        ("#767676", "4.1:1"),
    ] {
        let (status, problem) = patch(
            &server,
            Some(&admin.token),
            json!({"accent_colour": colour}),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{colour}");
        let message = problem["errors"]["accent_colour"].as_str().unwrap();
        assert!(message.contains(reached), "{colour}: {message}");
        assert!(message.contains("4.5:1"), "{message}");
    }
    // In the reader's language, with its decimal comma.
    let response = server
        .client
        .patch(server.url("/api/v1/communities/wawer?lang=pl"))
        .bearer_auth(&admin.token)
        .json(&json!({"accent_colour": "#4a90d9"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    let message = problem["errors"]["accent_colour"].as_str().unwrap();
    assert!(
        message.contains("3,0:1") && message.contains("4,5:1"),
        "{message}"
    );

    // Not a colour at all, or not a string.
    for colour in [
        json!("green"),
        json!("#12345"),
        json!("2e6b30"),
        json!(""),
        json!(7),
    ] {
        let (status, problem) = patch(
            &server,
            Some(&admin.token),
            json!({"accent_colour": colour}),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{colour}");
        assert!(problem["errors"]["accent_colour"].is_string(), "{problem}");
    }
    // A picture id that is no picture is refused with the colour beside it, together.
    let (status, problem) = patch(
        &server,
        Some(&admin.token),
        json!({"accent_colour": "#ffff00", "image_id": "not-an-id"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(problem["errors"]["accent_colour"].is_string(), "{problem}");
    assert!(problem["errors"]["image_id"].is_string(), "{problem}");

    // Nothing changed, and only the one change is in the log.
    assert_eq!(wawer_now(&server).await["accent_colour"], "#2e6b30");
    assert_eq!(audit(&server, &admin.token).await.len(), 1);
    db.drop_database().await;
}
