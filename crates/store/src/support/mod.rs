use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::search::Kind as Searched;
use domain::support::{
    BoardFilter, Category, Cursor, Kind, Language, Status, SupportDraft, SupportId, SupportItem,
    SupportStore, Visibility, expiry_instant,
};
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

mod conversations;

/// An offer or request with its author's name; `read_support` reads its columns.
macro_rules! support_select {
    () => {
        "SELECT s.id, s.community_id, s.author_id, a.display_name, s.kind, s.category, s.title, \
         s.body, s.languages, s.area, s.status, s.sensitive, s.expires_at, s.created_at, s.updated_at, \
         co.slug, CASE WHEN s.status = 'closed' AND s.closed_by <> s.author_id THEN 1 ELSE 0 END, \
         CASE WHEN s.hidden_at IS NULL THEN 0 ELSE 1 END FROM support_items s JOIN accounts a ON a.id = s.author_id \
         JOIN communities co ON co.id = s.community_id"
    };
}

fn read_support(row: &dyn Row) -> Result<SupportItem, DbError> {
    Ok(SupportItem {
        id: SupportId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(15)?,
        author_id: AccountId(uuid(&row.text(2)?)?),
        author_name: row.text(3)?,
        kind: stored("kind", Kind::parse(&row.text(4)?))?,
        category: stored("category", Category::parse(&row.text(5)?))?,
        title: row.text(6)?,
        body: row.text(7)?,
        languages: stored(
            "languages",
            domain::support::parse_languages(row.text(8)?.split(',')),
        )?,
        area: row.text(9)?,
        status: stored("status", Status::parse(&row.text(10)?))?,
        sensitive: row.flag(11)?,
        closed_by_moderator: row.flag(16)?,
        hidden: row.flag(17)?,
        expires_at: row.optional_int(12)?.map(instant).transpose()?,
        created_at: instant(row.int(13)?)?,
        updated_at: instant(row.int(14)?)?,
    })
}

/// One page of the board, newest first; `$kind` and `$category` are the two equality filters
/// (see `support_board`). Hidden items are there for moderators only.
macro_rules! board_query {
    ($kind:literal, $category:literal) => {
        concat!(
            support_select!(),
            " WHERE s.community_id = $1 AND (s.sensitive = 0 OR s.author_id = $2 OR $3 = 1) \
             AND (s.hidden_at IS NULL OR $4 = 1) AND ",
            $kind,
            " AND ",
            $category,
            " AND ($7 = '' OR s.languages LIKE $7) \
             AND ($8 = '' OR LOWER(s.title) LIKE $8 ESCAPE '\\' OR LOWER(s.body) LIKE $8 ESCAPE '\\') \
             AND ($9 = 1 OR (s.status = 'open' AND (s.expires_at IS NULL OR s.expires_at >= $10))) \
             AND (s.created_at < $11 OR (s.created_at = $11 AND s.id < $12)) \
             ORDER BY s.created_at DESC, s.id DESC LIMIT $13"
        )
    };
}

/// Languages as stored: `,pl,uk,`, so that one of them is found with `LIKE '%,uk,%'`.
fn stored_languages(languages: &[Language]) -> String {
    let codes: Vec<&str> = languages.iter().map(|language| language.name()).collect();
    format!(",{},", codes.join(","))
}

