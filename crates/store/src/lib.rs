//! Storage for Micropolis. One implementation of the domain's store traits runs on SQLite
//! (rusqlite, in the process) and on PostgreSQL (sqlx's `PgPool`): each operation is one SQL text
//! that both engines accept, and the few real differences sit in small functions named for what
//! they do (see `docs/decisions/0002-native-drivers.md`).

mod accounts;
mod audit;
mod backup;
mod budgets;
mod comments;
mod communities;
mod community_face;
mod convert;
mod courses;
mod events;
mod guidebook;
mod helpers;
mod impact;
mod initiatives;
mod jobs;
mod listening;
mod media;
mod moderation;
mod places;
mod postgres;
mod privacy;
mod profiles;
pub mod scale;
mod search;
mod settings;
mod sql;
mod sqlite;
mod stories;
mod support;
pub mod testing;
mod timebank;

use std::path::PathBuf;
use std::sync::Arc;

use domain::AppError;

pub use backup::{BackupError, DERIVED as DERIVED_TABLES, TABLES as BACKUP_TABLES};
pub use media::MediaDirectory;

use crate::sql::params;

/// Which database engine a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL must start with sqlite:// or postgres://")]
    UnknownEngine,
    #[error(
        "a SQLite URL names a file, as sqlite://PATH, with no options (an in-memory database cannot be shared between connections)"
    )]
    UnsupportedSqliteUrl,
    #[error("cannot open the database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot connect to the database: {0}")]
    Connect(sqlx::Error),
    #[error("cannot apply migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The database: connections to one SQLite file or one PostgreSQL database. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    inner: Arc<Inner>,
}

struct Inner {
    backend: Backend,
    url: String,
}

enum Backend {
    Sqlite(sqlite::Sqlite),
    Postgres(sqlx::PgPool),
}

impl std::fmt::Debug for Db {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Db")
            .field("engine", &self.engine())
            .finish_non_exhaustive()
    }
}

impl Db {
    /// Connects; a SQLite file is created when missing and runs in WAL mode with foreign keys.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let backend = match Engine::of_url(url).ok_or(StoreError::UnknownEngine)? {
            Engine::Sqlite => Backend::Sqlite(sqlite::Sqlite::open(&sqlite_path(url)?)?),
            Engine::Postgres => {
                Backend::Postgres(postgres::connect(url).await.map_err(StoreError::Connect)?)
            }
        };
        Ok(Self {
            inner: Arc::new(Inner {
                backend,
                url: url.to_owned(),
            }),
        })
    }

    pub fn engine(&self) -> Engine {
        match self.inner.backend {
            Backend::Sqlite(_) => Engine::Sqlite,
            Backend::Postgres(_) => Engine::Postgres,
        }
    }

    /// The URL this pool connects to (it may hold a password: never log it).
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// The names of the app's tables as the database lists them, sorted.
    pub async fn app_tables(&self) -> Result<Vec<String>, AppError> {
        let sql = match self.engine() {
            // The search index's FTS5 table and its shadow tables are SQLite's own, made from
            // `search_entries` by triggers.
            Engine::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 AND name <> '_sqlx_migrations' \
                 AND name NOT LIKE 'search_text%' ORDER BY name"
            }
            Engine::Postgres => {
                "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = current_schema() \
                 AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations' ORDER BY table_name"
            }
        };
        Ok(self.fetch_all(sql, params![], &|row| row.text(0)).await?)
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.inner.backend {
            Backend::Sqlite(file) => file.migrate().await?,
            Backend::Postgres(pool) => postgres::MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// True when the database answers.
    pub async fn is_healthy(&self) -> bool {
        self.fetch_one("SELECT 1", params![], &|row| row.int(0))
            .await
            .is_ok()
    }

    /// Connections open and idle, for the metrics.
    pub fn pool_state(&self) -> (u32, usize) {
        match &self.inner.backend {
            Backend::Sqlite(file) => file.pool_state(),
            Backend::Postgres(pool) => (pool.size(), pool.num_idle()),
        }
    }

    pub async fn close(&self) {
        match &self.inner.backend {
            Backend::Sqlite(file) => file.close().await,
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}

/// The file a `sqlite://PATH` (or `sqlite:PATH`) URL names.
fn sqlite_path(url: &str) -> Result<PathBuf, StoreError> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    if path.is_empty() || path.contains('?') || path.contains(":memory:") {
        return Err(StoreError::UnsupportedSqliteUrl);
    }
    Ok(PathBuf::from(path))
}
