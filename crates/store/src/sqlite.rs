//! SQLite through rusqlite, in the process: no connection threads, no channels.
//!
//! Writes go through one writer connection, taken in turn (an async lock, so waiting never blocks
//! the runtime); reads use a small pool of read-only connections, which WAL lets run beside the
//! writer. Statements are prepared once per connection and cached. A statement by key takes
//! microseconds, so it runs on the runtime's own thread; what reads a whole database (backup,
//! restore) runs on the blocking pool instead.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{CachedStatement, Connection, OpenFlags, ToSql};
use tokio::sync::OwnedMutexGuard;

use crate::sql::{DbError, Param, Reader, Row, Value};

/// Ordered migrations, applied once each; `PRAGMA user_version` records the last one applied.
const MIGRATIONS: [(i64, &str); 16] = [
    (1, include_str!("../migrations/sqlite/0001_foundation.sql")),
    (
        2,
        include_str!("../migrations/sqlite/0002_support_and_timebank.sql"),
    ),
    (
        3,
        include_str!("../migrations/sqlite/0003_participation.sql"),
    ),
    (
        4,
        include_str!("../migrations/sqlite/0004_member_count.sql"),
    ),
    (5, include_str!("../migrations/sqlite/0005_events.sql")),
    (6, include_str!("../migrations/sqlite/0006_courses.sql")),
    (7, include_str!("../migrations/sqlite/0007_profiles.sql")),
    (8, include_str!("../migrations/sqlite/0008_helpers.sql")),
    (9, include_str!("../migrations/sqlite/0009_stories.sql")),
    (
        10,
        include_str!("../migrations/sqlite/0010_community_face.sql"),
    ),
    (
        11,
        include_str!("../migrations/sqlite/0011_initiative_and_event_photos.sql"),
    ),
    (
        12,
        include_str!("../migrations/sqlite/0012_profile_avatar.sql"),
    ),
    (13, include_str!("../migrations/sqlite/0013_guidebook.sql")),
    (14, include_str!("../migrations/sqlite/0014_search.sql")),
    (15, include_str!("../migrations/sqlite/0015_listening.sql")),
    (16, include_str!("../migrations/sqlite/0016_impact.sql")),
];

/// Read connections kept open when idle; more are opened under load and closed after it.
const IDLE_READERS: usize = 4;
/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 128;
/// How long a statement waits for another process's write lock before it fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub(crate) struct Sqlite {
    path: PathBuf,
    writer: Arc<tokio::sync::Mutex<Connection>>,
    idle_readers: Mutex<Vec<Connection>>,
    open_readers: AtomicUsize,
}

/// The writer connection while one task holds it.
pub(crate) type Writer = OwnedMutexGuard<Connection>;

