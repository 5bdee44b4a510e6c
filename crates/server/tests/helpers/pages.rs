//! The same through forms alone: naming a helper, acting for the person with the banner on
//! every page, the account pages that stay the person's, the desk, and a CSRF token on each.

use super::*;

on_both_engines!(acting_through_the_pages, the_desk_through_the_pages);

async fn page(client: &reqwest::Client, server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = client.get(server.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn submit(
    client: &reqwest::Client,
    server: &TestServer,
    path: &str,
    fields: &[(&str, &str)],
    csrf: Option<&str>,
) -> reqwest::Response {
    let mut form = fields.to_vec();
    if let Some(token) = csrf {
        form.push(("csrf_token", token));
    }
    client
        .post(server.url(path))
        .form(&form)
        .send()
        .await
        .unwrap()
}

fn location(response: &reqwest::Response) -> &str {
    response.headers()["location"].to_str().unwrap()
}

const BANNER: &str = "You are acting for Person 3.";

async fn acting_through_the_pages(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let person = signed_in_pages(server, PERSON_EMAIL).await;
    let (status, html) = page(&person, server, "/account").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/account/helpers\""));
    let (_, html) = page(&person, server, "/account/helpers").await;
    let token = csrf_token(&html);
    // Without the form's token nothing is named.
    let forged = submit(
        &person,
        server,
        "/account/helpers",
        &[("email", HELPER_EMAIL)],
        None,
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(ids(&server.get_ok("/me/helpers", &scene.person.token).await).is_empty());
    let unknown = submit(
        &person,
        server,
        "/account/helpers",
        &[("email", "nobody@example.org")],
        Some(&token),
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = unknown.text().await.unwrap();
    assert!(html.contains("sign up first") && html.contains("aria-invalid=\"true\""));
    let named = submit(
        &person,
        server,
        "/account/helpers",
        &[("email", HELPER_EMAIL)],
        Some(&token),
    )
    .await;
    assert_eq!(named.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&named), "/account/helpers?done=named");

    let helper = signed_in_pages(server, HELPER_EMAIL).await;
    let (_, html) = page(&helper, server, "/account/helpers").await;
    assert!(html.contains("Act for Person 3"), "{html}");
    let token = csrf_token(&html);
    let fields = [("account_id", scene.person.id.as_str())];
    let forged = submit(&helper, server, "/account/acting-for", &fields, None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let (_, home) = page(&helper, server, "/").await;
    assert!(!home.contains(BANNER));
    let acting = submit(
        &helper,
        server,
        "/account/acting-for",
        &fields,
        Some(&token),
    )
    .await;
    assert_eq!(acting.status(), StatusCode::SEE_OTHER);

    // Every page says so, with a way to stop.
    for path in ["/", "/c/wawer", "/account/helpers"] {
        let (status, html) = page(&helper, server, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(html.contains(BANNER), "{path}");
        assert!(
            html.contains("action=\"/account/acting-for/stop\""),
            "{path}"
        );
        assert!(html.contains("Signed in as Person 2."), "{path}");
    }
    // The person's account page leads to the helpers page; their data and password stay theirs.
    let account = helper.get(server.url("/account")).send().await.unwrap();
    assert_eq!(account.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&account), "/account/helpers");
    let (status, _) = page(&helper, server, "/account/data").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let password = submit(
        &helper,
        server,
        "/account/password",
        &[
            ("current_password", PASSWORD),
            ("new_password", "a different and long river"),
        ],
        Some(&token),
    )
    .await;
    assert_eq!(password.status(), StatusCode::FORBIDDEN);
    let renamed = submit(
        &helper,
        server,
        "/account/helpers",
        &[("email", "person4@example.org")],
        Some(&token),
    )
    .await;
    assert_eq!(renamed.status(), StatusCode::FORBIDDEN);

    // A request posted through the board's form is the person's, and recorded as the helper's.
    let posted = submit(
        &helper,
        server,
        "/c/wawer/support",
        &[
            ("kind", "request"),
            ("category", "time"),
            ("title", "Shopping on Fridays"),
            ("body", "Could someone carry the bags with me?"),
        ],
        Some(&token),
    )
    .await;
    assert_eq!(
        posted.status(),
        StatusCode::SEE_OTHER,
        "{}",
        posted.text().await.unwrap()
    );
    let record = server
        .get_ok("/me/helper-actions", &scene.person.token)
        .await;
    assert_eq!(kinds(&record), vec!["support_posted"]);
    assert_eq!(record["items"][0]["route"], "/c/{slug}/support");
    assert_eq!(record["items"][0]["path"], "/c/wawer/support");

    let forged = submit(&helper, server, "/account/acting-for/stop", &[], None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let stopped = submit(
        &helper,
        server,
        "/account/acting-for/stop",
        &[],
        Some(&token),
    )
    .await;
    assert_eq!(stopped.status(), StatusCode::SEE_OTHER);
    let (_, home) = page(&helper, server, "/").await;
    assert!(!home.contains(BANNER));
    let (_, html) = page(&helper, server, "/account/helpers").await;
    assert!(
        html.contains("What you did as a helper") && html.contains("Posted an offer or a request")
    );
    scene.finish().await;
}

async fn the_desk_through_the_pages(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    let member = signed_in_pages(server, "person4@example.org").await;
    let (status, _) = page(&member, server, "/c/wawer/desk").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, home) = page(&member, server, "/c/wawer").await;
    assert!(!home.contains("href=\"/c/wawer/desk\""));

    let organiser = signed_in_pages(server, HELPER_EMAIL).await;
    let (_, home) = page(&organiser, server, "/c/wawer").await;
    assert!(home.contains("href=\"/c/wawer/desk\""));
    let (status, html) = page(&organiser, server, "/c/wawer/desk").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<label for=\"consent\">"));
    let token = csrf_token(&html);
    let fields = [
        ("display_name", "Zofia Mazur"),
        ("locale", "pl"),
        ("helper_account_id", ""),
        ("consent_note", "Signed the paper form."),
    ];
    let forged = submit(
        &organiser,
        server,
        "/c/wawer/desk",
        &[fields.as_slice(), &[("consent", "yes")]].concat(),
        None,
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let unticked = submit(&organiser, server, "/c/wawer/desk", &fields, Some(&token)).await;
    assert_eq!(unticked.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = unticked.text().await.unwrap();
    assert!(html.contains("error-summary") && html.contains("href=\"#consent\""));
    assert!(
        html.contains("value=\"Zofia Mazur\""),
        "typed values are kept"
    );
    let moderator = &scene.hood.moderator.token;
    assert!(ids(&server.get_ok("/communities/wawer/helpers", moderator).await).is_empty());

    let registered = submit(
        &organiser,
        server,
        "/c/wawer/desk",
        &[fields.as_slice(), &[("consent", "yes")]].concat(),
        Some(&token),
    )
    .await;
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&registered), "/c/wawer/desk?done=registered");
    let (_, html) = page(&organiser, server, "/c/wawer/desk?done=registered").await;
    assert!(html.contains("Zofia Mazur") && html.contains("Signed the paper form."));
    assert!(html.contains("End help for Zofia Mazur"));
    let helpers = server.get_ok("/communities/wawer/helpers", moderator).await;
    let id = helpers["items"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(helpers["items"][0]["helper"]["id"], scene.helper.id);

    let end = format!("/c/wawer/helpers/{id}/end");
    let forged = submit(&organiser, server, &end, &[("back", "desk")], None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let refused = submit(
        &member,
        server,
        &end,
        &[("back", "desk")],
        Some(&csrf_token(&page(&member, server, "/c/wawer").await.1)),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let ended = submit(&organiser, server, &end, &[("back", "desk")], Some(&token)).await;
    assert_eq!(ended.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&ended), "/c/wawer/desk?done=ended");
    assert!(ids(&server.get_ok("/communities/wawer/helpers", moderator).await).is_empty());
    scene.finish().await;
}
