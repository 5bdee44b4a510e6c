//! Account security stays the person's alone: while acting, a helper cannot change the
//! person's password or settings, end their sessions, download or erase their data, or manage
//! their helpers. Each is refused with 403 and changes nothing.

use super::*;

on_both_engines!(account_security_is_refused_while_acting);

async fn account_security_is_refused_while_acting(engine: Engine) {
    let Some(scene) = scene(engine).await else {
        return;
    };
    let server = &scene.server;
    scene.named().await;
    scene.acting().await;
    let token = Some(scene.helper.token.as_str());
    let new_password = "a different and long river";
    let refusals = [
        (
            "PUT /me/password",
            server
                .put_json(
                    "/me/password",
                    token,
                    json!({"current_password": PASSWORD, "new_password": new_password}),
                )
                .await,
        ),
        (
            "PATCH /me",
            server
                .patch_json("/me", token, json!({"display_name": "Someone else"}))
                .await,
        ),
        ("GET /me/export", server.get_api("/me/export", token).await),
        (
            "DELETE /me",
            server
                .delete_json("/me", token, json!({"password": PASSWORD}))
                .await,
        ),
        (
            "GET /me/sessions",
            server.get_api("/me/sessions", token).await,
        ),
        (
            "DELETE /me/sessions/{id}",
            server
                .delete_json("/me/sessions/whatever", token, json!({}))
                .await,
        ),
        (
            "GET /me/helpers",
            server.get_api("/me/helpers", token).await,
        ),
        (
            "POST /me/helpers",
            server
                .post_json(
                    "/me/helpers",
                    token,
                    json!({"email": "person4@example.org"}),
                )
                .await,
        ),
        (
            "DELETE /me/helpers/{id}",
            server
                .delete_json(
                    &format!("/me/helpers/{}", scene.helper.id),
                    token,
                    json!({}),
                )
                .await,
        ),
        (
            "GET /me/helping",
            server.get_api("/me/helping", token).await,
        ),
        (
            "GET /me/helper-actions",
            server.get_api("/me/helper-actions", token).await,
        ),
        (
            "GET /me/helping/actions",
            server.get_api("/me/helping/actions", token).await,
        ),
    ];
    for (what, response) in refusals {
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{what}");
        let problem: Value = response.json().await.unwrap();
        assert!(
            problem["detail"].as_str().unwrap().contains("theirs alone"),
            "{what}: {problem}"
        );
    }
    // Nothing changed: the person signs in with the same password, keeps their name, their
    // helper and their account.
    let signed_in = server.sign_in(PERSON_EMAIL, PASSWORD).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let person = server.get_ok("/me", &scene.person.token).await;
    assert_eq!(person["display_name"], "Person 3");
    assert_eq!(
        ids(&server.get_ok("/me/helpers", &scene.person.token).await).len(),
        1
    );
    assert_eq!(
        server.sign_in(PERSON_EMAIL, new_password).await.status(),
        StatusCode::UNAUTHORIZED
    );
    // The helper still acts for the person, and none of the refusals was recorded.
    assert_eq!(me(server, &scene.helper.token).await, scene.person.id);
    assert!(
        ids(&server
            .get_ok("/me/helper-actions", &scene.person.token)
            .await)
        .is_empty()
    );
    scene.finish().await;
}
