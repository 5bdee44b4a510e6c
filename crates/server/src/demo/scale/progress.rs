//! Phases on stderr: a progress bar while one runs (on a terminal), then a line with its rows
//! and time; and the batches that write each table's rows.

use std::time::{Duration, Instant};

use domain::AppError;
use indicatif::{ProgressBar, ProgressStyle};
use store::Db;
use store::scale::BulkRow;

/// Rows per transaction (SQLite) or COPY (PostgreSQL).
const BATCH: usize = 10_000;

pub struct Phase {
    name: &'static str,
    bar: ProgressBar,
    started: Instant,
}

impl Phase {
    /// A phase that will write about `rows` rows.
    pub fn start(name: &'static str, rows: u64) -> Result<Self, AppError> {
        let style = ProgressStyle::with_template(
            "{prefix:>20} [{bar:40}] {human_pos}/{human_len} rows, {elapsed} so far, {eta} left",
        )
        .map_err(AppError::internal)?
        .progress_chars("=> ");
        let bar = ProgressBar::new(rows).with_prefix(name).with_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        Ok(Self {
            name,
            bar,
            started: Instant::now(),
        })
    }

    /// A batch of `R` rows that adds to this phase's progress.
    pub fn batch<'a, R: BulkRow>(&self, db: &'a Db) -> Batch<'a, R> {
        Batch {
            db,
            rows: Vec::with_capacity(BATCH),
            bar: self.bar.clone(),
        }
    }

    /// Clears the bar and says what the phase wrote and how long it took.
    pub fn finish(self) {
        self.bar.finish_and_clear();
        eprintln!(
            "{}: {} rows in {:.1} s",
            self.name,
            self.bar.position(),
            self.started.elapsed().as_secs_f64()
        );
    }
}

/// Rows waiting to be written to one table, written whenever `BATCH` of them are waiting.
pub struct Batch<'a, R> {
    db: &'a Db,
    rows: Vec<R>,
    bar: ProgressBar,
}

impl<R: BulkRow> Batch<'_, R> {
    /// Adds a row, and writes the batch when it is full.
    pub async fn push(&mut self, row: R) -> Result<(), AppError> {
        self.add(row);
        if self.is_full() {
            self.flush().await?;
        }
        Ok(())
    }

    /// Adds a row without writing: for rows that must wait until the rows they refer to, in
    /// another batch, are written.
    pub fn add(&mut self, row: R) {
        self.rows.push(row);
    }

    /// Writes what is waiting.
    pub async fn flush(&mut self) -> Result<(), AppError> {
        if self.rows.is_empty() {
            return Ok(());
        }
        self.db.bulk_insert(&self.rows).await?;
        self.bar.inc(self.rows.len() as u64);
        self.rows.clear();
        Ok(())
    }

    pub fn is_full(&self) -> bool {
        self.rows.len() >= BATCH
    }
}
