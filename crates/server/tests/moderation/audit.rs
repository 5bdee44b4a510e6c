//! The audit log of every moderation and administration action.

use super::*;

on_both_engines!(the_audit_log_lists_every_action_with_its_actor_and_reason,);

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
