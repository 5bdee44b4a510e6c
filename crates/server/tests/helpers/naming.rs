//! Naming a helper by e-mail, the lists on both sides, and ending it.

use super::*;

on_both_engines!(
    naming_a_helper_follows_the_contract,
    the_person_ends_it_and_may_name_again,
    helper_lists_page_with_a_cursor,
);

async fn naming_a_helper_follows_the_contract(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let unknown = name(server, &scene.person, "nobody@example.org").await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = unknown.json().await.unwrap();
    assert!(
        problem["errors"]["email"]
            .as_str()
            .unwrap()
            .contains("sign up first"),
        "{problem}"
    );
    for (email, why) in [(PERSON_EMAIL, "yourself"), ("not an address", "malformed")] {
        let refused = name(server, &scene.person, email).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let problem: Value = refused.json().await.unwrap();
        assert!(problem["errors"]["email"].is_string(), "{why}: {problem}");
    }
    let named = scene.named().await;
    assert_eq!(named["helper"]["id"], scene.helper.id);
    assert_eq!(named["person"]["id"], scene.person.id);
    assert_eq!(named["set_up_by"]["id"], scene.person.id);
    assert!(named["desk"].is_null());
    // Case does not matter; naming the same helper again is a conflict.
    let again = name(server, &scene.person, "PERSON2@example.org").await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    let mine = server.get_ok("/me/helpers", &scene.person.token).await;
    assert_eq!(ids(&mine), vec![named["id"].as_str().unwrap().to_owned()]);
    let helping = server.get_ok("/me/helping", &scene.helper.token).await;
    assert_eq!(helping["items"][0]["person"]["id"], scene.person.id);
    assert!(helping["items"][0]["consent_note"].is_null());
    let nobody = server.get_ok("/me/helping", &scene.other.token).await;
    assert!(ids(&nobody).is_empty());
    assert!(ids(&server.get_ok("/me/helpers", &scene.helper.token).await).is_empty());
    scene.finish().await;
}

async fn the_person_ends_it_and_may_name_again(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    let path = format!("/me/helpers/{}", scene.helper.id);
    // Only the person ends their own relationship through this address.
    let not_theirs = server
        .delete_json(&path, Some(&scene.other.token), json!({}))
        .await;
    assert_eq!(not_theirs.status(), StatusCode::NOT_FOUND);
    let ended = server
        .delete_json(&path, Some(&scene.person.token), json!({}))
        .await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    assert!(ids(&server.get_ok("/me/helpers", &scene.person.token).await).is_empty());
    assert!(ids(&server.get_ok("/me/helping", &scene.helper.token).await).is_empty());
    let twice = server
        .delete_json(&path, Some(&scene.person.token), json!({}))
        .await;
    assert_eq!(twice.status(), StatusCode::NOT_FOUND);
    let nonsense = server
        .delete_json("/me/helpers/nonsense", Some(&scene.person.token), json!({}))
        .await;
    assert_eq!(nonsense.status(), StatusCode::NOT_FOUND);
    // Ended is ended: naming the same person again starts a new relationship.
    scene.named().await;
    assert_eq!(
        ids(&server.get_ok("/me/helpers", &scene.person.token).await).len(),
        1
    );
    scene.finish().await;
}

async fn helper_lists_page_with_a_cursor(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    for email in [HELPER_EMAIL, "person4@example.org", "person1@example.org"] {
        let named = name(server, &scene.person, email).await;
        assert_eq!(named.status(), StatusCode::CREATED, "{email}");
    }
    let first = server
        .get_ok("/me/helpers?limit=2", &scene.person.token)
        .await;
    assert_eq!(ids(&first).len(), 2);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = server
        .get_ok(
            &format!("/me/helpers?limit=2&cursor={cursor}"),
            &scene.person.token,
        )
        .await;
    assert_eq!(ids(&second).len(), 1);
    assert!(second["next_cursor"].is_null());
    assert!(!ids(&first).contains(&ids(&second)[0]));
    let bad = server
        .get_api("/me/helpers?cursor=nonsense", Some(&scene.person.token))
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    scene.finish().await;
}