impl Sqlite {
    /// Opens (and creates, when missing) the database file.
    pub(crate) fn open(path: &Path) -> Result<Self, rusqlite::Error> {
        let writer = Connection::open(path)?;
        writer.busy_timeout(BUSY_TIMEOUT)?;
        writer.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )?;
        writer.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        Ok(Self {
            path: path.to_owned(),
            writer: Arc::new(tokio::sync::Mutex::new(writer)),
            idle_readers: Mutex::new(Vec::new()),
            open_readers: AtomicUsize::new(0),
        })
    }

    /// Runs `work` on a read-only connection from the pool, which it then gives back.
    pub(crate) fn read<T>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, DbError>,
    ) -> Result<T, DbError> {
        let idle = self.idle().pop();
        let connection = match idle {
            Some(connection) => connection,
            None => {
                let connection = open_reader(&self.path)?;
                self.open_readers.fetch_add(1, Ordering::Relaxed);
                connection
            }
        };
        let outcome = work(&connection);
        let mut idle = self.idle();
        if idle.len() < IDLE_READERS {
            idle.push(connection);
        } else {
            self.open_readers.fetch_sub(1, Ordering::Relaxed);
        }
        outcome
    }

    /// The writer connection, once no one else holds it.
    pub(crate) async fn writer(&self) -> Result<Writer, DbError> {
        let writer = Arc::clone(&self.writer).lock_owned().await;
        // A transaction whose task was dropped half-way is rolled back before anyone goes on.
        if !writer.is_autocommit() {
            roll_back(&writer);
        }
        Ok(writer)
    }

    /// The writer connection inside a new write transaction.
    pub(crate) async fn begin(&self) -> Result<Writer, DbError> {
        let writer = self.writer().await?;
        writer.execute_batch("BEGIN IMMEDIATE")?;
        Ok(writer)
    }

    pub(crate) async fn migrate(&self) -> Result<(), rusqlite::Error> {
        let mut writer = Arc::clone(&self.writer).lock_owned().await;
        adopt_sqlx_history(&writer)?;
        let applied: i64 = writer.pragma_query_value(None, "user_version", |row| row.get(0))?;
        for (version, sql) in MIGRATIONS.iter().filter(|(version, _)| *version > applied) {
            // A migration may rebuild a table (SQLite's way to change a column), which its
            // twelve-step procedure does with foreign keys off; the switch works only outside a
            // transaction. They are all checked before the commit instead.
            writer.execute_batch("PRAGMA foreign_keys = OFF")?;
            let outcome = apply_migration(&mut writer, *version, sql);
            writer.execute_batch("PRAGMA foreign_keys = ON")?;
            outcome?;
        }
        Ok(())
    }

    /// Connections open and idle, for the metrics: the readers and the writer.
    pub(crate) fn pool_state(&self) -> (u32, usize) {
        let open = self.open_readers.load(Ordering::Relaxed) + 1;
        let idle = self.idle().len() + usize::from(self.writer.try_lock().is_ok());
        (u32::try_from(open).unwrap_or(u32::MAX), idle)
    }

    /// Folds the write-ahead log back into the database file and closes the idle readers.
    pub(crate) async fn close(&self) {
        let closed = std::mem::take(&mut *self.idle()).len();
        self.open_readers.fetch_sub(closed, Ordering::Relaxed);
        let writer = self.writer.lock().await;
        if let Err(error) = writer.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)") {
            tracing::warn!(%error, "closing the database: checkpoint failed");
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        self.idle_readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// One migration in one transaction, committed only when no row breaks a foreign key.
fn apply_migration(
    writer: &mut Connection,
    version: i64,
    sql: &str,
) -> Result<(), rusqlite::Error> {
    let tx = writer.transaction()?;
    tx.execute_batch(sql)?;
    let broken = tx
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    if !broken.is_empty() {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
            Some(format!(
                "migration {version} leaves rows that break a foreign key, in: {}",
                broken.join(", ")
            )),
        ));
    }
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()
}

/// Opens a connection that can only read: a write through it fails in SQLite itself.
pub(crate) fn open_reader(path: &Path) -> Result<Connection, rusqlite::Error> {
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    connection.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(connection)
}

/// A database made before migrations were tracked by `user_version` recorded them in sqlx's
/// table; the versions found there count as applied.
fn adopt_sqlx_history(connection: &Connection) -> Result<(), rusqlite::Error> {
    let has_sqlx_table: bool = connection.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = '_sqlx_migrations')",
        [],
        |row| row.get(0),
    )?;
    let applied: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if has_sqlx_table && applied == 0 {
        let version: i64 = connection.query_row(
            "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success",
            [],
            |row| row.get(0),
        )?;
        connection.pragma_update(None, "user_version", version)?;
    }
    Ok(())
}

pub(crate) fn fetch_all<T>(
    connection: &Connection,
    sql: &str,
    params: &[Param<'_>],
    read: Reader<'_, T>,
) -> Result<Vec<T>, DbError> {
    let mut statement = prepare(connection, sql, params)?;
    let mut rows = statement.raw_query();
    let mut items = Vec::new();
    while let Some(row) = rows.next()? {
        items.push(read(row)?);
    }
    Ok(items)
}

/// The first row. Every row is read, so a write with `RETURNING` runs to its end; the callers
/// ask for one row by key.
pub(crate) fn fetch_optional<T>(
    connection: &Connection,
    sql: &str,
    params: &[Param<'_>],
    read: Reader<'_, T>,
) -> Result<Option<T>, DbError> {
    Ok(fetch_all(connection, sql, params, read)?.into_iter().next())
}

pub(crate) fn execute(
    connection: &Connection,
    sql: &str,
    params: &[Param<'_>],
) -> Result<u64, DbError> {
    let changed = prepare(connection, sql, params)?.raw_execute()?;
    Ok(u64::try_from(changed).unwrap_or(u64::MAX))
}

pub(crate) fn commit(writer: &Connection) -> Result<(), DbError> {
    writer.execute_batch("COMMIT").map_err(|error| {
        roll_back(writer);
        DbError::from(error)
    })
}

pub(crate) fn roll_back(writer: &Connection) {
    if let Err(error) = writer.execute_batch("ROLLBACK") {
        tracing::error!(%error, "rollback failed");
    }
}

/// The cached statement with its parameters bound. SQLite numbers `$N` parameters in the order
/// they first appear, so a statement must first use `$1`, then `$2`, and so on; the check makes
/// a statement that does not fail in every test that runs it, instead of binding wrong values.
fn prepare<'c>(
    connection: &'c Connection,
    sql: &str,
    params: &[Param<'_>],
) -> Result<CachedStatement<'c>, DbError> {
    let mut statement = connection.prepare_cached(sql)?;
    if statement.parameter_count() != params.len() {
        return Err(DbError::internal(format!(
            "{} parameters given, {} wanted by: {sql}",
            params.len(),
            statement.parameter_count()
        )));
    }
    for (index, param) in params.iter().enumerate() {
        let position = index + 1;
        let number = statement
            .parameter_name(position)
            .and_then(|name| name.strip_prefix('$'))
            .and_then(|number| number.parse::<usize>().ok());
        if number != Some(position) {
            return Err(DbError::internal(format!(
                "parameter {position} is not ${position} where it first appears in: {sql}"
            )));
        }
        statement.raw_bind_parameter(position, param)?;
    }
    Ok(statement)
}

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Self::Int(value) => ToSqlOutput::Borrowed(ValueRef::Integer(*value)),
            Self::Text(value) => ToSqlOutput::Borrowed(ValueRef::Text(value.as_bytes())),
            Self::NullInt | Self::NullText => ToSqlOutput::Borrowed(ValueRef::Null),
        })
    }
}

