//! Acting for someone: only for a person who named you, with their rights and never your own,
//! one person at a time, and not a moment longer than the relationship lasts.

use super::*;

on_both_engines!(
    acting_gives_the_persons_rights_and_only_theirs,
    only_a_person_who_named_you_can_be_acted_for,
    no_chains,
    ending_it_stops_the_session_acting,
    signing_out_while_acting_ends_the_helpers_own_session,
);

/// A second session of the helper's, which acts as themselves throughout.
async fn own_session(server: &TestServer) -> String {
    let session: Value = server
        .sign_in(HELPER_EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    session["token"].as_str().unwrap().to_owned()
}

async fn create_place(server: &TestServer, token: &str, name: &str) -> StatusCode {
    server
        .post_json(
            "/communities/wawer/places",
            Some(token),
            json!({"name": name, "address": "Żegańska 1"}),
        )
        .await
        .status()
}

async fn acting_gives_the_persons_rights_and_only_theirs(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let helper_alone = own_session(server).await;
    // Praga: the helper is a member there, the person is not.
    let praga = json!({"slug": "praga", "name": "Praga", "description": "Po drugiej stronie",
                       "country": "PL", "default_locale": "pl"});
    let created = server
        .post_json("/communities", Some(&scene.hood.coordinator), praga)
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let joined = server
        .post_json("/communities/praga/members", Some(&helper_alone), json!({}))
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    scene.named().await;
    scene.acting().await;
    let token = &scene.helper.token;
    assert_eq!(me(server, token).await, scene.person.id);
    let acting = server.get_ok("/me/acting-for", token).await;
    assert_eq!(acting["person"]["id"], scene.person.id);
    assert_eq!(acting["helper"]["id"], scene.helper.id);

    // The helper organises Wawer; the person does not, so while acting neither do they.
    assert_eq!(
        create_place(server, &helper_alone, "Dom Kultury").await,
        StatusCode::CREATED
    );
    assert_eq!(
        create_place(server, token, "Biblioteka").await,
        StatusCode::FORBIDDEN
    );
    // The person is no member of Praga, so the helper cannot post there for them…
    assert_eq!(
        post_request(server, "praga", token).await.status(),
        StatusCode::FORBIDDEN
    );
    // …though as themselves they can.
    assert_eq!(
        post_request(server, "praga", &helper_alone).await.status(),
        StatusCode::CREATED
    );
    // What the person can do, the helper does in the person's name.
    let posted = post_request(server, "wawer", token).await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    let posted: Value = posted.json().await.unwrap();
    assert_eq!(posted["author"]["id"], scene.person.id);

    let stopped = server
        .delete_json("/me/acting-for", Some(token), json!({}))
        .await;
    assert_eq!(stopped.status(), StatusCode::NO_CONTENT);
    assert_eq!(me(server, token).await, scene.helper.id);
    let not_acting = server.get_api("/me/acting-for", Some(token)).await;
    assert_eq!(not_acting.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        create_place(server, token, "Biblioteka").await,
        StatusCode::CREATED
    );
    scene.finish().await;
}

async fn only_a_person_who_named_you_can_be_acted_for(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    // Nobody named the helper yet: a real person, an unknown id and nonsense get the same 403.
    for target in [
        scene.person.id.clone(),
        "0190f5a0-0000-7000-8000-000000000000".to_owned(),
        "nonsense".to_owned(),
    ] {
        let refused = act_for(server, &scene.helper, &target).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{target}");
    }
    let missing = server
        .post_json("/me/acting-for", Some(&scene.helper.token), json!({}))
        .await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Naming goes one way: the person named the helper, not the other way round.
    scene.named().await;
    let backwards = act_for(server, &scene.person, &scene.helper.id).await;
    assert_eq!(backwards.status(), StatusCode::FORBIDDEN);
    assert_eq!(me(server, &scene.person.token).await, scene.person.id);
    let anonymous = server
        .post_json(
            "/me/acting-for",
            None,
            json!({"account_id": scene.person.id}),
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    scene.finish().await;
}

async fn no_chains(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    // `other` names the helper too, and names the person.
    for email in [HELPER_EMAIL, PERSON_EMAIL] {
        let named = name(server, &scene.other, email).await;
        assert_eq!(named.status(), StatusCode::CREATED);
    }
    scene.acting().await;
    // Acting for the person, the helper can act neither for `other` (whom they may help) nor,
    // through the person, for whom the person helps.
    let refused = act_for(server, &scene.helper, &scene.other.id).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(me(server, &scene.helper.token).await, scene.person.id);
    scene.finish().await;
}

async fn ending_it_stops_the_session_acting(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    scene.acting().await;
    let token = &scene.helper.token;
    let ended = server
        .delete_json(
            &format!("/me/helpers/{}", scene.helper.id),
            Some(&scene.person.token),
            json!({}),
        )
        .await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    // The session quietly acts as the helper again, and cannot go back.
    assert_eq!(me(server, token).await, scene.helper.id);
    let gone = server.get_api("/me/acting-for", Some(token)).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let refused = act_for(server, &scene.helper, &scene.person.id).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // What the session does now is the helper's own, and not in the person's record.
    let posted: Value = post_request(server, "wawer", token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(posted["author"]["id"], scene.helper.id);
    let record = server
        .get_ok("/me/helper-actions", &scene.person.token)
        .await;
    assert!(ids(&record).is_empty(), "{record}");
    scene.finish().await;
}

async fn signing_out_while_acting_ends_the_helpers_own_session(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    scene.acting().await;
    let signed_out = server
        .delete_json("/sessions/current", Some(&scene.helper.token), json!({}))
        .await;
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);
    let after = server.get_api("/me", Some(&scene.helper.token)).await;
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
    // The person's own session is untouched.
    assert_eq!(me(server, &scene.person.token).await, scene.person.id);
    scene.finish().await;
}
