//! PostgreSQL through sqlx's own `PgPool`: prepared statements cached per connection, rows
//! decoded by their column's type.

use std::time::Duration;

use sqlx::postgres::{PgArguments, PgPoolOptions, PgRow};
use sqlx::{Column as _, Postgres, Row as _, TypeInfo as _};

use crate::sql::{DbError, Param, Reader, Row, Value};

pub(crate) static MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

const MAX_CONNECTIONS: u32 = 16;

pub(crate) async fn connect(url: &str) -> Result<sqlx::PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(MAX_CONNECTIONS)
        .acquire_timeout(Duration::from_secs(10))
        .connect(url)
        .await
}

pub(crate) async fn fetch_all<'e, T>(
    executor: impl sqlx::PgExecutor<'e>,
    sql: &'static str,
    params: &[Param<'_>],
    read: Reader<'_, T>,
) -> Result<Vec<T>, DbError> {
    let rows = bound(sqlx::query(sql), params).fetch_all(executor).await?;
    rows.iter().map(|row| read(row)).collect()
}

pub(crate) async fn fetch_optional<'e, T>(
    executor: impl sqlx::PgExecutor<'e>,
    sql: &'static str,
    params: &[Param<'_>],
    read: Reader<'_, T>,
) -> Result<Option<T>, DbError> {
    let row = bound(sqlx::query(sql), params)
        .fetch_optional(executor)
        .await?;
    row.as_ref().map(|row| read(row)).transpose()
}

pub(crate) async fn execute<'e>(
    executor: impl sqlx::PgExecutor<'e>,
    sql: &'static str,
    params: &[Param<'_>],
) -> Result<u64, DbError> {
    let done = bound(sqlx::query(sql), params).execute(executor).await?;
    Ok(done.rows_affected())
}

/// A statement built at run time from the app's own names (see `Tx::execute_built`).
pub(crate) async fn execute_built<'e>(
    executor: impl sqlx::PgExecutor<'e>,
    sql: &str,
    params: &[Param<'_>],
) -> Result<u64, DbError> {
    let query = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
    let done = bound(query, params).execute(executor).await?;
    Ok(done.rows_affected())
}

type Query<'q> = sqlx::query::Query<'q, Postgres, PgArguments>;

fn bound<'q>(query: Query<'q>, params: &[Param<'_>]) -> Query<'q> {
    params.iter().fold(query, |query, param| match param {
        Param::Int(value) => query.bind(*value),
        Param::Text(value) => query.bind(value.as_ref()),
        Param::NullInt => query.bind(None::<i64>),
        Param::NullText => query.bind(None::<String>),
    })
}

impl Row for PgRow {
    fn value(&self, index: usize) -> Result<Value, DbError> {
        let kind = self
            .columns()
            .get(index)
            .map(|column| column.type_info().name())
            .ok_or_else(|| DbError::internal(format!("no column {index}")))?;
        let value = match kind {
            "INT8" => self.try_get::<Option<i64>, _>(index)?.map(Value::Int),
            "INT4" => self
                .try_get::<Option<i32>, _>(index)?
                .map(|value| Value::Int(value.into())),
            "INT2" => self
                .try_get::<Option<i16>, _>(index)?
                .map(|value| Value::Int(value.into())),
            "BOOL" => self
                .try_get::<Option<bool>, _>(index)?
                .map(|value| Value::Int(value.into())),
            _ => self.try_get::<Option<String>, _>(index)?.map(Value::Text),
        };
        Ok(value.unwrap_or(Value::Null))
    }
}

impl From<sqlx::Error> for DbError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(failure) if failure.is_unique_violation() => {
                Self::UniqueViolation(error.to_string())
            }
            _ => Self::internal(error),
        }
    }
}
