//! The one way the store runs SQL on either engine: parameters, rows, errors, and the statements
//! and transactions of `Db`. Each operation is written once, as one SQL text that both engines
//! accept and one function that reads its rows; `sqlite` and `postgres` carry them out.

use std::borrow::Cow;

use domain::AppError;

use crate::{Backend, Db, postgres, sqlite};

/// A value bound to a statement's parameter. Nulls carry their column's kind, which PostgreSQL
/// needs to know.
#[derive(Debug, Clone)]
pub(crate) enum Param<'a> {
    Int(i64),
    Text(Cow<'a, str>),
    NullInt,
    NullText,
}

impl From<i64> for Param<'_> {
    fn from(value: i64) -> Self {
        Self::Int(value)
    }
}

/// Flags are stored as 0 and 1 on both engines.
impl From<bool> for Param<'_> {
    fn from(value: bool) -> Self {
        Self::Int(i64::from(value))
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(value: &'a str) -> Self {
        Self::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(value: &'a String) -> Self {
        Self::Text(Cow::Borrowed(value))
    }
}

impl From<String> for Param<'_> {
    fn from(value: String) -> Self {
        Self::Text(Cow::Owned(value))
    }
}

impl From<Option<i64>> for Param<'_> {
    fn from(value: Option<i64>) -> Self {
        value.map_or(Self::NullInt, Self::Int)
    }
}

impl From<Option<String>> for Param<'_> {
    fn from(value: Option<String>) -> Self {
        value.map_or(Self::NullText, |text| Self::Text(Cow::Owned(text)))
    }
}

/// The parameters of a statement, `$1` first: `params![id, name, now]`.
macro_rules! params {
    ($($value:expr),* $(,)?) => {
        &[$($crate::sql::Param::from($value)),*]
    };
}
pub(crate) use params;

/// A column's value as read from either engine: the only kinds the schema uses.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
}

/// One row of a result, read by column position (the order of the statement's `SELECT` list).
pub(crate) trait Row {
    fn value(&self, index: usize) -> Result<Value, DbError>;

    fn int(&self, index: usize) -> Result<i64, DbError> {
        match self.value(index)? {
            Value::Int(value) => Ok(value),
            other => Err(unexpected(index, "an integer", &other)),
        }
    }

    fn optional_int(&self, index: usize) -> Result<Option<i64>, DbError> {
        match self.value(index)? {
            Value::Int(value) => Ok(Some(value)),
            Value::Null => Ok(None),
            other => Err(unexpected(index, "an integer or null", &other)),
        }
    }

    fn optional_text(&self, index: usize) -> Result<Option<String>, DbError> {
        match self.value(index)? {
            Value::Text(value) => Ok(Some(value)),
            Value::Null => Ok(None),
            other => Err(unexpected(index, "text or null", &other)),
        }
    }

    fn flag(&self, index: usize) -> Result<bool, DbError> {
        Ok(self.int(index)? != 0)
    }

    fn text(&self, index: usize) -> Result<String, DbError> {
        match self.value(index)? {
            Value::Text(value) => Ok(value),
            other => Err(unexpected(index, "text", &other)),
        }
    }
}

fn unexpected(index: usize, wanted: &str, found: &Value) -> DbError {
    DbError::Other(AppError::internal(format!(
        "column {index}: expected {wanted}, found {found:?}"
    )))
}

/// Why a statement failed. A broken uniqueness rule is kept apart, because only the caller knows
/// what it means to a person (a taken e-mail address, a taken slug).
#[derive(Debug)]
pub(crate) enum DbError {
    UniqueViolation(String),
    Other(AppError),
}

impl DbError {
    /// The caller's meaning of a unique violation; any other failure stays an internal one.
    pub(crate) fn unique_violation_means(self, meaning: AppError) -> AppError {
        match self {
            Self::UniqueViolation(_) => meaning,
            Self::Other(error) => error,
        }
    }

    pub(crate) fn internal(message: impl std::fmt::Display) -> Self {
        Self::Other(AppError::internal(message))
    }
}

impl From<AppError> for DbError {
    fn from(error: AppError) -> Self {
        Self::Other(error)
    }
}

impl From<DbError> for AppError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::UniqueViolation(message) => AppError::internal(message),
            DbError::Other(error) => error,
        }
    }
}

/// Reads one row into a value.
pub(crate) type Reader<'f, T> = &'f (dyn Fn(&dyn Row) -> Result<T, DbError> + Sync);

