//! The guidebook on either engine: chapters in their order, every save a row in
//! `guidebook_revisions`, and the current text of each chapter and language in
//! `guidebook_texts`, written in the same transaction as its revision.

use domain::accounts::AccountId;
use domain::guidebook::{Chapter, ChapterText, GuidebookStore, NewRevision, Revision};
use domain::support::Person;
use domain::{AppError, Locale};

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// One row per chapter and language written (a chapter with no text yet has NULLs).
macro_rules! chapter_rows {
    () => {
        "SELECT c.slug, c.source_locale, c.position, t.locale, t.revision, t.title, t.body, \
         t.source_revision, t.updated_at FROM guidebook_chapters c \
         LEFT JOIN guidebook_texts t ON t.chapter_slug = c.slug"
    };
}

type ChapterRow = (String, Locale, i64, Option<ChapterText>);

fn read_chapter_row(row: &dyn Row) -> Result<ChapterRow, DbError> {
    let text = match row.optional_text(3)? {
        Some(locale) => Some(ChapterText {
            locale: stored("locale", Locale::parse(&locale))?,
            revision: row.int(4)?,
            title: row.text(5)?,
            body: row.text(6)?,
            source_revision: row.optional_int(7)?,
            updated_at: instant(row.int(8)?)?,
        }),
        None => None,
    };
    Ok((
        row.text(0)?,
        stored("source_locale", Locale::parse(&row.text(1)?))?,
        row.int(2)?,
        text,
    ))
}

/// Rows in chapter order into chapters with their texts.
fn chapters_of(rows: Vec<ChapterRow>) -> Vec<Chapter> {
    let mut chapters: Vec<Chapter> = Vec::new();
    for (slug, source_locale, position, text) in rows {
        if chapters.last().is_none_or(|last| last.slug != slug) {
            chapters.push(Chapter {
                slug,
                source_locale,
                position,
                texts: Vec::new(),
            });
        }
        if let (Some(chapter), Some(text)) = (chapters.last_mut(), text) {
            chapter.texts.push(text);
        }
    }
    chapters
}

macro_rules! revision_select {
    () => {
        "SELECT r.number, r.locale, r.author_id, a.display_name, r.title, r.body, \
         r.source_revision, r.restored_from, r.created_at FROM guidebook_revisions r \
         LEFT JOIN accounts a ON a.id = r.author_id"
    };
}

