//! A person's surveys in the privacy registry: the export holds what they wrote and which
//! surveys they answered (and their named answers); erasure forgets them, while every answer
//! stays counted — a named one with no name on it, an anonymous one as it always was.

use super::*;

on_both_engines!(erasure_keeps_every_answer_counted);

async fn erasure_keeps_every_answer_counted(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let person = &residents[0];
    let anonymous = open_survey(&server, &admin, needs_survey(true, true)).await;
    let named = open_survey(&server, &admin, needs_survey(false, true)).await;
    for survey in [&anonymous, &named] {
        let answered = respond(
            &server,
            survey,
            &person.token,
            answers(survey, 2, &[1], 5, "A choir"),
        )
        .await;
        assert_eq!(answered.status(), StatusCode::CREATED);
    }
    let export = server.get_ok("/me/export", &person.token).await;
    let listening = &export["data"]["listening"];
    assert_eq!(
        listening["surveys_answered"].as_array().unwrap().len(),
        2,
        "{listening}"
    );
    // Only the named survey's answers can be found for the person: four rows, one per answer.
    let named_answers = listening["named_answers"].as_array().unwrap();
    assert_eq!(named_answers.len(), 4, "{listening}");
    assert!(
        named_answers
            .iter()
            .all(|row| row["survey_id"] == named["id"])
    );
    let written = server.get_ok("/me/export", &admin.token).await;
    assert_eq!(
        written["data"]["listening"]["surveys_written"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let erased = server
        .delete_json("/me", Some(&person.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    for survey in [&anonymous, &named] {
        let figures: Value = results(&server, survey, Some(&admin.token), "")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(figures["responses"], 1);
        assert_eq!(figures["questions"][2]["mean"], 5.0);
        assert_eq!(figures["questions"][3]["answers"], json!(["A choir"]));
    }
    let csv = results_csv(&server, &named, &admin.token)
        .await
        .text()
        .await
        .unwrap();
    assert!(!csv.contains("Person 2"), "{csv}");
    assert_eq!(csv.lines().count(), 2, "{csv}");
    drop(server);
    db.drop_database().await;
}
