//! Each searchable kind, found by exactly the readers who may read it: hidden, sensitive,
//! closed, private and other communities' members-only things are never found.

use super::*;

on_both_engines!(
    initiatives_and_events_are_found_by_everyone_until_hidden,
    courses_and_places_are_found_by_everyone_and_events_by_their_place,
    stories_members_only_are_found_by_members_only,
    offers_are_found_by_members_and_sensitive_requests_by_nobody,
    people_are_found_only_by_what_they_show_each_reader,
    guidebook_chapters_are_found_by_everyone_but_not_within_a_community,
);

async fn initiatives_and_events_are_found_by_everyone_until_hidden(engine: Engine) {
    let Some((db, server, hood, outsider)) = world(engine, 2).await else {
        return;
    };
    let initiative = created(
        &server,
        &hood.residents[0].token,
        "/communities/wawer/initiatives",
        json!({"title": "Kompostownik na podwórku", "body": "Wspólny kompost za blokiem."}),
    )
    .await;
    let event = created(
        &server,
        &hood.admin.token,
        "/communities/wawer/events",
        json!({"title": "Warsztaty kompostowania", "body": "Przynieś obierki.",
               "starts_at": "2030-06-10T18:00", "ends_at": "2030-06-10T20:00",
               "time_zone": "Europe/Warsaw", "online_url": "https://meet.example/kompost",
               "languages": ["pl", "uk"]}),
    )
    .await;
    for reader in [None, Some(&outsider), Some(&hood.residents[1])] {
        let found = search(&server, reader, "kompost").await;
        assert_eq!(titles(&found, "initiative"), ["Kompostownik na podwórku"]);
        assert_eq!(titles(&found, "event"), ["Warsztaty kompostowania"]);
    }
    // An event is found by the languages spoken at it, by name.
    assert!(
        finds(
            &server,
            None,
            "ukrainian kompost",
            "event",
            "Warsztaty kompostowania"
        )
        .await
    );
    hide(
        &server,
        &hood,
        "initiative",
        initiative["id"].as_str().unwrap(),
    )
    .await;
    let report = hide(&server, &hood, "event", event["id"].as_str().unwrap()).await;
    for reader in [None, Some(&hood.residents[1]), Some(&hood.moderator)] {
        let found = search(&server, reader, "kompost").await;
        assert!(found["items"].as_array().unwrap().is_empty(), "{found}");
    }
    let restored = server
        .post_json(
            &format!("/reports/{report}/restore"),
            Some(&hood.moderator.token),
            json!({}),
        )
        .await;
    assert_eq!(restored.status(), StatusCode::OK);
    assert!(finds(&server, None, "kompost", "event", "Warsztaty kompostowania").await);
    db.drop_database().await;
}

async fn courses_and_places_are_found_by_everyone_and_events_by_their_place(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    created(
        &server,
        &hood.admin.token,
        "/communities/wawer/courses",
        json!({"title": "Smartfon dla seniorów", "body": "Zdjęcia, wiadomości, bankowość.",
               "capacity": 10, "sessions": [{"starts_at": "2030-03-01T10:00",
               "ends_at": "2030-03-01T12:00", "time_zone": "Europe/Warsaw"}]}),
    )
    .await;
    let place = created(
        &server,
        &hood.admin.token,
        "/communities/wawer/places",
        json!({"name": "Biblioteka Sąsiedzka", "address": "Żegańska 1"}),
    )
    .await;
    created(
        &server,
        &hood.admin.token,
        "/communities/wawer/events",
        json!({"title": "Wieczór planszówek", "body": "Gry dla każdego.",
               "starts_at": "2030-06-11T18:00", "ends_at": "2030-06-11T21:00",
               "time_zone": "Europe/Warsaw", "place_id": place["id"]}),
    )
    .await;
    assert!(finds(&server, None, "smartfon", "course", "Smartfon dla seniorów").await);
    let found = search(&server, None, "zeganska").await;
    assert_eq!(titles(&found, "place"), ["Biblioteka Sąsiedzka"]);
    assert_eq!(titles(&found, "event"), ["Wieczór planszówek"]);
    let place_hit = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["type"] == "place")
        .unwrap();
    assert_eq!(place_hit["community"], "wawer");
    assert!(place_hit["url"].as_str().unwrap().ends_with(&format!(
        "/c/wawer/places/{}",
        place["id"].as_str().unwrap()
    )));
    assert_eq!(place_hit["matched"][0]["field"], "address");
    db.drop_database().await;
}

async fn stories_members_only_are_found_by_members_only(engine: Engine) {
    let Some((db, server, hood, outsider)) = world(engine, 2).await else {
        return;
    };
    let (author, member) = (&hood.residents[0], &hood.residents[1]);
    story(
        &server,
        author,
        "Prom na Wiśle",
        "Pływał do 1960 roku.",
        "public",
    )
    .await;
    let private = story(
        &server,
        author,
        "Kod do furtki",
        "Prom stoi w szopie.",
        "members",
    )
    .await;
    let public_only = vec!["Prom na Wiśle".to_owned()];
    let both = vec!["Prom na Wiśle".to_owned(), "Kod do furtki".to_owned()];
    for (reader, expected) in [
        (None, &public_only),
        (Some(&outsider), &public_only),
        (Some(member), &both),
        (Some(author), &both),
    ] {
        let mut found = titles(&search(&server, reader, "prom").await, "story");
        found.sort();
        let mut expected = expected.clone();
        expected.sort();
        assert_eq!(found, expected);
    }
    hide(&server, &hood, "story", private["id"].as_str().unwrap()).await;
    assert_eq!(
        titles(&search(&server, Some(member), "prom").await, "story"),
        ["Prom na Wiśle"]
    );
    db.drop_database().await;
}

