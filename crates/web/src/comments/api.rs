//! Comments in the JSON API: `GET`/`POST /initiatives/{id}/comments`,
//! `/events/{id}/comments` and `/stories/{id}/comments`, `PATCH`/`DELETE /comments/{id}`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::comments::{self, Comment, CommentCursor, CommentId, CommentStore, CommentTarget};
use domain::{AppError, Message, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_initiative_comments, post_initiative_comment))
        .routes(routes!(list_event_comments, post_event_comment))
        .routes(routes!(list_story_comments, post_story_comment))
        .routes(routes!(edit_comment, delete_comment))
}

/// A comment. A removed one (deleted by its author, or hidden by moderators from this caller)
/// keeps its place in the thread with an empty `body` and `removed: true`.
#[derive(Serialize, ToSchema)]
pub struct CommentBody {
    id: String,
    /// `initiative`, `event` or `story`.
    target_type: &'static str,
    target_id: String,
    /// The top-level comment of its thread; absent for a top-level comment.
    parent_id: Option<String>,
    author: PersonBody,
    body: String,
    removed: bool,
    /// Hidden by moderators (only moderators see its text).
    hidden: bool,
    created_at: String,
    edited_at: Option<String>,
    url: String,
}

impl CommentBody {
    pub fn new(state: &AppState, comment: &Comment) -> Self {
        Self {
            id: comment.id.to_string(),
            target_type: comment.target.name(),
            target_id: comment.target_id.clone(),
            parent_id: comment.parent_id.map(|id| id.to_string()),
            author: PersonBody::new(&comment.author),
            body: comment.body.clone(),
            removed: comment.deleted || (comment.hidden && comment.body.is_empty()),
            hidden: comment.hidden,
            created_at: comment.created_at.to_rfc3339(),
            edited_at: comment.edited_at.map(|at| at.to_rfc3339()),
            url: state.config.url(&super::comment_path(comment)),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NewCommentBody {
    #[schema(min_length = 1, max_length = 5000)]
    body: String,
    /// Any comment of the same thread; the reply is kept under its top-level comment.
    parent_id: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct CommentEditBody {
    #[schema(min_length = 1, max_length = 5000)]
    body: String,
}

fn parse_cursor(cursor: Option<&str>) -> Result<Option<CommentCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => CommentCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

/// The comments on an initiative, in thread order: each top-level comment, oldest first, then
/// its replies. Anyone who may see the initiative may read them.
#[utoipa::path(get, path = "/initiatives/{id}/comments", tag = "initiatives",
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<CommentBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit or cursor", body = Problem)))]
async fn list_initiative_comments(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<CommentBody>>, Failure> {
    Ok(Json(
        thread(&state, signed_in, CommentTarget::Initiative, &id, &list).await?,
    ))
}

/// The comments on an event, in thread order, as for an initiative.
#[utoipa::path(get, path = "/events/{id}/comments", tag = "events",
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<CommentBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit or cursor", body = Problem)))]
async fn list_event_comments(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<CommentBody>>, Failure> {
    Ok(Json(
        thread(&state, signed_in, CommentTarget::Event, &id, &list).await?,
    ))
}

/// The comments on a story, in thread order, as for an initiative.
#[utoipa::path(get, path = "/stories/{id}/comments", tag = "stories",
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<CommentBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit or cursor", body = Problem)))]
async fn list_story_comments(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<CommentBody>>, Failure> {
    Ok(Json(
        thread(&state, signed_in, CommentTarget::Story, &id, &list).await?,
    ))
}

/// One page of the thread on what `target` and `id` name, if the caller may see it.
async fn thread(
    state: &AppState,
    signed_in: Option<SignedIn>,
    target: CommentTarget,
    id: &str,
    list: &ListQuery,
) -> Result<ListPage<CommentBody>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let (on, participant) = super::target(state, account, target, id).await?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let (page, next) =
        comments::thread_page(&state.db, &participant, &on, after, list.limit()?).await?;
    Ok(ListPage {
        items: page
            .iter()
            .map(|comment| CommentBody::new(state, comment))
            .collect(),
        next_cursor: next.map(|cursor| cursor.encode()),
    })
}

/// Comment on an initiative, or reply (members of its community).
#[utoipa::path(post, path = "/initiatives/{id}/comments", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewCommentBody,
    responses((status = 201, body = CommentBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "Empty or too long, or a parent from elsewhere", body = Problem)))]
async fn post_initiative_comment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewCommentBody>,
) -> Result<Response, Failure> {
    let comment = post(&state, &signed_in, CommentTarget::Initiative, &id, &body).await?;
    Ok(created(CommentBody::new(&state, &comment)))
}

/// Comment on an event, or reply (members of its community).
#[utoipa::path(post, path = "/events/{id}/comments", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewCommentBody,
    responses((status = 201, body = CommentBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "Empty or too long, or a parent from elsewhere", body = Problem)))]
async fn post_event_comment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewCommentBody>,
) -> Result<Response, Failure> {
    let comment = post(&state, &signed_in, CommentTarget::Event, &id, &body).await?;
    Ok(created(CommentBody::new(&state, &comment)))
}

