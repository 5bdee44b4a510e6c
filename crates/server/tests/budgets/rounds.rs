//! Who opens rounds and adds projects.

use super::*;

on_both_engines!(rounds_and_projects_are_the_organisers,);

async fn rounds_and_projects_are_the_organisers(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let hood = with_organiser(&db, &server, 2).await;
    let (organiser, member) = (&hood.residents[0], &hood.residents[1]);
    let (outsider, _) = server.resident("outsider@example.org", "Outsider").await;
    let opens = Utc::now() + Duration::days(1);
    let closes = opens + Duration::days(14);
    let body = round_body(200_000, opens, closes);

    for (token, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(member.token.as_str()), StatusCode::FORBIDDEN),
        (Some(outsider.as_str()), StatusCode::FORBIDDEN),
    ] {
        let response = server
            .post_json("/communities/wawer/budgets", token, body.clone())
            .await;
        assert_eq!(response.status(), status, "{token:?}");
    }
    let invalid = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&organiser.token),
            json!({"title": " ", "total_amount": 0, "currency": "zł",
                   "voting_opens_at": "2020-01-01T09:00:00Z", "voting_closes_at": "2019-01-01T09:00:00Z"}),
        )
        .await;
    let errors = problem(invalid, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
    for field in [
        "title",
        "total_amount",
        "currency",
        "voting_opens_at",
        "voting_closes_at",
    ] {
        assert!(errors[field].is_string(), "{field}: {errors}");
    }
    let mut fractional = body.clone();
    fractional["total_amount"] = json!(1.5);
    let response = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&organiser.token),
            fractional,
        )
        .await;
    let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
    assert!(errors["total_amount"].is_string(), "{errors}");

    // The contract's body has no rules: a round without them is fine.
    let mut without_rules = body.clone();
    without_rules.as_object_mut().unwrap().remove("rules");
    let response = server
        .post_json(
            "/communities/wawer/budgets",
            Some(&hood.admin.token),
            without_rules,
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "admins are organisers too"
    );

    let response = server
        .post_json("/communities/wawer/budgets", Some(&organiser.token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["currency"], "PLN");
    assert_eq!(created["status"], "upcoming");
    assert_eq!(created["total_amount"], 200_000);
    assert_eq!(created["projects"], json!([]));
    assert!(created["url"].as_str().unwrap().ends_with(&format!(
        "/c/wawer/budgets/{}",
        created["id"].as_str().unwrap()
    )));
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        DateTime::parse_from_rfc3339(created["voting_opens_at"].as_str().unwrap()).unwrap(),
        opens.trunc_subsecs(3)
    );

    let project = json!({"title": "Benches by the river", "body": "Six benches.", "cost": 80_000});
    for (token, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(member.token.as_str()), StatusCode::FORBIDDEN),
        (Some(outsider.as_str()), StatusCode::FORBIDDEN),
    ] {
        let response = server
            .post_json(&format!("/budgets/{id}/projects"), token, project.clone())
            .await;
        assert_eq!(response.status(), status, "{token:?}");
    }
    for cost in [0, 200_001] {
        let response = server
            .post_json(
                &format!("/budgets/{id}/projects"),
                Some(&organiser.token),
                json!({"title": "Too much", "body": "No.", "cost": cost}),
            )
            .await;
        let errors = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await["errors"].clone();
        assert!(errors["cost"].is_string(), "{cost}: {errors}");
    }
    let response = server
        .post_json(
            &format!("/budgets/{id}/projects"),
            Some(&organiser.token),
            project,
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let added: Value = response.json().await.unwrap();
    assert_eq!(added["cost"], 80_000);
    assert!(
        added["url"]
            .as_str()
            .unwrap()
            .contains(&format!("#project-{}", added["id"].as_str().unwrap()))
    );

    // Rounds and projects are public; `voted` is the caller's.
    let list: Value = server
        .get_api("/communities/wawer/budgets", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let first_page = server
        .get_ok("/communities/wawer/budgets?limit=1", &member.token)
        .await;
    let cursor = first_page["next_cursor"].as_str().unwrap();
    let second_page = server
        .get_ok(
            &format!("/communities/wawer/budgets?limit=1&cursor={cursor}"),
            &member.token,
        )
        .await;
    assert_eq!(second_page["items"].as_array().unwrap().len(), 1);
    assert_ne!(first_page["items"][0]["id"], second_page["items"][0]["id"]);
    assert!(second_page["next_cursor"].is_null());
    let detail: Value = server
        .get_api(&format!("/budgets/{id}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["projects"][0]["title"], "Benches by the river");
    assert_eq!(detail["voted"], false);
    assert_eq!(detail["rules"], "Every **member** votes once.");
    let projects = server
        .get_ok(&format!("/budgets/{id}/projects"), &member.token)
        .await;
    assert_eq!(projects["items"].as_array().unwrap().len(), 1);
    for path in [
        "/budgets/00000000-0000-0000-0000-000000000000".to_owned(),
        "/budgets/not-an-id/results".to_owned(),
        "/communities/nowhere/budgets".to_owned(),
    ] {
        assert_eq!(
            server.get_api(&path, None).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        audit_actions(&db).await,
        vec![AuditAction::BudgetCreated, AuditAction::BudgetCreated]
    );
    db.drop_database().await;
}
