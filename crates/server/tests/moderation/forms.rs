//! The same decisions with forms alone, as a moderator without JavaScript makes them.

use super::*;

on_both_engines!(moderation_works_with_forms_alone,);

async fn moderation_works_with_forms_alone(engine: Engine) {
    let Some((db, server, hood)) = start(engine, 2).await else {
        return;
    };
    let [olena, _] = &hood.residents[..] else {
        unreachable!()
    };
    let item = offer(&server, olena, "Cheap loans").await;
    let dmytro = signed_in_pages(&server, "person3@example.org").await;
    let moderator = signed_in_pages(&server, "person1@example.org").await;

    // Any page's report form: errors come back on a page of their own, then it is filed.
    let back = format!("/c/wawer/support/{item}");
    let form_page =
        format!("/c/wawer/reports/new?target_type=support&target_id={item}&back={back}");
    let failed = submit(
        &dmytro,
        &server,
        &form_page,
        "/c/wawer/reports",
        &[
            ("target_type", "support"),
            ("target_id", &item),
            ("back", &back),
        ],
    )
    .await;
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = failed.text().await.unwrap();
    assert!(
        html.contains("error-summary") && html.contains("href=\"#reason\""),
        "{html}"
    );
    let sent = submit(
        &dmytro,
        &server,
        &form_page,
        "/c/wawer/reports",
        &[
            ("target_type", "support"),
            ("target_id", &item),
            ("back", &back),
            ("reason", "spam"),
            ("note", "An advert for loans"),
        ],
    )
    .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let thanks = sent.headers()["location"].to_str().unwrap().to_owned();
    let (_, html) = text(&dmytro, &server, &thanks).await;
    assert!(
        html.contains("The moderators will look at your report.") && html.contains(&back),
        "{html}"
    );

    // Members see no way in; moderators find the queue in the community's navigation.
    let (status, _) = text(&dmytro, &server, "/c/wawer/moderation").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, home) = text(&dmytro, &server, "/c/wawer").await;
    assert!(!home.contains("href=\"/c/wawer/moderation\""));
    let (status, html) = text(&moderator, &server, "/c/wawer/moderation").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("href=\"/c/wawer/moderation\"") && html.contains("An advert for loans"),
        "{html}"
    );
    let report_page = html
        .split("href=\"")
        .map(|rest| rest.split('"').next().unwrap())
        .find(|href| href.starts_with("/c/wawer/moderation/reports/"))
        .unwrap()
        .to_owned();
    let (_, html) = text(&moderator, &server, &report_page).await;
    assert!(
        html.contains("Cheap loans") && html.contains("Call me."),
        "{html}"
    );

    // Deciding: without a choice nothing changes; then hidden, then shown again.
    let undecided = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/resolve"),
        &[("note", "x")],
    )
    .await;
    assert_eq!(undecided.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(undecided.text().await.unwrap().contains("href=\"#action\""));
    server
        .get_ok(&format!("/support/{item}"), &olena.token)
        .await;
    let decided = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/resolve"),
        &[("action", "hide"), ("note", "Adverts are not help.")],
    )
    .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        server
            .get_api(&format!("/support/{item}"), Some(&olena.token))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (_, html) = text(&moderator, &server, "/c/wawer/moderation/decided").await;
    assert!(html.contains("Adverts are not help."), "{html}");
    let restored = submit(
        &moderator,
        &server,
        &report_page,
        &format!("{report_page}/restore"),
        &[("note", "")],
    )
    .await;
    assert_eq!(restored.status(), StatusCode::SEE_OTHER);
    server
        .get_ok(&format!("/support/{item}"), &olena.token)
        .await;

    // Blocking by address, with errors first; then lifting the block.
    let blocks = "/c/wawer/moderation/blocks";
    let unknown = submit(
        &moderator,
        &server,
        blocks,
        blocks,
        &[("email", "nobody@example.org"), ("reason", "x")],
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().await.unwrap().contains("href=\"#email\""));
    let blocked = submit(
        &moderator,
        &server,
        blocks,
        blocks,
        &[
            ("email", "person2@example.org"),
            ("reason", "Loans again and again"),
        ],
    )
    .await;
    assert_eq!(blocked.status(), StatusCode::SEE_OTHER);
    let (_, html) = text(&moderator, &server, blocks).await;
    assert!(
        html.contains("Loans again and again") && html.contains("Person 2"),
        "{html}"
    );
    assert!(membership_of(&server, olena).await.is_none());
    let unblocked = submit(
        &moderator,
        &server,
        blocks,
        &format!("{blocks}/{}/unblock", olena.id),
        &[],
    )
    .await;
    assert_eq!(unblocked.status(), StatusCode::SEE_OTHER);
    let without_token = moderator
        .post(server.url(&format!("{blocks}/{}/unblock", olena.id)))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(without_token.status(), StatusCode::FORBIDDEN);

    // The log says who did what, and why.
    let (status, html) = text(&moderator, &server, "/c/wawer/moderation/log").await;
    assert_eq!(status, StatusCode::OK);
    for expected in [
        "Hid what was reported",
        "Adverts are not help.",
        "Showed hidden content again",
        "Blocked a person",
        "Lifted a block",
        "Changed a role",
        "member → moderator",
        "Person 1",
    ] {
        assert!(html.contains(expected), "{expected}: {html}");
    }
    let (status, _) = text(&dmytro, &server, "/c/wawer/moderation/log").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    db.drop_database().await;
}