/// A `LIKE` pattern that finds `words` anywhere, with `%`, `_` and `\` taken literally.
fn contains_pattern(words: &str) -> String {
    let words = words.trim().to_lowercase();
    if words.is_empty() {
        return String::new();
    }
    let escaped = words
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

impl SupportStore for Db {
    async fn insert_support(
        &self,
        id: SupportId,
        community: CommunityId,
        author: AccountId,
        draft: &SupportDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        let (id, community, author) = (id.to_string(), community.0.to_string(), author.to_string());
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO support_items (id, community_id, author_id, kind, category, title, body, \
                 languages, area, status, sensitive, expires_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)",
                params![
                    &id,
                    &community,
                    &author,
                    draft.kind.name(),
                    draft.category.name(),
                    &draft.title,
                    &draft.body,
                    stored_languages(&draft.languages),
                    &draft.area,
                    Status::Open.name(),
                    draft.sensitive,
                    draft.expires_on.map(|date| millis(expiry_instant(date))),
                    millis(now),
                ],
            )
            .await?;
            crate::search::refresh(tx, Searched::Support, &id).await?;
            crate::impact::record_activity(tx, &community, &author, millis(now)).await
        })
        .await?;
        Ok(())
    }

    async fn support(&self, id: SupportId) -> Result<Option<SupportItem>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(support_select!(), " WHERE s.id = $1"),
                params![id.to_string()],
                &read_support,
            )
            .await?)
    }

    async fn update_support(
        &self,
        id: SupportId,
        draft: &SupportDraft,
        status: Status,
        by: AccountId,
        now: Instant,
    ) -> Result<(), AppError> {
        let id = id.to_string();
        self.write_searched(
            "UPDATE support_items SET category = $1, title = $2, body = $3, languages = $4, \
             area = $5, status = $6, sensitive = $7, expires_at = $8, updated_at = $9, closed_by = $10 \
             WHERE id = $11",
            params![
                draft.category.name(),
                &draft.title,
                &draft.body,
                stored_languages(&draft.languages),
                &draft.area,
                status.name(),
                draft.sensitive,
                draft.expires_on.map(|date| millis(expiry_instant(date))),
                millis(now),
                (status == Status::Closed).then(|| by.to_string()),
                &id,
            ],
            Searched::Support,
            &id,
        )
        .await?;
        Ok(())
    }

    async fn support_board(
        &self,
        community: CommunityId,
        filter: &BoardFilter,
        visibility: Visibility,
        now: Instant,
        after: Option<Cursor>,
        limit: u32,
    ) -> Result<Vec<SupportItem>, AppError> {
        let (after_time, after_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.created_at), cursor.id.to_string())
        });
        // A kind or a category is a plain equality when it is chosen, so that its index (with
        // `created_at` after it) serves the page in order; words and languages filter the rows
        // that index finds (full-text search comes with [8]).
        let sql = match (filter.kind.is_some(), filter.category.is_some()) {
            (false, false) => {
                board_query!("($5 = '' OR s.kind = $5)", "($6 = '' OR s.category = $6)")
            }
            (true, false) => board_query!("s.kind = $5", "($6 = '' OR s.category = $6)"),
            (_, true) => board_query!("($5 = '' OR s.kind = $5)", "s.category = $6"),
        };
        Ok(self
            .fetch_all(
                sql,
                params![
                    community.0.to_string(),
                    visibility.viewer.to_string(),
                    visibility.sees_sensitive,
                    visibility.sees_hidden,
                    filter.kind.map_or("", Kind::name),
                    filter.category.map_or("", Category::name),
                    filter
                        .language
                        .map_or(String::new(), |language| format!("%,{},%", language.name())),
                    contains_pattern(&domain::text::search_words(&filter.words)),
                    filter.include_closed,
                    millis(now),
                    after_time,
                    after_id,
                    i64::from(limit),
                ],
                &read_support,
            )
            .await?)
    }

    async fn support_candidates(
        &self,
        item: &SupportItem,
        visibility: Visibility,
        now: Instant,
        limit: u32,
    ) -> Result<Vec<SupportItem>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    support_select!(),
                    " WHERE s.community_id = $1 AND s.kind = $2 AND s.category = $3 AND s.author_id <> $4 \
                     AND (s.sensitive = 0 OR s.author_id = $5 OR $6 = 1) AND s.hidden_at IS NULL \
                     AND s.status = 'open' AND (s.expires_at IS NULL OR s.expires_at >= $7) \
                     ORDER BY s.created_at DESC, s.id DESC LIMIT $8"
                ),
                params![
                    item.community_id.0.to_string(),
                    item.kind.opposite().name(),
                    item.category.name(),
                    item.author_id.to_string(),
                    visibility.viewer.to_string(),
                    visibility.sees_sensitive,
                    millis(now),
                    i64::from(limit),
                ],
                &read_support,
            )
            .await?)
    }
}

/// Offers and requests, conversations and messages. An erased person's offers and requests
/// close and what they wrote stays under "former member", except their sensitive requests,
/// which are removed with the conversations about them. Messages from others are exported as
/// the other person's, without their name, and without their text when a moderator removed it.
pub(crate) const PRIVACY: Part = Part {
    feature: "support",
    export: &[
        Section {
            name: "offers_and_requests",
            columns: &[
                "id",
                "community",
                "kind",
                "category",
                "title",
                "body",
                "languages",
                "area",
                "status",
                "sensitive",
                "expires_at",
                "created_at",
                "updated_at",
            ],
            sql: "SELECT s.id, c.slug, s.kind, s.category, s.title, s.body, s.languages, s.area, s.status, \
                  s.sensitive, s.expires_at, s.created_at, s.updated_at \
                  FROM support_items s JOIN communities c ON c.id = s.community_id WHERE s.author_id = $1",
        },
        Section {
            name: "conversations",
            columns: &[
                "id",
                "about",
                "unread",
                "last_read_at",
                "created_at",
                "last_message_at",
            ],
            sql: "SELECT c.id, c.support_id, cm.unread, cm.last_read_at, c.created_at, c.last_message_at \
                  FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id \
                  WHERE cm.account_id = $1",
        },
        Section {
            name: "messages",
            columns: &["conversation", "from", "body", "created_at"],
            sql: "SELECT m.conversation_id, CASE WHEN m.sender_id = $1 THEN 'me' ELSE 'other' END, \
                  CASE WHEN m.hidden_at IS NOT NULL AND m.sender_id <> $1 THEN '' ELSE m.body END, m.created_at \
                  FROM messages m JOIN conversation_members cm ON cm.conversation_id = m.conversation_id \
                  WHERE cm.account_id = $1 ORDER BY m.created_at",
        },
    ],
    erase: &[
        Erasure {
            sql: "DELETE FROM support_items WHERE author_id = $1 AND sensitive = 1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE support_items SET updated_at = $1, status = 'closed' \
                  WHERE author_id = $2 AND status <> 'closed'",
            params: Bind::TimeAndPerson,
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_literally() {
        assert_eq!(contains_pattern("  "), "");
        assert_eq!(contains_pattern("50% Off_"), "%50\\% off\\_%");
        assert_eq!(stored_languages(&[Language::Pl, Language::Uk]), ",pl,uk,");
    }
}