fn read_revision(row: &dyn Row) -> Result<Revision, DbError> {
    let author = match row.optional_text(2)? {
        Some(id) => Some(Person {
            id: AccountId(uuid(&id)?),
            name: row.optional_text(3)?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(Revision {
        number: row.int(0)?,
        locale: stored("locale", Locale::parse(&row.text(1)?))?,
        author,
        title: row.text(4)?,
        body: row.text(5)?,
        source_revision: row.optional_int(6)?,
        restored_from: row.optional_int(7)?,
        created_at: instant(row.int(8)?)?,
    })
}

impl GuidebookStore for Db {
    async fn chapters(&self) -> Result<Vec<Chapter>, AppError> {
        let rows = self
            .fetch_all(
                concat!(chapter_rows!(), " ORDER BY c.position, c.slug, t.locale"),
                params![],
                &read_chapter_row,
            )
            .await?;
        Ok(chapters_of(rows))
    }

    async fn chapter(&self, slug: &str) -> Result<Option<Chapter>, AppError> {
        let rows = self
            .fetch_all(
                concat!(chapter_rows!(), " WHERE c.slug = $1 ORDER BY t.locale"),
                params![slug],
                &read_chapter_row,
            )
            .await?;
        Ok(chapters_of(rows).into_iter().next())
    }

    async fn save_revision(&self, revision: &NewRevision<'_>) -> Result<i64, AppError> {
        let now = millis(revision.now);
        let number = self
            .transaction(async |tx| {
                tx.execute(
                    "INSERT INTO guidebook_chapters (slug, source_locale, position, created_at) \
                     SELECT $1, $2, (SELECT COALESCE(MAX(position), 0) + 1 FROM guidebook_chapters), $3 \
                     WHERE NOT EXISTS (SELECT 1 FROM guidebook_chapters WHERE slug = $1)",
                    params![revision.slug, revision.locale.code(), now],
                )
                .await?;
                let number = tx
                    .fetch_optional(
                        "SELECT COALESCE(MAX(number), 0) + 1 FROM guidebook_revisions \
                         WHERE chapter_slug = $1 AND locale = $2",
                        params![revision.slug, revision.locale.code()],
                        &|row| row.int(0),
                    )
                    .await?
                    .unwrap_or(1);
                tx.execute(
                    "INSERT INTO guidebook_revisions (chapter_slug, locale, number, author_id, title, body, \
                     source_revision, restored_from, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    params![
                        revision.slug,
                        revision.locale.code(),
                        number,
                        revision.author.to_string(),
                        &revision.draft.title,
                        &revision.draft.body,
                        revision.source_revision,
                        revision.restored_from,
                        now,
                    ],
                )
                .await?;
                tx.execute(
                    "INSERT INTO guidebook_texts (chapter_slug, locale, revision, title, body, source_revision, \
                     updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (chapter_slug, locale) \
                     DO UPDATE SET revision = excluded.revision, title = excluded.title, body = excluded.body, \
                     source_revision = excluded.source_revision, updated_at = excluded.updated_at",
                    params![
                        revision.slug,
                        revision.locale.code(),
                        number,
                        &revision.draft.title,
                        &revision.draft.body,
                        revision.source_revision,
                        now,
                    ],
                )
                .await?;
                crate::search::refresh(tx, domain::search::Kind::Chapter, revision.slug).await?;
                Ok(number)
            })
            .await
            .map_err(|error| {
                error.unique_violation_means(AppError::conflict("error-guidebook-saved-meanwhile"))
            })?;
        Ok(number)
    }

    async fn revisions(&self, slug: &str, locale: Locale) -> Result<Vec<Revision>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    revision_select!(),
                    " WHERE r.chapter_slug = $1 AND r.locale = $2 ORDER BY r.number DESC"
                ),
                params![slug, locale.code()],
                &read_revision,
            )
            .await?)
    }

    async fn revision(
        &self,
        slug: &str,
        locale: Locale,
        number: i64,
    ) -> Result<Option<Revision>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    revision_select!(),
                    " WHERE r.chapter_slug = $1 AND r.locale = $2 AND r.number = $3"
                ),
                params![slug, locale.code(), number],
                &read_revision,
            )
            .await?)
    }

    async fn set_order(&self, slugs: &[String]) -> Result<(), AppError> {
        self.transaction(async |tx| {
            for (position, slug) in (1_i64..).zip(slugs) {
                tx.execute(
                    "UPDATE guidebook_chapters SET position = $1 WHERE slug = $2",
                    params![position, slug],
                )
                .await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }
}

/// The guidebook: a person's export holds the revisions they wrote. On erasure the shared text
/// stays (the network's guidebook is written together) but the link to the person goes: the
/// revisions' author becomes NULL and pages show "a former member".
pub(crate) const PRIVACY: Part = Part {
    feature: "guidebook",
    export: &[Section {
        name: "guidebook_revisions",
        columns: &[
            "chapter",
            "locale",
            "number",
            "title",
            "body",
            "source_revision",
            "restored_from",
            "created_at",
        ],
        sql: "SELECT r.chapter_slug, r.locale, r.number, r.title, r.body, r.source_revision, r.restored_from, \
              r.created_at FROM guidebook_revisions r WHERE r.author_id = $1 \
              ORDER BY r.created_at, r.chapter_slug, r.locale, r.number",
    }],
    erase: &[Erasure {
        sql: "UPDATE guidebook_revisions SET author_id = NULL WHERE author_id = $1",
        params: Bind::Person,
    }],
};
