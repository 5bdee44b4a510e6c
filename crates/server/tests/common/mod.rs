//! The test harness: every test starts the real `micropolis` binary on a free port with a fresh
//! database of its own (SQLite, or PostgreSQL when `MICROPOLIS_TEST_POSTGRES_URL` is set), and
//! speaks HTTP to it. The server's log is captured, so tests can read the mails it "sends".

#![allow(dead_code)]

use std::io::{BufRead as _, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use store::testing;

pub const BINARY: &str = env!("CARGO_BIN_EXE_micropolis");
pub const PASSWORD: &str = "a long and quiet river";

pub use store::testing::TestEngine as Engine;

/// A database of its own for one test; `drop_database` removes it at the end.
pub struct TestDatabase {
    pub url: String,
    database: testing::FreshDatabase,
    /// Where commands run against this database (`demo`, `restore`) keep uploaded images.
    media: tempfile::TempDir,
}

impl TestDatabase {
    /// `None` when the engine is PostgreSQL and its tests are switched off.
    pub async fn create(engine: Engine) -> Option<Self> {
        let database = testing::FreshDatabase::create(engine).await.unwrap()?;
        Some(Self {
            url: database.url.clone(),
            database,
            media: tempfile::tempdir().unwrap(),
        })
    }

    pub async fn drop_database(&self) {
        self.database.remove().await.unwrap();
    }

    /// Runs a `micropolis` command against this database.
    pub fn command(&self, args: &[&str]) -> std::process::Output {
        Command::new(BINARY)
            .args(args)
            .env("MICROPOLIS_DATABASE_URL", &self.url)
            .env("MICROPOLIS_LOG", "warn")
            .env("MICROPOLIS_MEDIA_DIR", self.media.path())
            .output()
            .unwrap()
    }
}

pub struct TestServer {
    pub base: String,
    pub client: Client,
    child: Child,
    log: Arc<Mutex<String>>,
    /// This server's own directory of uploaded images (`MICROPOLIS_MEDIA_DIR`).
    pub media: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl TestServer {
    pub async fn start(db: &TestDatabase, env: &[(&str, &str)]) -> Self {
        let port = free_port();
        let media = tempfile::tempdir().unwrap();
        let mut command = Command::new(BINARY);
        command
            .arg("serve")
            .env("MICROPOLIS_DATABASE_URL", &db.url)
            .env("MICROPOLIS_BIND", format!("127.0.0.1:{port}"))
            .env("MICROPOLIS_SMTP_URL", "log")
            .env("MICROPOLIS_EMAIL_VERIFICATION", "optional")
            .env("MICROPOLIS_LOG", "info,sqlx=warn")
            .env("NO_COLOR", "1")
            .env("MICROPOLIS_MEDIA_DIR", media.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    log.lock().unwrap().push_str(&line);
                    log.lock().unwrap().push('\n');
                }
            });
        }
        let client = Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        let server = Self {
            base: format!("http://127.0.0.1:{port}"),
            client,
            child,
            log,
            media,
        };
        server.wait_until_healthy().await;
        server
    }

    async fn wait_until_healthy(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = self.client.get(self.url("/healthz")).send().await
                && response.status() == StatusCode::OK
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not become healthy; its log:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits until the log contains `needle` and gives the log.
    pub async fn wait_for_log(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let log = self.log();
            if log.contains(needle) {
                return log;
            }
            assert!(
                Instant::now() < deadline,
                "{needle:?} never appeared in the log:\n{log}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The link starting with `path` in a mail to `email`, waiting for that mail to be sent.
    pub async fn link_in_mail(&self, email: &str, path: &str) -> String {
        let link_start = format!("{}{path}", self.base);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let log = self.log();
            let link = log
                .split(&format!("To: {email}"))
                .skip(1)
                .filter_map(|mail| mail.find(&link_start).map(|from| &mail[from..]))
                .last()
                .and_then(|text| text.split_whitespace().next());
            if let Some(link) = link {
                return link.to_owned();
            }
            assert!(
                Instant::now() < deadline,
                "no mail to {email} with {path}; the log:\n{log}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sends SIGTERM and gives the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not stop on SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    // ---- The JSON API ----

    pub async fn post_json(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        let mut request = self
            .client
            .post(self.url(&format!("/api/v1{path}")))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    pub async fn put_json(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        let mut request = self
            .client
            .put(self.url(&format!("/api/v1{path}")))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    pub async fn patch_json(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        let mut request = self
            .client
            .patch(self.url(&format!("/api/v1{path}")))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    pub async fn delete_json(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        let mut request = self
            .client
            .delete(self.url(&format!("/api/v1{path}")))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    /// A GET that must answer 200; gives its JSON.
    pub async fn get_ok(&self, path: &str, token: &str) -> Value {
        let response = self.get_api(path, Some(token)).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.unwrap()
    }

    pub async fn get_api(&self, path: &str, token: Option<&str>) -> Response {
        let mut request = self.client.get(self.url(&format!("/api/v1{path}")));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    pub async fn sign_up(&self, email: &str, name: &str) -> Value {
        let response = self
            .post_json(
                "/accounts",
                None,
                json!({"email": email, "password": PASSWORD, "display_name": name}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.post_json(
            "/sessions",
            None,
            json!({"email": email, "password": password}),
        )
        .await
    }

    /// Signs in through a reverse proxy that forwards for `client`.
    pub async fn sign_in_from(&self, email: &str, password: &str, client: &str) -> Response {
        self.client
            .post(self.url("/api/v1/sessions"))
            .header("X-Forwarded-For", client)
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap()
    }

    /// Signs up and in; gives the bearer token and the account id.
    pub async fn resident(&self, email: &str, name: &str) -> (String, String) {
        let account = self.sign_up(email, name).await;
        let session: Value = self.sign_in(email, PASSWORD).await.json().await.unwrap();
        (
            session["token"].as_str().unwrap().to_owned(),
            account["id"].as_str().unwrap().to_owned(),
        )
    }

    // ---- Pages ----

    pub async fn get_page(&self, path: &str) -> (StatusCode, String) {
        let response = self.client.get(self.url(path)).send().await.unwrap();
        (response.status(), response.text().await.unwrap())
    }

    /// Submits a form the way a browser does, with the page's CSRF token unless told otherwise.
    pub async fn submit(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        csrf_token: Option<&str>,
    ) -> Response {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        if let Some(token) = csrf_token {
            form.push(("csrf_token", token));
        }
        self.client
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The CSRF token a page puts in its forms.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .expect("the page has a form with a CSRF token")
        + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// Creates a network coordinator with the command line and signs them in.
pub async fn coordinator(db: &TestDatabase, server: &TestServer) -> String {
    let output = db.command(&[
        "admin",
        "create-coordinator",
        "--email",
        "coordinator@example.org",
        "--password",
        PASSWORD,
        "--name",
        "Katarzyna",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let session: Value = server
        .sign_in("coordinator@example.org", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    session["token"].as_str().unwrap().to_owned()
}

/// Creates the community `wawer` as a coordinator.
pub async fn wawer(server: &TestServer, coordinator_token: &str) {
    let body = json!({"slug": "wawer", "name": "Wawer", "description": "Nad Wisłą", "country": "PL", "default_locale": "pl"});
    let response = server
        .post_json("/communities", Some(coordinator_token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
}

/// Runs each named scenario on SQLite and on PostgreSQL (when switched on).
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(super::common::Engine::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(super::common::Engine::Postgres).await;
            }
        }
    )*};
}

/// Someone signed in through the API.
#[derive(Clone, Debug)]
pub struct Person {
    pub token: String,
    pub id: String,
}

/// The community `wawer` with an admin, a moderator and `residents` members, all signed in.
pub struct Neighbourhood {
    pub coordinator: String,
    pub admin: Person,
    pub moderator: Person,
    pub residents: Vec<Person>,
}

pub async fn neighbourhood(
    db: &TestDatabase,
    server: &TestServer,
    residents: usize,
) -> Neighbourhood {
    let coordinator = coordinator(db, server).await;
    wawer(server, &coordinator).await;
    let mut people = Vec::new();
    for index in 0..residents + 2 {
        let (token, id) = server
            .resident(
                &format!("person{index}@example.org"),
                &format!("Person {index}"),
            )
            .await;
        let joined = server
            .post_json("/communities/wawer/members", Some(&token), json!({}))
            .await;
        assert_eq!(joined.status(), StatusCode::CREATED);
        people.push(Person { token, id });
    }
    let mut people = people.into_iter();
    let admin = people.next().unwrap();
    let moderator = people.next().unwrap();
    for (person, role) in [(&admin, "admin"), (&moderator, "moderator")] {
        let response = server
            .put_json(
                &format!("/communities/wawer/members/{}", person.id),
                Some(&coordinator),
                json!({"role": role}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    Neighbourhood {
        coordinator,
        admin,
        moderator,
        residents: people.collect(),
    }
}

/// A second community, `praga`, with one member who shares no community with Wawer's people.
pub async fn praga(server: &TestServer, coordinator: &str) -> Person {
    let body = json!({"slug": "praga", "name": "Praga", "description": "Po drugiej stronie",
                      "country": "PL", "default_locale": "pl"});
    let response = server
        .post_json("/communities", Some(coordinator), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let (token, id) = server.resident("outsider@example.org", "Outsider").await;
    let joined = server
        .post_json("/communities/praga/members", Some(&token), json!({}))
        .await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    Person { token, id }
}

// ---- Mutual support ----

/// Posts an offer or request to `wawer`; gives the created item.
pub async fn post_item(server: &TestServer, token: &str, body: Value) -> Value {
    let response = server
        .post_json("/communities/wawer/support", Some(token), body)
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

/// The ids of a list's items, in order.
pub fn ids(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_owned())
        .collect()
}

/// A browser-like client signed in as `email` (password `PASSWORD`).
pub async fn signed_in_pages(server: &TestServer, email: &str) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let form = client
        .get(server.url("/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let signed_in = client
        .post(server.url("/sign-in"))
        .form(&[
            ("email", email),
            ("password", PASSWORD),
            ("csrf_token", &csrf_token(&form)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    client
}

// ---- The time bank ----

/// Proposes an exchange in `wawer` as `by`; gives it.
pub async fn propose(
    server: &TestServer,
    by: &Person,
    provider: &Person,
    receiver: &Person,
    minutes: i64,
) -> Value {
    let response = server
        .post_json(
            "/communities/wawer/exchanges",
            Some(&by.token),
            json!({"provider_id": provider.id, "receiver_id": receiver.id, "minutes": minutes,
                   "description": "Help with the garden"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

/// The person's account in `wawer`.
pub async fn balance(server: &TestServer, person: &Person) -> Value {
    server
        .get_ok("/communities/wawer/accounts/me", &person.token)
        .await
}

/// The ledger summary of `wawer`, as its admin reads it.
pub async fn ledger_summary(server: &TestServer, hood: &Neighbourhood) -> Value {
    server
        .get_ok("/communities/wawer/ledger/summary", &hood.admin.token)
        .await
}

mod photos;
#[allow(unused_imports)] // not every test binary uploads photos
pub use photos::*;
