//! Who sees which story: public ones everyone, members-only ones the community's members and
//! their author — and for anyone else they do not exist (404), in lists, pages and comments.

use super::*;

on_both_engines!(each_reader_sees_what_is_theirs_to_see);

async fn each_reader_sees_what_is_theirs_to_see(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        coordinator,
        residents,
        ..
    } = neighbourhood(&db, &server, 2).await;
    let (author, member) = (&residents[0], &residents[1]);
    let outsider = praga(&server, &coordinator).await;
    let public = tell(
        &server,
        author,
        json!({"title": "The ferry on the Vistula", "body": "It ran until **1960**.", "tags": ["river"]}),
    )
    .await;
    let photo = picture(&server, author, "The allotment gate at dawn").await;
    let private = tell(
        &server,
        author,
        json!({"title": "Our allotment gate", "body": "Code is in the shed.", "audience": "members",
               "image_id": photo}),
    )
    .await;
    assert_eq!(public["audience"], "public");
    assert_eq!(private["audience"], "members");
    assert!(public["url"].as_str().unwrap().ends_with(&format!(
        "/c/wawer/stories/{}",
        public["id"].as_str().unwrap()
    )));
    let private_path = format!("/stories/{}", private["id"].as_str().unwrap());
    let readers: [(&str, Option<&str>, bool); 4] = [
        ("anonymous", None, false),
        (
            "someone from another community",
            Some(&outsider.token),
            false,
        ),
        ("a member", Some(&member.token), true),
        ("the author", Some(&author.token), true),
    ];
    for (who, token, sees_private) in readers {
        let list: Value = server
            .get_api("/communities/wawer/stories", token)
            .await
            .json()
            .await
            .unwrap();
        let expected = if sees_private {
            vec!["Our allotment gate", "The ferry on the Vistula"]
        } else {
            vec!["The ferry on the Vistula"]
        };
        assert_eq!(titles(&list), expected, "{who}");
        let one = server.get_api(&private_path, token).await;
        let status = if sees_private {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(one.status(), status, "{who}");
        let comments = server
            .get_api(&format!("{private_path}/comments"), token)
            .await;
        assert_eq!(comments.status(), status, "{who}: comments");
        let public_one = server
            .get_api(
                &format!("/stories/{}", public["id"].as_str().unwrap()),
                token,
            )
            .await;
        assert_eq!(public_one.status(), StatusCode::OK, "{who}");
    }
    // Reporting what one may not see: it does not exist.
    let report = server
        .post_json(
            "/reports",
            Some(&outsider.token),
            json!({"target_type": "story", "target_id": private["id"], "reason": "spam"}),
        )
        .await;
    assert_eq!(report.status(), StatusCode::NOT_FOUND);

    // The pages agree: the anonymous visitor's list, home and story pages.
    let (status, list) = server.get_page("/c/wawer/stories").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("The ferry on the Vistula"));
    assert!(!list.contains("Our allotment gate"));
    let (_, home) = server.get_page("/c/wawer").await;
    assert!(
        home.contains("The ferry on the Vistula"),
        "the community home shows the latest stories"
    );
    assert!(!home.contains("Our allotment gate"));
    let (status, _) = server.get_page(&format!("/c/wawer{private_path}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, page) = server
        .get_page(&format!(
            "/c/wawer/stories/{}",
            public["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("<strong>1960</strong>"),
        "the text is Markdown"
    );
    let (_, feed) = server.get_page("/c/wawer/feed.atom").await;
    assert!(
        feed.contains("The ferry on the Vistula"),
        "public stories are in the feed"
    );
    assert!(!feed.contains("Our allotment gate"));
    // A story is found only under its own community.
    let (status, _) = server
        .get_page(&format!(
            "/c/praga/stories/{}",
            public["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let pages = signed_in_pages(&server, "person3@example.org").await;
    let page = pages
        .get(server.url(&format!("/c/wawer{private_path}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Our allotment gate"));
    assert!(
        html.contains("alt=\"The allotment gate at dawn\""),
        "{html}"
    );
    assert!(html.contains("srcset=\""), "{html}");
    assert!(html.contains("loading=\"lazy\""));
    db.drop_database().await;
}
