//! Fresh, empty databases for tests: a SQLite file, or a new database on the PostgreSQL server
//! named by `MICROPOLIS_TEST_POSTGRES_URL` (when set). Tests create one each, so they never share
//! state and can run in parallel.

use sqlx::{Connection as _, Executor as _, PgConnection};

pub const POSTGRES_URL_VARIABLE: &str = "MICROPOLIS_TEST_POSTGRES_URL";

/// The engine a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestEngine {
    Sqlite,
    Postgres,
}

/// An empty database that belongs to one test: a SQLite file in the system's temporary folder
/// (deleted when dropped), or a PostgreSQL database (dropped by `remove`).
pub struct FreshDatabase {
    pub url: String,
    postgres_server: Option<String>,
    sqlite_file: Option<std::path::PathBuf>,
}

impl FreshDatabase {
    /// `None`, with a notice, when the engine is PostgreSQL and its tests are switched off.
    pub async fn create(engine: TestEngine) -> Result<Option<Self>, sqlx::Error> {
        match engine {
            TestEngine::Sqlite => {
                let file = std::env::temp_dir().join(format!(
                    "micropolis-test-{}.db",
                    uuid::Uuid::new_v4().simple()
                ));
                let url = format!("sqlite://{}", file.display());
                Ok(Some(Self {
                    url,
                    postgres_server: None,
                    sqlite_file: Some(file),
                }))
            }
            TestEngine::Postgres => {
                let Some(server) = postgres_server() else {
                    eprintln!("PostgreSQL test skipped: {POSTGRES_URL_VARIABLE} is not set");
                    return Ok(None);
                };
                let url = create_postgres_database(&server).await?;
                Ok(Some(Self {
                    url,
                    postgres_server: Some(server),
                    sqlite_file: None,
                }))
            }
        }
    }

    pub async fn remove(&self) -> Result<(), sqlx::Error> {
        if let Some(server) = &self.postgres_server {
            drop_postgres_database(server, &self.url).await?;
        }
        Ok(())
    }
}

/// A SQLite file goes away with its test, even one that failed.
impl Drop for FreshDatabase {
    fn drop(&mut self) {
        if let Some(file) = &self.sqlite_file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
    }
}

/// The PostgreSQL server for tests, when the PostgreSQL tests are switched on.
pub fn postgres_server() -> Option<String> {
    std::env::var(POSTGRES_URL_VARIABLE)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// Creates a new database on the server and gives its URL.
pub async fn create_postgres_database(server_url: &str) -> Result<String, sqlx::Error> {
    let name = format!("micropolis_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(server_url).await?;
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    admin.close().await?;
    Ok(database_url(server_url, &name))
}

/// Drops a database made by `create_postgres_database`.
pub async fn drop_postgres_database(
    server_url: &str,
    database_url: &str,
) -> Result<(), sqlx::Error> {
    let Some(name) = database_url
        .rsplit('/')
        .next()
        .filter(|name| name.starts_with("micropolis_test_"))
    else {
        return Ok(());
    };
    let mut admin = PgConnection::connect(server_url).await?;
    admin
        .execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .await?;
    admin.close().await?;
    Ok(())
}

/// The server URL with its database name replaced.
fn database_url(server_url: &str, name: &str) -> String {
    let (base, query) = server_url
        .split_once('?')
        .map_or((server_url, None), |(b, q)| (b, Some(q)));
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let base = match base.get(after_scheme..).and_then(|rest| rest.find('/')) {
        Some(slash) => base.get(..after_scheme + slash).unwrap_or(base),
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

/// Runs `test` on a fresh, migrated database of each engine (PostgreSQL when switched on).
#[cfg(test)]
pub(crate) async fn each_engine(test: impl AsyncFn(&crate::Db)) {
    for engine in [TestEngine::Sqlite, TestEngine::Postgres] {
        let Some(database) = FreshDatabase::create(engine).await.unwrap() else {
            continue;
        };
        let db = crate::Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        test(&db).await;
        db.close().await;
        database.remove().await.unwrap();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_the_database_name() {
        assert_eq!(
            super::database_url("postgres://u@h:5432/postgres", "x"),
            "postgres://u@h:5432/x"
        );
        assert_eq!(
            super::database_url("postgres://h/db?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(super::database_url("postgres://h", "x"), "postgres://h/x");
    }
}
