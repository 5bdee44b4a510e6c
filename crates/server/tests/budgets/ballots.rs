//! One ballot per person, within the total and the window, online or on paper.

use super::*;

on_both_engines!(
    a_member_votes_once_within_the_total_while_voting_is_open,
    paper_ballots_count_as_the_residents_one_ballot,
);

async fn a_member_votes_once_within_the_total_while_voting_is_open(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let (organiser, halina, marek) = (&hood.residents[0], &hood.residents[1], &hood.residents[2]);
    let (outsider_token, outsider_id) = server.resident("outsider@example.org", "Outsider").await;
    let outsider = Person {
        token: outsider_token,
        id: outsider_id,
    };
    let other = round(&server, organiser, 1000, &[("Elsewhere", 10)], 600).await;
    let round = round(
        &server,
        organiser,
        100,
        &[("Playground", 60), ("Library", 50), ("Trees", 30)],
        600,
    )
    .await;

    let early = problem(
        vote(&server, &round, halina, &[0]).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(early["detail"].is_string());
    until(round.opens).await;
    let late_project = server
        .post_json(
            &format!("/budgets/{}/projects", round.id),
            Some(&organiser.token),
            json!({"title": "Late", "body": "Too late.", "cost": 10}),
        )
        .await;
    assert_eq!(late_project.status(), StatusCode::CONFLICT);

    let ballot_path = format!("/budgets/{}/ballot", round.id);
    for (body, why) in [
        (json!({"project_ids": []}), "nothing chosen"),
        (json!({"project_ids": ["not-an-id"]}), "not an id"),
        (
            json!({"project_ids": [other.projects[0]]}),
            "a project of another round",
        ),
        (
            json!({"project_ids": [round.projects[0], round.projects[1]]}),
            "over the total",
        ),
        (json!({}), "no list at all"),
    ] {
        let response = server
            .post_json(&ballot_path, Some(&halina.token), body)
            .await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["project_ids"].is_string(), "{why}: {errors}");
    }
    assert_eq!(
        server
            .get_api(&ballot_path, Some(&halina.token))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let detail = server
        .get_ok(&format!("/budgets/{}", round.id), &halina.token)
        .await;
    assert_eq!(
        (detail["ballot_count"].as_i64(), detail["voted"].as_bool()),
        (Some(0), Some(false))
    );

    assert_eq!(
        vote(&server, &round, &outsider, &[0]).await.status(),
        StatusCode::FORBIDDEN
    );
    let anonymous = server
        .post_json(
            &ballot_path,
            None,
            json!({"project_ids": [round.projects[0]]}),
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let cast = vote(&server, &round, halina, &[2, 0, 0]).await;
    assert_eq!(cast.status(), StatusCode::CREATED);
    let ballot: Value = cast.json().await.unwrap();
    assert_eq!(
        ballot["project_ids"],
        json!([round.projects[0], round.projects[2]])
    );
    assert_eq!(ballot["paper"], false);
    let again = problem(
        vote(&server, &round, halina, &[1]).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(again["detail"].is_string());
    let own = server.get_ok(&ballot_path, &halina.token).await;
    assert_eq!(own["id"], ballot["id"]);
    let detail = server
        .get_ok(&format!("/budgets/{}", round.id), &halina.token)
        .await;
    assert_eq!(
        (detail["ballot_count"].as_i64(), detail["voted"].as_bool()),
        (Some(1), Some(true))
    );

    // One ballot per person, however many arrive at the same moment.
    let mut attempts = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let client = reqwest::Client::new();
        let url = server.url(&format!("/api/v1{ballot_path}"));
        let (token, project) = (marek.token.clone(), round.projects[1].clone());
        attempts.spawn(async move {
            let body = json!({"project_ids": [project]});
            client
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = attempts.join_all().await;
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    let conflicts = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((created, conflicts), (1, 7), "{statuses:?}");

    // While voting is open, only organisers see the running tally.
    let results_path = format!("/budgets/{}/results", round.id);
    let csv_path = format!("/budgets/{}/ballots.csv", round.id);
    for token in [
        None,
        Some(halina.token.as_str()),
        Some(outsider.token.as_str()),
    ] {
        for path in [&results_path, &csv_path] {
            let response = server.get_api(path, token).await;
            assert_eq!(response.status(), StatusCode::CONFLICT, "{path} {token:?}");
        }
    }
    let tally = server.get_ok(&results_path, &organiser.token).await;
    assert_eq!(tally["status"], "open");
    assert_eq!(tally["ballot_count"], 2);
    let votes: Vec<i64> = tally["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["votes"].as_i64().unwrap())
        .collect();
    assert_eq!(votes, vec![1, 1, 1]);
    db.drop_database().await;
}

async fn paper_ballots_count_as_the_residents_one_ballot(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let (organiser, halina, marek) = (&hood.residents[0], &hood.residents[1], &hood.residents[2]);
    server.resident("outsider@example.org", "Outsider").await;
    let round = round(
        &server,
        organiser,
        100,
        &[("Benches", 40), ("Trees", 30)],
        600,
    )
    .await;
    let early = paper(&server, &round, organiser, &email_of_resident(1), &[0]).await;
    assert_eq!(early.status(), StatusCode::CONFLICT);
    until(round.opens).await;

    let by_member = paper(&server, &round, marek, &email_of_resident(1), &[0]).await;
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    for (email, why) in [
        ("outsider@example.org", "not a member"),
        ("nobody@example.org", "no account"),
        ("", "no address"),
        ("not an address", "not an address"),
    ] {
        let response = paper(&server, &round, organiser, email, &[0]).await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["email"].is_string(), "{why}: {errors}");
    }
    let over = paper(
        &server,
        &round,
        organiser,
        &email_of_resident(1),
        &[0, 1, 0],
    )
    .await;
    assert_eq!(
        over.status(),
        StatusCode::CREATED,
        "the same project twice counts once"
    );
    let ballot: Value = over.json().await.unwrap();
    assert_eq!(ballot["paper"], true);
    assert_eq!(ballot["project_ids"], json!(round.projects));

    // Halina's paper ballot is her one ballot: she cannot vote online, nor be typed in again.
    let own = server
        .get_ok(&format!("/budgets/{}/ballot", round.id), &halina.token)
        .await;
    assert_eq!(
        (own["id"].clone(), own["paper"].clone()),
        (ballot["id"].clone(), json!(true))
    );
    assert_eq!(
        vote(&server, &round, halina, &[1]).await.status(),
        StatusCode::CONFLICT
    );
    let twice = paper(
        &server,
        &round,
        organiser,
        &email_of_resident(1).to_uppercase(),
        &[1],
    )
    .await;
    let errors = problem(twice, StatusCode::CONFLICT).await["errors"].clone();
    assert!(errors["email"].is_string(), "{errors}");
    // And the other way round: who voted online cannot be typed in.
    assert_eq!(
        vote(&server, &round, marek, &[1]).await.status(),
        StatusCode::CREATED
    );
    let after_online = paper(&server, &round, organiser, &email_of_resident(2), &[0]).await;
    assert_eq!(after_online.status(), StatusCode::CONFLICT);

    let tally = server
        .get_ok(&format!("/budgets/{}/results", round.id), &organiser.token)
        .await;
    assert_eq!(tally["ballot_count"], 2);
    let actions = audit_actions(&db).await;
    assert_eq!(
        actions,
        vec![AuditAction::PaperBallotRecorded, AuditAction::BudgetCreated],
        "one paper ballot recorded, one round opened"
    );
    db.drop_database().await;
}
