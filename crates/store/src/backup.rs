//! Backup and restore of the whole database.
//!
//! SQLite is backed up with `VACUUM INTO`, which writes a consistent copy while the server keeps
//! running. PostgreSQL is dumped, inside one repeatable-read transaction, to a portable JSON
//! document of the app's tables. `restore` reads either kind into either engine, so a backup is
//! also the way to move a community from SQLite to PostgreSQL.

use std::path::Path;

use serde_json::{Map, Value, json};
use sqlx::{Column as _, Executor as _, SqlSafeStr as _};

use crate::sql::{DbError, Param, Row as _, Value as Column, params};
use crate::{Backend, Db, Engine, StoreError, sqlite};

/// The app's tables, parents before children; restore fills them in this order.
pub const TABLES: [&str; 55] = [
    "settings",
    "accounts",
    // Before everything that shows a photo (stories, initiatives, events, covers): it needs
    // only its uploader.
    "images",
    "profiles",
    "profile_languages",
    "profile_skills",
    "communities",
    "memberships",
    "sessions",
    "helpers",
    "helper_actions",
    "one_time_tokens",
    "sign_in_failures",
    "jobs",
    "support_items",
    "conversations",
    "conversation_members",
    "messages",
    "reports",
    "timebank_accounts",
    "exchanges",
    "transfers",
    "postings",
    "initiatives",
    "initiative_supports",
    "initiative_volunteers",
    "initiative_followers",
    "initiative_answers",
    "comments",
    "budgets",
    "budget_projects",
    "budget_ballots",
    "budget_ballot_projects",
    "community_blocks",
    "audit_log",
    "places",
    "events",
    "event_rsvps",
    "courses",
    "course_sessions",
    "course_enrolments",
    "course_attendance",
    "stories",
    "story_tags",
    "guidebook_chapters",
    "guidebook_revisions",
    "guidebook_texts",
    "community_covers",
    "surveys",
    "survey_questions",
    "survey_options",
    "survey_texts",
    "survey_participants",
    "survey_responses",
    "survey_answers",
];

/// Tables made from the others, not copied: restore makes them anew.
pub const DERIVED: [&str; 5] = [
    "search_entries",
    "impact_activity",
    "impact_months",
    "impact_previous",
    "impact_newcomers",
];

