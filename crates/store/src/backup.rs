//! Backup and restore of the whole database.
//!
//! SQLite is backed up with `VACUUM INTO`, which writes a consistent copy while the server keeps
//! running. PostgreSQL is dumped, inside one repeatable-read transaction, to a portable JSON
//! document of the app's tables. `restore` reads either kind into either engine, so a backup is
//! also the way to move a community from SQLite to PostgreSQL.

use std::path::Path;

use serde_json::{Map, Value, json};
use sqlx::{Column as _, Row as _};

use crate::{Db, Engine, StoreError};

/// The app's tables, parents before children; restore fills them in this order.
pub const TABLES: [&str; 8] = [
    "settings",
    "accounts",
    "communities",
    "memberships",
    "sessions",
    "one_time_tokens",
    "sign_in_failures",
    "jobs",
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
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl Db {
    pub async fn backup(&self, target: &Path) -> Result<(), BackupError> {
        if target.exists() {
            return Err(BackupError::TargetExists(target.display().to_string()));
        }
        match self.engine {
            Engine::Sqlite => {
                sqlx::query("VACUUM INTO $1")
                    .bind(target.display().to_string())
                    .execute(&self.pool)
                    .await?;
            }
            Engine::Postgres => {
                let document = self.dump().await?;
                tokio::fs::write(
                    target,
                    serde_json::to_vec(&document).map_err(std::io::Error::other)?,
                )
                .await?;
            }
        }
        Ok(())
    }

    /// Replaces every row of the app's tables with the backup's, in one transaction.
    pub async fn restore(&self, source: &Path) -> Result<(), BackupError> {
        let bytes = tokio::fs::read(source).await?;
        let document = if bytes.starts_with(SQLITE_HEADER) {
            let url = format!("sqlite://{}?mode=ro", source.display());
            let backup = Db::connect(&url).await?;
            let document = backup.dump().await?;
            backup.close().await;
            document
        } else {
            let document: Value =
                serde_json::from_slice(&bytes).map_err(|_| BackupError::UnknownFormat)?;
            if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
                return Err(BackupError::UnknownFormat);
            }
            document
        };
        self.migrate().await?;
        self.load(&document).await
    }

    async fn dump(&self) -> Result<Value, BackupError> {
        let mut tx = self.pool.begin().await?;
        if self.engine == Engine::Postgres {
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .execute(&mut *tx)
                .await?;
        }
        let mut tables = Map::new();
        for table in TABLES {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
                .fetch_all(&mut *tx)
                .await?;
            let columns: Vec<String> = rows
                .first()
                .map(|row| row.columns().iter().map(|c| c.name().to_owned()).collect())
                .unwrap_or_default();
            let values = rows.iter().map(row_values).collect::<Result<Vec<_>, _>>()?;
            tables.insert(
                table.to_owned(),
                json!({ "columns": columns, "rows": values }),
            );
        }
        tx.commit().await?;
        Ok(json!({ "format": FORMAT, "version": 1, "tables": tables }))
    }

    async fn load(&self, document: &Value) -> Result<(), BackupError> {
        let mut tx = self.pool.begin().await?;
        for table in TABLES.iter().rev() {
            sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table}")))
                .execute(&mut *tx)
                .await?;
        }
        for table in TABLES {
            let Some(data) = document.pointer(&format!("/tables/{table}")) else {
                continue;
            };
            let columns: Vec<&str> = data["columns"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if columns.is_empty()
                || columns
                    .iter()
                    .any(|c| !c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
            {
                continue;
            }
            let integer_columns = integer_columns(&mut tx, self.engine, table).await?;
            let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                columns.join(", "),
                placeholders.join(", ")
            );
            for row in data["rows"].as_array().into_iter().flatten() {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                for (column, value) in columns.iter().zip(row.as_array().into_iter().flatten()) {
                    query = match value {
                        Value::Null if integer_columns.contains(&column.to_string()) => {
                            query.bind(None::<i64>)
                        }
                        Value::Null => query.bind(None::<String>),
                        Value::Number(n) if n.is_i64() => query.bind(n.as_i64()),
                        Value::Number(n) => query.bind(n.as_f64()),
                        Value::String(s) => query.bind(s.clone()),
                        other => query.bind(other.to_string()),
                    };
                }
                query.execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The integer columns of a table: a NULL must be bound with its column's type on PostgreSQL.
async fn integer_columns(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    engine: Engine,
    table: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let sql = match engine {
        Engine::Sqlite => "SELECT name, type FROM pragma_table_info($1)",
        Engine::Postgres => {
            "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) FROM information_schema.columns \
             WHERE table_name = $1 AND table_schema = current_schema()"
        }
    };
    let columns: Vec<(String, String)> =
        sqlx::query_as(sql).bind(table).fetch_all(&mut **tx).await?;
    Ok(columns
        .into_iter()
        .filter(|(_, kind)| kind.to_lowercase().contains("int"))
        .map(|(name, _)| name)
        .collect())
}

/// A row as JSON values: integers, reals, text or null (the only kinds the schema uses).
fn row_values(row: &sqlx::any::AnyRow) -> Result<Vec<Value>, sqlx::Error> {
    (0..row.columns().len())
        .map(|i| {
            if let Ok(value) = row.try_get::<Option<i64>, _>(i) {
                return Ok(value.map_or(Value::Null, Value::from));
            }
            if let Ok(value) = row.try_get::<Option<f64>, _>(i) {
                return Ok(value.map_or(Value::Null, Value::from));
            }
            row.try_get::<Option<String>, _>(i)
                .map(|value| value.map_or(Value::Null, Value::from))
        })
        .collect()
}
