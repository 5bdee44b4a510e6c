use super::{Comment, CommentCursor, CommentId, CommentStore, CommentTarget, comment_body};
use crate::AppError;
use crate::communities::{CommunityId, Participant};
use crate::support::Person;
use crate::time::Instant;

/// What a comment is on, once the caller has checked that the reader may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commented {
    pub community_id: CommunityId,
    pub community_slug: String,
    pub target: CommentTarget,
    pub target_id: String,
}

/// Members comment. A reply names any comment of the thread; it is kept under the thread's
/// top-level comment, so there is one level of replies.
pub async fn post(
    store: &impl CommentStore,
    participant: &Participant,
    author_name: &str,
    on: &Commented,
    parent: Option<CommentId>,
    body: &str,
    now: Instant,
) -> Result<Comment, AppError> {
    let author = participant.member()?;
    let body = comment_body(body)?;
    let parent_id = match parent {
        Some(parent) => Some(thread_of(store, on, parent).await?),
        None => None,
    };
    let comment = Comment {
        id: CommentId::generate(),
        community_id: on.community_id,
        community_slug: on.community_slug.clone(),
        target: on.target,
        target_id: on.target_id.clone(),
        parent_id,
        author: Person {
            id: author,
            name: author_name.to_owned(),
        },
        body,
        created_at: now,
        edited_at: None,
        deleted: false,
        hidden: false,
    };
    store.insert_comment(&comment).await?;
    Ok(comment)
}

/// The top-level comment of the thread `parent` is in; a parent elsewhere is a field error.
async fn thread_of(
    store: &impl CommentStore,
    on: &Commented,
    parent: CommentId,
) -> Result<CommentId, AppError> {
    match store.comment(parent).await? {
        Some(parent) if parent.target == on.target && parent.target_id == on.target_id => {
            Ok(parent.thread())
        }
        _ => Err(AppError::invalid(
            "parent_id",
            crate::Message::new("error-comment-parent-unknown"),
        )),
    }
}

/// A page of comments as this reader may see them: what a moderator hid is shown to moderators
/// and, to everyone else, stands as removed.
pub async fn thread_page(
    store: &impl CommentStore,
    participant: &Participant,
    on: &Commented,
    after: Option<CommentCursor>,
    limit: u32,
) -> Result<(Vec<Comment>, Option<CommentCursor>), AppError> {
    let mut comments = store
        .comments(on.target, &on.target_id, after, limit + 1)
        .await?;
    let next = if comments.len() > limit as usize {
        comments.truncate(limit as usize);
        comments.last().map(CommentCursor::after)
    } else {
        None
    };
    if !participant.sees_hidden() {
        for comment in comments.iter_mut().filter(|comment| comment.hidden) {
            comment.body.clear();
        }
    }
    Ok((comments, next))
}

/// The comment, if the reader may see its words.
pub async fn find(
    store: &impl CommentStore,
    participant: &Participant,
    id: CommentId,
) -> Result<Comment, AppError> {
    match store.comment(id).await? {
        Some(comment) if !comment.hidden || participant.sees_hidden() => Ok(comment),
        _ => Err(AppError::NotFound),
    }
}

/// Its author changes it within the edit window; afterwards it is a conflict.
pub async fn edit(
    store: &impl CommentStore,
    participant: &Participant,
    comment: &Comment,
    body: &str,
    now: Instant,
) -> Result<Comment, AppError> {
    if !participant.is(comment.author.id) {
        return Err(AppError::forbidden());
    }
    let body = comment_body(body)?;
    if !comment.editable_at(now) {
        return Err(AppError::conflict("error-comment-edit-window"));
    }
    store.edit_comment(comment.id, &body, now).await?;
    store.comment(comment.id).await?.ok_or(AppError::NotFound)
}

/// Its author removes it; the thread keeps its place.
pub async fn delete(
    store: &impl CommentStore,
    participant: &Participant,
    comment: &Comment,
    now: Instant,
) -> Result<(), AppError> {
    if !participant.is(comment.author.id) {
        return Err(AppError::forbidden());
    }
    if comment.deleted {
        return Ok(());
    }
    store.delete_comment(comment, now).await
}
