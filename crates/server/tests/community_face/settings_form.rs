//! The settings page: only the community's admins reach it, its form needs its CSRF token,
//! refuses a pale colour in the reader's language with the error tied to the field, and saves.

use super::*;

on_both_engines!(admins_change_the_colour_with_the_form,);

async fn admins_change_the_colour_with_the_form(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood { admin, .. } = neighbourhood(&db, &server, 1).await;
    let admin_pages = signed_in_pages(&server, "person0@example.org").await;
    let moderator_pages = signed_in_pages(&server, "person1@example.org").await;
    let resident_pages = signed_in_pages(&server, "person2@example.org").await;

    // The way in: the community's navigation offers it to its admins alone.
    let (_, home) = page(&admin_pages, &server, "/c/wawer").await;
    assert!(home.contains("href=\"/c/wawer/settings\""));
    let (_, home) = page(&moderator_pages, &server, "/c/wawer").await;
    assert!(!home.contains("href=\"/c/wawer/settings\""));
    let (status, _) = page(&resident_pages, &server, "/c/wawer/settings").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = page(&moderator_pages, &server, "/c/wawer/settings").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let anonymous = server
        .client
        .get(server.url("/c/wawer/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    assert!(
        anonymous.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/sign-in")
    );

    let (status, form) = page(&admin_pages, &server, "/c/wawer/settings").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("enctype=\"multipart/form-data\""));
    assert!(form.contains("id=\"accent_colour\""));
    let token = csrf_token(&form);

    // Without the form's token: refused, nothing changes.
    let forged =
        submit_settings(&admin_pages, &server, &[("accent_colour", "#2e6b30")], None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = submit_settings(
        &admin_pages,
        &server,
        &[("csrf_token", "00ff"), ("accent_colour", "#2e6b30")],
        None,
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    // Someone who is not an admin, with a good token of their own: refused too.
    let (_, resident_home) = page(&resident_pages, &server, "/c/wawer").await;
    let refused = submit_settings(
        &resident_pages,
        &server,
        &[
            ("csrf_token", &csrf_token(&resident_home)),
            ("accent_colour", "#2e6b30"),
        ],
        None,
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(wawer_now(&server).await["accent_colour"], Value::Null);

    // A pale colour: the form again, its error summary linking to the field, which says why.
    let pale = submit_settings(
        &admin_pages,
        &server,
        &[("csrf_token", &token), ("accent_colour", "#4a90d9")],
        None,
    )
    .await;
    assert_eq!(pale.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let pale = pale.text().await.unwrap();
    assert!(pale.contains("class=\"error-summary\""));
    assert!(pale.contains("href=\"#accent_colour\""));
    assert!(
        pale.contains("aria-describedby=\"accent_colour-hint accent_colour-error\""),
        "{pale}"
    );
    assert!(pale.contains("aria-invalid=\"true\""));
    assert!(pale.contains("3.0:1"), "{pale}");
    assert!(pale.contains("value=\"#4a90d9\""), "what was typed is kept");
    assert_eq!(wawer_now(&server).await["accent_colour"], Value::Null);

    // In Polish, for a reader who chose it.
    let (_, polish) = page(&admin_pages, &server, "/c/wawer/settings?lang=pl").await;
    assert!(polish.contains("Wygląd społeczności"));
    let pale = submit_settings(
        &admin_pages,
        &server,
        &[("csrf_token", &token), ("accent_colour", "#4a90d9")],
        None,
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        pale.contains("Ten kolor jest za jasny") && pale.contains("3,0:1"),
        "{pale}"
    );
    let (_, _) = page(&admin_pages, &server, "/c/wawer/settings?lang=en").await;

    // A good colour is saved; the page says so and the community's pages take it.
    let saved = submit_settings(
        &admin_pages,
        &server,
        &[("csrf_token", &token), ("accent_colour", "#2e6b30")],
        None,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let location = saved.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/c/wawer/settings?done=saved");
    let (_, done) = page(&admin_pages, &server, &location).await;
    assert!(done.contains("role=\"status\""));
    assert!(done.contains("value=\"#2e6b30\""));
    assert_eq!(
        theme_link(&done).as_deref(),
        Some("/c/wawer/theme.css?v=2e6b30")
    );
    assert_eq!(wawer_now(&server).await["accent_colour"], "#2e6b30");

    // Emptied, the community goes back to the network's colours.
    let reset = submit_settings(
        &admin_pages,
        &server,
        &[("csrf_token", &token), ("accent_colour", "")],
        None,
    )
    .await;
    assert_eq!(reset.status(), StatusCode::SEE_OTHER);
    assert_eq!(wawer_now(&server).await["accent_colour"], Value::Null);
    assert_eq!(audit(&server, &admin.token).await.len(), 2);
    db.drop_database().await;
}
