//! Erasure: a person's images go with them, rows and files; what they told stays, without the
//! photo and under "former member"; other people's pictures stay.

use super::*;

on_both_engines!(erasure_deletes_the_persons_files_from_the_disk);

async fn erasure_deletes_the_persons_files_from_the_disk(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let Neighbourhood {
        admin, residents, ..
    } = neighbourhood(&db, &server, 1).await;
    let leaving = &residents[0];
    let mut images = Vec::new();
    for (who, alt) in [
        (leaving, "The old school"),
        (leaving, "The market"),
        (&admin, "The library"),
    ] {
        let response = server
            .upload_image(Some(&who.token), alt, "p.png", &png_picture(700, 400))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        images.push(response.json::<Value>().await.unwrap());
    }
    let response = server
        .post_json(
            "/communities/wawer/stories",
            Some(&leaving.token),
            json!({"title": "School days", "body": "We had one stove.", "image_id": images[0]["id"]}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let story: Value = response.json().await.unwrap();
    assert_eq!(server.media_files().len(), 9, "three variants each");
    let exported = exported_images(&server, &leaving.token).await;
    assert_eq!(exported.len(), 2);
    let stories = &server.get_ok("/me/export", &leaving.token).await["data"]["stories"]["stories"];
    assert_eq!(stories[0]["title"], "School days");

    let response = server
        .delete_json("/me", Some(&leaving.token), json!({"password": PASSWORD}))
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);

    let left = server.media_files();
    assert_eq!(left.len(), 3, "{left:?}");
    let library = images[2]["id"].as_str().unwrap();
    assert!(
        left.iter()
            .all(|path| path.to_string_lossy().contains(library)),
        "{left:?}"
    );
    for image in &images[..2] {
        let url = image["url"].as_str().unwrap();
        let response = server.client.get(url).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{url}");
    }
    let kept = server
        .get_api(&format!("/stories/{}", story["id"].as_str().unwrap()), None)
        .await;
    assert_eq!(kept.status(), StatusCode::OK);
    let kept: Value = kept.json().await.unwrap();
    assert_eq!(kept["title"], "School days");
    assert!(kept["image"].is_null(), "{kept}");
    assert_eq!(kept["author"]["name"], "");
    db.drop_database().await;
}
