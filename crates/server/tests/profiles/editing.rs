//! Changing one's profile: through the API (any subset of fields) and the form, every field at
//! fault named, nothing changed by a refused request, sign-in required, and display names that
//! refuse control, text-direction and zero-width characters wherever a name is set.

use super::*;

on_both_engines!(
    one_must_be_signed_in_to_read_or_change_ones_profile,
    a_refused_change_names_its_field_and_changes_nothing,
    display_names_refuse_characters_that_change_how_they_look,
    the_form_saves_each_field_and_who_sees_it,
);

async fn one_must_be_signed_in_to_read_or_change_ones_profile(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    assert_eq!(
        server.get_api("/me/profile", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let response = server
        .patch_json("/me/profile", None, json!({"bio": "Hello"}))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let written = server
        .post_json(
            &format!(
                "/communities/wawer/people/{}/conversations",
                world.person.id
            ),
            None,
            json!({"message": "Hi"}),
        )
        .await;
    assert_eq!(written.status(), StatusCode::UNAUTHORIZED);
    // The form sends visitors to sign in first.
    let (status, _) = server.get_page("/account/profile").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    world.db.drop_database().await;
}

async fn a_refused_change_names_its_field_and_changes_nothing(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    let before = patch(
        server,
        &world.person,
        json!({"bio": "Before", "languages": ["uk"], "language_levels": {"uk": "native"},
               "skills": ["sewing"], "visibility": {"bio": "public"}}),
    )
    .await;
    let long_bio = "b".repeat(301);
    let long_story = "s".repeat(4001);
    let long_skill = "k".repeat(41);
    let cases = [
        (
            json!({"bio": "After", "languages": ["uk", "xx"]}),
            "languages",
        ),
        (
            json!({"bio": "After", "languages": ["klingon"]}),
            "languages",
        ),
        (
            json!({"bio": "After", "visibility": {"bio": "friends"}}),
            "visibility.bio",
        ),
        (
            json!({"bio": "After", "visibility": {"story": "everyone"}}),
            "visibility.story",
        ),
        (
            json!({"bio": "After", "visibility": {"colour": "public"}}),
            "visibility",
        ),
        (
            json!({"bio": "After", "visibility": {"bio": 2}}),
            "visibility",
        ),
        (json!({"bio": long_bio}), "bio"),
        (json!({"bio": "After", "story": long_story}), "story"),
        (json!({"bio": "After", "skills": [long_skill]}), "skills"),
        (json!({"bio": "After", "skills": "sewing"}), "skills"),
        (
            json!({"bio": "After", "language_levels": {"uk": "expert"}}),
            "language_levels",
        ),
        (
            json!({"bio": "After", "language_levels": {"pl": "fluent"}}),
            "language_levels",
        ),
        (json!({"bio": "After", "display_name": ""}), "display_name"),
        (
            json!({"bio": "After", "display_name": "Ann\u{202E}a"}),
            "display_name",
        ),
    ];
    for (body, field) in cases {
        let response = server
            .patch_json("/me/profile", Some(&world.person.token), body.clone())
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(
            problem["errors"][field].is_string(),
            "{body} names {field}: {problem}"
        );
        let now = server.get_ok("/me/profile", &world.person.token).await;
        assert_eq!(now, before, "{body} changed nothing");
    }
    // Several faults at once are all named.
    let response = server
        .patch_json(
            "/me/profile",
            Some(&world.person.token),
            json!({"languages": ["zz"], "visibility": {"skills": "nobody"}, "bio": "b".repeat(400)}),
        )
        .await;
    let problem: Value = response.json().await.unwrap();
    for field in ["languages", "visibility.skills", "bio"] {
        assert!(problem["errors"][field].is_string(), "{problem}");
    }
    world.db.drop_database().await;
}

/// One character of each kind a display name refuses.
const REFUSED: [(&str, char); 8] = [
    ("control", '\u{7}'),
    ("bidi override", '\u{202E}'),
    ("bidi embedding", '\u{202B}'),
    ("bidi isolate", '\u{2067}'),
    ("right-to-left mark", '\u{200F}'),
    ("Arabic letter mark", '\u{061C}'),
    ("zero-width space", '\u{200B}'),
    ("byte order mark", '\u{FEFF}'),
];

async fn display_names_refuse_characters_that_change_how_they_look(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    for (index, (kind, c)) in REFUSED.iter().enumerate() {
        let name = format!("Ol{c}ena");
        // Sign-up.
        let response = server
            .post_json(
                "/accounts",
                None,
                json!({"email": format!("n{index}@example.org"), "password": PASSWORD, "display_name": name}),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(
            problem["errors"]["display_name"].is_string(),
            "{kind}: {problem}"
        );
        // The profile, and the account's settings.
        let response = server
            .patch_json(
                "/me/profile",
                Some(&world.person.token),
                json!({"display_name": name}),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(
            problem["errors"]["display_name"].is_string(),
            "{kind}: {problem}"
        );
        let response = server
            .patch_json(
                "/me",
                Some(&world.person.token),
                json!({"display_name": name}),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}"
        );
    }
    // The message says what is wrong, in the reader's language.
    let response = server
        .client
        .patch(server.url("/api/v1/me/profile"))
        .bearer_auth(&world.person.token)
        .header("Accept-Language", "pl")
        .json(&json!({"display_name": "Ola\u{200B}"}))
        .send()
        .await
        .unwrap();
    let problem: Value = response.json().await.unwrap();
    assert!(
        problem["errors"]["display_name"]
            .as_str()
            .unwrap()
            .contains("niewidoczne znaki"),
        "{problem}"
    );
    // A name in a script written right to left is a name like any other.
    let renamed = patch(server, &world.person, json!({"display_name": "سارة"})).await;
    assert_eq!(renamed["display_name"], "سارة");
    let me = server.get_ok("/me", &world.person.token).await;
    assert_eq!(me["display_name"], "سارة");
    // On the sign-up form too.
    let (_, form) = server.get_page("/sign-up").await;
    let response = server
        .submit(
            "/sign-up",
            &[
                ("display_name", "Ole\u{202E}na"),
                ("email", "form@example.org"),
                ("password", PASSWORD),
                ("locale", "en"),
            ],
            Some(&csrf_token(&form)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("invisible characters"), "{html}");
    world.db.drop_database().await;
}

async fn the_form_saves_each_field_and_who_sees_it(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    let browser = world.browser(Viewer::Themself).await;
    let (_, account) = world.page(&browser, "/account").await;
    assert!(
        account.contains("href=\"/account/profile\""),
        "the account page links to it"
    );
    let (status, form) = world.page(&browser, "/account/profile").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("id=\"bio-visibility-private\" name=\"bio_visibility\" value=\"private\" aria-describedby=\"bio-visibility-private-hint\" checked"), "private by default");
    let token = csrf_token(&form);
    let fields: Vec<(&str, &str)> = vec![
        ("display_name", "Olena Shevchenko"),
        ("bio", "Accountant"),
        ("bio_visibility", "public"),
        ("story", "From *Kharkiv*."),
        ("story_visibility", "members"),
        ("language", "uk"),
        ("level", "native"),
        ("language", "pl"),
        ("level", ""),
        ("language", ""),
        ("level", "basic"),
        ("languages_visibility", "members"),
        ("skill", "Tax forms, PIT"),
        ("skill", ""),
        ("skills_visibility", "private"),
        ("csrf_token", &token),
    ];
    let saved = browser
        .post(server.url("/account/profile"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(saved.headers()["location"], "/account/profile?saved=1");
    let profile = server.get_ok("/me/profile", &world.person.token).await;
    assert_eq!(profile["display_name"], "Olena Shevchenko");
    assert_eq!(profile["languages"], json!(["uk", "pl"]));
    assert_eq!(profile["language_levels"], json!({"uk": "native"}));
    assert_eq!(profile["skills"], json!(["tax forms", "pit"]));
    assert_eq!(
        profile["visibility"],
        json!({"bio": "public", "story": "members", "languages": "members", "skills": "private", "avatar": "private"})
    );
    let (_, again) = world.page(&browser, "/account/profile?saved=1").await;
    assert!(
        again.contains("role=\"status\""),
        "a notice says it is saved"
    );
    assert!(again.contains("value=\"tax forms\""));
    assert!(again.contains("<option value=\"uk\" lang=\"uk\" selected>"));

    // A refused form shows its errors, keeps what was typed, and changes nothing.
    let long = "x".repeat(301);
    let refused = browser
        .post(server.url("/account/profile"))
        .form(&[
            ("display_name", "Olena"),
            ("bio", long.as_str()),
            ("bio_visibility", "members"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""));
    assert!(html.contains("href=\"#bio\""));
    assert!(html.contains(&long), "what was typed is kept");
    assert_eq!(
        server.get_ok("/me/profile", &world.person.token).await,
        profile
    );
    // Without its token the form changes nothing.
    let forged = browser
        .post(server.url("/account/profile"))
        .form(&[("display_name", "Forged"), ("bio", "Forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        server.get_ok("/me/profile", &world.person.token).await["bio"],
        "Accountant"
    );
    world.db.drop_database().await;
}
