//! Moderation end to end: reports on every kind of thing, the moderators' queue, hiding,
//! restoring and dismissing, blocking members, the audit log, and the same with forms alone.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, ids,
    neighbourhood, post_item, signed_in_pages,
};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

on_both_engines!(
    every_kind_of_thing_is_reported_once_by_someone_who_sees_it,
    the_queue_is_for_moderators_and_pages_newest_first,
    hiding_an_offer_makes_it_404_for_everyone_but_moderators,
    a_hidden_message_is_removed_for_the_two_people,
    initiatives_and_comments_are_hidden_and_restored,
    blocking_ends_the_membership_and_keeps_the_person_out,
    the_audit_log_lists_every_action_with_its_actor_and_reason,
    a_person_who_leaves_keeps_no_note_in_the_reports,
    moderation_works_with_forms_alone,
);

async fn report(server: &TestServer, by: &Person, body: Value) -> Response {
    server.post_json("/reports", Some(&by.token), body).await
}

/// Files a report that must be accepted; gives its id.
async fn filed(server: &TestServer, by: &Person, body: Value) -> String {
    let response = report(server, by, body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["status"], "open");
    report["id"].as_str().unwrap().to_owned()
}

async fn resolve(server: &TestServer, by: &Person, report: &str, action: &str) -> Response {
    server
        .post_json(
            &format!("/reports/{report}/resolve"),
            Some(&by.token),
            json!({"action": action, "note": format!("{action}, as agreed")}),
        )
        .await
}

async fn restore(server: &TestServer, by: &Person, report: &str) -> Response {
    server
        .post_json(
            &format!("/reports/{report}/restore"),
            Some(&by.token),
            json!({"note": "a misunderstanding"}),
        )
        .await
}

/// The open queue of `wawer`, as `by` reads it.
async fn queue(server: &TestServer, by: &Person) -> Value {
    server.get_ok("/communities/wawer/reports", &by.token).await
}

/// An offer by `author`; gives its id.
async fn offer(server: &TestServer, author: &Person, title: &str) -> String {
    let item = post_item(
        server,
        &author.token,
        json!({"kind": "offer", "category": "material", "title": title, "body": "Call me."}),
    )
    .await;
    item["id"].as_str().unwrap().to_owned()
}

/// `starter` answers `owner`'s request; gives the conversation and the first message's ids.
async fn conversation(server: &TestServer, owner: &Person, starter: &Person) -> (String, String) {
    let request = post_item(
        server,
        &owner.token,
        json!({"kind": "request", "category": "digital", "title": "Phone", "body": "Help"}),
    )
    .await;
    let started: Value = server
        .post_json(
            &format!("/support/{}/conversations", request["id"].as_str().unwrap()),
            Some(&starter.token),
            json!({"message": "Send me 100 zł first."}),
        )
        .await
        .json()
        .await
        .unwrap();
    (
        started["id"].as_str().unwrap().to_owned(),
        started["messages"][0]["id"].as_str().unwrap().to_owned(),
    )
}

async fn start(
    engine: Engine,
    residents: usize,
) -> Option<(TestDatabase, TestServer, Neighbourhood)> {
    let db = TestDatabase::create(engine).await?;
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, residents).await;
    Some((db, server, hood))
}

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

