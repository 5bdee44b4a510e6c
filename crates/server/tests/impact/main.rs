//! Impact end to end: the figures for a small known set of actions done through the API, the CSV,
//! who may see a community's dashboard and the network's, and a wrong period (422 with a field
//! error, as problem JSON and on the page).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

use chrono::{Datelike, Duration, Utc};
use common::{
    Engine, Neighbourhood, TestDatabase, TestServer, neighbourhood, praga, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    figures_count_what_people_did,
    only_those_who_run_the_community_and_coordinators_see_figures,
    a_wrong_period_is_refused_with_a_field_error,
);

/// This month and the next, `YYYY-MM` (an event starts in one of them).
fn this_and_next_month() -> (String, String) {
    let now = Utc::now();
    let next = if now.month() == 12 {
        (now.year() + 1, 1)
    } else {
        (now.year(), now.month() + 1)
    };
    (
        format!("{:04}-{:02}", now.year(), now.month()),
        format!("{:04}-{:02}", next.0, next.1),
    )
}

async fn created(server: &TestServer, path: &str, token: &str, body: Value) -> Value {
    let response = server.post_json(path, Some(token), body).await;
    assert!(
        response.status().is_success(),
        "POST {path}: {}",
        response.status()
    );
    response.json().await.unwrap_or(Value::Null)
}

/// Three residents take part: an initiative and its support, a confirmed exchange of 90 minutes,
/// an answer to an event; the admin only organises.
async fn take_part(server: &TestServer, hood: &Neighbourhood) {
    let [r0, r1, r2] = &hood.residents[..] else {
        panic!("three residents")
    };
    let initiative = created(
        server,
        "/communities/wawer/initiatives",
        &r0.token,
        json!({"title": "A bench", "body": "By the river."}),
    )
    .await;
    let id = initiative["id"].as_str().unwrap();
    created(
        server,
        &format!("/initiatives/{id}/supports"),
        &r1.token,
        json!({}),
    )
    .await;
    let exchange = created(
        server,
        "/communities/wawer/exchanges",
        &r0.token,
        json!({"provider_id": r0.id, "receiver_id": r1.id, "minutes": 90, "description": "Garden"}),
    )
    .await;
    let id = exchange["id"].as_str().unwrap();
    created(
        server,
        &format!("/exchanges/{id}/confirm"),
        &r1.token,
        json!({}),
    )
    .await;
    let starts = Utc::now() + Duration::hours(3);
    let ends = starts + Duration::hours(1);
    let event = created(
        server,
        "/communities/wawer/events",
        &hood.admin.token,
        json!({"title": "Picnic", "body": "Bring food.", "starts_at": starts.format("%Y-%m-%dT%H:%M").to_string(),
               "ends_at": ends.format("%Y-%m-%dT%H:%M").to_string(), "time_zone": "UTC",
               "online_url": "https://meet.example/wawer", "capacity": null,
               "accessibility": [], "languages": ["pl"]}),
    )
    .await;
    let id = event["id"].as_str().unwrap();
    created(server, &format!("/events/{id}/rsvp"), &r2.token, json!({})).await;
}

