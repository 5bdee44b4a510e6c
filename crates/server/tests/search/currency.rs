//! The index follows every change in the transaction that makes it: an edit's new words are
//! found and its old ones not, a deleted story is gone, a new name finds its person, and an
//! erased person (and their offers) are found no more, while what they wrote stays findable.

use super::*;

on_both_engines!(
    edits_deletions_and_renames_are_found_at_once,
    an_erased_person_and_their_offers_are_found_no_more,
);

async fn edits_deletions_and_renames_are_found_at_once(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    let author = &hood.residents[0];
    let told = story(
        &server,
        author,
        "Stara piekarnia",
        "Zapach chleba o świcie.",
        "public",
    )
    .await;
    let path = format!("/stories/{}", told["id"].as_str().unwrap());
    assert!(finds(&server, None, "piekarnia", "story", "Stara piekarnia").await);
    let changed = server
        .patch_json(&path, Some(&author.token), json!({"title": "Stara kuźnia"}))
        .await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert!(titles(&search(&server, None, "piekarnia").await, "story").is_empty());
    assert!(finds(&server, None, "kuznia", "story", "Stara kuźnia").await);
    let deleted = server
        .delete_json(&path, Some(&author.token), json!({}))
        .await;
    assert!(deleted.status().is_success());
    assert!(titles(&search(&server, None, "kuznia").await, "story").is_empty());

    let shown = server
        .patch_json(
            "/me/profile",
            Some(&author.token),
            json!({"bio": "Piekę chleb", "visibility": {"bio": "public"}}),
        )
        .await;
    assert_eq!(shown.status(), StatusCode::OK);
    let renamed = server
        .patch_json(
            "/me",
            Some(&author.token),
            json!({"display_name": "Bożena Piekarska"}),
        )
        .await;
    assert_eq!(renamed.status(), StatusCode::OK);
    assert!(finds(&server, None, "bozena", "person", "Bożena Piekarska").await);
    assert!(titles(&search(&server, None, "Person").await, "person").is_empty());
    db.drop_database().await;
}

async fn an_erased_person_and_their_offers_are_found_no_more(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 2).await else {
        return;
    };
    let (person, member) = (&hood.residents[0], &hood.residents[1]);
    server
        .patch_json(
            "/me/profile",
            Some(&person.token),
            json!({"bio": "Uczę szachów", "visibility": {"bio": "public"}}),
        )
        .await;
    post_item(
        &server,
        &person.token,
        json!({"kind": "offer", "category": "talents", "title": "Lekcje szachów", "body": "W każdy wtorek."}),
    )
    .await;
    story(
        &server,
        person,
        "Turniej szachowy",
        "Wygrała pani Zofia.",
        "public",
    )
    .await;
    let before = search(&server, Some(member), "szach").await;
    assert_eq!(titles(&before, "person"), ["Person 2"]);
    assert_eq!(titles(&before, "support"), ["Lekcje szachów"]);
    let erased = server
        .delete_json("/me", Some(&person.token), json!({"password": PASSWORD}))
        .await;
    assert!(erased.status().is_success());
    let after = search(&server, Some(member), "szach").await;
    assert!(titles(&after, "person").is_empty(), "{after}");
    assert!(titles(&after, "support").is_empty(), "{after}");
    assert_eq!(titles(&after, "story"), ["Turniej szachowy"]);
    db.drop_database().await;
}
