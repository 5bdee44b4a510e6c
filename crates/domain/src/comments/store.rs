use std::future::Future;

use super::{Comment, CommentId, CommentTarget};
use crate::AppError;
use crate::time::Instant;

/// Where the next page of a thread list starts: after this comment, in thread order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommentCursor {
    pub thread: uuid::Uuid,
    pub created_at: Instant,
    pub id: uuid::Uuid,
}

impl CommentCursor {
    pub fn after(comment: &Comment) -> Self {
        Self {
            thread: comment.thread().0,
            created_at: comment.created_at,
            id: comment.id.0,
        }
    }

    pub fn encode(&self) -> String {
        format!(
            "{}.{}.{}",
            self.thread,
            self.created_at.timestamp_millis(),
            self.id
        )
    }

    pub fn decode(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '.');
        let thread = uuid::Uuid::parse_str(parts.next()?).ok()?;
        let millis = parts.next()?.parse().ok()?;
        Some(Self {
            thread,
            created_at: chrono::DateTime::from_timestamp_millis(millis)?,
            id: uuid::Uuid::parse_str(parts.next()?).ok()?,
        })
    }
}

pub trait CommentStore: Sync {
    /// Adds it and counts it on its target, in one transaction.
    fn insert_comment(
        &self,
        comment: &Comment,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn comment(
        &self,
        id: CommentId,
    ) -> impl Future<Output = Result<Option<Comment>, AppError>> + Send;
    /// A page of a target's comments in thread order: each top-level comment, oldest first,
    /// followed by its replies.
    fn comments(
        &self,
        target: CommentTarget,
        target_id: &str,
        after: Option<CommentCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Comment>, AppError>> + Send;
    fn edit_comment(
        &self,
        id: CommentId,
        body: &str,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Empties it, marks it deleted and stops counting it on its target.
    fn delete_comment(
        &self,
        comment: &Comment,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
