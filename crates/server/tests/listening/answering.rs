//! Writing and answering a survey through the API: drafts only organisers see, one response per
//! member, refused answers that change nothing, closing, paper forms counted once, a helper
//! answering for the person they help, translations, and who may do what.

use super::*;

on_both_engines!(
    a_survey_is_written_opened_answered_once_and_closed,
    refused_answers_change_nothing,
    paper_forms_are_counted_once,
    a_helper_answers_for_the_person_they_help,
    a_survey_reads_in_its_translations,
);

async fn a_survey_is_written_opened_answered_once_and_closed(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        admin,
        residents,
        ..
    } = neighbourhood(&db, &server, 2).await;
    let outsider = praga(&server, &coordinator).await;
    let (member, other) = (&residents[0], &residents[1]);

    // Members may not write one; a draft exists only for organisers.
    let refused = server
        .post_json(
            "/communities/wawer/surveys",
            Some(&member.token),
            needs_survey(true, true),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let created = server
        .post_json(
            "/communities/wawer/surveys",
            Some(&admin.token),
            needs_survey(true, true),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let draft: Value = created.json().await.unwrap();
    assert_eq!(draft["status"], "closed");
    assert_eq!(draft["draft"], true);
    assert_eq!(draft["questions"].as_array().unwrap().len(), 4);
    assert_eq!(
        draft["questions"][0]["options"].as_array().unwrap().len(),
        3
    );
    let path = format!("/surveys/{}", draft["id"].as_str().unwrap());
    assert_eq!(
        server.get_api(&path, Some(&member.token)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server.get_api(&path, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server.get_api(&path, Some(&admin.token)).await.status(),
        StatusCode::OK
    );
    let listed: Value = server
        .get_api("/communities/wawer/surveys", Some(&member.token))
        .await
        .json()
        .await
        .unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());
    // A draft takes no answers: for members it does not exist yet.
    let early = respond(
        &server,
        &draft,
        &member.token,
        answers(&draft, 0, &[0], 3, ""),
    )
    .await;
    assert_eq!(early.status(), StatusCode::NOT_FOUND);

    assert!(found_surveys(&server, "need").await.is_empty());

    // Open: found by search; members answer once; outsiders and visitors not at all.
    let opened = server
        .post_json(&format!("{path}/open"), Some(&member.token), json!({}))
        .await;
    assert_eq!(opened.status(), StatusCode::NOT_FOUND);
    let survey = open_survey_again(&server, &admin, &path).await;
    assert_eq!(survey["status"], "open");
    assert_eq!(found_surveys(&server, "need").await, ["What do you need?"]);
    let first = respond(
        &server,
        &survey,
        &member.token,
        answers(&survey, 2, &[0, 1], 2, "A bench"),
    )
    .await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let body: Value = first.json().await.unwrap();
    assert_eq!(body["response_count"], 1);
    let again = respond(
        &server,
        &survey,
        &member.token,
        answers(&survey, 1, &[], 5, ""),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let outside = respond(
        &server,
        &survey,
        &outsider.token,
        answers(&survey, 1, &[], 5, ""),
    )
    .await;
    assert_eq!(outside.status(), StatusCode::FORBIDDEN);
    let visitor = server
        .post_json(
            &format!("{path}/responses"),
            None,
            answers(&survey, 1, &[], 5, ""),
        )
        .await;
    assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);
    // Once answered, the questions stay as asked.
    let rewrite = server
        .put_json(&path, Some(&admin.token), needs_survey(true, true))
        .await;
    assert_eq!(rewrite.status(), StatusCode::CONFLICT);
    let delete = server
        .delete_json(&path, Some(&admin.token), json!({}))
        .await;
    assert_eq!(delete.status(), StatusCode::CONFLICT);

    // Closed: no more online answers.
    let closed = server
        .post_json(&format!("{path}/close"), Some(&admin.token), json!({}))
        .await;
    assert_eq!(closed.status(), StatusCode::OK);
    let late = respond(
        &server,
        &survey,
        &other.token,
        answers(&survey, 0, &[], 4, ""),
    )
    .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    let read = server.get_ok(&path, &member.token).await;
    assert_eq!(read["response_count"], 1);
    assert_eq!(read["status"], "closed");
    drop(server);
    db.drop_database().await;
}

/// The titles of the surveys an anonymous search for `words` finds.
async fn found_surveys(server: &TestServer, words: &str) -> Vec<String> {
    let found: Value = server
        .get_api(&format!("/search?q={words}&type=survey"), None)
        .await
        .json()
        .await
        .unwrap();
    found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn open_survey_again(server: &TestServer, by: &Person, path: &str) -> Value {
    let opened = server
        .post_json(&format!("{path}/open"), Some(&by.token), json!({}))
        .await;
    assert_eq!(opened.status(), StatusCode::OK);
    opened.json().await.unwrap()
}

async fn refused_answers_change_nothing(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let member = &residents[0];
    let survey = open_survey(&server, &admin, needs_survey(true, true)).await;
    let age = question(&survey, 0);
    let scale = question(&survey, 2);
    let other_option = options(&survey, 1)[0].clone();
    let cases = [
        (
            "a required answer missing",
            json!({"answers": [{"question_id": scale, "value": 3}]}),
        ),
        (
            "an unknown option",
            json!({"answers": [
            {"question_id": age, "value": other_option},
            {"question_id": scale, "value": 3}]}),
        ),
        (
            "a scale of 6",
            json!({"answers": [
            {"question_id": age, "value": options(&survey, 0)[0]},
            {"question_id": scale, "value": 6}]}),
        ),
        (
            "a scale of 0",
            json!({"answers": [
            {"question_id": age, "value": options(&survey, 0)[0]},
            {"question_id": scale, "value": 0}]}),
        ),
        (
            "a question of no survey",
            json!({"answers": [
            {"question_id": age, "value": options(&survey, 0)[0]},
            {"question_id": scale, "value": 3},
            {"question_id": "0190c0de-0000-7000-8000-000000000000", "value": "x"}]}),
        ),
        (
            "a list for a single choice",
            json!({"answers": [
            {"question_id": age, "value": [options(&survey, 0)[0]]},
            {"question_id": scale, "value": 3}]}),
        ),
    ];
    for (why, body) in cases {
        let response = respond(&server, &survey, &member.token, body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let problem = problem(response).await;
        assert!(problem["errors"]["answers"].is_string(), "{why}: {problem}");
    }
    let bad_survey = server
        .post_json(
            "/communities/wawer/surveys",
            Some(&admin.token),
            json!({"title": "", "anonymous": true, "questions": [{"kind": "single", "prompt": "One option?", "options": ["only"]}]}),
        )
        .await;
    assert_eq!(bad_survey.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem = problem(bad_survey).await;
    assert!(problem["errors"]["title"].is_string(), "{problem}");
    assert!(
        problem["errors"]["questions"]
            .as_str()
            .unwrap()
            .contains('1'),
        "{problem}"
    );
    let read = server
        .get_ok(
            &format!("/surveys/{}", survey["id"].as_str().unwrap()),
            &member.token,
        )
        .await;
    assert_eq!(read["response_count"], 0);
    // Refused, the person may still answer.
    let fine = respond(
        &server,
        &survey,
        &member.token,
        answers(&survey, 0, &[], 3, ""),
    )
    .await;
    assert_eq!(fine.status(), StatusCode::CREATED);
    drop(server);
    db.drop_database().await;
}

async fn paper_forms_are_counted_once(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let survey = open_survey(&server, &admin, needs_survey(true, true)).await;
    let path = format!(
        "/surveys/{}/paper-responses",
        survey["id"].as_str().unwrap()
    );
    let mut paper = answers(&survey, 2, &[0], 4, "More buses");
    paper["paper_ref"] = json!("P-1");
    let entered = server
        .post_json(&path, Some(&admin.token), paper.clone())
        .await;
    assert_eq!(entered.status(), StatusCode::CREATED);
    let twice = server
        .post_json(&path, Some(&admin.token), paper.clone())
        .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);
    assert!(problem(twice).await["errors"]["paper_ref"].is_string());
    let by_member = server
        .post_json(&path, Some(&residents[0].token), paper.clone())
        .await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    paper["paper_ref"] = json!("");
    let unnumbered = server
        .post_json(&path, Some(&admin.token), paper.clone())
        .await;
    assert_eq!(unnumbered.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // After closing, paper forms still come in from the centre's desk.
    let closed = server
        .post_json(
            &format!("/surveys/{}/close", survey["id"].as_str().unwrap()),
            Some(&admin.token),
            json!({}),
        )
        .await;
    assert_eq!(closed.status(), StatusCode::OK);
    paper["paper_ref"] = json!("P-2");
    let late = server.post_json(&path, Some(&admin.token), paper).await;
    assert_eq!(late.status(), StatusCode::CREATED);
    let counted: Value = late.json().await.unwrap();
    assert_eq!(counted["response_count"], 2);
    let csv = results_csv(&server, &survey, &admin.token)
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains("P-1") && csv.contains("P-2"), "{csv}");
    drop(server);
    db.drop_database().await;
}

async fn a_helper_answers_for_the_person_they_help(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 2).await;
    let (helper, person) = (&residents[0], &residents[1]);
    let named = server
        .post_json(
            "/me/helpers",
            Some(&person.token),
            json!({"email": "person2@example.org"}),
        )
        .await;
    assert_eq!(named.status(), StatusCode::CREATED);
    let acting = server
        .post_json(
            "/me/acting-for",
            Some(&helper.token),
            json!({"account_id": person.id}),
        )
        .await;
    assert_eq!(acting.status(), StatusCode::OK);
    let survey = open_survey(&server, &admin, needs_survey(false, true)).await;
    let answered = respond(
        &server,
        &survey,
        &helper.token,
        answers(&survey, 2, &[0], 2, ""),
    )
    .await;
    assert_eq!(answered.status(), StatusCode::CREATED);
    // The response is the person's: they cannot answer again; it bears their name.
    let again = respond(
        &server,
        &survey,
        &person.token,
        answers(&survey, 2, &[0], 2, ""),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let csv = results_csv(&server, &survey, &admin.token)
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with("respondent,paper_form,"), "{csv}");
    assert!(csv.contains("Person 3"), "{csv}");
    assert!(!csv.contains("Person 2"), "{csv}");
    drop(server);
    db.drop_database().await;
}

async fn a_survey_reads_in_its_translations(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 0).await;
    let survey = open_survey(&server, &admin, needs_survey(true, true)).await;
    let path = format!("/surveys/{}", survey["id"].as_str().unwrap());
    let translation = json!({
        "title": "Чого вам потрібно?",
        "questions": [
            {"prompt": "Ваш вік", "options": ["до 30", "30–64", "65 і більше"]},
            {"prompt": "Чого б ви хотіли навчитися?"}
        ]
    });
    let saved = server
        .put_json(
            &format!("{path}/translations/uk"),
            Some(&admin.token),
            translation,
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let read = server
        .get_ok(&format!("{path}?locale=uk"), &admin.token)
        .await;
    assert_eq!(read["title"], "Чого вам потрібно?");
    assert_eq!(read["questions"][0]["options"][2]["label"], "65 і більше");
    // Untranslated texts stay in the original.
    assert_eq!(
        read["questions"][2]["prompt"],
        "How well informed do you feel?"
    );
    assert_eq!(read["translations"], json!(["uk"]));
    let own = server
        .put_json(
            &format!("{path}/translations/en"),
            Some(&admin.token),
            json!({"title": "Same"}),
        )
        .await;
    assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = server
        .client
        .get(server.url("/c/wawer/surveys?lang=uk"))
        .send()
        .await
        .unwrap();
    assert!(page.text().await.unwrap().contains("Чого вам потрібно?"));
    drop(server);
    db.drop_database().await;
}
