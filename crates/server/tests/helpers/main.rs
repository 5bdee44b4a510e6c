//! Helpers end to end: naming a helper and ending it, acting for someone only within their
//! rights (never the helper's own), account security refused while acting, the record of every
//! change a helper makes and who may read it, the centre's desk that registers residents without
//! e-mail, each side's data download and erasure, and the same through forms alone (with their
//! CSRF tokens).
//! One test binary; each file holds the scenarios of one part, this one what they share.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod acting;
mod desk;
mod naming;
mod pages;
mod privacy;
mod record;
mod security;

use common::{
    Engine, Neighbourhood, PASSWORD, Person, TestDatabase, TestServer, csrf_token, ids,
    neighbourhood, signed_in_pages,
};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

/// Wawer with its admin and moderator, and three residents: `helper` (made an organiser,
/// `person2@example.org`), `person` (a plain member, `person3@example.org`) and `other`
/// (`person4@example.org`).
struct Scene {
    db: TestDatabase,
    server: TestServer,
    hood: Neighbourhood,
    helper: Person,
    person: Person,
    other: Person,
}

const HELPER_EMAIL: &str = "person2@example.org";
const PERSON_EMAIL: &str = "person3@example.org";

async fn scene(engine: Engine) -> Option<Scene> {
    let db = TestDatabase::create(engine).await?;
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 3).await;
    let [helper, person, other] = &hood.residents[..] else {
        panic!("three residents");
    };
    let (helper, person, other) = (helper.clone(), person.clone(), other.clone());
    let promoted = server
        .put_json(
            &format!("/communities/wawer/members/{}", helper.id),
            Some(&hood.admin.token),
            json!({"role": "organiser"}),
        )
        .await;
    assert_eq!(promoted.status(), StatusCode::OK);
    Some(Scene {
        db,
        server,
        hood,
        helper,
        person,
        other,
    })
}

impl Scene {
    async fn finish(self) {
        drop(self.server);
        self.db.drop_database().await;
    }

    /// `person` names `helper`; must succeed.
    async fn named(&self) -> Value {
        let response = name(&self.server, &self.person, HELPER_EMAIL).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    /// `helper`'s session acts for `person`; must succeed.
    async fn acting(&self) {
        let response = act_for(&self.server, &self.helper, &self.person.id).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["id"], self.person.id);
    }
}

async fn name(server: &TestServer, by: &Person, email: &str) -> Response {
    server
        .post_json("/me/helpers", Some(&by.token), json!({"email": email}))
        .await
}

async fn act_for(server: &TestServer, helper: &Person, person: &str) -> Response {
    server
        .post_json(
            "/me/acting-for",
            Some(&helper.token),
            json!({"account_id": person}),
        )
        .await
}

/// Who the token's requests count as (`GET /me`).
async fn me(server: &TestServer, token: &str) -> String {
    server.get_ok("/me", token).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A request for help in `wawer` (or `slug`) as `token`.
async fn post_request(server: &TestServer, slug: &str, token: &str) -> Response {
    server
        .post_json(
            &format!("/communities/{slug}/support"),
            Some(token),
            json!({"kind": "request", "category": "time", "title": "Shopping on Fridays",
                   "body": "Could someone carry the bags with me?"}),
        )
        .await
}

/// The kinds of the actions in a list, newest first.
fn kinds(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["kind"].as_str().unwrap().to_owned())
        .collect()
}
