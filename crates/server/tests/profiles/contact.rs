//! Contact goes through a private conversation, never an address: "Send a message" on a
//! person's page (members only) opens the one direct conversation of the two in the community;
//! the profile is in the person's data export and goes with their account.

use super::*;

on_both_engines!(
    a_member_writes_to_a_person_in_a_private_conversation,
    only_members_write_and_only_to_someone_they_can_see,
    the_profile_is_exported_and_erased_with_the_account,
);

async fn a_member_writes_to_a_person_in_a_private_conversation(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    patch(
        server,
        &world.person,
        json!({"skills": ["tax forms"], "visibility": {"skills": "members"}}),
    )
    .await;
    let person_page = format!("/c/wawer/people/{}", world.person.id);
    let member = world.browser(Viewer::Member).await;
    let (_, html) = world.page(&member, &person_page).await;
    assert!(!html.contains("@example.org"), "no address is ever shown");
    let sent = member
        .post(server.url(&format!("{person_page}/message")))
        .form(&[
            ("message", "Could you help me with my PIT on Saturday?"),
            ("csrf_token", &csrf_token(&html)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let location = sent.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/conversations/"), "{location}");
    let conversation_id = location.trim_start_matches("/conversations/").to_owned();

    let inbox = server.get_ok("/conversations", &world.person.token).await;
    assert_eq!(inbox["items"][0]["id"], conversation_id.as_str());
    assert_eq!(inbox["items"][0]["about"], Value::Null);
    assert_eq!(inbox["items"][0]["unread"], 1);
    let read = server
        .get_ok(
            &format!("/conversations/{conversation_id}"),
            &world.person.token,
        )
        .await;
    assert_eq!(read["support_id"], Value::Null);
    assert_eq!(read["with"]["id"], world.member.id.as_str());
    assert_eq!(
        read["messages"][0]["body"],
        "Could you help me with my PIT on Saturday?"
    );
    assert!(!read.to_string().contains("@example.org"));

    // The pair has one conversation in the community, whoever writes.
    let again = server
        .post_json(
            &format!(
                "/communities/wawer/people/{}/conversations",
                world.person.id
            ),
            Some(&world.member.token),
            json!({"message": "Or on Sunday."}),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CREATED);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["id"], conversation_id.as_str());
    assert_eq!(again["messages"].as_array().unwrap().len(), 2);
    patch(
        server,
        &world.member,
        json!({"bio": "New here", "visibility": {"bio": "members"}}),
    )
    .await;
    let back = server
        .post_json(
            &format!(
                "/communities/wawer/people/{}/conversations",
                world.member.id
            ),
            Some(&world.person.token),
            json!({"message": "Saturday at ten."}),
        )
        .await;
    assert_eq!(back.status(), StatusCode::CREATED);
    let back: Value = back.json().await.unwrap();
    assert_eq!(back["id"], conversation_id.as_str());

    // The conversation page says what it is and links to the other person; the person page
    // links to the conversation.
    let person = world.browser(Viewer::Themself).await;
    let (status, html) = world.page(&person, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("A direct conversation"), "{html}");
    assert!(html.contains(&format!("/c/wawer/people/{}", world.member.id)));
    let (_, html) = world.page(&member, &person_page).await;
    assert!(html.contains(&format!("href=\"{location}\"")));
    // An answer to an offer or request still opens a conversation about it.
    let request = common::post_item(
        server,
        &world.person.token,
        json!({"kind": "request", "category": "digital", "title": "Phone", "body": "e-prescription"}),
    )
    .await;
    let answered = server
        .post_json(
            &format!("/support/{}/conversations", request["id"].as_str().unwrap()),
            Some(&world.member.token),
            json!({"message": "I can help."}),
        )
        .await;
    assert_eq!(answered.status(), StatusCode::CREATED);
    let answered: Value = answered.json().await.unwrap();
    assert_ne!(answered["id"], conversation_id.as_str());
    assert_eq!(answered["support_id"], request["id"]);
    assert_eq!(answered["about"], "Phone");
    world.db.drop_database().await;
}

async fn only_members_write_and_only_to_someone_they_can_see(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    let write = |token: &str, to: &str| {
        let token = token.to_owned();
        let to = to.to_owned();
        async move {
            server
                .post_json(
                    &format!("/communities/wawer/people/{to}/conversations"),
                    Some(&token),
                    json!({"message": "Hello"}),
                )
                .await
                .status()
        }
    };
    // Someone who shows nothing is not found, to write to either.
    assert_eq!(
        write(&world.member.token, &world.person.id).await,
        StatusCode::NOT_FOUND
    );
    patch(
        server,
        &world.person,
        json!({"bio": "Hello", "visibility": {"bio": "public"}}),
    )
    .await;
    assert_eq!(
        write(&world.outsider.token, &world.person.id).await,
        StatusCode::FORBIDDEN,
        "members only"
    );
    assert_eq!(
        write(&world.person.token, &world.person.id).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not to oneself"
    );
    let empty = server
        .post_json(
            &format!(
                "/communities/wawer/people/{}/conversations",
                world.person.id
            ),
            Some(&world.member.token),
            json!({"message": "  "}),
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = empty.json().await.unwrap();
    assert!(problem["errors"]["message"].is_string());
    assert_eq!(
        server.get_ok("/conversations", &world.member.token).await["items"],
        json!([]),
        "nothing was started"
    );
    // The page offers the form to members only, and shows a refused message's error.
    let person_page = format!("/c/wawer/people/{}", world.person.id);
    let (_, visitor) = server.get_page(&person_page).await;
    assert!(!visitor.contains("/message\""));
    let outsider = world.browser(Viewer::Outsider).await;
    let (status, html) = world.page(&outsider, &person_page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("/message\""));
    let member = world.browser(Viewer::Member).await;
    let (_, html) = world.page(&member, &person_page).await;
    let refused = member
        .post(server.url(&format!("{person_page}/message")))
        .form(&[("message", ""), ("csrf_token", &csrf_token(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("href=\"#message\""));
    // An outsider's page view of a members-only profile is not found.
    patch(
        server,
        &world.person,
        json!({"visibility": {"bio": "members"}}),
    )
    .await;
    let (status, _) = world.page(&outsider, &person_page).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        world.person_as(Viewer::Outsider).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(world.person_as(Viewer::Member).await.0, StatusCode::OK);
    world.db.drop_database().await;
}

async fn the_profile_is_exported_and_erased_with_the_account(engine: Engine) {
    let Some(world) = world(engine).await else {
        return;
    };
    let server = &world.server;
    patch(
        server,
        &world.person,
        json!({"bio": "Accountant", "languages": ["uk"], "language_levels": {"uk": "native"},
               "skills": ["tax forms"], "visibility": {"bio": "public", "skills": "public"}}),
    )
    .await;
    let export = server.get_ok("/me/export", &world.person.token).await;
    let profiles = &export["data"]["profiles"];
    assert_eq!(profiles["profile"][0]["bio"], "Accountant", "{profiles}");
    assert_eq!(profiles["profile"][0]["bio_visibility"], "public");
    assert_eq!(profiles["profile"][0]["story_visibility"], "private");
    assert_eq!(
        profiles["languages"],
        json!([{"code": "uk", "level": "native"}])
    );
    assert_eq!(profiles["skills"], json!([{"tag": "tax forms"}]));
    assert!(world.lists_person(Viewer::Visitor, "skill=tax+forms").await);
    let erased = server
        .delete_json(
            "/me",
            Some(&world.person.token),
            json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(erased.status(), StatusCode::NO_CONTENT);
    assert!(!world.lists_person(Viewer::Visitor, "").await);
    assert!(!world.lists_person(Viewer::Member, "skill=tax+forms").await);
    assert_eq!(
        world.person_as(Viewer::Member).await.0,
        StatusCode::NOT_FOUND
    );
    world.db.drop_database().await;
}
