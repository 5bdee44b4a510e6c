//! The same with forms alone: creating, enrolling, taking attendance, the certificate and the feed.

use super::*;

on_both_engines!(courses_work_with_forms_alone,);

async fn courses_work_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { residents, .. } = neighbourhood(&db, &server, 1).await;
    let organiser = signed_in_pages(&server, "person0@example.org").await;
    let resident = signed_in_pages(&server, "person2@example.org").await;
    let page = |client: &reqwest::Client, path: &str| {
        let request = client.get(server.url(path));
        async move {
            let response = request.send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        }
    };

    let (status, _) = page(&resident, "/c/wawer/courses/new").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, form) = page(&organiser, "/c/wawer/courses/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("value=\"Europe/Warsaw\""));
    let token = csrf_token(&form);
    let (past_start, past_end, next_start, next_end) =
        (at(-2, 10), at(-2, 12), at(5, 10), at(5, 12));
    let submit = |fields: Vec<(&'static str, String)>| {
        let mut fields = fields;
        fields.push(("csrf_token", token.clone()));
        organiser
            .post(server.url("/c/wawer/courses"))
            .form(&fields)
            .send()
    };
    let failed = submit(vec![
        ("title", String::new()),
        ("body", "Body".into()),
        ("capacity", "ten".into()),
        ("time_zone", "Europe/Warsaw".into()),
        ("starts_at", String::new()),
        ("ends_at", String::new()),
        ("starts_at", next_end.clone()),
        ("ends_at", next_start.clone()),
    ])
    .await
    .unwrap();
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let failed = failed.text().await.unwrap();
    assert!(failed.contains("error-summary"));
    assert!(failed.contains("href=\"#sessions[1].ends_at\""), "{failed}");
    assert!(failed.contains("href=\"#capacity\""));
    let created = submit(vec![
        ("title", "Pierwsza pomoc".into()),
        ("body", "Body".into()),
        ("capacity", "5".into()),
        ("time_zone", "Europe/Warsaw".into()),
        ("starts_at", past_start),
        ("ends_at", past_end),
        ("starts_at", String::new()),
        ("ends_at", String::new()),
        ("starts_at", next_start),
        ("ends_at", next_end),
    ])
    .await
    .unwrap();
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let course_path = created.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let (_, list) = page(&resident, "/c/wawer/courses").await;
    assert!(list.contains("Pierwsza pomoc"));
    let (_, home) = page(&resident, "/c/wawer").await;
    assert!(home.contains("Pierwsza pomoc"));
    let (status, feed) = page(&resident, "/c/wawer/courses.ics").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(feed.matches("BEGIN:VEVENT").count(), 2, "{feed}");
    assert_eq!(feed.matches("SUMMARY:Pierwsza pomoc").count(), 2, "{feed}");

    // A member enrols with one button, without script.
    let (_, detail) = page(&resident, &course_path).await;
    let enrolled = resident
        .post(server.url(&format!("{course_path}/enrolment")))
        .form(&[("choice", "yes"), ("csrf_token", &csrf_token(&detail))])
        .send()
        .await
        .unwrap();
    assert_eq!(enrolled.status(), StatusCode::SEE_OTHER);
    let (_, detail) = page(&resident, &course_path).await;
    assert!(detail.contains("value=\"no\""));

    // The organiser ticks who came, on the session's attendance page.
    let (_, detail) = page(&organiser, &course_path).await;
    let attendance = detail
        .split("href=\"")
        .filter_map(|piece| piece.split('"').next())
        .find(|href| href.ends_with("/attendance"))
        .unwrap()
        .to_owned();
    let (status, sheet) = page(&organiser, &attendance).await;
    assert_eq!(status, StatusCode::OK);
    let person = &residents[0].id;
    assert!(sheet.contains(&format!("value=\"{person}\"")));
    let refused = organiser
        .post(server.url(&attendance))
        .form(&[
            ("present", "not-an-id"),
            ("csrf_token", &csrf_token(&sheet)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("error-summary"));
    let saved = organiser
        .post(server.url(&attendance))
        .form(&[
            ("present", person.as_str()),
            ("csrf_token", &csrf_token(&sheet)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (status, _) = page(&resident, &attendance).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let certificate = resident
        .get(server.url(&format!("{course_path}/certificate")))
        .send()
        .await
        .unwrap();
    assert_eq!(certificate.status(), StatusCode::OK);
    let text = pdf_extract::extract_text_from_mem(&certificate.bytes().await.unwrap()).unwrap();
    assert!(
        text.contains("Person 2") && text.contains("Pierwsza pomoc"),
        "{text}"
    );
    db.drop_database().await;
}