const FORMAT: &str = "micropolis-backup";
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose a new file name")]
    TargetExists(String),
    #[error("cannot read or write the backup file: {0}")]
    File(#[from] std::io::Error),
    #[error("the file is neither a SQLite database nor a Micropolis JSON backup")]
    UnknownFormat,
    #[error("database error: {0}")]
    Database(String),
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<DbError> for BackupError {
    fn from(error: DbError) -> Self {
        Self::Database(domain::AppError::from(error).to_string())
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(error.to_string())
    }
}

impl From<sqlx::Error> for BackupError {
    fn from(error: sqlx::Error) -> Self {
        Self::Database(error.to_string())
    }
}

impl Db {
    pub async fn backup(&self, target: &Path) -> Result<(), BackupError> {
        if target.exists() {
            return Err(BackupError::TargetExists(target.display().to_string()));
        }
        let document = match &self.inner.backend {
            Backend::Sqlite(file) => {
                let source = file.path().to_owned();
                let target = target.display().to_string();
                return blocking(move || {
                    sqlite::open_reader(&source)?.execute("VACUUM INTO ?1", [target])?;
                    Ok(())
                })
                .await;
            }
            Backend::Postgres(pool) => dump_postgres(pool).await?,
        };
        let bytes = serde_json::to_vec(&document).map_err(std::io::Error::other)?;
        tokio::fs::write(target, bytes).await?;
        Ok(())
    }

    /// Replaces every row of the app's tables with the backup's, in one transaction.
    pub async fn restore(&self, source: &Path) -> Result<(), BackupError> {
        let bytes = tokio::fs::read(source).await?;
        let document = if bytes.starts_with(SQLITE_HEADER) {
            let source = source.to_owned();
            blocking(move || dump_sqlite(&source)).await?
        } else {
            let document: Value =
                serde_json::from_slice(&bytes).map_err(|_| BackupError::UnknownFormat)?;
            if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
                return Err(BackupError::UnknownFormat);
            }
            document
        };
        self.migrate().await?;
        self.load(&document).await?;
        self.rebuild_search_index()
            .await
            .map_err(|error| BackupError::Database(error.to_string()))?;
        self.rebuild_impact()
            .await
            .map_err(|error| BackupError::Database(error.to_string()))
    }

    async fn load(&self, document: &Value) -> Result<(), BackupError> {
        let mut integer_columns = Vec::new();
        for table in TABLES {
            integer_columns.push(self.integer_columns(table).await?);
        }
        self.transaction(async |tx| {
            // Postings are insert-only; a restore, which replaces everything, says so first.
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('restore_in_progress', '1')",
                params![],
            )
            .await?;
            for table in TABLES.iter().rev() {
                tx.execute_built(&format!("DELETE FROM {table}"), params![])
                    .await?;
            }
            for (table, integer_columns) in TABLES.iter().zip(&integer_columns) {
                let Some(data) = document.pointer(&format!("/tables/{table}")) else {
                    continue;
                };
                let columns: Vec<&str> = data["columns"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                if columns.is_empty() || !columns.iter().all(|column| is_identifier(column)) {
                    continue;
                }
                let placeholders: Vec<String> =
                    (1..=columns.len()).map(|i| format!("${i}")).collect();
                let sql = format!(
                    "INSERT INTO {table} ({}) VALUES ({})",
                    columns.join(", "),
                    placeholders.join(", ")
                );
                for row in data["rows"].as_array().into_iter().flatten() {
                    let values = row.as_array().map(Vec::as_slice).unwrap_or_default();
                    let params = columns
                        .iter()
                        .zip(values)
                        .map(|(column, value)| {
                            param(value, integer_columns.iter().any(|c| c == column))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    tx.execute_built(&sql, &params).await?;
                }
            }
            // The triggers counted each restored membership on top of the restored count.
            tx.execute(
                "UPDATE communities SET member_count = \
                 (SELECT COUNT(*) FROM memberships m WHERE m.community_id = communities.id)",
                params![],
            )
            .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    /// The integer columns of a table: a NULL must be bound with its column's type on PostgreSQL.
    async fn integer_columns(&self, table: &str) -> Result<Vec<String>, DbError> {
        let sql = match self.engine() {
            Engine::Sqlite => "SELECT name, type FROM pragma_table_info($1)",
            Engine::Postgres => {
                "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) FROM information_schema.columns \
                 WHERE table_name = $1 AND table_schema = current_schema()"
            }
        };
        let columns = self
            .fetch_all(sql, params![table], &|row| Ok((row.text(0)?, row.text(1)?)))
            .await?;
        Ok(columns
            .into_iter()
            .filter(|(_, kind)| kind.to_lowercase().contains("int"))
            .map(|(name, _)| name)
            .collect())
    }
}

fn is_identifier(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A backup's value as a statement parameter.
fn param(value: &Value, integer_column: bool) -> Result<Param<'_>, DbError> {
    Ok(match value {
        Value::Null if integer_column => Param::NullInt,
        Value::Null => Param::NullText,
        Value::Number(number) => Param::Int(
            number
                .as_i64()
                .ok_or_else(|| DbError::internal(format!("not an integer: {number}")))?,
        ),
        Value::String(text) => Param::from(text.as_str()),
        other => Param::from(other.to_string()),
    })
}

/// Work that reads or writes a whole database file, kept off the runtime's threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, BackupError> + Send + 'static,
) -> Result<T, BackupError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| BackupError::Database(error.to_string()))?
}

/// Every app table of a SQLite file as a backup document, read in one snapshot.
fn dump_sqlite(path: &Path) -> Result<Value, BackupError> {
    let connection = sqlite::open_reader(path)?;
    connection.execute_batch("BEGIN")?;
    let mut tables = Map::new();
    for table in TABLES {
        // In key order: ids grow with time, so a reversal follows the transfer it reverses.
        let mut statement = connection.prepare(&format!("SELECT * FROM {table} ORDER BY 1"))?;
        let columns: Vec<String> = statement
            .column_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let mut rows = Vec::new();
        let mut cursor = statement.query([])?;
        while let Some(row) = cursor.next()? {
            let values = (0..columns.len())
                .map(|index| row.value(index).map(json_value))
                .collect::<Result<Vec<_>, _>>()?;
            rows.push(Value::Array(values));
        }
        tables.insert(
            table.to_owned(),
            json!({ "columns": columns, "rows": rows }),
        );
    }
    connection.execute_batch("COMMIT")?;
    Ok(document(tables))
}

/// Every app table of a PostgreSQL database as a backup document, read in one snapshot.
async fn dump_postgres(pool: &sqlx::PgPool) -> Result<Value, BackupError> {
    let mut tx = pool.begin().await?;
    tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .await?;
    let mut tables = Map::new();
    for table in TABLES {
        let sql = sqlx::AssertSqlSafe(format!("SELECT * FROM {table} ORDER BY 1")).into_sql_str();
        let described = (&mut *tx).describe(sql.clone()).await?;
        let columns: Vec<String> = described
            .columns()
            .iter()
            .map(|column| column.name().to_owned())
            .collect();
        let rows = sqlx::query(sql).fetch_all(&mut *tx).await?;
        let rows = rows
            .iter()
            .map(|row| {
                (0..columns.len())
                    .map(|index| row.value(index).map(json_value))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::Array)
            })
            .collect::<Result<Vec<_>, _>>()?;
        tables.insert(
            table.to_owned(),
            json!({ "columns": columns, "rows": rows }),
        );
    }
    tx.commit().await?;
    Ok(document(tables))
}

fn document(tables: Map<String, Value>) -> Value {
    json!({ "format": FORMAT, "version": 1, "tables": tables })
}

fn json_value(column: Column) -> Value {
    match column {
        Column::Null => Value::Null,
        Column::Int(value) => Value::from(value),
        Column::Text(value) => Value::from(value),
    }
}
