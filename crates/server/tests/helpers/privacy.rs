//! Helper relationships and the record of what helpers did, in each side's data download, and
//! what erasure leaves: the person's relationships and record go; a helper who leaves is ended,
//! and what they did stays for the person under "former member".

use super::*;

on_both_engines!(
    both_sides_download_their_part,
    erasing_the_person_removes_their_relationships_and_record,
    erasing_the_helper_ends_their_help_and_keeps_the_record,
);

/// The person names the helper, who posts a request while acting for them and stops.
async fn helped(scene: &Scene) {
    scene.named().await;
    scene.acting().await;
    let posted = post_request(&scene.server, "wawer", &scene.helper.token).await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    let stopped = scene
        .server
        .delete_json("/me/acting-for", Some(&scene.helper.token), json!({}))
        .await;
    assert_eq!(stopped.status(), StatusCode::NO_CONTENT);
}

async fn both_sides_download_their_part(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    helped(&scene).await;
    let person = server.get_ok("/me/export", &scene.person.token).await;
    let mine = &person["data"]["helpers"];
    assert_eq!(mine["my_helpers"][0]["helper_id"], scene.helper.id);
    assert_eq!(
        mine["done_for_me"][0]["path"],
        "/api/v1/communities/wawer/support"
    );
    assert!(mine["people_i_help"].as_array().unwrap().is_empty());
    let helper = server.get_ok("/me/export", &scene.helper.token).await;
    let theirs = &helper["data"]["helpers"];
    assert_eq!(theirs["people_i_help"][0]["person_id"], scene.person.id);
    assert_eq!(theirs["done_as_helper"][0]["person_id"], scene.person.id);
    assert!(theirs["my_helpers"].as_array().unwrap().is_empty());
    let other = server.get_ok("/me/export", &scene.other.token).await;
    let nothing = &other["data"]["helpers"];
    for section in [
        "my_helpers",
        "people_i_help",
        "done_for_me",
        "done_as_helper",
    ] {
        assert!(nothing[section].as_array().unwrap().is_empty(), "{section}");
    }
    scene.finish().await;
}

async fn erasing_the_person_removes_their_relationships_and_record(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    helped(&scene).await;
    scene.acting().await;
    let erased = server
        .delete_json(
            "/me",
            Some(&scene.person.token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    // The helper's session acts as the helper again, with nobody left to help.
    assert_eq!(me(server, &scene.helper.token).await, scene.helper.id);
    assert!(ids(&server.get_ok("/me/helping", &scene.helper.token).await).is_empty());
    assert!(
        ids(&server
            .get_ok("/me/helping/actions", &scene.helper.token)
            .await)
        .is_empty()
    );
    let seen = server
        .get_ok(
            "/communities/wawer/helper-actions",
            &scene.hood.moderator.token,
        )
        .await;
    assert!(ids(&seen).is_empty(), "{seen}");
    scene.finish().await;
}

async fn erasing_the_helper_ends_their_help_and_keeps_the_record(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    helped(&scene).await;
    let erased = server
        .delete_json(
            "/me",
            Some(&scene.helper.token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    assert!(ids(&server.get_ok("/me/helpers", &scene.person.token).await).is_empty());
    let record = server
        .get_ok("/me/helper-actions", &scene.person.token)
        .await;
    assert_eq!(kinds(&record), vec!["support_posted"]);
    assert_eq!(record["items"][0]["helper"]["display_name"], "");
    let person_pages = signed_in_pages(server, PERSON_EMAIL).await;
    let html = person_pages
        .get(server.url("/account/helpers"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Former member"), "{html}");
    scene.finish().await;
}
