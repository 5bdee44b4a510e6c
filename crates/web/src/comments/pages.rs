//! A comment's own page for its author: change the text within 15 minutes, or delete it.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::comments::{self, Comment, CommentId, CommentStore};
use domain::communities::Participant;
use domain::{AppError, time};
use serde::Deserialize;

use super::comment_path;
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/comments/{id}", get(edit_form).post(save))
        .route("/c/{slug}/comments/{id}/delete", post(delete))
}

#[derive(Template)]
#[template(path = "comments/edit.html")]
struct EditPage {
    page: PageContext,
    comment: Comment,
    editable: bool,
    errors: FormErrors,
    body: String,
}

impl EditPage {
    fn back(&self) -> String {
        comment_path(&self.comment)
    }
}

/// The signed-in person's own comment at `/c/{slug}/comments/{id}`; anyone else's is 403.
async fn own_comment(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
    id: &str,
) -> Result<(Comment, Participant), AppError> {
    let id = CommentId::parse(id).ok_or(AppError::NotFound)?;
    let stored = state.db.comment(id).await?.ok_or(AppError::NotFound)?;
    if stored.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let (_, participant) = super::target(
        state,
        Some(&signed_in.account),
        stored.target,
        &stored.target_id,
    )
    .await?;
    let comment = comments::find(&state.db, &participant, id).await?;
    if !participant.is(comment.author.id) || comment.deleted {
        return Err(AppError::forbidden());
    }
    Ok((comment, participant))
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (comment, _) = own_comment(&state, &signed_in, &slug, &id).await?;
    Ok(render(&EditPage {
        page,
        editable: comment.editable_at(time::now()),
        body: comment.body.clone(),
        comment,
        errors: FormErrors::default(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EditForm {
    body: String,
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<EditForm>,
) -> Result<Response, Failure> {
    let (comment, participant) = own_comment(&state, &signed_in, &slug, &id).await?;
    let now = time::now();
    match comments::edit(&state.db, &participant, &comment, &form.body, now).await {
        Ok(edited) => Ok(see_other(&comment_path(&edited))),
        Err(error) => Ok(form_failure(error, &page.clone(), |errors| {
            render(&EditPage {
                page,
                editable: comment.editable_at(now),
                comment,
                errors,
                body: form.body,
            })
        })),
    }
}

async fn delete(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (comment, participant) = own_comment(&state, &signed_in, &slug, &id).await?;
    comments::delete(&state.db, &participant, &comment, time::now()).await?;
    Ok(see_other(&comment_path(&comment)))
}
