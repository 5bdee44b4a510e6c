//! Each field is shown to exactly its audience, and matches a filter only for the viewers who
//! may see it: on the person's page and in the API, and in the directory (page and API).

use super::*;

on_both_engines!(
    the_bio_is_shown_to_exactly_its_audience,
    the_story_is_shown_to_exactly_its_audience,
    the_languages_are_shown_to_exactly_their_audience,
    the_skills_are_shown_to_exactly_their_audience,
    hidden_fields_never_match_a_filter,
    fields_are_private_by_default,
);

/// One field under test: its value, the filter that finds it, and what a page shows of it.
struct FieldCase {
    name: &'static str,
    value: Value,
    /// A directory query that matches the person by this field alone.
    filter: Option<&'static str>,
    /// Text a page shows when the field is shown.
    marker: &'static str,
}

/// Who sees a field with this visibility.
fn sees(visibility: &str, viewer: Viewer) -> bool {
    matches!(
        (visibility, viewer),
        (_, Viewer::Themself) | ("public", _) | ("members", Viewer::Member)
    )
}

async fn field_is_shown_to_exactly_its_audience(engine: Engine, case: FieldCase) {
    let Some(world) = world(engine).await else {
        return;
    };
    let mut browsers = Vec::new();
    for viewer in VIEWERS {
        browsers.push((viewer, world.browser(viewer).await));
    }
    let person_page = format!("/c/wawer/people/{}", world.person.id);
    for visibility in ["public", "members", "private"] {
        let mut change = serde_json::Map::new();
        change.insert(case.name.to_owned(), case.value.clone());
        change.insert("visibility".to_owned(), json!({ case.name: visibility }));
        patch(&world.server, &world.person, Value::Object(change)).await;
        for (viewer, browser) in &browsers {
            let viewer = *viewer;
            let expected = sees(visibility, viewer);
            let context = format!("{} {visibility} to {viewer:?}", case.name);

            // The person, in the API: the field, or (it being the only one) 404.
            let (status, body) = world.person_as(viewer).await;
            if expected {
                assert_eq!(status, StatusCode::OK, "{context}");
                assert!(!body[case.name].is_null(), "{context}: {body}");
                assert_eq!(body["is_you"], json!(matches!(viewer, Viewer::Themself)));
            } else {
                assert_eq!(status, StatusCode::NOT_FOUND, "{context}: {body}");
            }

            // Their page.
            let (status, html) = world.page(browser, &person_page).await;
            assert_eq!(
                status,
                if expected {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                },
                "{context}: page"
            );
            assert_eq!(html.contains(case.marker), expected, "{context}: page");

            // The directory, whole and filtered by this field.
            assert_eq!(
                world.lists_person(viewer, "").await,
                expected,
                "{context}: listed"
            );
            if let Some(filter) = case.filter {
                assert_eq!(
                    world.lists_person(viewer, filter).await,
                    expected,
                    "{context}: found by {filter}"
                );
                let (status, html) = world
                    .page(browser, &format!("/c/wawer/people?{filter}"))
                    .await;
                assert_eq!(status, StatusCode::OK);
                assert_eq!(
                    html.contains(&person_page),
                    expected,
                    "{context}: the directory page with {filter}"
                );
            }
            let (_, html) = world.page(browser, "/c/wawer/people").await;
            assert_eq!(
                html.contains(&person_page),
                expected,
                "{context}: the directory page"
            );
        }
    }
    world.db.drop_database().await;
}

async fn the_bio_is_shown_to_exactly_its_audience(engine: Engine) {
    let case = FieldCase {
        name: "bio",
        value: json!("Accountant from Kharkiv"),
        filter: Some("q=KHARKIV"),
        marker: "Accountant from Kharkiv",
    };
    field_is_shown_to_exactly_its_audience(engine, case).await;
}

async fn the_story_is_shown_to_exactly_its_audience(engine: Engine) {
    let case = FieldCase {
        name: "story",
        value: json!("I came to Wawer in **2022** with my daughter."),
        filter: None,
        marker: "<strong>2022</strong>",
    };
    field_is_shown_to_exactly_its_audience(engine, case).await;
}

