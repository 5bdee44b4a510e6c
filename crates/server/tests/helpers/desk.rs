//! The centre's desk: organisers register a resident who has no e-mail, with their consent,
//! and name the helper; nobody can sign in as the resident; organisers end relationships.

use super::*;

on_both_engines!(
    the_desk_registers_a_resident_with_consent,
    the_desk_is_for_organisers_and_needs_consent,
    a_named_helper_must_be_an_organiser_or_trusted_helper,
    organisers_end_relationships_of_their_own_community_only,
);

fn resident(consent: bool) -> Value {
    json!({"display_name": "Zofia Mazur", "consent": consent,
           "consent_note": "Signed the paper form at the desk on 3 March."})
}

async fn register(server: &TestServer, token: Option<&str>, body: Value) -> Response {
    server
        .post_json("/communities/wawer/residents", token, body)
        .await
}

async fn member_count(server: &TestServer) -> i64 {
    let community: Value = server
        .get_api("/communities/wawer", None)
        .await
        .json()
        .await
        .unwrap();
    community["member_count"].as_i64().unwrap()
}

/// The actions of Wawer's audit log, newest first.
async fn audit_actions(server: &TestServer, moderator: &str) -> Vec<String> {
    let log = server
        .get_ok("/communities/wawer/audit-log", moderator)
        .await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap().to_owned())
        .collect()
}

async fn the_desk_registers_a_resident_with_consent(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let organiser = &scene.helper;
    let members = member_count(server).await;
    let created = register(server, Some(&organiser.token), resident(true)).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.unwrap();
    let resident_id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["display_name"], "Zofia Mazur");
    assert_eq!(created["locale"], "pl", "the community's language");
    assert_eq!(created["community"], "wawer");
    let helping = &created["helping"];
    assert_eq!(helping["helper"]["id"], organiser.id);
    assert_eq!(helping["set_up_by"]["id"], organiser.id);
    assert_eq!(helping["desk"], "wawer");
    assert_eq!(
        helping["consent_note"],
        "Signed the paper form at the desk on 3 March."
    );
    assert_eq!(member_count(server).await, members + 1);

    // Nobody can sign in as the resident, and no mail goes to the reserved address.
    let address = format!("resident-{resident_id}@desk.invalid");
    for password in ["", "!desk", PASSWORD] {
        let refused = server.sign_in(&address, password).await;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED, "{password:?}");
    }
    let reset = server
        .post_json("/password-resets", None, json!({"email": address}))
        .await;
    assert_eq!(reset.status(), StatusCode::ACCEPTED);
    server.wait_for_log("is a reserved address").await;
    assert!(!server.log().contains(&format!("To: {address}")));

    // The organiser helps her: acting, they post a request in her name.
    scene_act(server, organiser, &resident_id).await;
    let posted: Value = post_request(server, "wawer", &organiser.token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(posted["author"]["id"], resident_id);
    let moderator = &scene.hood.moderator.token;
    let seen = server
        .get_ok("/communities/wawer/helper-actions", moderator)
        .await;
    assert_eq!(seen["items"][0]["person"]["id"], resident_id);
    let actions = audit_actions(server, moderator).await;
    assert_eq!(
        actions.first().map(String::as_str),
        Some("resident_registered")
    );

    // An organiser ends it: the acting session stops, and the log says who ended it.
    let path = format!(
        "/communities/wawer/helpers/{}",
        helping["id"].as_str().unwrap()
    );
    let ended = server
        .delete_json(&path, Some(&scene.hood.admin.token), json!({}))
        .await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    assert_eq!(me(server, &organiser.token).await, organiser.id);
    let twice = server
        .delete_json(&path, Some(&scene.hood.admin.token), json!({}))
        .await;
    assert_eq!(twice.status(), StatusCode::NOT_FOUND);
    let actions = audit_actions(server, moderator).await;
    assert_eq!(actions.first().map(String::as_str), Some("helper_ended"));
    scene.finish().await;
}

async fn scene_act(server: &TestServer, helper: &Person, person: &str) {
    let acting = act_for(server, helper, person).await;
    assert_eq!(acting.status(), StatusCode::OK);
}

