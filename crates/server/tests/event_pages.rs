//! Events and places through pages, calendars and feeds: putting an event on and signing up with
//! forms alone, form errors, filters, a place's page, the `.ics` files in UTC across the autumn
//! clock change, the community's Atom feed and the printable poster.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{Engine, Neighbourhood, TestDatabase, TestServer, csrf_token, neighbourhood};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_engines!(
    calendars_feed_and_poster,
    an_event_is_put_on_and_joined_with_forms_alone
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

async fn calendars_feed_and_poster(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    // After the autumn clock change Warsaw is UTC+1: 18:00 there is 17:00 UTC.
    let november = create_event(
        &server,
        &admin.token,
        json!({"title": "Wieczór poezji",
        "body": "Wiersze", "starts_at": "2026-11-05T18:00", "ends_at": "2026-11-05T20:00",
        "time_zone": "Europe/Warsaw", "online_url": "https://meet.example/p"}),
    )
    .await;
    assert_eq!(november["starts_at"], "2026-11-05T18:00:00+01:00");
    let id = november["id"].as_str().unwrap();
    let (status, ics) = server
        .get_page(&format!("/c/wawer/events/{id}/calendar.ics"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        ics.contains("BEGIN:VCALENDAR") && ics.contains("SUMMARY:Wieczór poezji"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART:20261105T170000Z"), "{ics}");
    assert!(ics.contains("DTEND:20261105T190000Z"), "{ics}");
    let span: Value = server
        .get_api(
            "/communities/wawer/events?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z",
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(span["items"][0]["id"], id);

    let summer = create_event(&server, &admin.token, evening("Summer choir", None)).await;
    let summer_id = summer["id"].as_str().unwrap();
    let response = server
        .client
        .get(server.url("/c/wawer/events.ics"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let all = response.text().await.unwrap();
    assert!(
        all.contains("DTSTART:20300610T160000Z"),
        "summer time is UTC+2: {all}"
    );
    assert!(
        !all.contains("Wieczór poezji"),
        "past events are not in the calendar"
    );

    let proposed = server
        .post_json(
            "/communities/wawer/initiatives",
            Some(&residents[0].token),
            json!({"title": "Benches by the river", "body": "Five benches."}),
        )
        .await;
    assert_eq!(proposed.status(), StatusCode::CREATED);
    let feed = server
        .client
        .get(server.url("/c/wawer/feed.atom"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        feed.headers()["content-type"].to_str().unwrap(),
        "application/atom+xml; charset=utf-8"
    );
    let feed = feed.text().await.unwrap();
    assert!(
        feed.contains("<feed") && feed.contains("Summer choir"),
        "{feed}"
    );
    assert!(feed.contains("Benches by the river"), "{feed}");

    let (status, poster) = server
        .get_page(&format!("/c/wawer/events/{summer_id}/poster?lang=en"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        poster.contains("<html lang=\"pl\">"),
        "in the community's language"
    );
    assert!(
        poster.contains("Summer choir") && poster.contains("<svg"),
        "{poster}"
    );
    assert!(poster.contains("/static/poster.css"));
    let (status, _) = server.get_page("/static/poster.css").await;
    assert_eq!(status, StatusCode::OK);
    db.drop_database().await;
}

async fn an_event_is_put_on_and_joined_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    neighbourhood(&db, &server, 1).await;
    let admin = common::signed_in_pages(&server, "person0@example.org").await;
    let member = common::signed_in_pages(&server, "person2@example.org").await;
    let get = |client: &reqwest::Client, path: &str| client.get(server.url(path)).send();

    let refused = get(&member, "/c/wawer/events/new").await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let form = get(&admin, "/c/wawer/events/new")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        form.contains("<option value=\"Europe/Warsaw\" selected>"),
        "the community's zone"
    );
    let token = csrf_token(&form);
    let empty = admin
        .post(server.url("/c/wawer/events"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", ""),
            ("time_zone", "Europe/Warsaw"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let errors = empty.text().await.unwrap();
    assert!(
        errors.contains("error-summary") && errors.contains("href=\"#title\""),
        "{errors}"
    );

    let place_form = get(&admin, "/c/wawer/places/new")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let saved = admin
        .post(server.url("/c/wawer/places"))
        .form(&[
            ("csrf_token", csrf_token(&place_form).as_str()),
            ("name", "Dom Kultury"),
            ("address", "ul. Wał Miedzeszyński 646"),
            ("accessibility", "step_free"),
            ("accessibility", "quiet_room"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let place_path = saved.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let place_id = place_path.rsplit('/').next().unwrap().to_owned();

    let created = admin
        .post(server.url("/c/wawer/events"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Board games night"),
            ("body", "Bring your **favourite** game."),
            ("starts_at", "2030-03-01T18:00"),
            ("ends_at", "2030-03-01T21:00"),
            ("time_zone", "Europe/Warsaw"),
            ("place_id", place_id.as_str()),
            ("capacity", "1"),
            ("accessibility", "step_free"),
            ("languages", "pl"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let path = created.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    let detail = get(&member, &path).await.unwrap().text().await.unwrap();
    assert!(detail.contains("<strong>favourite</strong>") && detail.contains("18:00–21:00"));
    let going = member
        .post(server.url(&format!("{path}/rsvp")))
        .form(&[
            ("csrf_token", csrf_token(&detail).as_str()),
            ("choice", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(going.status(), StatusCode::SEE_OTHER);
    let detail = get(&member, &path).await.unwrap().text().await.unwrap();
    assert!(detail.contains("You are going."), "{detail}");
    let mine = get(&member, "/account/events")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(mine.contains("Board games night"));
    let agenda = get(&member, "/c/wawer/events?access=quiet_room")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !agenda.contains("Board games night"),
        "the event itself has no quiet room"
    );
    let agenda = get(&member, &format!("/c/wawer/events?place={place_id}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(agenda.contains("Board games night"));
    let place = get(&member, &place_path)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(place.contains("Board games night") && place.contains("Quiet room"));
    let organiser_view = get(&admin, &path).await.unwrap().text().await.unwrap();
    assert!(
        organiser_view.contains("Person 2"),
        "organisers see who is coming"
    );
    let (status, _) = server.get_page("/c/wawer/events/past").await;
    assert_eq!(status, StatusCode::OK);
    let home = get(&member, "/c/wawer")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("Board games night"));

    let cancelled = member
        .post(server.url(&format!("{path}/rsvp")))
        .form(&[
            ("csrf_token", csrf_token(&detail).as_str()),
            ("choice", "no"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), StatusCode::SEE_OTHER);
    let detail = get(&member, &path).await.unwrap().text().await.unwrap();
    assert!(detail.contains("I will come"), "{detail}");
    db.drop_database().await;
}
