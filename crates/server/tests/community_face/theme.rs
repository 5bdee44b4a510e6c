//! The colour on the pages: the community's stylesheet, linked from its pages only, cached for a
//! year under an address that changes with the colour, and never over high contrast.

use super::*;

on_both_engines!(
    the_colour_reaches_the_community_pages_only,
    each_demo_community_has_its_colour,
);

async fn the_colour_reaches_the_community_pages_only(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator, admin, ..
    } = neighbourhood(&db, &server, 0).await;
    let visitor = &server.client;

    // Without a colour of its own, the community has no stylesheet of its own.
    let (_, home) = page(visitor, &server, "/c/wawer").await;
    assert_eq!(theme_link(&home), None);
    let missing = visitor
        .get(server.url("/c/wawer/theme.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    let (status, _) = patch(
        &server,
        Some(&admin.token),
        json!({"accent_colour": "#2e6b30"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    for path in ["/c/wawer", "/c/wawer/events", "/c/wawer/initiatives"] {
        let (status, html) = page(visitor, &server, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            theme_link(&html).as_deref(),
            Some("/c/wawer/theme.css?v=2e6b30"),
            "{path}"
        );
    }
    for path in ["/", "/help", "/sign-in"] {
        let (_, html) = page(visitor, &server, path).await;
        assert_eq!(theme_link(&html), None, "{path}");
    }
    // Another community keeps the network's colours.
    let other = json!({"slug": "praga", "name": "Praga", "description": "", "country": "PL", "default_locale": "pl"});
    let created = server
        .post_json("/communities", Some(&coordinator), other)
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let (_, praga) = page(visitor, &server, "/c/praga").await;
    assert_eq!(theme_link(&praga), None);

    // The stylesheet: the colour, a lighter shade for dark mode, nothing under high contrast;
    // cached for a year, with no cookie.
    let sheet = visitor
        .get(server.url("/c/wawer/theme.css?v=2e6b30"))
        .send()
        .await
        .unwrap();
    assert_eq!(sheet.status(), StatusCode::OK);
    assert_eq!(sheet.headers()["content-type"], "text/css; charset=utf-8");
    let cache = sheet.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cache.contains("max-age=31536000") && cache.contains("immutable"),
        "{cache}"
    );
    assert!(sheet.headers().get("set-cookie").is_none());
    let css = sheet.text().await.unwrap();
    assert!(
        css.contains(":root:not(.contrast-high) { --accent: #2e6b30; --accent-fg: #ffffff; }"),
        "{css}"
    );
    assert!(css.contains("prefers-color-scheme: dark"), "{css}");
    assert!(
        !css.contains("--accent: #2e6b30; --accent-fg: #0d1b2a"),
        "dark mode gets a lighter shade: {css}"
    );

    // A new colour is a new address; an old address still answers, but is not kept.
    let (status, _) = patch(
        &server,
        Some(&admin.token),
        json!({"accent_colour": "#a33a17"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, home) = page(visitor, &server, "/c/wawer").await;
    assert_eq!(
        theme_link(&home).as_deref(),
        Some("/c/wawer/theme.css?v=a33a17")
    );
    let stale = visitor
        .get(server.url("/c/wawer/theme.css?v=2e6b30"))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.headers()["cache-control"], "no-cache");
    assert!(stale.text().await.unwrap().contains("--accent: #a33a17;"));

    // High contrast still wins: the page says so on <html>, which the stylesheet leaves alone.
    let home = reqwest::Client::new()
        .get(server.url("/c/wawer"))
        .header("cookie", "mp_contrast=high")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("class=\"contrast-high\""), "{home}");
    assert!(theme_link(&home).is_some());
    db.drop_database().await;
}

/// The demo's three communities each have a colour of their own, on their own pages, and a
/// cover photo described in their language.
async fn each_demo_community_has_its_colour(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    // The demo's photos go to a directory of this test's own.
    let media = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(common::BINARY)
        .arg("demo")
        .env("MICROPOLIS_DATABASE_URL", &db.url)
        .env("MICROPOLIS_MEDIA_DIR", media.path())
        .env("MICROPOLIS_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let server = TestServer::start(&db, &[]).await;
    let list: Value = server
        .get_api("/communities", None)
        .await
        .json()
        .await
        .unwrap();
    let mut colours = Vec::new();
    for community in list["items"].as_array().unwrap() {
        let slug = community["slug"].as_str().unwrap();
        let colour = community["accent_colour"].as_str().unwrap().to_owned();
        let alt = community["cover"]["alt"].as_str().unwrap();
        assert!(alt.len() > 20, "{slug}: {alt}");
        let (_, home) = page(&server.client, &server, &format!("/c/{slug}")).await;
        let expected = format!("/c/{slug}/theme.css?v={}", colour.trim_start_matches('#'));
        assert_eq!(theme_link(&home), Some(expected), "{slug}");
        colours.push(colour);
    }
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), 3, "{colours:?}");
    db.drop_database().await;
}
