//! Events and places end to end through the API: who may put them on, bad input, filters,
//! capacity and the waiting list (two cancellations at once move up two different people), the
//! mail to whoever moves up, and the reminder the day before (sent once). Pages, calendars, the
//! feed and the poster are in `event_pages.rs`.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, Neighbourhood, Person, TestDatabase, TestServer, csrf_token, neighbourhood,
    signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    places_and_events_are_for_organisers_to_put_on,
    capacity_and_the_waiting_list,
    two_cancellations_at_once_move_up_two_different_people,
    people_going_are_reminded_once,
    an_event_is_reported_hidden_and_restored,
    members_comment_on_events_through_the_api_and_the_page,
);

async fn create_event(server: &TestServer, token: &str, body: Value) -> Value {
    let response = server
        .post_json("/communities/wawer/events", Some(token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

fn evening(title: &str, capacity: Option<i64>) -> Value {
    json!({"title": title, "body": "Bring a friend.", "starts_at": "2030-06-10T18:00",
           "ends_at": "2030-06-10T20:00", "time_zone": "Europe/Warsaw",
           "online_url": "https://meet.example/wawer", "capacity": capacity,
           "accessibility": ["step_free"], "languages": ["pl", "uk"]})
}

async fn event(server: &TestServer, id: &str, token: Option<&str>) -> Value {
    let response = server.get_api(&format!("/events/{id}"), token).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn rsvp(server: &TestServer, id: &str, person: &Person) -> (StatusCode, Value) {
    let response = server
        .post_json(
            &format!("/events/{id}/rsvp"),
            Some(&person.token),
            json!({}),
        )
        .await;
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn cancel(server: &TestServer, id: &str, person: &Person) -> StatusCode {
    server
        .delete_json(
            &format!("/events/{id}/rsvp"),
            Some(&person.token),
            json!({}),
        )
        .await
        .status()
}

async fn places_and_events_are_for_organisers_to_put_on(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let member = &residents[0];
    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;

    let library = json!({"name": "Biblioteka", "address": "ul. Żegańska 1", "lat": 52.2153,
                         "lon": 21.1602, "opening_hours": "Mon–Fri 10–19",
                         "accessibility": ["step_free", "hearing_loop"]});
    for (token, status) in [
        (&member.token, StatusCode::FORBIDDEN),
        (&outsider, StatusCode::FORBIDDEN),
    ] {
        let refused = server
            .post_json("/communities/wawer/places", Some(token), library.clone())
            .await;
        assert_eq!(refused.status(), status);
    }
    let bad_place = server
        .post_json(
            "/communities/wawer/places",
            Some(&admin.token),
            json!({"name": "", "address": "x", "lat": 95.0, "accessibility": ["lift"]}),
        )
        .await;
    assert_eq!(bad_place.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = bad_place.json().await.unwrap();
    for field in ["name", "lat", "accessibility"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let place = server
        .post_json("/communities/wawer/places", Some(&admin.token), library)
        .await;
    assert_eq!(place.status(), StatusCode::CREATED);
    let place: Value = place.json().await.unwrap();
    assert_eq!(place["accessibility"], json!(["step_free", "hearing_loop"]));
    let place_id = place["id"].as_str().unwrap();
    let read = server.get_api(&format!("/places/{place_id}"), None).await;
    assert_eq!(read.status(), StatusCode::OK);
    let listed = server.get_api("/communities/wawer/places", None).await;
    let listed: Value = listed.json().await.unwrap();
    assert_eq!(listed["items"][0]["name"], "Biblioteka");

    // Members and outsiders may not put events on; bad values are named and change nothing.
    for token in [&member.token, &outsider] {
        let refused = server
            .post_json(
                "/communities/wawer/events",
                Some(token),
                evening("Mine", None),
            )
            .await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
    let bad = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            json!({"title": "", "body": "x", "starts_at": "soon", "ends_at": "2030-06-10T20:00",
                   "time_zone": "Mars/Olympus", "capacity": 0, "place_id": place_id}),
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    let problem: Value = bad.json().await.unwrap();
    for field in ["title", "time_zone", "capacity"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let wrong_type = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            json!({"title": "x", "body": "x", "starts_at": "2030-06-10T18:00", "ends_at": "2030-06-10T20:00",
                   "time_zone": "Europe/Warsaw", "capacity": "many"}),
        )
        .await;
    assert_eq!(wrong_type.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let nowhere = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            json!({"title": "x", "body": "x", "starts_at": "2030-06-10T18:00",
                   "ends_at": "2030-06-10T20:00", "time_zone": "Europe/Warsaw"}),
        )
        .await;
    assert_eq!(nowhere.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let none: Value = server
        .get_api("/communities/wawer/events", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(none["items"], json!([]), "a refused event leaves nothing");

    let mut at_library = evening("Poetry evening", Some(20));
    at_library["place_id"] = json!(place_id);
    at_library["price"] = json!("free");
    let created = create_event(&server, &admin.token, at_library).await;
    assert_eq!(created["starts_at"], "2030-06-10T18:00:00+02:00");
    assert_eq!(created["time_zone"], "Europe/Warsaw");
    assert_eq!(created["place"]["name"], "Biblioteka");
    assert_eq!(created["languages"], json!(["pl", "uk"]));
    let unknown = server.get_api("/events/not-an-id", None).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // Filters: by language, accessibility and place.
    create_event(&server, &admin.token, json!({"title": "Danish club", "body": "x",
        "starts_at": "2030-06-11T18:00", "ends_at": "2030-06-11T19:00", "time_zone": "Europe/Warsaw",
        "online_url": "https://meet.example/da", "languages": ["da"]})).await;
    for (query, expected) in [
        ("", 2),
        ("?language=uk", 1),
        ("?language=da", 1),
        ("?access=step_free", 1),
        ("?access=quiet_room", 0),
        (&format!("?place={place_id}") as &str, 1),
    ] {
        let found: Value = server
            .get_api(&format!("/communities/wawer/events{query}"), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            found["items"].as_array().unwrap().len(),
            expected,
            "{query}"
        );
    }
    let bad_filter = server
        .get_api("/communities/wawer/events?access=lift", None)
        .await;
    assert_eq!(bad_filter.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let paged: Value = server
        .get_api("/communities/wawer/events?limit=1", None)
        .await
        .json()
        .await
        .unwrap();
    let cursor = paged["next_cursor"].as_str().unwrap();
    let second: Value = server
        .get_api(
            &format!("/communities/wawer/events?limit=1&cursor={cursor}"),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(second["items"][0]["title"], "Danish club");
    db.drop_database().await;
}

async fn capacity_and_the_waiting_list(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 3).await;
    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;
    let created = create_event(&server, &admin.token, evening("Choir", Some(2))).await;
    let id = created["id"].as_str().unwrap();

    let (first, _) = rsvp(&server, id, &residents[0]).await;
    let (second, _) = rsvp(&server, id, &residents[1]).await;
    let (third, body) = rsvp(&server, id, &residents[2]).await;
    assert_eq!(
        (first, second, third),
        (
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED
        )
    );
    assert_eq!(body["status"], "waitlisted");
    let (again, body) = rsvp(&server, id, &residents[2]).await;
    assert_eq!(again, StatusCode::OK, "signing up again is idempotent");
    assert_eq!(body["status"], "waitlisted");
    let outsider_rsvp = server
        .post_json(&format!("/events/{id}/rsvp"), Some(&outsider), json!({}))
        .await;
    assert_eq!(outsider_rsvp.status(), StatusCode::FORBIDDEN);
    let anonymous = server
        .post_json(&format!("/events/{id}/rsvp"), None, json!({}))
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let read = event(&server, id, Some(&residents[2].token)).await;
    assert_eq!(
        (
            read["going_count"].as_i64(),
            read["waitlist_count"].as_i64()
        ),
        (Some(2), Some(1))
    );
    assert_eq!(read["my_rsvp"], "waitlisted");

    assert_eq!(
        cancel(&server, id, &residents[0]).await,
        StatusCode::NO_CONTENT
    );
    let read = event(&server, id, Some(&residents[2].token)).await;
    assert_eq!(
        (
            read["going_count"].as_i64(),
            read["waitlist_count"].as_i64()
        ),
        (Some(2), Some(0))
    );
    assert_eq!(read["my_rsvp"], "going", "the first waiting moved up");
    let link = server
        .link_in_mail("person4@example.org", &format!("/c/wawer/events/{id}"))
        .await;
    assert!(link.ends_with(id), "{link}");
    assert_eq!(
        cancel(&server, id, &residents[0]).await,
        StatusCode::NO_CONTENT,
        "cancelling nothing"
    );
    let read = event(&server, id, None).await;
    assert_eq!(read["going_count"], 2);
    assert!(read["my_rsvp"].is_null());
    db.drop_database().await;
}

async fn two_cancellations_at_once_move_up_two_different_people(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 6).await;
    let created = create_event(&server, &admin.token, evening("Workshop", Some(2))).await;
    let id = created["id"].as_str().unwrap().to_owned();
    for person in &residents[..5] {
        assert_eq!(rsvp(&server, &id, person).await.0, StatusCode::CREATED);
    }
    // Two people going cancel at the same moment, while a sixth signs up.
    let (a, b, c) = tokio::join!(
        cancel(&server, &id, &residents[0]),
        cancel(&server, &id, &residents[1]),
        rsvp(&server, &id, &residents[5]),
    );
    assert_eq!(
        (a, b, c.0),
        (
            StatusCode::NO_CONTENT,
            StatusCode::NO_CONTENT,
            StatusCode::CREATED
        )
    );
    let read = event(&server, &id, None).await;
    assert_eq!(read["going_count"], 2, "never more than the capacity");
    assert_eq!(read["waitlist_count"], 2);
    let mut going = Vec::new();
    for (index, person) in residents.iter().enumerate() {
        if event(&server, &id, Some(&person.token)).await["my_rsvp"] == "going" {
            going.push(index);
        }
    }
    assert_eq!(
        going,
        vec![2, 3],
        "the first two waiting moved up, one each"
    );
    for email in ["person4@example.org", "person5@example.org"] {
        server
            .link_in_mail(email, &format!("/c/wawer/events/{id}"))
            .await;
    }
    db.drop_database().await;
}

async fn people_going_are_reminded_once(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 2).await;
    let soon = chrono::Utc::now() + chrono::Duration::hours(5);
    let created = create_event(
        &server,
        &admin.token,
        json!({"title": "Reading club",
        "body": "Chapter one", "starts_at": soon.to_rfc3339(),
        "ends_at": (soon + chrono::Duration::hours(1)).to_rfc3339(), "time_zone": "Europe/Warsaw",
        "online_url": "https://meet.example/r", "capacity": 1}),
    )
    .await;
    let id = created["id"].as_str().unwrap();
    assert_eq!(rsvp(&server, id, &residents[0]).await.1["status"], "going");
    assert_eq!(
        rsvp(&server, id, &residents[1]).await.1["status"],
        "waitlisted"
    );
    server.wait_for_log("Tomorrow: Reading club").await;
    // The worker looks every ten seconds; after another look there is still one reminder.
    tokio::time::sleep(std::time::Duration::from_secs(11)).await;
    let log = server.log();
    assert_eq!(log.matches("Tomorrow: Reading club").count(), 1, "{log}");
    let reminder = log
        .split("mail sent to the log:")
        .find(|mail| mail.contains("Tomorrow: Reading club"))
        .unwrap();
    assert!(reminder.contains("To: person2@example.org"), "{reminder}");
    assert!(
        reminder.contains(&format!("/c/wawer/events/{id}")),
        "{reminder}"
    );
    db.drop_database().await;
}

async fn an_event_is_reported_hidden_and_restored(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin,
        moderator,
        residents,
        ..
    } = neighbourhood(&db, &server, 1).await;
    let created = create_event(&server, &admin.token, evening("Suspicious sale", None)).await;
    let id = created["id"].as_str().unwrap();
    let own = server
        .post_json(
            "/reports",
            Some(&admin.token),
            json!({"target_type": "event", "target_id": id, "reason": "spam"}),
        )
        .await;
    assert_eq!(
        own.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not one's own event"
    );
    let filed = server
        .post_json(
            "/reports",
            Some(&residents[0].token),
            json!({"target_type": "event", "target_id": id, "reason": "spam"}),
        )
        .await;
    assert_eq!(filed.status(), StatusCode::CREATED);
    let report: Value = filed.json().await.unwrap();
    assert_eq!(report["status"], "open");
    let report_id = report["id"].as_str().unwrap();
    let hidden = server
        .post_json(
            &format!("/reports/{report_id}/resolve"),
            Some(&moderator.token),
            json!({"action": "hide", "note": "spam"}),
        )
        .await;
    assert_eq!(hidden.status(), StatusCode::OK);
    let gone = server
        .get_api(&format!("/events/{id}"), Some(&residents[0].token))
        .await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let (status, _) = server.get_page(&format!("/c/wawer/events/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let listed: Value = server
        .get_api("/communities/wawer/events", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"], json!([]));
    let seen = event(&server, id, Some(&moderator.token)).await;
    assert_eq!(seen["hidden"], true, "moderators still see it, marked");
    let restored = server
        .post_json(
            &format!("/reports/{report_id}/restore"),
            Some(&moderator.token),
            json!({"note": "a misunderstanding"}),
        )
        .await;
    assert_eq!(restored.status(), StatusCode::OK);
    assert_eq!(event(&server, id, None).await["hidden"], false);
    db.drop_database().await;
}

/// Comments are the same mechanism as on initiatives: members comment and reply, anyone who may
/// see the event reads them, an outsider may not post, and the page's form does it without
/// script.
async fn members_comment_on_events_through_the_api_and_the_page(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let created = create_event(&server, &admin.token, evening("Tea and talk", None)).await;
    let id = created["id"].as_str().unwrap();
    let comments = format!("/events/{id}/comments");

    let posted = server
        .post_json(
            &comments,
            Some(&residents[0].token),
            json!({"body": "Can I bring **my granddaughter**?"}),
        )
        .await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    let first: Value = posted.json().await.unwrap();
    assert_eq!(first["target_type"], "event");
    let reply = server
        .post_json(
            &comments,
            Some(&admin.token),
            json!({"body": "Of course!", "parent_id": first["id"]}),
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);

    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;
    let refused = server
        .post_json(&comments, Some(&outsider), json!({"body": "Hello"}))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let empty = server
        .post_json(&comments, Some(&residents[0].token), json!({"body": " "}))
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = server
        .post_json(
            "/events/00000000-0000-7000-8000-000000000000/comments",
            Some(&residents[0].token),
            json!({"body": "Hello"}),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    let thread: Value = server.get_api(&comments, None).await.json().await.unwrap();
    let bodies: Vec<&str> = thread["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|comment| comment["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["Can I bring **my granddaughter**?", "Of course!"]);

    let page = format!("/c/wawer/events/{id}");
    let client = signed_in_pages(&server, "person0@example.org").await;
    let html = client
        .get(server.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<strong>my granddaughter</strong>"), "{html}");
    let token = csrf_token(&html);
    let failed = client
        .post(server.url(&format!("{page}/comments")))
        .form(&[("body", ""), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(failed.text().await.unwrap().contains("error-summary"));
    let sent = client
        .post(server.url(&format!("{page}/comments")))
        .form(&[("body", "See you there."), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let after = client
        .get(server.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(after.contains("See you there."), "{after}");
    db.drop_database().await;
}
