//! Stories of the place on either engine: the story with its tags (kept twice: as text on the
//! story, for showing, and one row per tag in `story_tags`, for the tag filter), its photo
//! through the `images` join, and the feature's privacy part.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::media::ImageId;
use domain::moderation::PageCursor;
use domain::search::Kind;
use domain::stories::{Audience, Readable, Story, StoryDraft, StoryFilter, StoryId, StoryStore};
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::media::{picture_columns, read_picture};
use crate::privacy::part::{Part, Section};
use crate::sql::{DbError, Row, Tx, params};

macro_rules! story_columns {
    () => {
        concat!(
            "SELECT s.id, s.community_id, c.slug, s.author_id, a.display_name, s.title, s.body, s.tags, \
             s.audience, s.comment_count, CASE WHEN s.hidden_at IS NULL THEN 0 ELSE 1 END, s.created_at, \
             s.updated_at, ",
            picture_columns!()
        )
    };
}

/// The joins every read needs, after `stories s`.
macro_rules! story_joins {
    () => {
        " JOIN communities c ON c.id = s.community_id JOIN accounts a ON a.id = s.author_id \
         LEFT JOIN images im ON im.id = s.image_id"
    };
}

macro_rules! story_select {
    () => {
        concat!(story_columns!(), " FROM stories s", story_joins!())
    };
}

fn read_story(row: &dyn Row) -> Result<Story, DbError> {
    Ok(Story {
        id: StoryId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        author: Person {
            id: AccountId(uuid(&row.text(3)?)?),
            name: row.text(4)?,
        },
        title: row.text(5)?,
        body: row.text(6)?,
        tags: row
            .text(7)?
            .split(',')
            .filter(|tag| !tag.is_empty())
            .map(str::to_owned)
            .collect(),
        audience: stored("audience", Audience::parse(&row.text(8)?))?,
        comment_count: row.int(9)?,
        hidden: row.flag(10)?,
        created_at: instant(row.int(11)?)?,
        updated_at: instant(row.int(12)?)?,
        picture: read_picture(row, 13)?,
    })
}

/// Tags as stored on the story: `,garden,river,` (empty: `,`).
fn stored_tags(tags: &[String]) -> String {
    format!(",{},", tags.join(","))
}