async fn the_desk_is_for_organisers_and_needs_consent(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let members = member_count(server).await;
    let (outsider, _) = server.resident("outsider@example.org", "Outsider").await;
    for (token, status) in [
        (Some(scene.other.token.as_str()), StatusCode::FORBIDDEN),
        (Some(outsider.as_str()), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        let refused = register(server, token, resident(true)).await;
        assert_eq!(refused.status(), status);
    }
    let elsewhere = server
        .post_json(
            "/communities/nowhere/residents",
            Some(&scene.helper.token),
            resident(true),
        )
        .await;
    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
    let organiser = Some(scene.helper.token.as_str());
    let without_consent = register(server, organiser, resident(false)).await;
    assert_eq!(without_consent.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = without_consent.json().await.unwrap();
    assert!(problem["errors"]["consent"].is_string(), "{problem}");
    let nothing_ticked = register(
        server,
        organiser,
        json!({"display_name": "Zofia Mazur", "consent_note": "Asked her"}),
    )
    .await;
    assert_eq!(nothing_ticked.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let no_note = register(
        server,
        organiser,
        json!({"display_name": " ", "consent": true, "consent_note": ""}),
    )
    .await;
    assert_eq!(no_note.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = no_note.json().await.unwrap();
    for field in ["display_name", "consent_note"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    // Nothing was created by any of these.
    assert_eq!(member_count(server).await, members);
    let moderator = &scene.hood.moderator.token;
    assert!(ids(&server.get_ok("/communities/wawer/helpers", moderator).await).is_empty());
    assert!(
        !audit_actions(server, moderator)
            .await
            .contains(&"resident_registered".to_owned())
    );
    scene.finish().await;
}

async fn a_named_helper_must_be_an_organiser_or_trusted_helper(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let organiser = Some(scene.helper.token.as_str());
    let with_helper = |id: &str| {
        json!({"display_name": "Zofia Mazur", "consent": true, "consent_note": "Agreed at the desk",
               "helper_account_id": id, "locale": "uk"})
    };
    for id in [scene.other.id.as_str(), "nonsense"] {
        let refused = register(server, organiser, with_helper(id)).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{id}");
        let problem: Value = refused.json().await.unwrap();
        assert!(
            problem["errors"]["helper_account_id"].is_string(),
            "{problem}"
        );
    }
    let marked = server
        .put_json(
            &format!("/communities/wawer/members/{}", scene.other.id),
            Some(&scene.hood.moderator.token),
            json!({"trusted_helper": true}),
        )
        .await;
    assert_eq!(marked.status(), StatusCode::OK);
    let created = register(server, organiser, with_helper(&scene.other.id)).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["locale"], "uk");
    assert_eq!(created["helping"]["helper"]["id"], scene.other.id);
    assert_eq!(created["helping"]["set_up_by"]["id"], scene.helper.id);
    // The trusted helper may act for her; the organiser who registered her may not.
    let resident = created["id"].as_str().unwrap();
    scene_act(server, &scene.other, resident).await;
    let refused = act_for(server, &scene.helper, resident).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    scene.finish().await;
}

async fn organisers_end_relationships_of_their_own_community_only(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let named = scene.named().await;
    let id = named["id"].as_str().unwrap();
    // Praga, where `other` organises and the person is no member.
    let praga = json!({"slug": "praga", "name": "Praga", "description": "Po drugiej stronie",
                       "country": "PL", "default_locale": "pl"});
    let coordinator = Some(scene.hood.coordinator.as_str());
    assert_eq!(
        server
            .post_json("/communities", coordinator, praga)
            .await
            .status(),
        StatusCode::CREATED
    );
    let joined = server
        .post_json(
            "/communities/praga/members",
            Some(&scene.other.token),
            json!({}),
        )
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    let promoted = server
        .put_json(
            &format!("/communities/praga/members/{}", scene.other.id),
            coordinator,
            json!({"role": "organiser"}),
        )
        .await;
    assert_eq!(promoted.status(), StatusCode::OK);
    let not_there = server
        .delete_json(
            &format!("/communities/praga/helpers/{id}"),
            Some(&scene.other.token),
            json!({}),
        )
        .await;
    assert_eq!(not_there.status(), StatusCode::NOT_FOUND);
    let path = format!("/communities/wawer/helpers/{id}");
    // In Wawer `other` is a plain member.
    let member = server
        .delete_json(&path, Some(&scene.other.token), json!({}))
        .await;
    assert_eq!(member.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        ids(&server.get_ok("/me/helpers", &scene.person.token).await).len(),
        1
    );
    let moderator = server
        .delete_json(&path, Some(&scene.hood.moderator.token), json!({}))
        .await;
    assert_eq!(moderator.status(), StatusCode::NO_CONTENT);
    assert!(ids(&server.get_ok("/me/helpers", &scene.person.token).await).is_empty());
    scene.finish().await;
}
