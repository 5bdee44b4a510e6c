//! Results through the API: counts, shares and means that match the answers given; the filter
//! "among those who chose …" with its smallest group withheld; the CSV; and who may read which.

use super::*;

on_both_engines!(
    results_count_what_was_answered,
    a_small_group_is_withheld,
    only_those_allowed_read_the_results,
);

/// Seven members answer the needs survey; the first three are 65 and over.
async fn answered_survey(
    server: &TestServer,
    admin: &Person,
    residents: &[Person],
    public: bool,
) -> Value {
    let survey = open_survey(server, admin, needs_survey(true, public)).await;
    let given: [(usize, &[usize], i64, &str); 7] = [
        (2, &[0], 1, "A bench by the river"),
        (2, &[0, 1], 2, ""),
        (2, &[0], 2, "More buses"),
        (1, &[1], 4, ""),
        (1, &[1, 2], 5, ""),
        (0, &[2], 4, "=SUM(A1)"),
        (0, &[], 3, ""),
    ];
    for (person, (age, wishes, point, words)) in residents.iter().zip(given) {
        let response = respond(
            server,
            &survey,
            &person.token,
            answers(&survey, age, wishes, point, words),
        )
        .await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    survey
}

fn counts(question: &Value) -> Vec<i64> {
    question["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|option| option["count"].as_i64().unwrap())
        .collect()
}

async fn results_count_what_was_answered(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 7).await;
    let survey = answered_survey(&server, &admin, &residents, false).await;
    let response = results(&server, &survey, Some(&admin.token), "").await;
    assert_eq!(response.status(), StatusCode::OK);
    let figures: Value = response.json().await.unwrap();
    assert_eq!(figures["responses"], 7);
    assert_eq!(figures["withheld"], false);
    let questions = figures["questions"].as_array().unwrap();
    assert_eq!(counts(&questions[0]), [2, 2, 3]);
    assert_eq!(questions[0]["answered"], 7);
    assert_eq!(questions[0]["options"][2]["percent"], 42.9);
    assert_eq!(questions[0]["options"][2]["label"], "65 and over");
    // Several choices: shares of those who answered (6), summing past 100 %.
    assert_eq!(counts(&questions[1]), [3, 3, 2]);
    assert_eq!(questions[1]["answered"], 6);
    assert_eq!(questions[1]["options"][0]["percent"], 50.0);
    // The scale: points 1 to 5, and the mean of 1, 2, 2, 4, 5, 4, 3.
    assert_eq!(counts(&questions[2]), [1, 2, 1, 2, 1]);
    assert_eq!(questions[2]["mean"], 3.0);
    assert!(questions[0].get("mean").is_none());
    // Own words, listed.
    assert_eq!(questions[3]["answered"], 3);
    let mut texts: Vec<&str> = questions[3]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|text| text.as_str().unwrap())
        .collect();
    texts.sort_unstable();
    assert_eq!(texts, ["=SUM(A1)", "A bench by the river", "More buses"]);

    // The CSV: a row per response, no respondent column, a formula made harmless.
    let csv = results_csv(&server, &survey, &admin.token).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 8, "{csv}");
    assert_eq!(
        lines[0],
        "paper_form,Your age,What would you like to learn?,How well informed do you feel?,What is missing here?"
    );
    assert!(csv.contains("computers; a language"), "{csv}");
    assert!(csv.contains("'=SUM(A1)"), "{csv}");
    assert!(!csv.contains("Person"), "{csv}");
    drop(server);
    db.drop_database().await;
}

async fn a_small_group_is_withheld(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 7).await;
    let survey = answered_survey(&server, &admin, &residents, true).await;
    let older = &options(&survey, 0)[2];
    let withheld: Value = results(
        &server,
        &survey,
        Some(&residents[0].token),
        &format!("?among={older}"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(withheld["withheld"], true);
    assert_eq!(withheld["responses"], Value::Null);
    assert!(withheld["questions"].as_array().unwrap().is_empty());
    // Two more people aged 65 and over make the group five: now it is shown.
    let paper_path = format!(
        "/surveys/{}/paper-responses",
        survey["id"].as_str().unwrap()
    );
    for number in ["P-1", "P-2"] {
        let mut paper = answers(&survey, 2, &[0], 1, "");
        paper["paper_ref"] = json!(number);
        let entered = server
            .post_json(&paper_path, Some(&admin.token), paper)
            .await;
        assert_eq!(entered.status(), StatusCode::CREATED);
    }
    let shown: Value = results(
        &server,
        &survey,
        Some(&residents[0].token),
        &format!("?among={older}"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(shown["withheld"], false);
    assert_eq!(shown["responses"], 5);
    let questions = shown["questions"].as_array().unwrap();
    assert_eq!(counts(&questions[0]), [0, 0, 5]);
    assert_eq!(counts(&questions[1]), [5, 1, 0]);
    assert_eq!(questions[2]["mean"], 1.4);
    let unknown = results(
        &server,
        &survey,
        Some(&residents[0].token),
        "?among=nonsense",
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let scale_point = results(
        &server,
        &survey,
        Some(&residents[0].token),
        &format!("?among={}", question(&survey, 2)),
    )
    .await;
    assert_eq!(scale_point.status(), StatusCode::UNPROCESSABLE_ENTITY);
    drop(server);
    db.drop_database().await;
}

async fn only_those_allowed_read_the_results(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        admin,
        residents,
        ..
    } = neighbourhood(&db, &server, 1).await;
    let outsider = praga(&server, &coordinator).await;
    let member = &residents[0];
    let private = open_survey(&server, &admin, needs_survey(true, false)).await;
    let public = open_survey(&server, &admin, needs_survey(true, true)).await;
    let cases: [(&Value, Option<&str>, StatusCode); 7] = [
        (&private, Some(&admin.token), StatusCode::OK),
        (&private, Some(&member.token), StatusCode::FORBIDDEN),
        (&private, None, StatusCode::UNAUTHORIZED),
        (&public, Some(&member.token), StatusCode::OK),
        (&public, Some(&outsider.token), StatusCode::FORBIDDEN),
        (&public, None, StatusCode::UNAUTHORIZED),
        (&public, Some(&coordinator), StatusCode::OK),
    ];
    for (survey, token, status) in cases {
        assert_eq!(
            results(&server, survey, token, "").await.status(),
            status,
            "{token:?} {}",
            survey["results_public"]
        );
    }
    // The CSV is for organisers alone, whatever the survey says.
    let csv = results_csv(&server, &public, &member.token).await;
    assert_eq!(csv.status(), StatusCode::FORBIDDEN);
    let unknown = server
        .get_api("/surveys/not-a-survey/results", Some(&admin.token))
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    drop(server);
    db.drop_database().await;
}
