//! Fresh, empty databases for tests: a SQLite file, or a new database on the PostgreSQL server
//! named by `MICROPOLIS_TEST_POSTGRES_URL` (when set). Tests create one each, so they never share
//! state and can run in parallel.

use sqlx::Executor as _;
use sqlx::any::AnyPoolOptions;

pub const POSTGRES_URL_VARIABLE: &str = "MICROPOLIS_TEST_POSTGRES_URL";

/// The PostgreSQL server for tests, when the PostgreSQL tests are switched on.
pub fn postgres_server() -> Option<String> {
    std::env::var(POSTGRES_URL_VARIABLE)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// Creates a new database on the server and gives its URL.
pub async fn create_postgres_database(server_url: &str) -> Result<String, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let name = format!("micropolis_test_{}", uuid::Uuid::new_v4().simple());
    let admin = AnyPoolOptions::new()
        .max_connections(1)
        .connect(server_url)
        .await?;
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    admin.close().await;
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
    let admin = AnyPoolOptions::new()
        .max_connections(1)
        .connect(server_url)
        .await?;
    admin
        .execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .await?;
    admin.close().await;
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