impl Db {
    /// A read: every row the statement gives.
    pub(crate) async fn fetch_all<T>(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<Vec<T>, DbError> {
        match &self.inner.backend {
            Backend::Sqlite(file) => {
                file.read(|connection| sqlite::fetch_all(connection, sql, params, read))
            }
            Backend::Postgres(pool) => postgres::fetch_all(pool, sql, params, read).await,
        }
    }

    /// A read: the first row, if there is one.
    pub(crate) async fn fetch_optional<T>(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<Option<T>, DbError> {
        match &self.inner.backend {
            Backend::Sqlite(file) => {
                file.read(|connection| sqlite::fetch_optional(connection, sql, params, read))
            }
            Backend::Postgres(pool) => postgres::fetch_optional(pool, sql, params, read).await,
        }
    }

    /// A read that always gives one row (an aggregate).
    pub(crate) async fn fetch_one<T>(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<T, DbError> {
        self.fetch_optional(sql, params, read)
            .await?
            .ok_or_else(|| DbError::internal(format!("no row from: {sql}")))
    }

    /// One write statement on its own; gives how many rows it changed.
    pub(crate) async fn execute(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
    ) -> Result<u64, DbError> {
        match &self.inner.backend {
            Backend::Sqlite(file) => sqlite::execute(&*file.writer().await?, sql, params),
            Backend::Postgres(pool) => postgres::execute(pool, sql, params).await,
        }
    }

    /// One write statement with `RETURNING`: the first row it gives.
    pub(crate) async fn execute_returning<T>(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<Option<T>, DbError> {
        match &self.inner.backend {
            Backend::Sqlite(file) => {
                sqlite::fetch_optional(&*file.writer().await?, sql, params, read)
            }
            Backend::Postgres(pool) => postgres::fetch_optional(pool, sql, params, read).await,
        }
    }

    /// Runs `body` in one transaction: committed when it returns `Ok`, rolled back otherwise (and
    /// when its future is dropped). On SQLite it holds the one writer connection throughout.
    pub(crate) async fn transaction<T>(
        &self,
        body: impl AsyncFnOnce(&mut Tx) -> Result<T, DbError>,
    ) -> Result<T, DbError> {
        let mut tx = match &self.inner.backend {
            Backend::Sqlite(file) => Tx::Sqlite(file.begin().await?),
            Backend::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        };
        let outcome = body(&mut tx).await;
        match (tx, outcome) {
            (Tx::Sqlite(writer), Ok(value)) => sqlite::commit(&writer).map(|()| value),
            (Tx::Postgres(tx), Ok(value)) => Ok(tx.commit().await.map(|()| value)?),
            (Tx::Sqlite(writer), Err(error)) => {
                sqlite::roll_back(&writer);
                Err(error)
            }
            (Tx::Postgres(_), Err(error)) => Err(error),
        }
    }
}

/// An open transaction; its statements run in order on one connection.
pub(crate) enum Tx {
    Sqlite(sqlite::Writer),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    pub(crate) async fn execute(
        &mut self,
        sql: &'static str,
        params: &[Param<'_>],
    ) -> Result<u64, DbError> {
        self.execute_built(sql, params).await
    }

    /// A read inside the transaction: the first row, if there is one.
    pub(crate) async fn fetch_optional<T>(
        &mut self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<Option<T>, DbError> {
        match self {
            Self::Sqlite(writer) => sqlite::fetch_optional(writer, sql, params, read),
            Self::Postgres(tx) => postgres::fetch_optional(&mut **tx, sql, params, read).await,
        }
    }

    /// A read inside the transaction: every row.
    pub(crate) async fn fetch_all<T>(
        &mut self,
        sql: &'static str,
        params: &[Param<'_>],
        read: Reader<'_, T>,
    ) -> Result<Vec<T>, DbError> {
        match self {
            Self::Sqlite(writer) => sqlite::fetch_all(writer, sql, params, read),
            Self::Postgres(tx) => postgres::fetch_all(&mut **tx, sql, params, read).await,
        }
    }

    /// A statement whose text was put together at run time from the app's own table and column
    /// names (backup and restore); never from input.
    pub(crate) async fn execute_built(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<u64, DbError> {
        match self {
            Self::Sqlite(writer) => sqlite::execute(writer, sql, params),
            Self::Postgres(tx) => postgres::execute_built(&mut **tx, sql, params).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DbError;
    use crate::Db;
    use crate::testing::each_engine;

    async fn failures(db: &Db) -> i64 {
        db.fetch_one("SELECT COUNT(*) FROM sign_in_failures", params![], &|row| {
            row.int(0)
        })
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn a_failed_transaction_leaves_nothing_behind() {
        each_engine(async |db| {
            let outcome: Result<(), DbError> = db
                .transaction(async |tx| {
                    tx.execute(
                        "INSERT INTO sign_in_failures (subject, failed_at) VALUES ($1, $2)",
                        params!["a", 1],
                    )
                    .await?;
                    Err(DbError::internal("the second step fails"))
                })
                .await;
            assert!(outcome.is_err());
            assert_eq!(failures(db).await, 0);
            db.transaction(async |tx| {
                tx.execute(
                    "INSERT INTO sign_in_failures (subject, failed_at) VALUES ($1, $2)",
                    params!["b", 2],
                )
                .await
            })
            .await
            .unwrap();
            assert_eq!(failures(db).await, 1);
        })
        .await;
    }

    #[tokio::test]
    async fn a_unique_violation_is_told_apart() {
        each_engine(async |db| {
            let insert = "INSERT INTO settings (key, value) VALUES ($1, $2)";
            db.execute(insert, params!["k", "1"]).await.unwrap();
            let error = db.execute(insert, params!["k", "2"]).await.unwrap_err();
            assert!(matches!(error, DbError::UniqueViolation(_)), "{error:?}");
        })
        .await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_writers_at_once_all_get_through() {
        each_engine(async |db| {
            let mut writes = tokio::task::JoinSet::new();
            for i in 0..200 {
                let db = db.clone();
                writes.spawn(async move {
                    db.execute(
                        "INSERT INTO sign_in_failures (subject, failed_at) VALUES ($1, $2)",
                        params![format!("subject-{i}"), i],
                    )
                    .await
                });
            }
            for outcome in writes.join_all().await {
                outcome.unwrap();
            }
            assert_eq!(failures(db).await, 200);
        })
        .await;
    }
}