async fn offers_are_found_by_members_and_sensitive_requests_by_nobody(engine: Engine) {
    let Some((db, server, hood, outsider)) = world(engine, 2).await else {
        return;
    };
    let (author, member) = (&hood.residents[0], &hood.residents[1]);
    let offer = post_item(
        &server,
        &author.token,
        json!({"kind": "offer", "category": "talents", "title": "Naprawa rowerów",
               "body": "Dętki, hamulce, łańcuchy.", "languages": ["pl", "uk"]}),
    )
    .await;
    post_item(
        &server,
        &author.token,
        json!({"kind": "request", "category": "emotional", "title": "Rozmowa o rowerach i samotności",
               "body": "Wieczory są długie.", "sensitive": true}),
    )
    .await;
    for reader in [None, Some(&outsider)] {
        let found = search(&server, reader, "rower").await;
        assert!(titles(&found, "support").is_empty(), "{found}");
    }
    for reader in [member, author, &hood.moderator] {
        let found = search(&server, Some(reader), "rower").await;
        assert_eq!(titles(&found, "support"), ["Naprawa rowerów"]);
    }
    let closed = server
        .patch_json(
            &format!("/support/{}", offer["id"].as_str().unwrap()),
            Some(&author.token),
            json!({"status": "closed"}),
        )
        .await;
    assert_eq!(closed.status(), StatusCode::OK);
    let found = search(&server, Some(member), "rower").await;
    assert!(titles(&found, "support").is_empty(), "{found}");
    db.drop_database().await;
}

async fn people_are_found_only_by_what_they_show_each_reader(engine: Engine) {
    let Some((db, server, hood, outsider)) = world(engine, 2).await else {
        return;
    };
    let (person, member) = (&hood.residents[0], &hood.residents[1]);
    let saved = server
        .patch_json(
            "/me/profile",
            Some(&person.token),
            json!({"bio": "Naprawiam rowery", "skills": ["hydraulika"], "story": "Mój sekret",
                   "languages": ["uk"],
                   "visibility": {"bio": "public", "skills": "members", "languages": "members",
                                  "story": "private"}}),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    for reader in [None, Some(&outsider)] {
        assert!(finds(&server, reader, "rowery", "person", "Person 2").await);
        assert!(!finds(&server, reader, "hydraulika", "person", "Person 2").await);
        assert!(!finds(&server, reader, "ukrainian", "person", "Person 2").await);
        assert!(!finds(&server, reader, "sekret", "person", "Person 2").await);
    }
    assert!(finds(&server, Some(member), "rowery", "person", "Person 2").await);
    assert!(finds(&server, Some(member), "hydraulika", "person", "Person 2").await);
    let by_language = search(&server, Some(member), "українська").await;
    let hit = by_language["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["type"] == "person")
        .unwrap();
    assert_eq!(hit["matched"][0]["field"], "language");
    assert_eq!(hit["matched"][0]["value"], "uk");
    assert_eq!(hit["community"], "wawer");
    assert!(!finds(&server, Some(member), "sekret", "person", "Person 2").await);
    // Found once, not once per audience.
    let found = search(&server, Some(member), "rowery").await;
    assert_eq!(titles(&found, "person"), ["Person 2"]);
    // Praga's search does not list Wawer's people.
    let elsewhere = search_in(&server, Some(member), "rowery", "praga").await;
    assert!(titles(&elsewhere, "person").is_empty());
    db.drop_database().await;
}

async fn guidebook_chapters_are_found_by_everyone_but_not_within_a_community(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    for (locale, title, body) in [
        (
            "en",
            "Starting a time bank",
            "An hour is an hour for everyone.",
        ),
        (
            "pl",
            "Jak założyć bank czasu",
            "Godzina to godzina dla każdego.",
        ),
    ] {
        let response = server
            .put_json(
                &format!("/guidebook/chapters/time-bank/{locale}"),
                Some(&hood.admin.token),
                json!({"title": title, "body_markdown": body}),
            )
            .await;
        assert!(response.status().is_success(), "{locale}");
    }
    let found = search(&server, None, "godzina").await;
    assert_eq!(titles(&found, "chapter"), ["Jak założyć bank czasu"]);
    assert_eq!(found["items"][0]["locale"], "pl");
    assert!(
        found["items"][0]["url"]
            .as_str()
            .unwrap()
            .ends_with("/guidebook/time-bank")
    );
    // Both translations hold "bank": the chapter is given once.
    assert_eq!(
        titles(&search(&server, None, "bank").await, "chapter").len(),
        1
    );
    assert!(
        titles(
            &search_in(&server, None, "godzina", "wawer").await,
            "chapter"
        )
        .is_empty()
    );
    db.drop_database().await;
}
