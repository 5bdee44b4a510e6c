//! Organisers change an event: through the API and the page, who may, what a capacity below
//! the people going answers, and who moves up when there is more room; and a person going who
//! leaves Micropolis gives their place to the first person waiting.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{
    Engine, Neighbourhood, PASSWORD, TestDatabase, TestServer, csrf_token, neighbourhood,
    signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    organisers_change_an_event_and_people_waiting_move_up,
    the_page_to_change_an_event_is_the_organisers,
    a_person_going_who_leaves_gives_their_place_to_the_first_waiting,
);

fn evening(title: &str, capacity: i64) -> Value {
    json!({"title": title, "body": "Bring a friend.", "starts_at": "2030-06-10T18:00",
           "ends_at": "2030-06-10T20:00", "time_zone": "Europe/Warsaw",
           "online_url": "https://meet.example/wawer", "capacity": capacity})
}

async fn counts(server: &TestServer, id: &str) -> (i64, i64, String) {
    let read: Value = server
        .get_api(&format!("/events/{id}"), None)
        .await
        .json()
        .await
        .unwrap();
    (
        read["going_count"].as_i64().unwrap(),
        read["waitlist_count"].as_i64().unwrap(),
        read["title"].as_str().unwrap().to_owned(),
    )
}

async fn organisers_change_an_event_and_people_waiting_move_up(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 4).await;
    let created = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            evening("Choir", 2),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    for resident in &residents {
        let answer = server
            .post_json(
                &format!("/events/{id}/rsvp"),
                Some(&resident.token),
                json!({}),
            )
            .await;
        assert_eq!(answer.status(), StatusCode::CREATED);
    }
    assert_eq!(counts(&server, id).await, (2, 2, "Choir".to_owned()));
    let path = format!("/events/{id}");

    let by_member = server
        .put_json(&path, Some(&residents[0].token), evening("Mine now", 9))
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let too_small = server
        .put_json(&path, Some(&admin.token), evening("Smaller", 1))
        .await;
    assert_eq!(too_small.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = too_small.json().await.unwrap();
    assert!(problem["errors"]["capacity"].is_string(), "{problem}");
    let backwards = server
        .put_json(
            &path,
            Some(&admin.token),
            json!({"title": "Choir", "body": "Bring a friend.", "starts_at": "2030-06-10T18:00",
                   "ends_at": "2030-06-10T17:00", "time_zone": "Europe/Warsaw",
                   "online_url": "https://meet.example/wawer"}),
        )
        .await;
    assert_eq!(backwards.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        counts(&server, id).await,
        (2, 2, "Choir".to_owned()),
        "a refused change changes nothing"
    );

    let bigger = server
        .put_json(
            &path,
            Some(&admin.token),
            evening("Choir in the big hall", 3),
        )
        .await;
    assert_eq!(bigger.status(), StatusCode::OK);
    assert_eq!(
        counts(&server, id).await,
        (3, 1, "Choir in the big hall".to_owned()),
        "the first person waiting moved up into the new place"
    );
    let link = server
        .link_in_mail("person4@example.org", &format!("/c/wawer/events/{id}"))
        .await;
    assert!(link.ends_with(id), "{link}");
    let unlimited = server
        .put_json(
            &path,
            Some(&admin.token),
            json!({"title": "Choir in the park", "body": "Bring a blanket.", "starts_at": "2030-06-10T18:00",
                   "ends_at": "2030-06-10T20:00", "time_zone": "Europe/Warsaw",
                   "online_url": "https://meet.example/wawer"}),
        )
        .await;
    assert_eq!(unlimited.status(), StatusCode::OK);
    assert_eq!(
        counts(&server, id).await,
        (4, 0, "Choir in the park".to_owned()),
        "without a capacity everyone waiting goes"
    );
    db.drop_database().await;
}

async fn the_page_to_change_an_event_is_the_organisers(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 1).await;
    let created: Value = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            evening("Film night", 20),
        )
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    let edit = format!("/c/wawer/events/{id}/edit");

    let member = signed_in_pages(&server, "person2@example.org").await;
    let refused = member.get(server.url(&edit)).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let organiser = signed_in_pages(&server, "person0@example.org").await;
    let html = organiser
        .get(server.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"value="Film night""#), "{html}");
    assert!(
        html.contains(r#"value="2030-06-10T18:00""#),
        "wall clock in the event's zone"
    );
    let token = csrf_token(&html);
    let form = |title: &'static str| {
        vec![
            ("title", title),
            ("body", "A film and a talk after it."),
            ("starts_at", "2030-06-10T19:00"),
            ("ends_at", "2030-06-10T21:00"),
            ("time_zone", "Europe/Warsaw"),
            ("online_url", "https://meet.example/film"),
            ("capacity", "30"),
        ]
    };
    let mut empty = form("");
    empty.push(("csrf_token", &token));
    let failed = organiser
        .post(server.url(&edit))
        .form(&empty)
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(failed.text().await.unwrap().contains("error-summary"));
    let mut fine = form("Film night: Cold War");
    fine.push(("csrf_token", &token));
    let saved = organiser
        .post(server.url(&edit))
        .form(&fine)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let read: Value = server
        .get_api(&format!("/events/{id}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(read["title"], "Film night: Cold War");
    assert_eq!(read["capacity"], 30);
    assert_eq!(read["starts_at"], "2030-06-10T19:00:00+02:00");
    db.drop_database().await;
}

async fn a_person_going_who_leaves_gives_their_place_to_the_first_waiting(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 4).await;
    let created: Value = server
        .post_json(
            "/communities/wawer/events",
            Some(&admin.token),
            evening("Walk", 1),
        )
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    for resident in &residents {
        server
            .post_json(
                &format!("/events/{id}/rsvp"),
                Some(&resident.token),
                json!({}),
            )
            .await;
    }
    assert_eq!(counts(&server, id).await, (1, 3, "Walk".to_owned()));
    // The third in line leaves first: the line shortens, nobody moves.
    let gone = server
        .delete_json(
            "/me",
            Some(&residents[2].token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    assert_eq!(counts(&server, id).await, (1, 2, "Walk".to_owned()));
    // The one going leaves: the first waiting (residents[1]) takes the place.
    let gone = server
        .delete_json(
            "/me",
            Some(&residents[0].token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    assert_eq!(counts(&server, id).await, (1, 1, "Walk".to_owned()));
    let mine: Value = server
        .get_api(&format!("/events/{id}"), Some(&residents[1].token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["my_rsvp"], "going");
    db.drop_database().await;
}