fn sum(impact: &Value, figure: &str) -> f64 {
    impact["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|month| month[figure].as_f64().unwrap())
        .sum()
}

async fn figures_count_what_people_did(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    take_part(&server, &hood).await;
    let (this, next) = this_and_next_month();
    let impact = server
        .get_ok(
            &format!("/communities/wawer/impact?from={this}&to={next}"),
            &hood.admin.token,
        )
        .await;
    assert_eq!(impact["from"], this.as_str());
    assert_eq!(impact["months"].as_array().unwrap().len(), 2);
    let month = &impact["months"][0];
    assert_eq!(month["month"], this.as_str());
    assert_eq!(month["active_residents"], 3, "{impact}");
    assert_eq!(month["newcomers_taking_part"], 3, "{impact}");
    assert_eq!(month["hours_exchanged"], 1.5, "{impact}");
    assert_eq!(month["exchanges"], 1, "{impact}");
    assert_eq!(sum(&impact, "events_held"), 1.0, "{impact}");
    assert_eq!(sum(&impact, "event_attendance"), 1.0, "{impact}");
    assert_eq!(impact["totals"]["active_residents"], 3);
    assert_eq!(impact["totals"]["survey_response_rate"], Value::Null);
    // The default period: the last twelve months, this one last.
    let default = server
        .get_ok("/communities/wawer/impact", &hood.coordinator)
        .await;
    assert_eq!(default["months"].as_array().unwrap().len(), 12);
    assert_eq!(default["to"], this.as_str());
    // The network counts the same people once.
    let network = server
        .get_ok(&format!("/impact?from={this}&to={this}"), &hood.coordinator)
        .await;
    assert_eq!(network["months"][0]["active_residents"], 3, "{network}");
    assert_eq!(network["totals"]["hours_exchanged"], 1.5);

    // The CSV: a header, then a row per month.
    let pages = signed_in_pages(&server, "person0@example.org").await;
    let response = pages
        .get(server.url(&format!("/c/wawer/impact.csv?from={this}&to={next}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = response.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0]
            .starts_with("month,active_residents,newcomers_taking_part,members,hours_exchanged,")
    );
    assert!(lines[1].starts_with(&format!("{this},3,3,")), "{text}");
    let network = pages
        .get(server.url(&format!("/impact.csv?from={this}&to={this}")))
        .send()
        .await
        .unwrap();
    assert_eq!(network.status(), StatusCode::OK);
    let text = network.text().await.unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with(&format!("{this},3,3,")),
        "{text}"
    );
    // The page: a chart and its table for each figure.
    let page = pages
        .get(server.url(&format!("/c/wawer/impact?from={this}&to={next}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<svg class=\"bar-chart\" role=\"img\""),
        "{html}"
    );
    assert!(html.contains("<th scope=\"row\">"));
    assert!(
        html.contains("href=\"/c/wawer/impact\""),
        "the nav links the dashboard"
    );
    db.drop_database().await;
}

async fn only_those_who_run_the_community_and_coordinators_see_figures(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let outsider = praga(&server, &hood.coordinator).await;
    let path = "/communities/wawer/impact";
    let status = async |path: &str, token: Option<&str>| server.get_api(path, token).await.status();
    assert_eq!(status(path, None).await, StatusCode::UNAUTHORIZED);
    for token in [&hood.residents[0].token, &outsider.token] {
        assert_eq!(status(path, Some(token)).await, StatusCode::FORBIDDEN);
        assert_eq!(status("/impact", Some(token)).await, StatusCode::FORBIDDEN);
    }
    assert_eq!(status("/impact", None).await, StatusCode::UNAUTHORIZED);
    for token in [&hood.admin.token, &hood.moderator.token, &hood.coordinator] {
        assert_eq!(status(path, Some(token)).await, StatusCode::OK);
        assert_eq!(status("/impact", Some(token)).await, StatusCode::OK);
    }
    assert_eq!(
        status("/communities/nowhere/impact", Some(&hood.admin.token)).await,
        StatusCode::NOT_FOUND
    );
    let organiser = &hood.residents[1];
    let response = server
        .put_json(
            &format!("/communities/wawer/members/{}", organiser.id),
            Some(&hood.coordinator),
            json!({"role": "organiser"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(status(path, Some(&organiser.token)).await, StatusCode::OK);
    assert_eq!(
        status("/impact", Some(&organiser.token)).await,
        StatusCode::OK
    );
    // An organiser of Wawer is an outsider to Praga.
    assert_eq!(
        status("/communities/praga/impact", Some(&organiser.token)).await,
        StatusCode::FORBIDDEN
    );

    // Pages: a visitor is sent to sign in, a member is refused, and no link shows for them.
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = anonymous
        .get(server.url("/c/wawer/impact"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let member = signed_in_pages(&server, "person2@example.org").await;
    for page in ["/c/wawer/impact", "/impact", "/c/wawer/impact.csv"] {
        let response = member.get(server.url(page)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{page}");
    }
    let home = member.get(server.url("/c/wawer")).send().await.unwrap();
    assert!(!home.text().await.unwrap().contains("/c/wawer/impact"));
    db.drop_database().await;
}

async fn a_wrong_period_is_refused_with_a_field_error(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 1).await;
    for (query, field) in [
        ("from=2026-13&to=2026-05", "from"),
        ("from=2026-05&to=2026-01", "to"),
        ("from=2020-01&to=2026-01", "to"),
        ("to=May", "to"),
    ] {
        for path in [
            format!("/communities/wawer/impact?{query}"),
            format!("/impact?{query}"),
        ] {
            let response = server.get_api(&path, Some(&hood.admin.token)).await;
            assert_eq!(
                response.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{path}"
            );
            assert!(
                response.headers()["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("application/problem+json")
            );
            let problem: Value = response.json().await.unwrap();
            assert!(problem["errors"][field].is_string(), "{path}: {problem}");
        }
    }
    let pages = signed_in_pages(&server, "person0@example.org").await;
    let response = pages
        .get(server.url("/c/wawer/impact?from=2026-05&to=2026-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains("id=\"to-error\""), "{html}");
    assert!(
        html.contains("value=\"2026-05\""),
        "the months typed are kept"
    );
    assert!(!html.contains("bar-chart"));
    db.drop_database().await;
}
