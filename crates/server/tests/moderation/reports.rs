//! Reports on every kind of thing, the queue they wait in, and what is left of a reporter who leaves.

use super::*;

on_both_engines!(
    every_kind_of_thing_is_reported_once_by_someone_who_sees_it,
    the_queue_is_for_moderators_and_pages_newest_first,
    a_person_who_leaves_keeps_no_note_in_the_reports,
);

async fn every_kind_of_thing_is_reported_once_by_someone_who_sees_it(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 4).await else {
        return;
    };
    let [olena, dmytro, sarah, _] = &hood.residents[..] else {
        unreachable!()
    };
    let outsider = {
        let (token, id) = server.resident("outsider@example.org", "Outsider").await;
        Person { token, id }
    };

    // An offer or request: anyone who sees it; the author cannot; twice is a conflict.
    let item = offer(&server, olena, "Loans").await;
    let on_item =
        json!({"target_type": "support", "target_id": item, "reason": "spam", "note": "advert"});
    let first = report(&server, dmytro, on_item.clone()).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: Value = first.json().await.unwrap();
    assert_eq!(first["target_type"], "support");
    assert!(
        first["url"]
            .as_str()
            .unwrap()
            .contains("/c/wawer/moderation/reports/")
    );
    assert_eq!(
        report(&server, dmytro, on_item.clone()).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        report(&server, olena, on_item.clone()).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one's own offer"
    );
    assert_eq!(
        report(&server, &outsider, on_item).await.status(),
        StatusCode::NOT_FOUND
    );
    let sensitive = post_item(
        &server,
        &olena.token,
        json!({"kind": "request", "category": "emotional", "title": "Talk", "body": "Evenings"}),
    )
    .await;
    assert_eq!(
        report(
            &server,
            sarah,
            json!({"target_type": "support", "target_id": sensitive["id"], "reason": "other"})
        )
        .await
        .status(),
        StatusCode::NOT_FOUND,
        "a sensitive request the reporter may not see"
    );

    // A message: one of the conversation's two people, about the other's message.
    let (_, message) = conversation(&server, olena, dmytro).await;
    let on_message = json!({"target_type": "message", "target_id": message, "reason": "safety"});
    assert_eq!(
        report(&server, sarah, on_message.clone()).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        report(&server, dmytro, on_message.clone()).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    filed(&server, olena, on_message).await;

    // A person: a member, reported to the community both belong to, named in `community`.
    let on_person = json!({"target_type": "account", "target_id": dmytro.id, "reason": "harassment", "community": "wawer"});
    let without_community = report(
        &server,
        olena,
        json!({"target_type": "account", "target_id": dmytro.id, "reason": "harassment"}),
    )
    .await;
    assert_eq!(without_community.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = without_community.json().await.unwrap();
    assert!(problem["errors"]["community"].is_string(), "{problem}");
    assert_eq!(
        report(&server, &outsider, on_person.clone()).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        report(&server, olena, json!({"target_type": "account", "target_id": outsider.id, "reason": "spam", "community": "wawer"}))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "someone who is no member"
    );
    assert_eq!(
        report(&server, dmytro, on_person.clone()).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "oneself"
    );
    filed(&server, olena, on_person).await;

    // An initiative and a comment, through the lead's endpoints.
    let initiative = create_initiative(&server, olena).await;
    let comment = create_comment(&server, olena, &initiative).await;
    filed(
        &server,
        dmytro,
        json!({"target_type": "initiative", "target_id": initiative, "reason": "other"}),
    )
    .await;
    filed(
        &server,
        &outsider,
        json!({"target_type": "comment", "target_id": comment, "reason": "abuse"}),
    )
    .await;
    assert_eq!(
        report(
            &server,
            olena,
            json!({"target_type": "comment", "target_id": comment, "reason": "abuse"})
        )
        .await
        .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Stories and events arrive with their features; nonsense is named field by field.
    for kind in ["story", "event"] {
        let response = report(
            &server,
            olena,
            json!({"target_type": kind, "target_id": uuid::Uuid::now_v7(), "reason": "spam"}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{kind}");
    }
    let nonsense = report(
        &server,
        olena,
        json!({"target_type": "person", "target_id": "x", "reason": "rude"}),
    )
    .await;
    assert_eq!(nonsense.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = nonsense.json().await.unwrap();
    for field in ["target_type", "target_id", "reason"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    assert_eq!(
        queue(&server, &hood.moderator).await["items"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    db.drop_database().await;
}

async fn the_queue_is_for_moderators_and_pages_newest_first(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 3).await else {
        return;
    };
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let outsider = {
        let (token, id) = server.resident("outsider@example.org", "Outsider").await;
        Person { token, id }
    };
    let item = offer(&server, olena, "Cheap loans").await;
    let (conversation_id, message) = conversation(&server, dmytro, olena).await;
    let first = filed(
        &server,
        dmytro,
        json!({"target_type": "support", "target_id": item, "reason": "spam", "note": "an advert"}),
    )
    .await;
    let second = filed(
        &server,
        sarah,
        json!({"target_type": "support", "target_id": item, "reason": "abuse"}),
    )
    .await;
    let third = filed(
        &server,
        dmytro,
        json!({"target_type": "message", "target_id": message, "reason": "safety"}),
    )
    .await;

    for person in [olena, &outsider] {
        let response = server
            .get_api("/communities/wawer/reports", Some(&person.token))
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(
        server
            .get_api("/communities/wawer/reports", None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let open = queue(&server, &hood.moderator).await;
    assert_eq!(
        ids(&open),
        vec![third.clone(), second.clone(), first.clone()]
    );
    let on_message = &open["items"][0];
    assert_eq!(on_message["target"]["text"], "Send me 100 zł first.");
    assert_eq!(on_message["target"]["author"]["id"], olena.id.as_str());
    assert_eq!(on_message["reporter"]["name"], "Person 3");
    let on_item = &open["items"][2];
    assert_eq!(on_item["reports_on_target"], 2);
    assert_eq!(on_item["note"], "an advert");
    assert_eq!(on_item["target"]["title"], "Cheap loans");
    assert_eq!(on_item["target"]["hidden"], false);
    assert!(
        on_item["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/c/wawer/moderation/reports/{first}"))
    );
    assert!(
        on_item["target"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/c/wawer/support/{item}"))
    );

    // The private message is read through the report, never through the conversation (once
    // the report is decided, not even there).
    let admin_queue = queue(&server, &hood.admin).await;
    assert_eq!(
        admin_queue["items"][0]["target"]["text"],
        "Send me 100 zł first."
    );
    let coordinator = Person {
        token: hood.coordinator.clone(),
        id: String::new(),
    };
    let coordinator_queue = queue(&server, &coordinator).await;
    assert_eq!(ids(&coordinator_queue).len(), 3);
    assert_eq!(
        resolve(&server, &hood.moderator, &third, "dismiss")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        server
            .get_api(
                &format!("/conversations/{conversation_id}"),
                Some(&hood.moderator.token)
            )
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Keyset pages.
    let page_one = server
        .get_ok("/communities/wawer/reports?limit=1", &hood.moderator.token)
        .await;
    assert_eq!(ids(&page_one), vec![second.clone()]);
    let cursor = page_one["next_cursor"].as_str().unwrap();
    let page_two = server
        .get_ok(
            &format!("/communities/wawer/reports?limit=1&cursor={cursor}"),
            &hood.moderator.token,
        )
        .await;
    assert_eq!(ids(&page_two), vec![first.clone()]);
    assert!(page_two["next_cursor"].is_null());
    let decided = server
        .get_ok(
            "/communities/wawer/reports?status=decided",
            &hood.moderator.token,
        )
        .await;
    assert_eq!(ids(&decided), vec![third]);
    assert_eq!(decided["items"][0]["status"], "dismissed");
    assert_eq!(
        decided["items"][0]["resolved_by"]["id"],
        hood.moderator.id.as_str()
    );
    for bad in ["?status=closed", "?cursor=yesterday", "?limit=0"] {
        let response = server
            .get_api(
                &format!("/communities/wawer/reports{bad}"),
                Some(&hood.moderator.token),
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    db.drop_database().await;
}

async fn a_person_who_leaves_keeps_no_note_in_the_reports(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 2).await else {
        return;
    };
    let [olena, dmytro] = &hood.residents[..] else {
        unreachable!()
    };
    let item = offer(&server, olena, "Loans").await;
    filed(&server, dmytro, json!({"target_type": "support", "target_id": item, "reason": "spam", "note": "He phoned me at home"})).await;
    filed(&server, olena, json!({"target_type": "account", "target_id": dmytro.id, "reason": "harassment", "community": "wawer"})).await;
    block(&server, &hood.moderator, olena).await;
    let export = server.get_ok("/me/export", &dmytro.token).await;
    let moderation = &export["data"]["moderation"];
    assert_eq!(
        moderation["reports_filed"][0]["note"],
        "He phoned me at home"
    );
    assert_eq!(moderation["reports_filed"].as_array().unwrap().len(), 1);
    let theirs = server.get_ok("/me/export", &olena.token).await;
    assert_eq!(
        theirs["data"]["moderation"]["blocked_from"][0]["reason"],
        "Asked residents for money."
    );
    let moderators = server.get_ok("/me/export", &hood.moderator.token).await;
    assert_eq!(
        moderators["data"]["moderation"]["blocks_made"][0]["account_id"],
        olena.id.as_str()
    );
    assert_eq!(
        moderators["data"]["moderation"]["actions_taken"][0]["action"],
        "member_blocked"
    );

    let erased = server
        .delete_json("/me", Some(&dmytro.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    let open = queue(&server, &hood.moderator).await;
    assert_eq!(
        open["items"].as_array().unwrap().len(),
        1,
        "the report about him is gone: {open}"
    );
    let kept = &open["items"][0];
    assert_eq!(kept["target_id"], item.as_str());
    assert_eq!(kept["reporter"]["name"], "");
    assert_eq!(kept["note"], "");
    let erased_olena = server
        .delete_json("/me", Some(&olena.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased_olena.status(), StatusCode::NO_CONTENT);
    let blocks = server
        .get_ok("/communities/wawer/blocks", &hood.moderator.token)
        .await;
    assert!(blocks["items"].as_array().unwrap().is_empty(), "{blocks}");
    let log = server
        .get_ok("/communities/wawer/audit-log", &hood.moderator.token)
        .await;
    assert_eq!(
        log["items"][0]["action"], "member_blocked",
        "the log keeps its entries"
    );
    db.drop_database().await;
}