/// Comment on a story, or reply (members of its community).
#[utoipa::path(post, path = "/stories/{id}/comments", tag = "stories", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewCommentBody,
    responses((status = 201, body = CommentBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "Empty or too long, or a parent from elsewhere", body = Problem)))]
async fn post_story_comment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewCommentBody>,
) -> Result<Response, Failure> {
    let comment = post(&state, &signed_in, CommentTarget::Story, &id, &body).await?;
    Ok(created(CommentBody::new(&state, &comment)))
}

/// Posts the caller's comment on what `target` and `id` name.
async fn post(
    state: &AppState,
    signed_in: &SignedIn,
    target: CommentTarget,
    id: &str,
    body: &NewCommentBody,
) -> Result<Comment, AppError> {
    let account = &signed_in.account;
    let (on, participant) = super::target(state, Some(account), target, id).await?;
    let parent = match body.parent_id.as_deref() {
        Some(text) => Some(CommentId::parse(text).ok_or_else(|| {
            AppError::invalid("parent_id", Message::new("error-comment-parent-unknown"))
        })?),
        None => None,
    };
    comments::post(
        &state.db,
        &participant,
        account.display_name.as_str(),
        &on,
        parent,
        &body.body,
        time::now(),
    )
    .await
}

/// A comment its caller wrote, with how the caller stands in its community.
async fn own_comment(
    state: &AppState,
    signed_in: &SignedIn,
    id: &str,
) -> Result<(Comment, domain::communities::Participant), AppError> {
    let id = CommentId::parse(id).ok_or(AppError::NotFound)?;
    let stored = state.db.comment(id).await?.ok_or(AppError::NotFound)?;
    let (_, participant) = super::target(
        state,
        Some(&signed_in.account),
        stored.target,
        &stored.target_id,
    )
    .await?;
    let comment = comments::find(&state.db, &participant, id).await?;
    Ok((comment, participant))
}

/// Change a comment's text: its author, within 15 minutes of writing it (afterwards 409).
#[utoipa::path(patch, path = "/comments/{id}", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = CommentEditBody,
    responses((status = 200, body = CommentBody), (status = 401, body = Problem),
        (status = 403, description = "Not its author", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "More than 15 minutes old, or removed", body = Problem),
        (status = 422, body = Problem)))]
async fn edit_comment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CommentEditBody>,
) -> Result<Json<CommentBody>, Failure> {
    let (comment, participant) = own_comment(&state, &signed_in, &id).await?;
    let edited = comments::edit(&state.db, &participant, &comment, &body.body, time::now()).await?;
    Ok(Json(CommentBody::new(&state, &edited)))
}

/// Delete a comment (its author): it stays in its thread as "comment removed".
#[utoipa::path(delete, path = "/comments/{id}", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Removed"), (status = 401, body = Problem),
        (status = 403, description = "Not its author", body = Problem), (status = 404, body = Problem)))]
async fn delete_comment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (comment, participant) = own_comment(&state, &signed_in, &id).await?;
    comments::delete(&state.db, &participant, &comment, time::now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
