//! The directory as a list: by name then id, a page at a time with a cursor, filters that are
//! checked, the community's home showing a few people, and the demo's Wawer, where members find
//! who speaks Ukrainian and can help with a tax form.

use super::*;

on_both_engines!(
    the_directory_pages_by_name_and_checks_its_filters,
    the_community_home_shows_a_few_people_and_the_navigation_leads_there,
    the_demo_answers_who_speaks_ukrainian_and_helps_with_taxes,
);

async fn the_directory_pages_by_name_and_checks_its_filters(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    let names = ["Zofia", "anna", "Łucja", "Bartek", "Ćwiek"];
    let mut people = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let (token, id) = server
            .resident(&format!("dir{index}@example.org"), name)
            .await;
        let joined = server
            .post_json("/communities/wawer/members", Some(&token), json!({}))
            .await;
        assert_eq!(joined.status(), StatusCode::CREATED);
        let person = Person { token, id };
        patch(
            server,
            &person,
            json!({"bio": format!("Neighbour {index}"), "visibility": {"bio": "public"}}),
        )
        .await;
        people.push(person);
    }
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = server
            .get_api(
                &format!(
                    "/communities/wawer/people?limit=2&cursor={}",
                    common_encode(&cursor)
                ),
                None,
            )
            .await;
        assert_eq!(page.status(), StatusCode::OK);
        let page: Value = page.json().await.unwrap();
        assert!(page["items"].as_array().unwrap().len() <= 2);
        for item in page["items"].as_array().unwrap() {
            seen.push(item["display_name"].as_str().unwrap().to_owned());
            assert!(item["url"].as_str().unwrap().contains("/c/wawer/people/"));
            assert!(item["story"].is_null() && item["skills"].is_null());
            assert_eq!(item["is_you"], false);
        }
        match page["next_cursor"].as_str() {
            Some(next) => next.clone_into(&mut cursor),
            None => break,
        }
    }
    // Case does not decide the order; letters beyond ASCII come after it, by code point.
    assert_eq!(seen, ["anna", "Bartek", "Zofia", "Ćwiek", "Łucja"]);
    for (query, field) in [
        ("language=xx", "language"),
        ("skill=a,b", "skill"),
        ("limit=0", "limit"),
        ("cursor=nonsense", "cursor"),
    ] {
        let response = server
            .get_api(&format!("/communities/wawer/people?{query}"), None)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["errors"][field].is_string(), "{query}: {problem}");
    }
    let (status, html) = server.get_page("/c/wawer/people?language=xx").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("class=\"error-summary\""));
    assert_eq!(
        server
            .get_api("/communities/nowhere/people", None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // The person's page of someone who is no member here is not found, whatever they show.
    patch(
        server,
        &world.outsider,
        json!({"bio": "Hello from Lublin", "visibility": {"bio": "public"}}),
    )
    .await;
    let elsewhere = server
        .get_api(
            &format!("/communities/wawer/people/{}", world.outsider.id),
            None,
        )
        .await;
    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
    let there = server
        .get_api(
            &format!("/communities/lublin/people/{}", world.outsider.id),
            None,
        )
        .await;
    assert_eq!(there.status(), StatusCode::OK);
    world.db.drop_database().await;
}

/// A cursor in a query string.
fn common_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

async fn the_community_home_shows_a_few_people_and_the_navigation_leads_there(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    patch(
        &world.server,
        &world.person,
        json!({"bio": "Seamstress", "skills": ["sewing"], "visibility": {"bio": "members", "skills": "public"}}),
    )
    .await;
    let person_page = format!("/c/wawer/people/{}", world.person.id);
    let (_, visitor) = world.server.get_page("/c/wawer").await;
    assert!(
        visitor.contains("href=\"/c/wawer/people\""),
        "the community's navigation"
    );
    assert!(visitor.contains(&person_page), "a public skill lists them");
    assert!(
        !visitor.contains("Seamstress"),
        "the members-only bio is not shown"
    );
    let member = world.browser(Viewer::Member).await;
    let (_, html) = world.page(&member, "/c/wawer").await;
    assert!(html.contains("Seamstress"));
    let (status, html) = world.page(&member, &person_page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Seamstress") && html.contains("sewing"));
    assert!(
        html.contains("/people/") && html.contains("/message\""),
        "a member may write"
    );
    world.db.drop_database().await;
}

async fn the_demo_answers_who_speaks_ukrainian_and_helps_with_taxes(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    for _ in 0..2 {
        let output = db.command(&["demo"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let server = TestServer::start(&db, &[]).await;
    let session: Value = server
        .sign_in("sarah@wawer.example", "micropolis-demo")
        .await
        .json()
        .await
        .unwrap();
    let sarah = session["token"].as_str().unwrap();
    let query = "/communities/wawer/people?language=uk&skill=formularze+podatkowe";
    let found = server.get_ok(query, sarah).await;
    let names: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Олена Шевченко"], "{found}");
    // Her skills are for members: a visitor finds her by language, not by skill.
    let visitor: Value = server.get_api(query, None).await.json().await.unwrap();
    assert_eq!(visitor["items"], json!([]));
    let ukrainian: Value = server
        .get_api("/communities/wawer/people?language=uk", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        ukrainian["items"].as_array().unwrap().len() >= 2,
        "{ukrainian}"
    );
    // Each community's directory has people in it, in several languages.
    for slug in ["wawer", "middelfart", "cagliari-centro-storico"] {
        let listed: Value = server
            .get_api(&format!("/communities/{slug}/people?limit=100"), None)
            .await
            .json()
            .await
            .unwrap();
        assert!(
            listed["items"].as_array().unwrap().len() >= 4,
            "{slug}: {listed}"
        );
    }
    let arabic: Value = server
        .get_api("/communities/middelfart/people?language=ar", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(arabic["items"][0]["display_name"], "James O'Connor");
    db.drop_database().await;
}