impl Row for rusqlite::Row<'_> {
    fn value(&self, index: usize) -> Result<Value, DbError> {
        value_of(self.get_ref(index)?)
    }
}

pub(crate) fn value_of(value: ValueRef<'_>) -> Result<Value, DbError> {
    match value {
        ValueRef::Null => Ok(Value::Null),
        ValueRef::Integer(value) => Ok(Value::Int(value)),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes)
            .map(|text| Value::Text(text.to_owned()))
            .map_err(DbError::internal),
        ValueRef::Real(_) | ValueRef::Blob(_) => Err(DbError::internal(
            "a real or blob value, which the schema does not use",
        )),
    }
}

/// SQLite's own codes for a broken `UNIQUE` and a broken `PRIMARY KEY` constraint.
const UNIQUE_VIOLATIONS: [i32; 2] = [2067, 1555];

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> Self {
        match &error {
            rusqlite::Error::SqliteFailure(failure, _)
                if UNIQUE_VIOLATIONS.contains(&failure.extended_code) =>
            {
                Self::UniqueViolation(error.to_string())
            }
            _ => Self::internal(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::{Sqlite, execute, fetch_all, open_reader};
    use crate::sql::params;

    fn fresh() -> (tempfile::TempDir, Sqlite) {
        let folder = tempfile::tempdir().unwrap();
        let sqlite = Sqlite::open(&folder.path().join("test.db")).unwrap();
        (folder, sqlite)
    }

    #[test]
    fn parameters_out_of_order_are_refused_not_misbound() {
        let (_folder, sqlite) = fresh();
        let writer = sqlite.writer.blocking_lock();
        writer
            .execute_batch("CREATE TABLE t (a TEXT, b TEXT)")
            .unwrap();
        let error = execute(
            &writer,
            "INSERT INTO t (a, b) VALUES ($2, $1)",
            params!["x", "y"],
        )
        .unwrap_err();
        assert!(format!("{error:?}").contains("is not $1"), "{error:?}");
        let error = execute(
            &writer,
            "INSERT INTO t (a, b) VALUES ($1, $2)",
            params!["x"],
        )
        .unwrap_err();
        assert!(format!("{error:?}").contains("1 parameters given, 2 wanted"));
    }

    #[test]
    fn readers_cannot_write() {
        let (folder, sqlite) = fresh();
        sqlite
            .writer
            .blocking_lock()
            .execute_batch("CREATE TABLE t (a TEXT)")
            .unwrap();
        let reader = open_reader(&folder.path().join("test.db")).unwrap();
        assert!(execute(&reader, "INSERT INTO t (a) VALUES ($1)", params!["x"]).is_err());
        let rows = sqlite
            .read(|connection| {
                fetch_all(connection, "SELECT a FROM t", params![], &|row| row.text(0))
            })
            .unwrap();
        assert!(rows.is_empty());
    }

    #[tokio::test]
    async fn a_database_migrated_by_sqlx_is_adopted_not_migrated_again() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("old.db");
        let old = Connection::open(&path).unwrap();
        old.execute_batch(include_str!("../migrations/sqlite/0001_foundation.sql"))
            .unwrap();
        old.execute_batch(
            "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, success BOOLEAN NOT NULL); \
             INSERT INTO _sqlx_migrations VALUES (1, TRUE);",
        )
        .unwrap();
        drop(old);
        let sqlite = Sqlite::open(&path).unwrap();
        sqlite.migrate().await.unwrap();
        sqlite.migrate().await.unwrap();
        let version: i64 = sqlite
            .writer
            .lock()
            .await
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        // 0001 was taken over as it was; the later migrations ran once.
        assert_eq!(version, i64::try_from(super::MIGRATIONS.len()).unwrap());
    }

    #[tokio::test]
    async fn a_migration_that_breaks_a_foreign_key_is_not_committed() {
        let (_folder, sqlite) = fresh();
        let mut writer = sqlite.writer.lock().await;
        writer
            .execute_batch(
                "CREATE TABLE parent (id TEXT PRIMARY KEY); \
                 CREATE TABLE child (parent_id TEXT NOT NULL REFERENCES parent (id));",
            )
            .unwrap();
        writer.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        let error = super::apply_migration(&mut writer, 99, "INSERT INTO child VALUES ('nobody');")
            .unwrap_err();
        writer.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        assert!(error.to_string().contains("foreign key"), "{error}");
        let rows: i64 = writer
            .query_row("SELECT COUNT(*) FROM child", [], |row| row.get(0))
            .unwrap();
        assert_eq!(rows, 0, "rolled back");
        let version: i64 = writer
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, 0);
    }

    /// 0007 rebuilds `conversations` (SQLite cannot drop NOT NULL in place): the rows, and the
    /// rows that point at them, come through, and foreign keys are on again afterwards.
    #[tokio::test]
    async fn conversations_come_through_the_rebuild_of_their_table() {
        let (_folder, sqlite) = fresh();
        {
            let mut writer = sqlite.writer.lock().await;
            for (version, sql) in super::MIGRATIONS.iter().take(6) {
                super::apply_migration(&mut writer, *version, sql).unwrap();
            }
            writer
                .execute_batch(
                    "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, created_at) \
                     VALUES ('a', 'a@x.org', 'a@x.org', 'A', 'en', 'h', 0), ('b', 'b@x.org', 'b@x.org', 'B', 'en', 'h', 0); \
                     INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
                     VALUES ('c', 'wawer', 'Wawer', '', 'PL', 'pl', 0); \
                     INSERT INTO support_items (id, community_id, author_id, kind, category, title, body, languages, \
                     area, status, sensitive, created_at, updated_at) \
                     VALUES ('s', 'c', 'a', 'request', 'digital', 'Phone', 'Help', ',,', '', 'open', 0, 0, 0); \
                     INSERT INTO conversations (id, community_id, support_id, starter_id, created_at, last_message_at) \
                     VALUES ('k', 'c', 's', 'b', 0, 0); \
                     INSERT INTO conversation_members (conversation_id, account_id, last_read_at) VALUES ('k', 'a', 0), ('k', 'b', 0); \
                     INSERT INTO messages (id, conversation_id, sender_id, body, created_at) VALUES ('m', 'k', 'b', 'Hi', 0);",
                )
                .unwrap();
        }
        sqlite.migrate().await.unwrap();
        let writer = sqlite.writer.lock().await;
        let row: (String, Option<String>, Option<String>) = writer
            .query_row(
                "SELECT owner_id, support_id, pair_key FROM conversations WHERE id = 'k'",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .unwrap();
        assert_eq!(row, ("a".to_owned(), Some("s".to_owned()), None));
        let messages: i64 = writer
            .query_row("SELECT COUNT(*) FROM messages m JOIN conversation_members cm ON cm.conversation_id = m.conversation_id", [], |row| row.get(0))
            .unwrap();
        assert_eq!(messages, 2);
        let keys_on: i64 = writer
            .pragma_query_value(None, "foreign_keys", |row| row.get(0))
            .unwrap();
        assert_eq!(keys_on, 1);
        // The table still cascades: a removed offer or request takes its conversations along.
        writer
            .execute_batch("DELETE FROM support_items WHERE id = 's'")
            .unwrap();
        let left: i64 = writer
            .query_row("SELECT COUNT(*) FROM messages", [], |row| row.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn an_in_memory_database_is_refused() {
        assert!(crate::sqlite_path("sqlite::memory:").is_err());
        assert!(crate::sqlite_path("sqlite://x.db?mode=ro").is_err());
        assert_eq!(
            crate::sqlite_path("sqlite://data/x.db").unwrap(),
            std::path::PathBuf::from("data/x.db")
        );
    }
}
