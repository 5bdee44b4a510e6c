//! Surveys with forms alone, as a browser without script does: the builder (add, move and remove
//! questions by buttons; faults named beside their question, nothing stored), opening, answering
//! (faults beside their question, nothing stored), the results with charts and tables, and the
//! pages of someone from elsewhere.

use super::*;

on_both_engines!(
    an_organiser_builds_and_opens_a_survey_with_forms,
    a_member_answers_with_a_form_and_reads_the_results,
);

async fn page(pages: &reqwest::Client, server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = pages.get(server.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn post(
    pages: &reqwest::Client,
    server: &TestServer,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    pages
        .post(server.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

async fn an_organiser_builds_and_opens_a_survey_with_forms(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 0).await;
    let pages = signed_in_pages(&server, "person0@example.org").await;
    let (status, form) = page(&pages, &server, "/c/wawer/surveys/new").await;
    assert_eq!(status, StatusCode::OK);
    let token = csrf_token(&form);
    assert!(form.contains("name=\"q0-prompt\""));
    assert!(!form.contains("name=\"q1-prompt\""));

    // "Add a question" sends the form back with one more, typed values kept, nothing stored.
    let first = [
        ("csrf_token", token.as_str()),
        ("title", "Evenings at the library"),
        ("locale", "en"),
        ("anonymous", "1"),
        ("results_public", "1"),
        ("q0-kind", "single"),
        ("q0-prompt", "Which evening suits you?"),
        ("q0-options", "Monday\nWednesday"),
        ("q0-required", "1"),
    ];
    let mut fields = first.to_vec();
    fields.push(("action", "add"));
    let added = post(&pages, &server, "/c/wawer/surveys", &fields).await;
    assert_eq!(added.status(), StatusCode::OK);
    let added = added.text().await.unwrap();
    assert!(added.contains("name=\"q1-prompt\""));
    assert!(added.contains("Which evening suits you?"));
    let listed = server
        .get_ok("/communities/wawer/surveys", &admin.token)
        .await;
    assert!(listed["items"].as_array().unwrap().is_empty());

    // A second question with one choice only: named beside it, nothing stored.
    let mut fields = first.to_vec();
    fields.extend([
        ("q1-kind", "single"),
        ("q1-prompt", "Bring a friend?"),
        ("q1-options", "Yes"),
        ("action", "save"),
    ]);
    let refused = post(&pages, &server, "/c/wawer/surveys", &fields).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("error-summary"));
    assert!(refused.contains("href=\"#question-2\""), "{refused}");
    assert!(refused.contains("id=\"question-2-error\""));
    let listed = server
        .get_ok("/communities/wawer/surveys", &admin.token)
        .await;
    assert!(listed["items"].as_array().unwrap().is_empty());

    // Move the second question up, then save: in the new order.
    let mut fields = first.to_vec();
    fields.extend([
        ("q1-kind", "scale"),
        ("q1-prompt", "How much do you read?"),
        ("action", "up-1"),
    ]);
    let moved = post(&pages, &server, "/c/wawer/surveys", &fields)
        .await
        .text()
        .await
        .unwrap();
    let scale_at = moved.find("How much do you read?").unwrap();
    let evening_at = moved.find("Which evening suits you?").unwrap();
    assert!(scale_at < evening_at);
    let mut fields = first.to_vec();
    fields.extend([
        ("q1-kind", "scale"),
        ("q1-prompt", "How much do you read?"),
        ("action", "save"),
    ]);
    let saved = post(&pages, &server, "/c/wawer/surveys", &fields).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let survey_page = saved.headers()["location"].to_str().unwrap().to_owned();
    assert!(survey_page.contains("?done=saved"));
    let (_, shown) = page(&pages, &server, &survey_page).await;
    assert!(shown.contains("Evenings at the library"));
    let path = survey_page.split('?').next().unwrap().to_owned();

    // Without its token, opening is refused; with it, the survey opens.
    let forged = post(&pages, &server, &format!("{path}/open"), &[]).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let opened = post(
        &pages,
        &server,
        &format!("{path}/open"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    let listed = server
        .get_ok("/communities/wawer/surveys", &admin.token)
        .await;
    assert_eq!(listed["items"][0]["status"], "open");
    assert_eq!(listed["items"][0]["questions"], json!([]));
    drop(server);
    db.drop_database().await;
}

async fn a_member_answers_with_a_form_and_reads_the_results(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator, admin, ..
    } = neighbourhood(&db, &server, 1).await;
    praga(&server, &coordinator).await;
    let survey = open_survey(&server, &admin, needs_survey(true, true)).await;
    let path = format!("/c/wawer/surveys/{}", survey["id"].as_str().unwrap());
    let pages = signed_in_pages(&server, "person2@example.org").await;
    let (status, form) = page(&pages, &server, &path).await;
    assert_eq!(status, StatusCode::OK);
    let token = csrf_token(&form);
    assert!(form.contains("<legend>1. <span>Your age</span>"), "{form}");
    assert!(form.contains("type=\"checkbox\""));

    // The required scale left out: named beside question 3, the choices made kept, nothing stored.
    let age = format!("q-{}", question(&survey, 0));
    let wish = format!("q-{}", question(&survey, 1));
    let scale = format!("q-{}", question(&survey, 2));
    let words = format!("q-{}", question(&survey, 3));
    let older = options(&survey, 0)[2].clone();
    let wishes = options(&survey, 1);
    let refused = post(
        &pages,
        &server,
        &format!("{path}/responses"),
        &[
            ("csrf_token", token.as_str()),
            (&age, &older),
            (&wish, &wishes[0]),
            (&wish, &wishes[2]),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("href=\"#question-3\""));
    assert!(refused.contains("id=\"question-3-error\""));
    assert!(refused.contains(&format!("value=\"{older}\" checked")));
    assert!(refused.contains(&format!("value=\"{}\" checked", wishes[2])));
    let read = server
        .get_ok(
            &format!("/surveys/{}", survey["id"].as_str().unwrap()),
            &admin.token,
        )
        .await;
    assert_eq!(read["response_count"], 0);

    let sent = post(
        &pages,
        &server,
        &format!("{path}/responses"),
        &[
            ("csrf_token", token.as_str()),
            (&age, &older),
            (&wish, &wishes[0]),
            (&wish, &wishes[2]),
            (&scale, "4"),
            (&words, "A reading circle <b>in Ukrainian</b>"),
        ],
    )
    .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let (_, thanked) = page(&pages, &server, &format!("{path}?done=answered")).await;
    assert!(thanked.contains("role=\"status\""));
    assert!(!thanked.contains(&format!("action=\"{path}/responses\"")));

    // The results: a chart with its data table per question, the words escaped.
    let (status, shown) = page(&pages, &server, &format!("{path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(shown.contains("class=\"bar-chart\""));
    assert!(shown.contains("<table"));
    assert!(shown.contains("65 and over"));
    assert!(
        shown.contains("A reading circle &#60;b&#62;in Ukrainian"),
        "{shown}"
    );
    assert!(!shown.contains("<b>in Ukrainian"));
    let (_, withheld) = page(&pages, &server, &format!("{path}/results?among={older}")).await;
    assert!(!withheld.contains("class=\"bar-chart\""));
    assert!(withheld.contains("role=\"status\""));

    // Someone from elsewhere sees the questions, cannot answer, and reads no results.
    let outsider = signed_in_pages(&server, "outsider@example.org").await;
    let (status, theirs) = page(&outsider, &server, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!theirs.contains(&format!("action=\"{path}/responses\"")));
    let (status, _) = page(&outsider, &server, &format!("{path}/results")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = page(&outsider, &server, "/c/wawer/surveys/new").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    drop(server);
    db.drop_database().await;
}
