//! The search index on either engine (ADR 0008). `search_entries` holds an entry per item that
//! may be found, written by `refresh` in the transaction that changes the item; the words are
//! folded in Rust (`domain::search`), so each engine only matches plain words: SQLite through an
//! FTS5 table kept by triggers, PostgreSQL through a generated `tsvector` with a GIN index.

mod query;
mod sources;

use domain::AppError;
use domain::search::{Detail, Document, Hit, Kind, Scope, SearchQuery, SearchStore};
use domain::time::Instant;

use crate::Db;
use crate::convert::millis;
use crate::privacy::part::{Bind, Erasure, Part};
use crate::sql::{DbError, Param, Row, Tx, params};

/// Bumped when what an entry holds changes: a server that finds another version rebuilds.
const INDEX_VERSION: &str = "2";
const INDEX_VERSION_KEY: &str = "search_index_version";
/// Items read at a time by a rebuild.
const REBUILD_PAGE: i64 = 500;

/// Writes the item's entries anew from the item as it is now: none when it is gone or may not
/// be found. Every store that changes a searchable item calls it in the same transaction.
pub(crate) async fn refresh(tx: &mut Tx, kind: Kind, item_id: &str) -> Result<(), DbError> {
    tx.execute(
        "DELETE FROM search_entries WHERE kind = $1 AND item_id = $2",
        params![kind.name(), item_id],
    )
    .await?;
    let source = sources::source(kind);
    let documents = tx
        .fetch_all(source.one, params![item_id], &|row| (source.read)(row))
        .await?;
    for document in documents.iter().flatten() {
        insert(tx, document).await?;
    }
    Ok(())
}

async fn insert(tx: &mut Tx, document: &Document) -> Result<(), DbError> {
    tx.execute(
        "INSERT INTO search_entries (kind, item_id, community_id, audience, account_id, locale, title, \
         summary, details, title_words, detail_words, body_words, until_at, ranked_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        params![
            document.kind.name(),
            document.item_id.as_str(),
            document.community_id.map(|id| id.0.to_string()),
            document.audience.level(),
            document.account_id.map(|id| id.to_string()),
            document.locale.clone(),
            document.title.as_str(),
            document.summary(),
            Detail::stored(&document.details),
            document.title_words(),
            document.detail_words(),
            document.body_words(),
            document.until.map(millis),
            millis(document.ranked_at),
        ],
    )
    .await?;
    Ok(())
}

impl Db {
    /// Writes every entry anew, kind by kind, a page of items per transaction. Used after a bulk
    /// load (`demo --scale`), after a restore, and at start when the index is of another version.
    pub async fn rebuild_search_index(&self) -> Result<(), AppError> {
        for kind in Kind::ALL {
            self.execute(
                "DELETE FROM search_entries WHERE kind = $1",
                params![kind.name()],
            )
            .await?;
            let source = sources::source(*kind);
            let mut after = String::new();
            loop {
                let mut rows = self
                    .fetch_all(source.page, params![after.as_str(), REBUILD_PAGE], &|row| {
                        Ok((row.text(0)?, (source.read)(row)?))
                    })
                    .await?;
                let full = rows.len() as i64 == REBUILD_PAGE;
                if full {
                    // A chapter has a row per language: its last rows may go on the next page.
                    let last = rows.last().map(|(id, _)| id.clone());
                    if rows.iter().any(|(id, _)| Some(id) != last.as_ref()) {
                        rows.retain(|(id, _)| Some(id) != last.as_ref());
                    }
                }
                self.transaction(async |tx| {
                    for document in rows.iter().flat_map(|(_, documents)| documents) {
                        insert(tx, document).await?;
                    }
                    Ok(())
                })
                .await?;
                match rows.last() {
                    Some((id, _)) if full => after = id.clone(),
                    _ => break,
                }
            }
        }
        self.execute(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![INDEX_VERSION_KEY, INDEX_VERSION],
        )
        .await?;
        Ok(())
    }

    /// Rebuilds the index when it was built by another version of the app (or never).
    pub async fn prepare_search_index(&self) -> Result<bool, AppError> {
        if self.setting(INDEX_VERSION_KEY).await?.as_deref() == Some(INDEX_VERSION) {
            return Ok(false);
        }
        self.rebuild_search_index().await?;
        Ok(true)
    }
}

fn read_hit(row: &dyn Row) -> Result<Hit, DbError> {
    Ok(Hit {
        kind: crate::convert::stored("kind", Kind::parse(&row.text(0)?))?,
        item_id: row.text(1)?,
        locale: row.optional_text(2)?,
        title: row.text(3)?,
        summary: row.text(4)?,
        details: Detail::parse_stored(&row.text(5)?),
        community_slug: row.optional_text(6)?,
        community_name: row.optional_text(7)?,
        reasons: Vec::new(),
    })
}

impl SearchStore for Db {
    async fn search(
        &self,
        query: &SearchQuery,
        scope: &Scope,
        now: Instant,
    ) -> Result<Vec<Hit>, AppError> {
        let (sql, words) = match self.engine() {
            crate::Engine::Sqlite => (query::SQLITE, query::fts5_words(query)),
            crate::Engine::Postgres => (query::POSTGRES, query::tsquery_words(query)),
        };
        let params: &[Param<'_>] = params![
            words,
            scope.kind.map_or("", Kind::name),
            millis(now),
            scope.reader.map(|id| id.to_string()).unwrap_or_default(),
            scope
                .community
                .map(|id| id.0.to_string())
                .unwrap_or_default(),
            i64::from(scope.skip),
            i64::from(scope.skip) + i64::from(scope.limit),
        ];
        Ok(self.fetch_all(sql, params, &read_hit).await?)
    }
}

/// The index is made from what the features hold, and each entry goes when its item changes;
/// a person's own entries (their profile as shown to others) and their offers and requests
/// (which erasure closes or deletes) go with them. What they wrote and stays (initiatives,
/// stories, chapters) stays findable, as it stays readable, without their name.
pub(crate) const PRIVACY: Part = Part {
    feature: "search",
    export: &[],
    erase: &[Erasure {
        sql: "DELETE FROM search_entries WHERE account_id = $1 AND kind IN ('person', 'support')",
        params: Bind::Person,
    }],
};

impl Db {
    /// One write to a searchable item, and its entries written anew, in one transaction.
    pub(crate) async fn write_searched(
        &self,
        sql: &'static str,
        params: &[Param<'_>],
        kind: Kind,
        item_id: &str,
    ) -> Result<u64, DbError> {
        self.transaction(async |tx| {
            let changed = tx.execute(sql, params).await?;
            refresh(tx, kind, item_id).await?;
            Ok(changed)
        })
        .await
    }
}
