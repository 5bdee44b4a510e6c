//! Attendance, certificates with names in four scripts, and the demo's courses.

use super::*;

on_both_engines!(
    attendance_and_certificates,
    the_demo_runs_a_course_in_each_community,
);

async fn attendance_and_certificates(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let lucja = member(&server, "lucja@example.org", "Łucja Żółć", "pl").await;
    let olena = member(&server, "olena@example.org", "Олена Ковальчук", "uk").await;
    let soren = member(&server, "soren@example.org", "Søren Ærø", "da").await;
    let niccolo = member(&server, "niccolo@example.org", "Niccolò", "it").await;
    let created = create(
        &server,
        &admin.token,
        "Język polski dla sąsiadów",
        10,
        json!([session(-7), session(7)]),
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let held = created["sessions"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/courses/{id}/sessions/{held}/attendance");
    for person in [&lucja, &olena, &soren, &niccolo] {
        assert_eq!(enrol(&server, &id, person).await.0, StatusCode::CREATED);
    }

    // Only organisers take attendance, and only of people on the course.
    let everyone = json!({"account_ids": [lucja.id, olena.id, soren.id, niccolo.id]});
    let by_member = server
        .put_json(&path, Some(&lucja.token), everyone.clone())
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let stranger = json!({"account_ids": [lucja.id, residents[0].id]});
    let refused = server.put_json(&path, Some(&admin.token), stranger).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = refused.json().await.unwrap();
    assert!(problem["errors"]["account_ids"].is_string());
    let unchanged = server.get_ok(&path, &admin.token).await;
    assert!(
        unchanged["people"]
            .as_array()
            .unwrap()
            .iter()
            .all(|row| row["present"] == false)
    );
    let unknown = server
        .put_json(
            &format!("/courses/{id}/sessions/{id}/attendance"),
            Some(&admin.token),
            everyone.clone(),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // No certificate before attending.
    let early = server
        .get_api(&format!("/courses/{id}/certificate"), Some(&lucja.token))
        .await;
    assert_eq!(early.status(), StatusCode::FORBIDDEN);
    let taken = server.put_json(&path, Some(&admin.token), everyone).await;
    assert_eq!(taken.status(), StatusCode::OK);
    let taken: Value = taken.json().await.unwrap();
    assert!(
        taken["people"]
            .as_array()
            .unwrap()
            .iter()
            .all(|row| row["present"] == true)
    );
    let never = server
        .get_api(
            &format!("/courses/{id}/certificate"),
            Some(&residents[0].token),
        )
        .await;
    assert_eq!(never.status(), StatusCode::FORBIDDEN);

    // The certificate names the person, the course, the session and the organisation, each as
    // written, in the person's own language.
    let day = created["sessions"][0]["starts_at"].as_str().unwrap()[..10].to_owned();
    for (person, name, title) in [
        (&lucja, "Łucja Żółć", "Zaświadczenie o udziale"),
        (&olena, "Олена Ковальчук", "Свідоцтво про участь"),
        (&soren, "Søren Ærø", "Deltagerbevis"),
        (&niccolo, "Niccolò", "Attestato di partecipazione"),
    ] {
        let text = certificate_text(&server, &id, person).await;
        for expected in [
            name,
            title,
            "Język polski dla sąsiadów",
            "Wawer",
            &format!("{day} 18:00"),
        ] {
            assert!(text.contains(expected), "{expected:?} not in {text:?}");
        }
    }
    let course = server.get_ok(&format!("/courses/{id}"), &olena.token).await;
    assert_eq!(course["attended"], 1);
    db.drop_database().await;
}

async fn the_demo_runs_a_course_in_each_community(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    for _ in 0..2 {
        let output = db.command(&["demo"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let server = TestServer::start(&db, &[]).await;
    for (slug, email, name) in [
        ("wawer", "halina@wawer.example", "Halina Wójcik"),
        ("middelfart", "anders@middelfart.example", "Anders Pedersen"),
        (
            "cagliari-centro-storico",
            "antonio@cagliari.example",
            "Antonio Serra",
        ),
    ] {
        let listed: Value = server
            .get_api(&format!("/communities/{slug}/courses"), None)
            .await
            .json()
            .await
            .unwrap();
        let items = listed["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{slug}: the demo loaded once");
        assert_eq!(
            (
                items[0]["enrolled_count"].clone(),
                items[0]["waitlist_count"].clone()
            ),
            (json!(4), json!(1))
        );
        let session: Value = server
            .sign_in(email, "micropolis-demo")
            .await
            .json()
            .await
            .unwrap();
        let person = Person {
            token: session["token"].as_str().unwrap().to_owned(),
            id: String::new(),
        };
        let id = items[0]["id"].as_str().unwrap();
        assert_eq!(course(&server, id, &person).await["attended"], 3);
        let text = certificate_text(&server, id, &person).await;
        assert!(
            text.contains(name) && text.contains(items[0]["title"].as_str().unwrap()),
            "{text}"
        );
    }
    db.drop_database().await;
}
