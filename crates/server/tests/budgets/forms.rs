//! The same with forms alone: voting, and the organisers' pages.

use super::*;

on_both_engines!(
    a_ballot_is_cast_with_forms_alone,
    organisers_use_the_forms_and_everyone_reads_the_results_page,
);

async fn a_ballot_is_cast_with_forms_alone(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 2).await;
    let organiser = &hood.residents[0];
    let round = round(
        &server,
        organiser,
        100,
        &[("Playground", 60), ("Library", 50), ("Trees", 30)],
        600,
    )
    .await;
    until(round.opens).await;
    let halina = signed_in_pages(&server, &email_of_resident(1)).await;
    let path = format!("/c/wawer/budgets/{}", round.id);
    let page = halina
        .get(server.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("action=\"{path}/ballot\"")),
        "the ballot form is shown"
    );
    let token = csrf_token(&page);
    let ballot = |fields: Vec<(&'static str, String)>| {
        let request = halina.post(server.url(&format!("{path}/ballot")));
        async move { request.form(&fields).send().await.unwrap() }
    };
    let chosen = |indexes: &[usize], intent: &str, token: &str| {
        let mut fields: Vec<(&'static str, String)> = indexes
            .iter()
            .map(|index| ("project_ids", round.projects[*index].clone()))
            .collect();
        fields.push(("intent", intent.to_owned()));
        fields.push(("csrf_token", token.to_owned()));
        fields
    };

    // The check says what the choice costs, keeps the boxes ticked, and changes nothing.
    let checked = ballot(chosen(&[0, 2], "check", &token)).await;
    assert_eq!(checked.status(), StatusCode::OK);
    let html = checked.text().await.unwrap();
    assert!(html.contains("You chose 2 projects for 90"), "{html}");
    assert_eq!(html.matches(" checked>").count(), 2);
    let over = ballot(chosen(&[0, 1], "check", &token)).await;
    assert_eq!(over.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = over.text().await.unwrap();
    assert!(html.contains("You chose 2 projects for 110") && html.contains("error-summary"));
    assert!(html.contains("href=\"#project_ids\"") && html.contains("id=\"project_ids\""));

    let cast_over = ballot(chosen(&[0, 1], "cast", &token)).await;
    assert_eq!(cast_over.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let empty = ballot(chosen(&[], "cast", &token)).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut without_token = chosen(&[0], "cast", &token);
    without_token.retain(|(name, _)| *name != "csrf_token");
    assert_eq!(ballot(without_token).await.status(), StatusCode::FORBIDDEN);
    let halinas = &hood.residents[1];
    let own_path = format!("/budgets/{}/ballot", round.id);
    assert_eq!(
        server
            .get_api(&own_path, Some(&halinas.token))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "nothing was stored"
    );

    let cast = ballot(chosen(&[2, 0], "cast", &token)).await;
    assert_eq!(cast.status(), StatusCode::SEE_OTHER);
    let location = cast.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, format!("{path}?voted=1"));
    let page = halina
        .get(server.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your vote is counted") && page.contains("You voted on"));
    assert!(
        !page.contains(&format!("action=\"{path}/ballot\"")),
        "no second ballot form"
    );
    let own = server.get_ok(&own_path, &halinas.token).await;
    assert_eq!(
        own["project_ids"],
        json!([round.projects[0], round.projects[2]])
    );
    let again = ballot(chosen(&[1], "cast", &token)).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    db.drop_database().await;
}

async fn organisers_use_the_forms_and_everyone_reads_the_results_page(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 3).await;
    let organiser = signed_in_pages(&server, &email_of_resident(0)).await;
    let member = signed_in_pages(&server, &email_of_resident(1)).await;
    let get = |client: &reqwest::Client, path: &str| {
        let request = client.get(server.url(path));
        async move {
            let response = request.send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        }
    };

    assert_eq!(
        get(&member, "/c/wawer/budgets/new").await.0,
        StatusCode::FORBIDDEN
    );
    let (status, form) = get(&organiser, "/c/wawer/budgets/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains("value=\"PLN\""),
        "the community's usual currency"
    );
    let token = csrf_token(&form);
    let invalid = organiser
        .post(server.url("/c/wawer/budgets"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Budget"),
            ("total_amount", "1.5"),
            ("currency", "PLN"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = invalid.text().await.unwrap();
    for field in ["total_amount", "voting_opens_at", "voting_closes_at"] {
        assert!(html.contains(&format!("href=\"#{field}\"")), "{field}");
    }
    assert!(html.contains("value=\"Budget\""), "what was typed is kept");
    let opens = Utc::now() + Duration::seconds(SETUP_SECONDS);
    let closes = opens + Duration::seconds(4);
    let local = |at: DateTime<Utc>| at.format("%Y-%m-%dT%H:%M:%S").to_string();
    let created = organiser
        .post(server.url("/c/wawer/budgets"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Green Wawer"),
            ("rules", "Choose **well**."),
            ("total_amount", "100 000"),
            ("currency", "pln"),
            ("voting_opens_at", &local(opens)),
            ("voting_closes_at", &local(closes)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let round_path = location.split('?').next().unwrap().to_owned();
    let id = round_path.rsplit('/').next().unwrap().to_owned();
    let (_, page) = get(&organiser, &location).await;
    assert!(
        page.contains("<strong>well</strong>"),
        "the rules are Markdown"
    );
    let token = csrf_token(&page);
    for (title, cost) in [("Meadow", "60 000"), ("Benches", "50000")] {
        let added = organiser
            .post(server.url(&format!("{round_path}/projects")))
            .form(&[
                ("csrf_token", token.as_str()),
                ("title", title),
                ("body", "Why it matters."),
                ("cost", cost),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(added.status(), StatusCode::SEE_OTHER, "{title}");
    }
    let too_costly = organiser
        .post(server.url(&format!("{round_path}/projects")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Pool"),
            ("body", "Big."),
            ("cost", "100 001"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(too_costly.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let by_member = member
        .post(server.url(&format!("{round_path}/projects")))
        .form(&[
            (
                "csrf_token",
                csrf_token(&get(&member, &round_path).await.1).as_str(),
            ),
            ("title", "Mine"),
            ("body", "x"),
            ("cost", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(by_member.status(), StatusCode::FORBIDDEN);
    let (status, list) = get(&member, "/c/wawer/budgets").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Green Wawer") && list.contains("Coming up"));
    assert_eq!(
        get(&organiser, &format!("{round_path}/paper-ballots"))
            .await
            .0,
        StatusCode::CONFLICT
    );

    until(opens).await;
    let detail = server
        .get_ok(&format!("/budgets/{id}"), &hood.residents[1].token)
        .await;
    let projects: Vec<String> = detail["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(detail["total_amount"], 100_000);
    let round = Round {
        id: id.clone(),
        projects,
        opens,
        closes,
    };
    let (status, results_page) = get(&member, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        results_page.contains("published when voting closes") && !results_page.contains("<table")
    );
    let (status, tally_page) = get(&organiser, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(tally_page.contains("shown only to organisers") && tally_page.contains("<table"));

    // The paper-ballot form, for an organiser at the centre.
    let (status, paper_form) = get(&organiser, &format!("{round_path}/paper-ballots")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        get(&member, &format!("{round_path}/paper-ballots")).await.0,
        StatusCode::FORBIDDEN
    );
    let token = csrf_token(&paper_form);
    let unknown = organiser
        .post(server.url(&format!("{round_path}/paper-ballots")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "nobody@example.org"),
            ("project_ids", round.projects[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().await.unwrap().contains("href=\"#email\""));
    let recorded = organiser
        .post(server.url(&format!("{round_path}/paper-ballots")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email_of_resident(2).as_str()),
            ("project_ids", round.projects[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        vote(&server, &round, &hood.residents[1], &[1])
            .await
            .status(),
        StatusCode::CREATED
    );

    until(closes).await;
    let (status, results_page) = get(&member, &format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    for part in [
        "<table",
        "<caption",
        "<th scope=\"row\">Meadow</th>",
        "<svg class=\"budget-bar selected\"",
        "<title id=\"bar-",
        "width=\"100%\"",
        "✓ Selected",
        &format!("href=\"{round_path}/ballots.csv\""),
    ] {
        assert!(results_page.contains(part), "{part}");
    }
    assert!(
        !results_page.contains("style="),
        "no inline styles: the CSP forbids them"
    );
    let (status, visitor_page) = server.get_page(&format!("{round_path}/results")).await;
    assert_eq!(status, StatusCode::OK, "the results are public");
    assert!(visitor_page.contains("<table"));
    let (status, round_page) = server.get_page(&round_path).await;
    assert_eq!(status, StatusCode::OK, "so is the round");
    assert!(round_page.contains("Meadow") && round_page.contains("See the results"));
    db.drop_database().await;
}
