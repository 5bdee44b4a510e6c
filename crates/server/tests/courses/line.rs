//! Seats, the waiting list, promotion on withdrawal (two at once too), and erasure.

use super::*;

on_both_engines!(seats_fill_up_and_the_line_moves_up,);

async fn seats_fill_up_and_the_line_moves_up(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 7).await;
    let (outsider, _) = server.resident("outsider@example.org", "Out Sider").await;

    // Bad input names every field at fault and creates nothing.
    let bad = server
        .post_json(
            "/communities/wawer/courses",
            Some(&admin.token),
            json!({"title": " ", "body": "x", "capacity": 0, "sessions": [session(3),
                {"starts_at": at(4, 20), "ends_at": at(4, 18), "time_zone": "Europe/Warsaw"},
                {"starts_at": at(5, 18), "ends_at": at(5, 20), "time_zone": "Mars/Olympus"}]}),
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/problem+json")
    );
    let problem: Value = bad.json().await.unwrap();
    for field in [
        "title",
        "capacity",
        "sessions[1].ends_at",
        "sessions[2].time_zone",
    ] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    let wrong_type = server
        .post_json(
            "/communities/wawer/courses",
            Some(&admin.token),
            json!({"title": "T", "body": "B", "capacity": "many", "sessions": []}),
        )
        .await;
    assert_eq!(wrong_type.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let listed = server
        .get_ok("/communities/wawer/courses", &admin.token)
        .await;
    assert!(ids(&listed).is_empty());

    // Only organisers (and admins) create courses.
    let by_member = server
        .post_json(
            "/communities/wawer/courses",
            Some(&residents[0].token),
            json!({"title": "Mine", "body": "x", "capacity": 3, "sessions": [session(3)]}),
        )
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let by_outsider = server
        .post_json(
            "/communities/wawer/courses",
            Some(&outsider),
            json!({"title": "Mine", "body": "x", "capacity": 3, "sessions": [session(3)]}),
        )
        .await;
    assert_eq!(by_outsider.status(), StatusCode::FORBIDDEN);

    let created = create(
        &server,
        &admin.token,
        "Smartfon bez tajemnic",
        2,
        json!([session(7), session(3)]),
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["sessions"].as_array().unwrap().len(), 2);
    assert!(
        created["sessions"][0]["starts_at"].as_str().unwrap()
            < created["sessions"][1]["starts_at"].as_str().unwrap()
    );
    assert!(
        created["sessions"][0]["starts_at"]
            .as_str()
            .unwrap()
            .ends_with("18:00:00+01:00")
            || created["sessions"][0]["starts_at"]
                .as_str()
                .unwrap()
                .ends_with("18:00:00+02:00")
    );
    assert_eq!(
        ids(&server.get_ok("/communities/wawer/courses", &outsider).await),
        vec![id.clone()]
    );
    assert!(
        ids(&server
            .get_ok("/communities/wawer/courses?when=past", &outsider)
            .await)
        .is_empty()
    );
    let bad_when = server
        .get_api("/communities/wawer/courses?when=someday", None)
        .await;
    assert_eq!(bad_when.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Two seats; then the line, in the order people came. Nobody is on it twice.
    let expected = [
        "enrolled",
        "enrolled",
        "waitlisted",
        "waitlisted",
        "waitlisted",
    ];
    for (person, status) in residents.iter().zip(expected) {
        let (code, body) = enrol(&server, &id, person).await;
        assert_eq!(
            (code, body["status"].as_str().unwrap()),
            (StatusCode::CREATED, status)
        );
    }
    assert_eq!(
        enrol(&server, &id, &residents[0]).await.0,
        StatusCode::CONFLICT
    );
    assert_eq!(
        enrol(&server, &id, &residents[2]).await.0,
        StatusCode::CONFLICT
    );
    let (code, _) = enrol(
        &server,
        &id,
        &Person {
            token: outsider.clone(),
            id: String::new(),
        },
    )
    .await;
    assert_eq!(code, StatusCode::FORBIDDEN);
    let read = course(&server, &id, &residents[2]).await;
    assert_eq!(
        (
            read["enrolled_count"].clone(),
            read["waitlist_count"].clone()
        ),
        (json!(2), json!(3))
    );
    assert_eq!(read["status"], "waitlisted");

    // A withdrawal gives the seat to the first in line, who is told by e-mail.
    assert_eq!(
        withdraw(&server, &id, &residents[0]).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        course(&server, &id, &residents[2]).await["status"],
        "enrolled"
    );
    let link = server
        .link_in_mail("person4@example.org", "/c/wawer/courses/")
        .await;
    assert!(link.ends_with(&id), "{link}");
    assert_eq!(
        withdraw(&server, &id, &residents[0]).await,
        StatusCode::NO_CONTENT
    );

    // Two withdrawals at once move up two different people, never more than the seats.
    let (first, second) = tokio::join!(
        withdraw(&server, &id, &residents[1]),
        withdraw(&server, &id, &residents[2])
    );
    assert_eq!(
        (first, second),
        (StatusCode::NO_CONTENT, StatusCode::NO_CONTENT)
    );
    for person in [&residents[3], &residents[4]] {
        assert_eq!(course(&server, &id, person).await["status"], "enrolled");
    }
    let read = course(&server, &id, &admin).await;
    assert_eq!(
        (
            read["enrolled_count"].clone(),
            read["waitlist_count"].clone()
        ),
        (json!(2), json!(0))
    );
    let people = server
        .get_ok(&format!("/courses/{id}/enrolments"), &admin.token)
        .await;
    assert_eq!(people["items"].as_array().unwrap().len(), 2);
    let hidden = server
        .get_api(
            &format!("/courses/{id}/enrolments"),
            Some(&residents[3].token),
        )
        .await;
    assert_eq!(hidden.status(), StatusCode::FORBIDDEN);

    // Someone who erases their account leaves their seat to the first in line.
    assert_eq!(
        enrol(&server, &id, &residents[5]).await.1["status"],
        "waitlisted"
    );
    let export = server.get_ok("/me/export", &residents[3].token).await;
    assert_eq!(
        export["data"]["courses"]["enrolments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let erased = server
        .delete_json(
            "/me",
            Some(&residents[3].token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        course(&server, &id, &residents[5]).await["status"],
        "enrolled"
    );
    let read = course(&server, &id, &admin).await;
    assert_eq!(
        (
            read["enrolled_count"].clone(),
            read["waitlist_count"].clone()
        ),
        (json!(2), json!(0))
    );
    db.drop_database().await;
}