/// Writes the story's rows in `story_tags` anew.
async fn write_tags(
    tx: &mut Tx,
    story: StoryId,
    community: CommunityId,
    tags: &[String],
    created_at: i64,
) -> Result<(), DbError> {
    tx.execute(
        "DELETE FROM story_tags WHERE story_id = $1",
        params![story.to_string()],
    )
    .await?;
    for tag in tags {
        tx.execute(
            "INSERT INTO story_tags (story_id, community_id, tag, created_at) VALUES ($1, $2, $3, $4)",
            params![story.to_string(), community.0.to_string(), tag, created_at],
        )
        .await?;
    }
    Ok(())
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

impl StoryStore for Db {
    async fn insert_story(
        &self,
        id: StoryId,
        community: CommunityId,
        author: AccountId,
        draft: &StoryDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO stories (id, community_id, author_id, title, body, tags, audience, image_id, \
                 created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
                params![
                    id.to_string(),
                    community.0.to_string(),
                    author.to_string(),
                    &draft.title,
                    &draft.body,
                    stored_tags(&draft.tags),
                    draft.audience.name(),
                    image.map(|image| image.to_string()),
                    millis(now),
                ],
            )
            .await?;
            write_tags(tx, id, community, &draft.tags, millis(now)).await?;
            crate::impact::record_activity(
                tx,
                &community.0.to_string(),
                &author.to_string(),
                millis(now),
            )
            .await?;
            crate::search::refresh(tx, Kind::Story, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn update_story(
        &self,
        id: StoryId,
        draft: &StoryDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            let found = tx
                .fetch_optional(
                    "SELECT community_id, created_at FROM stories WHERE id = $1",
                    params![id.to_string()],
                    &|row| Ok((CommunityId(uuid(&row.text(0)?)?), row.int(1)?)),
                )
                .await?;
            let Some((community, created_at)) = found else {
                return Err(DbError::Other(AppError::NotFound));
            };
            tx.execute(
                "UPDATE stories SET title = $1, body = $2, tags = $3, audience = $4, image_id = $5, \
                 updated_at = $6 WHERE id = $7",
                params![
                    &draft.title,
                    &draft.body,
                    stored_tags(&draft.tags),
                    draft.audience.name(),
                    image.map(|image| image.to_string()),
                    millis(now),
                    id.to_string(),
                ],
            )
            .await?;
            write_tags(tx, id, community, &draft.tags, created_at).await?;
            crate::search::refresh(tx, Kind::Story, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn delete_story(&self, id: StoryId) -> Result<(), AppError> {
        self.transaction(async |tx| {
            // Replies first: a reply points at its top-level comment.
            tx.execute(
                "DELETE FROM comments WHERE target_type = 'story' AND target_id = $1 AND parent_id IS NOT NULL",
                params![id.to_string()],
            )
            .await?;
            tx.execute(
                "DELETE FROM comments WHERE target_type = 'story' AND target_id = $1",
                params![id.to_string()],
            )
            .await?;
            tx.execute(
                "DELETE FROM story_tags WHERE story_id = $1",
                params![id.to_string()],
            )
            .await?;
            tx.execute("DELETE FROM stories WHERE id = $1", params![id.to_string()])
                .await?;
            crate::search::refresh(tx, Kind::Story, &id.to_string()).await
        })
        .await?;
        Ok(())
    }

    async fn story(&self, id: StoryId) -> Result<Option<Story>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(story_select!(), " WHERE s.id = $1"),
                params![id.to_string()],
                &read_story,
            )
            .await?)
    }

    async fn stories(
        &self,
        community: CommunityId,
        filter: &StoryFilter,
        readable: Readable,
        after: Option<PageCursor>,
        limit: u32,
    ) -> Result<Vec<Story>, AppError> {
        let (after_at, after_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.at), cursor.id.to_string())
        });
        let pattern = contains_pattern(&filter.words);
        let community = community.0.to_string();
        let limit = i64::from(limit);
        // Newest first, down `stories_by_time`; with a tag, down that tag's `story_tags_by_tag`.
        let rows = match &filter.tag {
            None => {
                self.fetch_all(
                    concat!(
                        story_select!(),
                        " WHERE s.community_id = $1 AND (s.audience = 'public' OR $2 = 1) \
                         AND (s.hidden_at IS NULL OR $3 = 1) \
                         AND ($4 = '' OR LOWER(s.title) LIKE $4 ESCAPE '\\' OR LOWER(s.body) LIKE $4 ESCAPE '\\') \
                         AND (s.created_at < $5 OR (s.created_at = $5 AND s.id < $6)) \
                         ORDER BY s.created_at DESC, s.id DESC LIMIT $7"
                    ),
                    params![
                        community,
                        readable.members,
                        readable.hidden,
                        pattern,
                        after_at,
                        after_id,
                        limit
                    ],
                    &read_story,
                )
                .await?
            }
            Some(tag) => {
                self.fetch_all(
                    concat!(
                        story_columns!(),
                        " FROM story_tags t JOIN stories s ON s.id = t.story_id",
                        story_joins!(),
                        " WHERE t.community_id = $1 AND t.tag = $2 AND (s.audience = 'public' OR $3 = 1) \
                         AND (s.hidden_at IS NULL OR $4 = 1) \
                         AND ($5 = '' OR LOWER(s.title) LIKE $5 ESCAPE '\\' OR LOWER(s.body) LIKE $5 ESCAPE '\\') \
                         AND (t.created_at < $6 OR (t.created_at = $6 AND t.story_id < $7)) \
                         ORDER BY t.created_at DESC, t.story_id DESC LIMIT $8"
                    ),
                    params![
                        community,
                        tag.as_str(),
                        readable.members,
                        readable.hidden,
                        pattern,
                        after_at,
                        after_id,
                        limit
                    ],
                    &read_story,
                )
                .await?
            }
        };
        Ok(rows)
    }

    async fn story_tags(
        &self,
        community: CommunityId,
        readable: Readable,
        limit: u32,
    ) -> Result<Vec<String>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT DISTINCT t.tag FROM story_tags t JOIN stories s ON s.id = t.story_id \
                 WHERE t.community_id = $1 AND (s.audience = 'public' OR $2 = 1) \
                 AND (s.hidden_at IS NULL OR $3 = 1) ORDER BY t.tag LIMIT $4",
                params![
                    community.0.to_string(),
                    readable.members,
                    readable.hidden,
                    i64::from(limit)
                ],
                &|row| row.text(0),
            )
            .await?)
    }
}

/// Stories: a person's export holds the stories they told, with their tags, audience and photo.
/// On erasure a story stays, as the platform keeps what people wrote, under "former member"
/// (the account row is anonymised); its photo goes with the person's images (`media`).
pub(crate) const PRIVACY: Part = Part {
    feature: "stories",
    export: &[Section {
        name: "stories",
        columns: &[
            "id",
            "community",
            "title",
            "body",
            "tags",
            "audience",
            "image_id",
            "created_at",
            "updated_at",
        ],
        sql: "SELECT s.id, c.slug, s.title, s.body, s.tags, s.audience, s.image_id, s.created_at, s.updated_at \
              FROM stories s JOIN communities c ON c.id = s.community_id WHERE s.author_id = $1 \
              ORDER BY s.created_at, s.id",
    }],
    erase: &[],
};
