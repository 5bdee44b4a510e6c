//! Every change a helper makes while acting is recorded as such, and shown to the person, to
//! the helper and to the moderators of the person's communities; never to other members.

use super::*;

on_both_engines!(
    what_a_helper_does_is_recorded_for_the_right_eyes,
    reads_and_refusals_are_not_recorded,
);

async fn what_a_helper_does_is_recorded_for_the_right_eyes(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    scene.acting().await;
    let posted = post_request(server, "wawer", &scene.helper.token).await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    let stopped = server
        .delete_json("/me/acting-for", Some(&scene.helper.token), json!({}))
        .await;
    assert_eq!(stopped.status(), StatusCode::NO_CONTENT);

    // The person sees it, with who did it and where.
    let record = server
        .get_ok("/me/helper-actions", &scene.person.token)
        .await;
    assert_eq!(kinds(&record), vec!["support_posted"]);
    let action = &record["items"][0];
    assert_eq!(action["helper"]["id"], scene.helper.id);
    assert_eq!(action["person"]["id"], scene.person.id);
    assert_eq!(action["method"], "POST");
    assert!(
        action["route"]
            .as_str()
            .unwrap()
            .ends_with("/communities/{slug}/support"),
        "{action}"
    );
    assert_eq!(action["path"], "/api/v1/communities/wawer/support");
    // The helper sees what they did.
    let done = server
        .get_ok("/me/helping/actions", &scene.helper.token)
        .await;
    assert_eq!(kinds(&done), vec!["support_posted"]);
    // The community's moderators see it and the relationship.
    let moderator = &scene.hood.moderator.token;
    let seen = server
        .get_ok("/communities/wawer/helper-actions", moderator)
        .await;
    assert_eq!(kinds(&seen), vec!["support_posted"]);
    let relationships = server.get_ok("/communities/wawer/helpers", moderator).await;
    assert_eq!(relationships["items"][0]["person"]["id"], scene.person.id);
    // Other members see nothing: not even the helper, who organises but does not moderate.
    for token in [&scene.other.token, &scene.helper.token] {
        for path in [
            "/communities/wawer/helper-actions",
            "/communities/wawer/helpers",
        ] {
            let refused = server.get_api(path, Some(token)).await;
            assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    assert!(
        ids(&server
            .get_ok("/me/helper-actions", &scene.other.token)
            .await)
        .is_empty()
    );

    // The same on the pages.
    let moderator_pages = signed_in_pages(server, "person1@example.org").await;
    let page = moderator_pages
        .get(server.url("/c/wawer/helpers"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Posted an offer or a request"), "{html}");
    assert!(html.contains("Person 3") && html.contains("Person 2"));
    let person_pages = signed_in_pages(server, PERSON_EMAIL).await;
    let html = person_pages
        .get(server.url("/account/helpers"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("What your helpers did"));
    assert!(html.contains("Posted an offer or a request"), "{html}");
    let other_pages = signed_in_pages(server, "person4@example.org").await;
    let refused = other_pages
        .get(server.url("/c/wawer/helpers"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let text = refused.text().await.unwrap();
    assert!(!text.contains("Posted an offer or a request"));
    scene.finish().await;
}

async fn reads_and_refusals_are_not_recorded(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    scene.acting().await;
    let token = &scene.helper.token;
    server.get_ok("/communities/wawer/support", token).await;
    let refused = server
        .post_json(
            "/communities/wawer/places",
            Some(token),
            json!({"name": "Biblioteka", "address": "Żegańska 1"}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let invalid = server
        .post_json(
            "/communities/wawer/support",
            Some(token),
            json!({"kind": "request"}),
        )
        .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stopped = server
        .delete_json("/me/acting-for", Some(token), json!({}))
        .await;
    assert_eq!(stopped.status(), StatusCode::NO_CONTENT);
    // Nor is switching itself: the record is about the person.
    let record = server
        .get_ok("/me/helper-actions", &scene.person.token)
        .await;
    assert!(ids(&record).is_empty(), "{record}");
    scene.finish().await;
}
