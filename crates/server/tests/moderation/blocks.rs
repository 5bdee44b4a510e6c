//! Blocking a member from the community.

use super::*;

on_both_engines!(blocking_ends_the_membership_and_keeps_the_person_out,);

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
