//! Bulk loading of generated data, for `micropolis demo --scale N`: millions of rows in minutes
//! instead of one service call per row. This bypasses the services on purpose; the caller
//! writes rows that already obey the rules (counts kept on write, balanced postings), and
//! `scale_census` checks them afterwards.
//!
//! Each engine gets its fastest plain path: SQLite one write transaction per batch through one
//! prepared, cached `INSERT` per table; PostgreSQL one `COPY … FROM STDIN` (text format) per
//! batch. Both run on the caller's task: this is for loading, not for serving.

mod census;
mod rows;
mod surveys;
#[cfg(test)]
mod tests;

use std::fmt::Write as _;

use domain::AppError;
use rusqlite::CachedStatement;
use sqlx::postgres::PgConnection;
use uuid::Uuid;

use crate::sql::{DbError, Tx};
use crate::{Db, Engine};

pub use census::ScaleCensus;
pub use rows::*;
pub use surveys::*;

/// One value of a row, in the order of its table's `COLUMNS`.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Id(Uuid),
    Int(i64),
    Text(&'a str),
    Null,
}

impl From<Option<Uuid>> for Cell<'_> {
    fn from(id: Option<Uuid>) -> Self {
        id.map_or(Self::Null, Self::Id)
    }
}

/// A row of one table, as the bulk loader writes it.
pub trait BulkRow {
    const TABLE: &'static str;
    /// The columns `cells` gives, in order; the others take their defaults.
    const COLUMNS: &'static [&'static str];
    fn cells(&self) -> impl IntoIterator<Item = Cell<'_>>;
}

impl Db {
    /// Writes `rows` in one transaction. On SQLite the writer connection keeps a large page
    /// cache from then on: this is for a process that loads, not for a server.
    pub async fn bulk_insert<R: BulkRow>(&self, rows: &[R]) -> Result<(), AppError> {
        Ok(self
            .transaction(async |tx| match tx {
                Tx::Sqlite(writer) => insert_sqlite(writer, rows),
                Tx::Postgres(tx) => copy_postgres(tx, rows).await,
            })
            .await?)
    }

    /// After a bulk load, does what PostgreSQL's autovacuum would do within minutes: records the
    /// tables' new sizes for the planner, and marks the new rows visible to all so that
    /// index-only scans need not visit the table. SQLite's planner goes by the indexes alone (the
    /// app never runs `ANALYZE` there), so it is left as a server in use would have it.
    pub async fn refresh_statistics(&self) -> Result<(), AppError> {
        if self.engine() == Engine::Postgres {
            self.execute("VACUUM (ANALYZE)", crate::sql::params![])
                .await?;
        }
        Ok(())
    }
}

/// The writer's page cache while it loads, in KiB: rows land all over the indexes by person, and a
/// small cache would spill dirty pages to the log and read them back for every batch.
const LOADING_CACHE_KIB: i64 = 256 * 1024;

fn insert_sqlite<R: BulkRow>(writer: &rusqlite::Connection, rows: &[R]) -> Result<(), DbError> {
    writer.pragma_update(None, "cache_size", -LOADING_CACHE_KIB)?;
    let mut placeholders = String::new();
    for position in 1..=R::COLUMNS.len() {
        let comma = if position > 1 { ", " } else { "" };
        write!(placeholders, "{comma}?{position}").map_err(DbError::internal)?;
    }
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({placeholders})",
        R::TABLE,
        R::COLUMNS.join(", ")
    );
    let mut statement = writer.prepare_cached(&sql)?;
    for row in rows {
        let mut bound = 0;
        for (position, cell) in (1..).zip(row.cells()) {
            bind(&mut statement, position, cell)?;
            bound = position;
        }
        if bound != R::COLUMNS.len() {
            return Err(wrong_width::<R>(bound));
        }
        statement.raw_execute()?;
    }
    Ok(())
}

fn bind(
    statement: &mut CachedStatement<'_>,
    position: usize,
    cell: Cell<'_>,
) -> Result<(), DbError> {
    match cell {
        Cell::Id(id) => {
            let mut buffer = Uuid::encode_buffer();
            let text: &str = id.hyphenated().encode_lower(&mut buffer);
            statement.raw_bind_parameter(position, text)?;
        }
        Cell::Int(value) => statement.raw_bind_parameter(position, value)?,
        Cell::Text(text) => statement.raw_bind_parameter(position, text)?,
        Cell::Null => statement.raw_bind_parameter(position, rusqlite::types::Null)?,
    }
    Ok(())
}

async fn copy_postgres<R: BulkRow>(
    connection: &mut PgConnection,
    rows: &[R],
) -> Result<(), DbError> {
    let mut data = Vec::new();
    for row in rows {
        let mut written = 0;
        for cell in row.cells() {
            if written > 0 {
                data.push(b'\t');
            }
            push_copy_value(&mut data, cell);
            written += 1;
        }
        if written != R::COLUMNS.len() {
            return Err(wrong_width::<R>(written));
        }
        data.push(b'\n');
    }
    let statement = format!("COPY {} ({}) FROM STDIN", R::TABLE, R::COLUMNS.join(", "));
    // A failed send drops the COPY, which tells the server to abandon it.
    let mut copy = connection.copy_in_raw(&statement).await?;
    copy.send(data).await?;
    copy.finish().await?;
    Ok(())
}

/// A value in COPY's text format: `\N` for null; backslash, tab, newline and carriage return
/// escaped with a backslash.
fn push_copy_value(data: &mut Vec<u8>, cell: Cell<'_>) {
    match cell {
        Cell::Id(id) => {
            let mut buffer = Uuid::encode_buffer();
            data.extend_from_slice(id.hyphenated().encode_lower(&mut buffer).as_bytes());
        }
        Cell::Int(value) => data.extend_from_slice(value.to_string().as_bytes()),
        Cell::Text(text) => {
            for byte in text.bytes() {
                match byte {
                    b'\\' => data.extend_from_slice(b"\\\\"),
                    b'\t' => data.extend_from_slice(b"\\t"),
                    b'\n' => data.extend_from_slice(b"\\n"),
                    b'\r' => data.extend_from_slice(b"\\r"),
                    _ => data.push(byte),
                }
            }
        }
        Cell::Null => data.extend_from_slice(b"\\N"),
    }
}

fn wrong_width<R: BulkRow>(cells: usize) -> DbError {
    DbError::internal(format!(
        "{}: a row gave {cells} values for {} columns",
        R::TABLE,
        R::COLUMNS.len()
    ))
}
