//! Hiding and restoring: offers, messages, initiatives and comments.

use super::*;

on_both_engines!(
    hiding_an_offer_makes_it_404_for_everyone_but_moderators,
    a_hidden_message_is_removed_for_the_two_people,
    initiatives_and_comments_are_hidden_and_restored,
);

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
