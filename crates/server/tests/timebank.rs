//! The time bank end to end: exchanges proposed and confirmed by the other party, the limit
//! policy, corrections, and a ledger that balances under concurrency on both engines.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, TestDatabase, TestServer, balance, ledger_summary as summary, neighbourhood, propose,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    an_exchange_is_confirmed_by_the_other_party_once,
    bad_exchanges_are_refused_and_change_nothing,
    the_limit_warns_or_blocks,
    an_admin_corrects_with_a_reversing_transfer,
    the_fund_rewards_work_for_the_community,
);

async fn an_exchange_is_confirmed_by_the_other_party_once(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    let [tomasz, halina, outsider_member] = &hood.residents[..] else {
        unreachable!()
    };
    let exchange = propose(&server, tomasz, tomasz, halina, 90).await;
    assert_eq!(exchange["status"], "pending");
    assert_eq!(exchange["below_limit"], false);
    let id = exchange["id"].as_str().unwrap();

    let by_proposer = server
        .post_json(
            &format!("/exchanges/{id}/confirm"),
            Some(&tomasz.token),
            json!({}),
        )
        .await;
    assert_eq!(by_proposer.status(), StatusCode::FORBIDDEN);
    for token in [&outsider_member.token, &hood.admin.token] {
        let response = server
            .post_json(&format!("/exchanges/{id}/confirm"), Some(token), json!({}))
            .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            server
                .get_api(&format!("/exchanges/{id}"), Some(token))
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        server
            .post_json(&format!("/exchanges/{id}/confirm"), None, json!({}))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        summary(&server, &hood).await["transfers"],
        0,
        "nothing before confirmation"
    );

    let confirmed = server
        .post_json(
            &format!("/exchanges/{id}/confirm"),
            Some(&halina.token),
            json!({}),
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let confirmed: Value = confirmed.json().await.unwrap();
    assert_eq!(confirmed["status"], "confirmed");
    assert!(confirmed["transfer_id"].is_string());
    let twice = server
        .post_json(
            &format!("/exchanges/{id}/confirm"),
            Some(&halina.token),
            json!({}),
        )
        .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);
    let declined_after = server
        .post_json(
            &format!("/exchanges/{id}/decline"),
            Some(&halina.token),
            json!({}),
        )
        .await;
    assert_eq!(declined_after.status(), StatusCode::CONFLICT);

    assert_eq!(
        balance(&server, tomasz).await,
        json!({"balance_minutes": 90, "given_minutes": 90, "received_minutes": 0})
    );
    assert_eq!(
        balance(&server, halina).await,
        json!({"balance_minutes": -90, "given_minutes": 0, "received_minutes": 90})
    );
    let ledger = server
        .get_ok("/me/ledger?community=wawer", &halina.token)
        .await;
    assert_eq!(ledger["items"][0]["minutes"], -90);
    assert_eq!(ledger["items"][0]["counterparty"]["id"], tomasz.id.as_str());
    assert_eq!(ledger["items"][0]["description"], "Help with the garden");
    assert_eq!(ledger["items"][0]["transfer_id"], confirmed["transfer_id"]);
    assert_eq!(
        summary(&server, &hood).await,
        json!({"accounts": 2, "transfers": 1, "sum_minutes": 0})
    );
    let member_summary = server
        .get_api("/communities/wawer/ledger/summary", Some(&halina.token))
        .await;
    assert_eq!(member_summary.status(), StatusCode::FORBIDDEN);

    let declined = propose(&server, halina, tomasz, halina, 30).await;
    let declined_id = declined["id"].as_str().unwrap();
    let response = server
        .post_json(
            &format!("/exchanges/{declined_id}/decline"),
            Some(&tomasz.token),
            json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        summary(&server, &hood).await["transfers"],
        1,
        "a decline books nothing"
    );

    let check = db.command(&["ledger", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains("2 accounts, 2 postings, sum of all postings: 0 minutes"),
        "{report}"
    );
    db.drop_database().await;
}

async fn bad_exchanges_are_refused_and_change_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    let [anna, ben, carol] = &hood.residents[..] else {
        unreachable!()
    };
    let (outsider, outsider_id) = server.resident("outsider@example.org", "Outsider").await;
    for (body, field) in [
        (
            json!({"provider_id": anna.id, "receiver_id": anna.id, "minutes": 30, "description": "x"}),
            "receiver_id",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": ben.id, "minutes": 0, "description": "x"}),
            "minutes",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": ben.id, "minutes": -5, "description": "x"}),
            "minutes",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": ben.id, "minutes": 1.5, "description": "x"}),
            "minutes",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": ben.id, "minutes": 30, "description": " "}),
            "description",
        ),
        (
            json!({"provider_id": ben.id, "receiver_id": carol.id, "minutes": 30, "description": "x"}),
            "provider_id",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": outsider_id, "minutes": 30, "description": "x"}),
            "receiver_id",
        ),
        (
            json!({"provider_id": anna.id, "receiver_id": "nobody", "minutes": 30, "description": "x"}),
            "receiver_id",
        ),
    ] {
        let response = server
            .post_json(
                "/communities/wawer/exchanges",
                Some(&anna.token),
                body.clone(),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"][field].is_string(), "{field} in {problem}");
    }
    let from_outsider = server
        .post_json(
            "/communities/wawer/exchanges",
            Some(&outsider),
            json!({"provider_id": outsider_id, "receiver_id": anna.id, "minutes": 30, "description": "x"}),
        )
        .await;
    assert_eq!(from_outsider.status(), StatusCode::FORBIDDEN);
    let mine = server
        .get_ok("/communities/wawer/exchanges", &anna.token)
        .await;
    assert_eq!(
        mine["items"].as_array().unwrap().len(),
        0,
        "nothing was recorded"
    );
    db.drop_database().await;
}

async fn the_limit_warns_or_blocks(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let [giver, taker] = &hood.residents[..] else {
        unreachable!()
    };
    let policy = server
        .get_ok("/communities/wawer/ledger/policy", &taker.token)
        .await;
    assert_eq!(policy, json!({"mode": "warn", "min_balance_minutes": -600}));
    let warned = propose(&server, giver, giver, taker, 660).await;
    assert_eq!(
        warned["below_limit"], true,
        "a warning, and the exchange stands"
    );

    let by_member = server
        .put_json(
            "/communities/wawer/ledger/policy",
            Some(&taker.token),
            json!({"mode": "block", "min_balance_minutes": -60}),
        )
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let bad = server
        .put_json(
            "/communities/wawer/ledger/policy",
            Some(&hood.admin.token),
            json!({"mode": "sometimes", "min_balance_minutes": 10}),
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let set = server
        .put_json(
            "/communities/wawer/ledger/policy",
            Some(&hood.admin.token),
            json!({"mode": "block", "min_balance_minutes": -60}),
        )
        .await;
    assert_eq!(set.status(), StatusCode::OK);

    let refused = server
        .post_json(
            "/communities/wawer/exchanges",
            Some(&giver.token),
            json!({"provider_id": giver.id, "receiver_id": taker.id, "minutes": 61, "description": "x"}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Proposed under "warn", confirmed under "block": the confirmation is refused whole.
    let id = warned["id"].as_str().unwrap();
    let blocked = server
        .post_json(
            &format!("/exchanges/{id}/confirm"),
            Some(&taker.token),
            json!({}),
        )
        .await;
    assert_eq!(blocked.status(), StatusCode::CONFLICT);
    assert_eq!(balance(&server, taker).await["balance_minutes"], 0);
    assert_eq!(summary(&server, &hood).await["transfers"], 0);
    let within = propose(&server, giver, giver, taker, 60).await;
    let confirmed = server
        .post_json(
            &format!("/exchanges/{}/confirm", within["id"].as_str().unwrap()),
            Some(&taker.token),
            json!({}),
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(balance(&server, taker).await["balance_minutes"], -60);
    db.drop_database().await;
}

async fn an_admin_corrects_with_a_reversing_transfer(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let [giver, taker] = &hood.residents[..] else {
        unreachable!()
    };
    let exchange = propose(&server, giver, giver, taker, 120).await;
    let id = exchange["id"].as_str().unwrap();
    let early = server
        .post_json(
            &format!("/exchanges/{id}/reverse"),
            Some(&hood.admin.token),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(
        early.status(),
        StatusCode::CONFLICT,
        "only a confirmed exchange is reversed"
    );
    let confirmed: Value = server
        .post_json(
            &format!("/exchanges/{id}/confirm"),
            Some(&taker.token),
            json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    // A party who is no admin may not; anyone else does not even learn that it exists.
    for (token, status) in [
        (&taker.token, StatusCode::FORBIDDEN),
        (&hood.moderator.token, StatusCode::NOT_FOUND),
    ] {
        let response = server
            .post_json(
                &format!("/exchanges/{id}/reverse"),
                Some(token),
                json!({"reason": "typo"}),
            )
            .await;
        assert_eq!(response.status(), status);
    }
    let no_reason = server
        .post_json(
            &format!("/exchanges/{id}/reverse"),
            Some(&hood.admin.token),
            json!({"reason": ""}),
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let reversed = server
        .post_json(
            &format!("/exchanges/{id}/reverse"),
            Some(&hood.admin.token),
            json!({"reason": "Entered twice"}),
        )
        .await;
    assert_eq!(reversed.status(), StatusCode::CREATED);
    let reversal: Value = reversed.json().await.unwrap();
    assert_eq!(reversal["reverses"], confirmed["transfer_id"]);
    let again = server
        .post_json(
            &format!("/exchanges/{id}/reverse"),
            Some(&hood.admin.token),
            json!({"reason": "again"}),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    assert_eq!(
        balance(&server, giver).await,
        json!({"balance_minutes": 0, "given_minutes": 0, "received_minutes": 0})
    );
    let ledger = server.get_ok("/me/ledger", &giver.token).await;
    let minutes: Vec<i64> = ledger["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|posting| posting["minutes"].as_i64().unwrap())
        .collect();
    assert_eq!(
        minutes,
        vec![-120, 120],
        "history is kept: the posting and its reversal"
    );
    assert_eq!(ledger["items"][0]["reversal"], true);
    assert_eq!(
        summary(&server, &hood).await,
        json!({"accounts": 2, "transfers": 2, "sum_minutes": 0})
    );
    let csv = server
        .client
        .get(server.url("/api/v1/communities/wawer/ledger.csv"))
        .bearer_auth(&hood.admin.token)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    let sum: i64 = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(4).unwrap().parse::<i64>().unwrap())
        .sum();
    assert_eq!((csv.lines().count(), sum), (5, 0), "{csv}");
    let csv_by_member = server
        .get_api("/communities/wawer/ledger.csv", Some(&taker.token))
        .await;
    assert_eq!(csv_by_member.status(), StatusCode::FORBIDDEN);
    db.drop_database().await;
}

async fn the_fund_rewards_work_for_the_community(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 1).await;
    let volunteer = &hood.residents[0];
    let reward = json!({"member_id": volunteer.id, "minutes": 120, "direction": "to_member",
                        "description": "Helped at the summer festival"});
    let by_member = server
        .post_json(
            "/communities/wawer/ledger/fund-transfers",
            Some(&volunteer.token),
            reward.clone(),
        )
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let bad = server
        .post_json(
            "/communities/wawer/ledger/fund-transfers",
            Some(&hood.admin.token),
            json!({"member_id": "nobody", "minutes": 0, "direction": "sideways", "description": ""}),
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = bad.json().await.unwrap();
    for field in ["member_id", "minutes", "direction", "description"] {
        assert!(problem["errors"][field].is_string(), "{field}");
    }
    let booked = server
        .post_json(
            "/communities/wawer/ledger/fund-transfers",
            Some(&hood.admin.token),
            reward,
        )
        .await;
    assert_eq!(booked.status(), StatusCode::CREATED);
    let back = server
        .post_json(
            "/communities/wawer/ledger/fund-transfers",
            Some(&hood.admin.token),
            json!({"member_id": volunteer.id, "minutes": 30, "direction": "to_fund", "description": "Gave back"}),
        )
        .await;
    assert_eq!(back.status(), StatusCode::CREATED);
    assert_eq!(balance(&server, volunteer).await["balance_minutes"], 90);
    let ledger = server.get_ok("/me/ledger", &volunteer.token).await;
    assert!(
        ledger["items"][0]["counterparty"].is_null(),
        "the fund has no holder"
    );
    assert_eq!(
        summary(&server, &hood).await,
        json!({"accounts": 2, "transfers": 2, "sum_minutes": 0}),
        "the fund's account balances the member's"
    );
    db.drop_database().await;
}
