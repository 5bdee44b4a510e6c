//! The comments section a content page includes (`templates/comments/thread.html`): one page of
//! the thread with what the reader may do to each comment, the form to comment, and the form's
//! errors when a post failed. Initiatives and events use it the same way.

use domain::comments::{self, Comment, CommentCursor, CommentId, Commented};
use domain::communities::Participant;
use domain::{AppError, time};
use serde::Deserialize;

use crate::form::FormErrors;
use crate::markdown::to_safe_html;
use crate::page::PageContext;
use crate::state::AppState;

/// How many comments a page shows before a link to the next ones.
const PAGE: u32 = 50;

/// A comment as the page shows it, with what the reader may do to it.
pub struct CommentView {
    pub comment: Comment,
    pub html: String,
    /// The author's name, or "former member".
    pub author: String,
    pub day: String,
    /// The reader wrote it: they may edit (within the window) or delete it.
    pub own: bool,
}

pub struct Thread {
    /// The page it stands on; its forms post to `{path}/comments`.
    pub path: String,
    pub community_slug: String,
    pub heading: String,
    pub comments: Vec<CommentView>,
    /// The address of the next page of comments, when there is one.
    pub next: Option<String>,
    pub is_member: bool,
    pub errors: FormErrors,
    /// What the reader typed, kept when the post failed.
    pub body: String,
}

impl Thread {
    /// The comments on `on` from `after` on, for the page at `path`.
    pub async fn load(
        state: &AppState,
        page: &PageContext,
        participant: &Participant,
        on: &Commented,
        path: String,
        heading: String,
        after: Option<CommentCursor>,
    ) -> Result<Self, AppError> {
        let (found, next) = comments::thread_page(&state.db, participant, on, after, PAGE).await?;
        let comments = found
            .into_iter()
            .map(|comment| CommentView {
                html: to_safe_html(&comment.body),
                author: if comment.author.name.is_empty() {
                    page.t("person-former-member")
                } else {
                    comment.author.name.clone()
                },
                day: comment.created_at.format("%Y-%m-%d").to_string(),
                own: participant.is(comment.author.id) && !comment.deleted,
                comment,
            })
            .collect();
        Ok(Self {
            next: next.map(|cursor| format!("{path}?comments={}#comments", cursor.encode())),
            community_slug: on.community_slug.clone(),
            path,
            heading,
            comments,
            is_member: participant.member().is_ok(),
            errors: FormErrors::default(),
            body: String::new(),
        })
    }
}

/// The `?comments=` cursor of a content page; a bad one is a page that does not exist.
pub fn cursor(text: Option<&str>) -> Result<Option<CommentCursor>, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => Ok(Some(CommentCursor::decode(text).ok_or(AppError::NotFound)?)),
        None => Ok(None),
    }
}

/// A comment or a reply as a page's form sends it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    pub parent_id: String,
}

/// Posts the form's comment on `on` as the signed-in participant.
pub async fn post(
    state: &AppState,
    participant: &Participant,
    author_name: &str,
    on: &Commented,
    form: &CommentForm,
) -> Result<Comment, AppError> {
    let parent = match form.parent_id.trim() {
        "" => None,
        text => Some(CommentId::parse(text).ok_or(AppError::NotFound)?),
    };
    comments::post(
        &state.db,
        participant,
        author_name,
        on,
        parent,
        &form.body,
        time::now(),
    )
    .await
}