async fn create_initiative(server: &TestServer, author: &Person) -> String {
    let response = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(&author.token),
            json!({"title": "A bench by the pond", "body": "Somewhere to rest on the way to the shop."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let initiative: Value = response.json().await.unwrap();
    initiative["id"].as_str().unwrap().to_owned()
}

async fn create_comment(server: &TestServer, author: &Person, initiative: &str) -> String {
    let response = server
        .post_json(
            &format!("/initiatives/{initiative}/comments"),
            Some(&author.token),
            json!({"body": "I can paint it."}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let comment: Value = response.json().await.unwrap();
    comment["id"].as_str().unwrap().to_owned()
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

async fn hiding_an_offer_makes_it_404_for_everyone_but_moderators(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 3).await else {
        return;
    };
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let request = post_item(
        &server,
        &dmytro.token,
        json!({"kind": "request", "category": "material", "title": "A bicycle", "body": "For my son"}),
    )
    .await;
    let request = request["id"].as_str().unwrap();
    let item = offer(&server, olena, "Cheap loans").await;
    let first = filed(
        &server,
        dmytro,
        json!({"target_type": "support", "target_id": item, "reason": "spam"}),
    )
    .await;
    let second = filed(
        &server,
        sarah,
        json!({"target_type": "support", "target_id": item, "reason": "abuse"}),
    )
    .await;
    let page = format!("/support/{item}");

    // Dismissing one report changes nothing else.
    let dismissed = resolve(&server, &hood.moderator, &second, "dismiss").await;
    assert_eq!(dismissed.status(), StatusCode::OK);
    let dismissed: Value = dismissed.json().await.unwrap();
    assert_eq!(dismissed["status"], "dismissed");
    assert_eq!(dismissed["resolution_note"], "dismiss, as agreed");
    server.get_ok(&page, &sarah.token).await;
    assert_eq!(
        resolve(&server, &hood.moderator, &second, "hide")
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        restore(&server, &hood.moderator, &second).await.status(),
        StatusCode::CONFLICT
    );

    // Members may not decide; a wrong action is named.
    assert_eq!(
        resolve(&server, sarah, &first, "hide").await.status(),
        StatusCode::FORBIDDEN
    );
    let wrong = resolve(&server, &hood.moderator, &first, "delete").await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = wrong.json().await.unwrap();
    assert!(problem["errors"]["action"].is_string(), "{problem}");
    assert_eq!(
        resolve(
            &server,
            &hood.moderator,
            &uuid::Uuid::now_v7().to_string(),
            "hide"
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );

    // Hiding settles every open report on the same thing at once.
    let third = filed(
        &server,
        &hood.admin,
        json!({"target_type": "support", "target_id": item, "reason": "illegal"}),
    )
    .await;
    let other = offer(&server, sarah, "Firewood").await;
    let elsewhere = filed(
        &server,
        dmytro,
        json!({"target_type": "support", "target_id": other, "reason": "spam"}),
    )
    .await;
    let hidden = resolve(&server, &hood.moderator, &first, "hide").await;
    assert_eq!(hidden.status(), StatusCode::OK);
    let hidden: Value = hidden.json().await.unwrap();
    assert_eq!(hidden["status"], "hidden");
    assert_eq!(hidden["target"]["hidden"], true);
    assert_eq!(
        resolve(&server, &hood.moderator, &first, "hide")
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        resolve(&server, &hood.moderator, &third, "dismiss")
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(ids(&queue(&server, &hood.moderator).await), vec![elsewhere]);
    let decided = server
        .get_ok(
            "/communities/wawer/reports?status=decided",
            &hood.moderator.token,
        )
        .await;
    let statuses: Vec<(&str, &str)> = decided["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert!(
        statuses.contains(&(third.as_str(), "hidden")),
        "{statuses:?}"
    );
    assert!(
        statuses.contains(&(second.as_str(), "dismissed")),
        "{statuses:?}"
    );
    server
        .get_ok(&format!("/support/{other}"), &olena.token)
        .await;

    // Hidden: 404 for members, its author too, and gone from lists and matches.
    for person in [olena, dmytro, sarah] {
        assert_eq!(
            server.get_api(&page, Some(&person.token)).await.status(),
            StatusCode::NOT_FOUND
        );
        let board = server
            .get_ok("/communities/wawer/support?status=all", &person.token)
            .await;
        assert!(!ids(&board).contains(&item));
    }
    let matches = server
        .get_ok(&format!("/support/{request}/matches"), &dmytro.token)
        .await;
    assert!(!matches.to_string().contains(&item));
    assert_eq!(
        report(
            &server,
            sarah,
            json!({"target_type": "support", "target_id": item, "reason": "spam"})
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    // …and there for moderators, marked.
    let seen = server.get_ok(&page, &hood.moderator.token).await;
    assert_eq!(seen["id"], item.as_str());
    let board = server
        .get_ok("/communities/wawer/support", &hood.moderator.token)
        .await;
    assert!(ids(&board).contains(&item));
    let moderator_pages = signed_in_pages(&server, "person1@example.org").await;
    let html = moderator_pages
        .get(server.url(&format!("/c/wawer/support/{item}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Hidden by moderators"), "{html}");
    let member_pages = signed_in_pages(&server, "person4@example.org").await;
    let response = member_pages
        .get(server.url(&format!("/c/wawer/support/{item}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // Restore: shown again, once.
    let restored = restore(&server, &hood.moderator, &first).await;
    assert_eq!(restored.status(), StatusCode::OK);
    let restored: Value = restored.json().await.unwrap();
    assert_eq!(restored["target"]["hidden"], false);
    server.get_ok(&page, &sarah.token).await;
    assert_eq!(
        restore(&server, &hood.moderator, &first).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        restore(&server, sarah, &first).await.status(),
        StatusCode::FORBIDDEN
    );
    db.drop_database().await;
}

async fn a_hidden_message_is_removed_for_the_two_people(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 2).await else {
        return;
    };
    let [olena, dmytro] = &hood.residents[..] else {
        unreachable!()
    };
    let (conversation_id, message) = conversation(&server, olena, dmytro).await;
    let path = format!("/conversations/{conversation_id}");
    assert_eq!(
        server
            .get_api(&path, Some(&hood.moderator.token))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "moderators read a conversation only through a report"
    );
    let id = filed(
        &server,
        olena,
        json!({"target_type": "message", "target_id": message, "reason": "safety"}),
    )
    .await;
    let hidden = resolve(&server, &hood.moderator, &id, "hide").await;
    assert_eq!(hidden.status(), StatusCode::OK);
    for person in [olena, dmytro] {
        let read = server.get_ok(&path, &person.token).await;
        assert_eq!(read["messages"][0]["hidden"], true);
        assert_eq!(
            read["messages"][0]["body"], "",
            "the words are gone for both"
        );
    }
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let html = pages
        .get(server.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Message removed by moderators."), "{html}");
    assert!(!html.contains("Send me 100 zł first."));
    // The report keeps what was said, for moderators.
    let decided = server
        .get_ok(
            "/communities/wawer/reports?status=decided",
            &hood.moderator.token,
        )
        .await;
    assert_eq!(
        decided["items"][0]["target"]["text"],
        "Send me 100 zł first."
    );
    assert_eq!(decided["items"][0]["target"]["hidden"], true);
    assert_eq!(
        restore(&server, &hood.moderator, &id).await.status(),
        StatusCode::OK
    );
    let read = server.get_ok(&path, &olena.token).await;
    assert_eq!(read["messages"][0]["body"], "Send me 100 zł first.");
    db.drop_database().await;
}

async fn initiatives_and_comments_are_hidden_and_restored(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 3).await else {
        return;
    };
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let initiative = create_initiative(&server, olena).await;
    let comment = create_comment(&server, olena, &initiative).await;
    let on_initiative = filed(
        &server,
        dmytro,
        json!({"target_type": "initiative", "target_id": initiative, "reason": "other"}),
    )
    .await;
    let on_comment = filed(
        &server,
        dmytro,
        json!({"target_type": "comment", "target_id": comment, "reason": "abuse"}),
    )
    .await;
    let open = queue(&server, &hood.moderator).await;
    let comment_report = &open["items"][0];
    assert_eq!(comment_report["target"]["text"], "I can paint it.");
    assert!(
        comment_report["target"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!(
                "/c/wawer/initiatives/{initiative}#comment-{comment}"
            )),
        "{comment_report}"
    );
    assert_eq!(open["items"][1]["target"]["title"], "A bench by the pond");

    assert_eq!(
        resolve(&server, &hood.moderator, &on_initiative, "hide")
            .await
            .status(),
        StatusCode::OK
    );
    let path = format!("/initiatives/{initiative}");
    assert_eq!(
        server.get_api(&path, Some(&sarah.token)).await.status(),
        StatusCode::NOT_FOUND
    );
    server.get_ok(&path, &hood.moderator.token).await;
    assert_eq!(
        report(
            &server,
            sarah,
            json!({"target_type": "initiative", "target_id": initiative, "reason": "spam"})
        )
        .await
        .status(),
        StatusCode::NOT_FOUND,
        "what is hidden cannot be reported"
    );
    assert_eq!(
        report(
            &server,
            sarah,
            json!({"target_type": "comment", "target_id": comment, "reason": "spam"})
        )
        .await
        .status(),
        StatusCode::NOT_FOUND,
        "nor a comment on it"
    );
    assert_eq!(
        restore(&server, &hood.moderator, &on_initiative)
            .await
            .status(),
        StatusCode::OK
    );
    server.get_ok(&path, &sarah.token).await;

    assert_eq!(
        resolve(&server, &hood.moderator, &on_comment, "hide")
            .await
            .status(),
        StatusCode::OK
    );
    let decided = server
        .get_ok(
            "/communities/wawer/reports?status=decided",
            &hood.moderator.token,
        )
        .await;
    assert_eq!(decided["items"][0]["id"], on_comment.as_str());
    assert_eq!(decided["items"][0]["target"]["hidden"], true);
    let comments = server
        .get_ok(&format!("/initiatives/{initiative}/comments"), &sarah.token)
        .await;
    assert!(
        !comments.to_string().contains("I can paint it."),
        "{comments}"
    );
    db.drop_database().await;
}

async fn membership_of(server: &TestServer, person: &Person) -> Option<Value> {
    let me = server.get_ok("/me", &person.token).await;
    me["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["community"] == "wawer")
        .cloned()
}

async fn block(server: &TestServer, by: &Person, person: &Person) -> Response {
    server
        .post_json(
            "/communities/wawer/blocks",
            Some(&by.token),
            json!({"account_id": person.id, "reason": "Asked residents for money."}),
        )
        .await
}

async fn blocking_ends_the_membership_and_keeps_the_person_out(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 3).await else {
        return;
    };
    let [olena, dmytro, sarah] = &hood.residents[..] else {
        unreachable!()
    };
    let blocked = block(&server, &hood.moderator, dmytro).await;
    assert_eq!(blocked.status(), StatusCode::CREATED);
    let blocked: Value = blocked.json().await.unwrap();
    assert_eq!(blocked["account"]["id"], dmytro.id.as_str());
    assert_eq!(blocked["blocked_by"]["id"], hood.moderator.id.as_str());
    assert_eq!(blocked["reason"], "Asked residents for money.");
    assert!(membership_of(&server, dmytro).await.is_none());
    let join = server
        .post_json("/communities/wawer/members", Some(&dmytro.token), json!({}))
        .await;
    assert_eq!(join.status(), StatusCode::FORBIDDEN);
    let problem: Value = join.json().await.unwrap();
    assert!(
        problem["detail"].as_str().unwrap().contains("blocked"),
        "{problem}"
    );
    assert_eq!(
        server
            .get_api("/communities/wawer/support", Some(&dmytro.token))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        block(&server, &hood.moderator, dmytro).await.status(),
        StatusCode::CONFLICT
    );

    // Who may block whom.
    assert_eq!(
        block(&server, olena, sarah).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        block(&server, &hood.moderator, &hood.admin).await.status(),
        StatusCode::FORBIDDEN
    );
    let empty = server
        .post_json(
            "/communities/wawer/blocks",
            Some(&hood.moderator.token),
            json!({"account_id": sarah.id, "reason": " "}),
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = server
        .post_json(
            "/communities/wawer/blocks",
            Some(&hood.moderator.token),
            json!({"account_id": "nobody", "reason": "x"}),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let self_block = block(&server, &hood.moderator, &hood.moderator).await;
    assert_eq!(self_block.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        membership_of(&server, sarah).await.is_some(),
        "a failed block changes nothing"
    );
    let another_moderator = server
        .put_json(
            &format!("/communities/wawer/members/{}", sarah.id),
            Some(&hood.admin.token),
            json!({"role": "moderator"}),
        )
        .await;
    assert_eq!(another_moderator.status(), StatusCode::OK);
    assert_eq!(
        block(&server, &hood.moderator, sarah).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        block(&server, &hood.admin, sarah).await.status(),
        StatusCode::CREATED
    );

    // The list, for moderators only, newest first.
    assert_eq!(
        server
            .get_api("/communities/wawer/blocks", Some(&olena.token))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let list = server
        .get_ok("/communities/wawer/blocks", &hood.moderator.token)
        .await;
    let blocked_ids: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["account"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(blocked_ids, vec![sarah.id.as_str(), dmytro.id.as_str()]);

    // Unblocking lets them join again.
    let path = format!("/communities/wawer/blocks/{}", dmytro.id);
    assert_eq!(
        server
            .delete_json(&path, Some(&olena.token), json!({}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        server
            .delete_json(&path, Some(&hood.moderator.token), json!({}))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        server
            .delete_json(&path, Some(&hood.moderator.token), json!({}))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let join = server
        .post_json("/communities/wawer/members", Some(&dmytro.token), json!({}))
        .await;
    assert_eq!(join.status(), StatusCode::CREATED);

    // A report on a person: hiding it blocks them; restoring lifts the block.
    let on_person = filed(&server, olena, json!({"target_type": "account", "target_id": dmytro.id, "reason": "harassment", "community": "wawer"})).await;
    let decided = resolve(&server, &hood.moderator, &on_person, "hide").await;
    assert_eq!(decided.status(), StatusCode::OK);
    let decided: Value = decided.json().await.unwrap();
    assert_eq!(decided["target"]["hidden"], true);
    assert!(membership_of(&server, dmytro).await.is_none());
    assert_eq!(
        server
            .post_json("/communities/wawer/members", Some(&dmytro.token), json!({}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        restore(&server, &hood.moderator, &on_person).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        server
            .post_json("/communities/wawer/members", Some(&dmytro.token), json!({}))
            .await
            .status(),
        StatusCode::CREATED
    );
    let on_admin = filed(&server, olena, json!({"target_type": "account", "target_id": hood.admin.id, "reason": "other", "community": "wawer"})).await;
    assert_eq!(
        resolve(&server, &hood.moderator, &on_admin, "hide")
            .await
            .status(),
        StatusCode::FORBIDDEN,
        "a moderator cannot block an admin through a report either"
    );
    assert!(membership_of(&server, &hood.admin).await.is_some());
    db.drop_database().await;
}

/// The log's entries as (action, actor, target, reason), newest first.
fn entries(log: &Value) -> Vec<(String, String, String, String)> {
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let text = |key: &str| entry[key].as_str().unwrap_or_default().to_owned();
            (
                text("action"),
                entry["actor"]["id"].as_str().unwrap().to_owned(),
                text("target_id"),
                text("reason"),
            )
        })
        .collect()
}

async fn the_audit_log_lists_every_action_with_its_actor_and_reason(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 2).await else {
        return;
    };
    let [olena, dmytro] = &hood.residents[..] else {
        unreachable!()
    };
    let item = offer(&server, olena, "Loans").await;
    let first = filed(
        &server,
        dmytro,
        json!({"target_type": "support", "target_id": item, "reason": "spam"}),
    )
    .await;
    resolve(&server, &hood.moderator, &first, "hide").await;
    restore(&server, &hood.moderator, &first).await;
    let second = filed(&server, olena, json!({"target_type": "account", "target_id": dmytro.id, "reason": "spam", "community": "wawer"})).await;
    resolve(&server, &hood.moderator, &second, "dismiss").await;
    block(&server, &hood.moderator, dmytro).await;
    server
        .delete_json(
            &format!("/communities/wawer/blocks/{}", dmytro.id),
            Some(&hood.moderator.token),
            json!({}),
        )
        .await;
    let helper = server
        .put_json(
            &format!("/communities/wawer/members/{}", olena.id),
            Some(&hood.moderator.token),
            json!({"trusted_helper": true}),
        )
        .await;
    assert_eq!(helper.status(), StatusCode::OK);
    let policy = server
        .put_json(
            "/communities/wawer/ledger/policy",
            Some(&hood.admin.token),
            json!({"mode": "block", "min_balance_minutes": -300}),
        )
        .await;
    assert_eq!(policy.status(), StatusCode::OK);
    let fund = server
        .post_json(
            "/communities/wawer/ledger/fund-transfers",
            Some(&hood.admin.token),
            json!({"member_id": olena.id, "minutes": 60, "direction": "to_member", "description": "Festival help"}),
        )
        .await;
    assert_eq!(fund.status(), StatusCode::CREATED);

    assert_eq!(
        server
            .get_api("/communities/wawer/audit-log", Some(&olena.token))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let log = server
        .get_ok(
            "/communities/wawer/audit-log?limit=100",
            &hood.moderator.token,
        )
        .await;
    let found = entries(&log);
    let moderator = hood.moderator.id.clone();
    let admin = hood.admin.id.clone();
    let expected = [
        (
            "timebank_fund_transfer",
            &admin,
            olena.id.clone(),
            "Festival help".to_owned(),
        ),
        (
            "timebank_limit_changed",
            &admin,
            String::new(),
            "block -300".to_owned(),
        ),
        (
            "trusted_helper_marked",
            &moderator,
            olena.id.clone(),
            String::new(),
        ),
        (
            "member_unblocked",
            &moderator,
            dmytro.id.clone(),
            String::new(),
        ),
        (
            "member_blocked",
            &moderator,
            dmytro.id.clone(),
            "Asked residents for money.".to_owned(),
        ),
        (
            "report_dismissed",
            &moderator,
            dmytro.id.clone(),
            "dismiss, as agreed".to_owned(),
        ),
        (
            "content_restored",
            &moderator,
            item.clone(),
            "a misunderstanding".to_owned(),
        ),
        (
            "report_hidden",
            &moderator,
            item.clone(),
            "hide, as agreed".to_owned(),
        ),
    ];
    for (index, (action, actor, target, reason)) in expected.iter().enumerate() {
        let (found_action, found_actor, found_target, found_reason) = &found[index];
        assert_eq!(found_action, action, "{found:?}");
        assert_eq!(found_actor, *actor, "{action}");
        if !target.is_empty() {
            assert_eq!(found_target, target, "{action}");
        }
        assert_eq!(found_reason, reason, "{action}");
    }
    assert_eq!(log["items"][4]["target_name"], "Person 3");
    // The neighbourhood began with the coordinator giving out the roles.
    let roles: Vec<&(String, String, String, String)> = found
        .iter()
        .filter(|(action, ..)| action == "role_changed")
        .collect();
    assert_eq!(roles.len(), 2, "{found:?}");
    assert!(
        roles
            .iter()
            .any(|(_, _, target, reason)| target == &admin && reason == "member → admin")
    );

    // Newest first, a page at a time; coordinators read it too.
    let page_one = server
        .get_ok("/communities/wawer/audit-log?limit=3", &hood.coordinator)
        .await;
    assert_eq!(entries(&page_one), found[..3].to_vec());
    let cursor = page_one["next_cursor"].as_str().unwrap();
    let page_two = server
        .get_ok(
            &format!("/communities/wawer/audit-log?limit=3&cursor={cursor}"),
            &hood.coordinator,
        )
        .await;
    assert_eq!(entries(&page_two), found[3..6].to_vec());
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

/// Posts a form with the token of the page at `page`.
async fn submit(
    client: &reqwest::Client,
    server: &TestServer,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> Response {
    let html = client
        .get(server.url(page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_token(&html);
    let mut form = fields.to_vec();
    form.push(("csrf_token", &token));
    client
        .post(server.url(action))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn text(client: &reqwest::Client, server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = client.get(server.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn moderation_works_with_forms_alone(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 2).await else {
        return;
    };
    let [olena, _] = &hood.residents[..] else {
        unreachable!()
    };
    let item = offer(&server, olena, "Cheap loans").await;
    let dmytro = signed_in_pages(&server, "person3@example.org").await;
    let moderator = signed_in_pages(&server, "person1@example.org").await;

    // Any page's report form: errors come back on a page of their own, then it is filed.
    let back = format!("/c/wawer/support/{item}");
    let form_page =
        format!("/c/wawer/reports/new?target_type=support&target_id={item}&back={back}");
    let failed = submit(
        &dmytro,
        &server,
        &form_page,
        "/c/wawer/reports",
        &[
            ("target_type", "support"),
            ("target_id", &item),
            ("back", &back),
        ],
    )
    .await;
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = failed.text().await.unwrap();
    assert!(
        html.contains("error-summary") && html.contains("href=\"#reason\""),
        "{html}"
    );
    let sent = submit(
        &dmytro,
        &server,
        &form_page,
        "/c/wawer/reports",
        &[
            ("target_type", "support"),
            ("target_id", &item),
            ("back", &back),
            ("reason", "spam"),
            ("note", "An advert for loans"),
        ],
    )
    .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let thanks = sent.headers()["location"].to_str().unwrap().to_owned();
    let (_, html) = text(&dmytro, &server, &thanks).await;
    assert!(
        html.contains("The moderators will look at your report.") && html.contains(&back),
        "{html}"
    );

    // Members see no way in; moderators find the queue in the community's navigation.
    let (status, _) = text(&dmytro, &server, "/c/wawer/moderation").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, home) = text(&dmytro, &server, "/c/wawer").await;
    assert!(!home.contains("href=\"/c/wawer/moderation\""));
    let (status, html) = text(&moderator, &server, "/c/wawer/moderation").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("href=\"/c/wawer/moderation\"") && html.contains("An advert for loans"),
        "{html}"
    );
    let report_page = html
        .split("href=\"")
        .map(|rest| rest.split('"').next().unwrap())
        .find(|href| href.starts_with("/c/wawer/moderation/reports/"))
        .unwrap()
        .to_owned();
    let (_, html) = text(&moderator, &server, &report_page).await;
    assert!(
        html.contains("Cheap loans") && html.contains("Call me."),
        "{html}"
    );

    // Deciding: without a choice nothing changes; then hidden, then shown again.
    let undecided = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/resolve"),
        &[("note", "x")],
    )
    .await;
    assert_eq!(undecided.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(undecided.text().await.unwrap().contains("href=\"#action\""));
    server
        .get_ok(&format!("/support/{item}"), &olena.token)
        .await;
    let decided = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/resolve"),
        &[("action", "hide"), ("note", "Adverts are not help.")],
    )
    .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        server
            .get_api(&format!("/support/{item}"), Some(&olena.token))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (_, html) = text(&moderator, &server, "/c/wawer/moderation/decided").await;
    assert!(html.contains("Adverts are not help."), "{html}");
    let restored = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/restore"),
        &[("note", "")],
    )
    .await;
    assert_eq!(restored.status(), StatusCode::SEE_OTHER);
    server
        .get_ok(&format!("/support/{item}"), &olena.token)
        .await;

    // Blocking by address, with errors first; then lifting the block.
    let blocks = "/c/wawer/moderation/blocks";
    let unknown = submit(
        &moderator,
        &server,
        blocks,
        blocks,
        &[("email", "nobody@example.org"), ("reason", "x")],
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().await.unwrap().contains("href=\"#email\""));
    let blocked = submit(
        &moderator,
        &server,
        blocks,
        blocks,
        &[
            ("email", "person2@example.org"),
            ("reason", "Loans again and again"),
        ],
    )
    .await;
    assert_eq!(blocked.status(), StatusCode::SEE_OTHER);
    let (_, html) = text(&moderator, &server, blocks).await;
    assert!(
        html.contains("Loans again and again") && html.contains("Person 2"),
        "{html}"
    );
    assert!(membership_of(&server, olena).await.is_none());
    let unblocked = submit(
        &moderator,
        &server,
        blocks,
        &format!("{blocks}/{}/unblock", olena.id),
        &[],
    )
    .await;
    assert_eq!(unblocked.status(), StatusCode::SEE_OTHER);
    let without_token = moderator
        .post(server.url(&format!("{blocks}/{}/unblock", olena.id)))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(without_token.status(), StatusCode::FORBIDDEN);

    // The log says who did what, and why.
    let (status, html) = text(&moderator, &server, "/c/wawer/moderation/log").await;
    assert_eq!(status, StatusCode::OK);
    for expected in [
        "Hid what was reported",
        "Adverts are not help.",
        "Showed hidden content again",
        "Blocked a person",
        "Lifted a block",
        "Changed a role",
        "member → moderator",
        "Person 1",
    ] {
        assert!(html.contains(expected), "{expected}: {html}");
    }
    let (status, _) = text(&dmytro, &server, "/c/wawer/moderation/log").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    db.drop_database().await;
}
