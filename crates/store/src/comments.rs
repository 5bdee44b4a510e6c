//! Comments on initiatives (and, as they arrive, events and stories). Each target's
//! `comment_count` is written in the same transaction as the comment.

use domain::AppError;
use domain::accounts::AccountId;
use domain::comments::{Comment, CommentCursor, CommentId, CommentStore, CommentTarget};
use domain::communities::CommunityId;
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, Tx, params};

macro_rules! comment_select {
    () => {
        "SELECT c.id, c.community_id, c.target_type, c.target_id, c.parent_id, c.author_id, a.display_name, \
         c.body, c.created_at, c.edited_at, c.deleted_at, c.hidden_at, co.slug \
         FROM comments c JOIN accounts a ON a.id = c.author_id JOIN communities co ON co.id = c.community_id"
    };
}

fn read_comment(row: &dyn Row) -> Result<Comment, DbError> {
    Ok(Comment {
        id: CommentId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(12)?,
        target: stored("target_type", CommentTarget::parse(&row.text(2)?))?,
        target_id: row.text(3)?,
        parent_id: row
            .optional_text(4)?
            .map(|id| uuid(&id).map(CommentId))
            .transpose()?,
        author: Person {
            id: AccountId(uuid(&row.text(5)?)?),
            name: row.text(6)?,
        },
        body: row.text(7)?,
        created_at: instant(row.int(8)?)?,
        edited_at: row.optional_int(9)?.map(instant).transpose()?,
        deleted: row.optional_int(10)?.is_some(),
        hidden: row.optional_int(11)?.is_some(),
    })
}

/// Adds `change` to the comment count of what the comment is on.
async fn count_on_target(tx: &mut Tx, comment: &Comment, change: i64) -> Result<(), DbError> {
    let sql = match comment.target {
        CommentTarget::Initiative => {
            "UPDATE initiatives SET comment_count = comment_count + $1 WHERE id = $2"
        }
        CommentTarget::Story => {
            "UPDATE stories SET comment_count = comment_count + $1 WHERE id = $2"
        }
        // Events do not count their comments.
        CommentTarget::Event => return Ok(()),
    };
    tx.execute(sql, params![change, &comment.target_id]).await?;
    Ok(())
}

impl CommentStore for Db {
    async fn insert_comment(&self, comment: &Comment) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO comments (id, community_id, target_type, target_id, parent_id, author_id, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                params![
                    comment.id.to_string(),
                    comment.community_id.0.to_string(),
                    comment.target.name(),
                    &comment.target_id,
                    comment.parent_id.map(|id| id.to_string()),
                    comment.author.id.to_string(),
                    &comment.body,
                    millis(comment.created_at),
                ],
            )
            .await?;
            crate::impact::record_activity(
                tx,
                &comment.community_id.0.to_string(),
                &comment.author.id.to_string(),
                millis(comment.created_at),
            )
            .await?;
            count_on_target(tx, comment, 1).await
        })
        .await?;
        Ok(())
    }

    async fn comment(&self, id: CommentId) -> Result<Option<Comment>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(comment_select!(), " WHERE c.id = $1"),
                params![id.to_string()],
                &read_comment,
            )
            .await?)
    }

    async fn comments(
        &self,
        target: CommentTarget,
        target_id: &str,
        after: Option<CommentCursor>,
        limit: u32,
    ) -> Result<Vec<Comment>, AppError> {
        // Thread order: the expression is the one of the `comments_by_thread` index.
        let (thread, at, id) = after.map_or((String::new(), 0, String::new()), |cursor| {
            (
                cursor.thread.to_string(),
                millis(cursor.created_at),
                cursor.id.to_string(),
            )
        });
        Ok(self
            .fetch_all(
                concat!(
                    comment_select!(),
                    " WHERE c.target_type = $1 AND c.target_id = $2 \
                     AND (COALESCE(c.parent_id, c.id) > $3 OR (COALESCE(c.parent_id, c.id) = $3 \
                     AND (c.created_at > $4 OR (c.created_at = $4 AND c.id > $5)))) \
                     ORDER BY COALESCE(c.parent_id, c.id), c.created_at, c.id LIMIT $6"
                ),
                params![target.name(), target_id, thread, at, id, i64::from(limit)],
                &read_comment,
            )
            .await?)
    }

    async fn edit_comment(&self, id: CommentId, body: &str, now: Instant) -> Result<(), AppError> {
        self.execute(
            "UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3",
            params![body, millis(now), id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn delete_comment(&self, comment: &Comment, now: Instant) -> Result<(), AppError> {
        self.transaction(async |tx| {
            let deleted = tx
                .execute(
                    "UPDATE comments SET body = '', deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL",
                    params![millis(now), comment.id.to_string()],
                )
                .await?;
            if deleted == 1 {
                count_on_target(tx, comment, -1).await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }
}

/// A person's comments are removed when they leave, each leaving "comment removed" so that the
/// replies around it still read as a conversation.
pub(crate) const PRIVACY: Part = Part {
    feature: "comments",
    export: &[Section {
        name: "comments",
        columns: &[
            "id",
            "on",
            "on_id",
            "reply_to",
            "body",
            "created_at",
            "edited_at",
            "deleted_at",
        ],
        sql: "SELECT id, target_type, target_id, parent_id, body, created_at, edited_at, deleted_at \
              FROM comments WHERE author_id = $1",
    }],
    erase: &[
        Erasure {
            sql: "UPDATE initiatives SET comment_count = comment_count - \
                  (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'initiative' \
                  AND c.target_id = initiatives.id AND c.author_id = $1 AND c.deleted_at IS NULL) \
                  WHERE id IN (SELECT target_id FROM comments WHERE target_type = 'initiative' AND author_id = $1)",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE comments SET body = '', deleted_at = $1 WHERE author_id = $2 AND deleted_at IS NULL",
            params: Bind::TimeAndPerson,
        },
    ],
};