async fn the_languages_are_shown_to_exactly_their_audience(engine: Engine) {
    let case = FieldCase {
        name: "languages",
        value: json!(["sw"]),
        filter: Some("language=sw"),
        marker: "Kiswahili",
    };
    field_is_shown_to_exactly_its_audience(engine, case).await;
}

async fn the_skills_are_shown_to_exactly_their_audience(engine: Engine) {
    let case = FieldCase {
        name: "skills",
        value: json!(["Tax  Forms"]),
        filter: Some("skill=tax%20forms"),
        marker: "tax forms",
    };
    field_is_shown_to_exactly_its_audience(engine, case).await;
}

/// A private skill must not make a person appear under that skill, nor in a search for its
/// words; a members-only language must not answer a visitor's language filter.
async fn hidden_fields_never_match_a_filter(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    patch(
        &world.server,
        &world.person,
        json!({"bio": "Accountant", "skills": ["tax forms"], "languages": ["sw"],
               "visibility": {"bio": "public", "skills": "private", "languages": "members"}}),
    )
    .await;
    for viewer in [Viewer::Visitor, Viewer::Member, Viewer::Outsider] {
        assert!(
            world.lists_person(viewer, "").await,
            "{viewer:?}: the bio lists them"
        );
        assert!(
            world.lists_person(viewer, "q=accountant").await,
            "{viewer:?}"
        );
        assert!(
            !world.lists_person(viewer, "skill=tax+forms").await,
            "{viewer:?}: a private skill matches nothing"
        );
        assert!(
            !world.lists_person(viewer, "q=tax").await,
            "{viewer:?}: nor do its words"
        );
        assert_eq!(
            world.lists_person(viewer, "language=sw").await,
            matches!(viewer, Viewer::Member),
            "{viewer:?}: the members-only language"
        );
        let (_, body) = world.person_as(viewer).await;
        assert!(body["skills"].is_null(), "{viewer:?}: {body}");
        assert_eq!(body["bio"], "Accountant");
    }
    assert!(
        world
            .lists_person(Viewer::Themself, "skill=tax+forms")
            .await
    );
    assert!(world.lists_person(Viewer::Themself, "q=tax").await);
    // Both filters at once, and together with words.
    assert!(
        world
            .lists_person(Viewer::Themself, "skill=tax+forms&language=sw&q=account")
            .await
    );
    assert!(
        !world
            .lists_person(Viewer::Member, "skill=tax+forms&language=sw")
            .await
    );
    // The suggestions never offer a tag nobody may see.
    let (_, html) = world
        .page(&world.browser(Viewer::Member).await, "/c/wawer/people")
        .await;
    assert!(
        !html.contains("tax forms"),
        "a private tag is never suggested"
    );
    world.db.drop_database().await;
}

async fn fields_are_private_by_default(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let fresh = world
        .server
        .get_ok("/me/profile", &world.person.token)
        .await;
    assert_eq!(
        fresh["visibility"],
        json!({"bio": "private", "story": "private", "languages": "private", "skills": "private", "avatar": "private"})
    );
    assert_eq!(fresh["bio"], "");
    let saved = patch(
        &world.server,
        &world.person,
        json!({"bio": "Retired teacher", "story": "Long story.", "languages": ["pl", "uk"],
               "language_levels": {"pl": "native"}, "skills": ["Baking"]}),
    )
    .await;
    assert_eq!(saved["visibility"], fresh["visibility"], "still private");
    assert_eq!(saved["languages"], json!(["pl", "uk"]));
    assert_eq!(saved["language_levels"], json!({"pl": "native"}));
    assert_eq!(saved["skills"], json!(["baking"]));
    assert!(saved["url"].as_str().unwrap().ends_with("/account/profile"));
    for viewer in [Viewer::Visitor, Viewer::Member, Viewer::Outsider] {
        assert_eq!(world.person_as(viewer).await.0, StatusCode::NOT_FOUND);
        assert!(!world.lists_person(viewer, "").await, "{viewer:?}");
    }
    let (status, own) = world.person_as(Viewer::Themself).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(own["bio"], "Retired teacher");
    assert_eq!(own["visibility"]["skills"], "private");
    assert!(world.lists_person(Viewer::Themself, "").await);
    world.db.drop_database().await;
}
