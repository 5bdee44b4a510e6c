//! The ledger under concurrency, on both engines: one transfer however many confirm at once,
//! and every balance equal to its postings after a burst.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, TestDatabase, TestServer, balance, ledger_summary as summary, neighbourhood, propose,
};
use reqwest::StatusCode;
use serde_json::json;

on_both_engines!(
    fifty_confirmations_at_once_write_one_transfer,
    a_burst_of_exchanges_keeps_every_balance_and_the_total,
);

async fn fifty_confirmations_at_once_write_one_transfer(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let [giver, taker] = &hood.residents[..] else {
        unreachable!()
    };
    let exchange = propose(&server, giver, giver, taker, 45).await;
    let path = format!("/exchanges/{}/confirm", exchange["id"].as_str().unwrap());
    let mut confirmations = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let client = reqwest::Client::new();
        let url = server.url(&format!("/api/v1{path}"));
        let token = taker.token.clone();
        confirmations.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({}))
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = confirmations.join_all().await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let conflicts = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    eprintln!("{engine:?}: 50 simultaneous confirmations → {ok} × 200, {conflicts} × 409");
    assert_eq!((ok, conflicts), (1, 49), "{statuses:?}");
    let ledger = summary(&server, &hood).await;
    eprintln!("{engine:?}: ledger after them: {ledger}");
    assert_eq!(
        ledger,
        json!({"accounts": 2, "transfers": 1, "sum_minutes": 0})
    );
    assert_eq!(balance(&server, giver).await["balance_minutes"], 45);
    db.drop_database().await;
}

/// Twelve members exchange at once: every one of 120 proposals is confirmed concurrently with
/// the others. Each balance must equal the sum of its postings, and all of them sum to zero.
async fn a_burst_of_exchanges_keeps_every_balance_and_the_total(engine: Engine) {
    const PEOPLE: usize = 12;
    const EXCHANGES: usize = 120;
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, PEOPLE).await;
    let people = &hood.residents;
    let mut planned = Vec::new();
    for index in 0..EXCHANGES {
        let provider = &people[index % PEOPLE];
        let receiver = &people[(index * 7 + 1) % PEOPLE];
        let receiver = if receiver.id == provider.id {
            &people[(index + 1) % PEOPLE]
        } else {
            receiver
        };
        let minutes = i64::try_from(15 + index % 4 * 15).unwrap();
        let exchange = propose(&server, provider, provider, receiver, minutes).await;
        planned.push((
            exchange["id"].as_str().unwrap().to_owned(),
            receiver.token.clone(),
        ));
    }
    let started = std::time::Instant::now();
    let mut confirmations = tokio::task::JoinSet::new();
    for (id, token) in planned {
        let client = server.client.clone();
        let url = server.url(&format!("/api/v1/exchanges/{id}/confirm"));
        confirmations.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({}))
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = confirmations.join_all().await;
    let elapsed = started.elapsed();
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );

    let mut total = 0;
    for person in people {
        let account = balance(&server, person).await;
        let ledger = server
            .get_ok("/me/ledger?community=wawer&limit=100", &person.token)
            .await;
        let postings: i64 = ledger["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|posting| posting["minutes"].as_i64().unwrap())
            .sum();
        assert_eq!(account["balance_minutes"].as_i64().unwrap(), postings);
        total += postings;
    }
    let ledger = summary(&server, &hood).await;
    eprintln!(
        "{engine:?}: {EXCHANGES} concurrent confirmations among {PEOPLE} members in {elapsed:?} → {ledger}; sum of balances {total}"
    );
    assert_eq!(total, 0);
    assert_eq!(
        ledger,
        json!({"accounts": PEOPLE, "transfers": EXCHANGES, "sum_minutes": 0})
    );
    let check = db.command(&["ledger", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    db.drop_database().await;
}
