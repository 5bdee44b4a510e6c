//! Profiles and the talent directory end to end: each field (bio, story, languages, skills) is
//! shown to exactly its audience — on the person's page and in the API, in the community's
//! directory, and in what its filters match — for each kind of viewer: a visitor, a member of
//! the same community, a member of another community only, and the person themself. Fields are
//! private by default; a refused change changes nothing; display names refuse what changes how
//! they look unseen; contact goes through a private conversation; the demo answers "who here
//! speaks Ukrainian and can help with a tax form". One test binary; each file holds one part.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod avatar;
mod contact;
mod directory;
mod editing;
mod visibility;

use common::{
    Engine, PASSWORD, Person, TestDatabase, TestServer, csrf_token, neighbourhood, signed_in_pages,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Wawer with the person whose profile is looked at, a member beside them, and someone who is
/// a member of another community only; all signed in through the API.
struct World {
    db: TestDatabase,
    server: TestServer,
    person: Person,
    member: Person,
    outsider: Person,
}

/// The e-mail addresses `neighbourhood` gives: the admin, the moderator, then the residents.
const PERSON_EMAIL: &str = "person2@example.org";
const MEMBER_EMAIL: &str = "person3@example.org";
const OUTSIDER_EMAIL: &str = "outsider@example.org";

async fn world(engine: Engine) -> Option<World> {
    let db = TestDatabase::create(engine).await?;
    let server = TestServer::start(&db, &[]).await;
    let hood = neighbourhood(&db, &server, 2).await;
    let created = server
        .post_json(
            "/communities",
            Some(&hood.coordinator),
            json!({"slug": "lublin", "name": "Lublin", "description": "", "country": "PL", "default_locale": "pl"}),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let (token, id) = server.resident(OUTSIDER_EMAIL, "Olga Outsider").await;
    let joined = server
        .post_json("/communities/lublin/members", Some(&token), json!({}))
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    let person = hood.residents[0].clone();
    let member = hood.residents[1].clone();
    Some(World {
        db,
        server,
        person,
        member,
        outsider: Person { token, id },
    })
}

/// Changes someone's profile through the API; it must be accepted.
async fn patch(server: &TestServer, person: &Person, body: Value) -> Value {
    let response = server
        .patch_json("/me/profile", Some(&person.token), body)
        .await;
    let status = response.status();
    let answer: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer
}

/// One viewer: a bearer token, or none for a visitor.
#[derive(Clone, Copy, Debug)]
enum Viewer {
    Visitor,
    Member,
    Outsider,
    Themself,
}

const VIEWERS: [Viewer; 4] = [
    Viewer::Visitor,
    Viewer::Member,
    Viewer::Outsider,
    Viewer::Themself,
];

impl World {
    fn token(&self, viewer: Viewer) -> Option<&str> {
        match viewer {
            Viewer::Visitor => None,
            Viewer::Member => Some(&self.member.token),
            Viewer::Outsider => Some(&self.outsider.token),
            Viewer::Themself => Some(&self.person.token),
        }
    }

    /// The person as the viewer gets them from the API: the status, and the body.
    async fn person_as(&self, viewer: Viewer) -> (StatusCode, Value) {
        let response = self
            .server
            .get_api(
                &format!("/communities/wawer/people/{}", self.person.id),
                self.token(viewer),
            )
            .await;
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The ids the directory lists to the viewer with this query (`skill=…&language=…&q=…`).
    async fn listed_to(&self, viewer: Viewer, query: &str) -> Vec<String> {
        let response = self
            .server
            .get_api(
                &format!("/communities/wawer/people?{query}"),
                self.token(viewer),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "people?{query}");
        common::ids(&response.json().await.unwrap())
    }

    /// Whether the person is in the directory the viewer reads with this query.
    async fn lists_person(&self, viewer: Viewer, query: &str) -> bool {
        self.listed_to(viewer, query)
            .await
            .contains(&self.person.id)
    }

    /// A browser signed in as the viewer (none for a visitor).
    async fn browser(&self, viewer: Viewer) -> reqwest::Client {
        let email = match viewer {
            Viewer::Visitor => {
                return reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .unwrap();
            }
            Viewer::Member => MEMBER_EMAIL,
            Viewer::Outsider => OUTSIDER_EMAIL,
            Viewer::Themself => PERSON_EMAIL,
        };
        signed_in_pages(&self.server, email).await
    }

    /// A page as a browser gets it: status and HTML.
    async fn page(&self, browser: &reqwest::Client, path: &str) -> (StatusCode, String) {
        let response = browser.get(self.server.url(path)).send().await.unwrap();
        (response.status(), response.text().await.unwrap())
    }
}
