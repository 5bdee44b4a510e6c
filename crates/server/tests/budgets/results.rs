//! Results by the contract's rule, recounted from the published ballots.

use super::*;

on_both_engines!(results_follow_the_rule_and_the_ballots_recount_them,);

/// Projects P1 to P4 cost 70, 50, 30 and 10 of 100 and get 4, 3, 2 and 2 votes. In result order
/// P1 is selected (30 left), P2 does not fit and is passed over, P4 comes before P3 (a tie of
/// votes, and it is cheaper) and is selected (20 left), and P3 no longer fits.
async fn results_follow_the_rule_and_the_ballots_recount_them(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 9).await;
    let organiser = &hood.residents[0];
    let round = round(
        &server,
        organiser,
        100,
        &[("P1", 70), ("P2", 50), ("P3", 30), ("P4", 10)],
        8,
    )
    .await;
    until(round.opens).await;
    let ballots: [(usize, &[usize]); 7] = [
        (1, &[0, 2]),
        (2, &[0, 3]),
        (3, &[0, 3]),
        (4, &[0]),
        (5, &[1, 2]),
        (6, &[1]),
        (7, &[1]),
    ];
    for (voter, projects) in ballots {
        let response = if voter == 4 {
            paper(
                &server,
                &round,
                organiser,
                &email_of_resident(voter),
                projects,
            )
            .await
        } else {
            vote(&server, &round, &hood.residents[voter], projects).await
        };
        assert_eq!(response.status(), StatusCode::CREATED, "voter {voter}");
    }
    let erased_voter = &hood.residents[1];
    let export = server.get_ok("/me/export", &erased_voter.token).await;
    let exported = &export["data"]["budgets"];
    assert_eq!(exported["ballots"][0]["round"], "Budżet obywatelski 2027");
    assert_eq!(exported["ballots"][0]["paper"], 0);
    assert_eq!(exported["ballot_projects"].as_array().unwrap().len(), 2);
    let organisers_export = server.get_ok("/me/export", &organiser.token).await;
    assert_eq!(
        organisers_export["data"]["budgets"]["paper_ballots_recorded"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        organisers_export["data"]["budgets"]["rounds_opened"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    until(round.closes).await;
    let late = &hood.residents[8];
    assert_eq!(
        vote(&server, &round, late, &[3]).await.status(),
        StatusCode::CONFLICT
    );
    let late_paper = paper(&server, &round, organiser, &email_of_resident(8), &[3]).await;
    assert_eq!(late_paper.status(), StatusCode::CONFLICT);

    // Public once voting has closed, for anyone.
    let results: Value = server
        .get_api(&format!("/budgets/{}/results", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (results["total_amount"].as_i64(), results["spent"].as_i64()),
        (Some(100), Some(80))
    );
    assert_eq!(results["status"], "closed");
    let placed: Vec<(String, i64, bool)> = results["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str().unwrap().to_owned(),
                p["votes"].as_i64().unwrap(),
                p["selected"].as_bool().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("P1", 4, true),
        ("P2", 3, false),
        ("P4", 2, true),
        ("P3", 2, false),
    ];
    assert_eq!(
        placed,
        expected.map(|(title, votes, selected)| (title.to_owned(), votes, selected))
    );

    // The published ballots recount to the same votes and the same selection.
    let csv = server
        .get_api(&format!("/budgets/{}/ballots.csv", round.id), None)
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    let (page_status, page_csv) = server
        .get_page(&format!("/c/wawer/budgets/{}/ballots.csv", round.id))
        .await;
    assert_eq!(
        (page_status, page_csv.as_str()),
        (StatusCode::OK, csv.as_str())
    );
    assert_recount(&server, &round, &results, &csv).await;
    for person in hood.residents.iter().chain([&hood.admin]) {
        assert!(
            !csv.contains(&person.id),
            "no voter in the published ballots"
        );
    }

    // Erasing a voter keeps their ballot counted.
    let erased = server
        .delete_json(
            "/me",
            Some(&erased_voter.token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    let erased_organiser = server
        .delete_json("/me", Some(&organiser.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(erased_organiser.status(), StatusCode::NO_CONTENT);
    let after: Value = server
        .get_api(&format!("/budgets/{}/results", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after, results);
    let csv_after = server
        .get_api(&format!("/budgets/{}/ballots.csv", round.id), None)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(csv_after, csv);
    let round_after: Value = server
        .get_api(&format!("/budgets/{}", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        round_after["ballot_count"], 7,
        "the round and its ballots stay"
    );
    db.drop_database().await;
}

/// Counts the votes of each project in the CSV, walks the contract's rule over them on its own,
/// and compares both with `/results`.
async fn assert_recount(server: &TestServer, round: &Round, results: &Value, csv: &str) {
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("ballot_id,paper,project_ids"));
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    assert_eq!(rows.len(), 7);
    let ballot_ids: Vec<&str> = rows.iter().map(|row| row[0]).collect();
    let mut sorted = ballot_ids.clone();
    sorted.sort_unstable();
    assert_eq!(ballot_ids, sorted, "rows in the order of the ballots' ids");
    assert_eq!(rows.iter().filter(|row| row[1] == "yes").count(), 1);
    assert!(
        rows.iter()
            .all(|row| row.len() == 3 && (row[1] == "yes" || row[1] == "no"))
    );

    let detail: Value = server
        .get_api(&format!("/budgets/{}", round.id), None)
        .await
        .json()
        .await
        .unwrap();
    // (id, cost, position added, votes counted from the CSV)
    let mut recounted: Vec<(String, i64, usize, i64)> = detail["projects"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(position, project)| {
            let id = project["id"].as_str().unwrap().to_owned();
            let votes = rows
                .iter()
                .filter(|row| row[2].split(' ').any(|chosen| chosen == id))
                .count();
            (
                id,
                project["cost"].as_i64().unwrap(),
                position,
                i64::try_from(votes).unwrap(),
            )
        })
        .collect();
    recounted.sort_by(|a, b| b.3.cmp(&a.3).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut left = detail["total_amount"].as_i64().unwrap();
    let walked: Vec<(String, i64, bool)> = recounted
        .into_iter()
        .map(|(id, cost, _, votes)| {
            let selected = cost <= left;
            if selected {
                left -= cost;
            }
            (id, votes, selected)
        })
        .collect();
    let published: Vec<(String, i64, bool)> = results["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["votes"].as_i64().unwrap(),
                p["selected"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(walked, published);
    assert_eq!(
        results["spent"].as_i64(),
        Some(detail["total_amount"].as_i64().unwrap() - left)
    );
}
