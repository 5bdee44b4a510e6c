//! Stories in the JSON API: a community's stories (by tag and words), one story, telling one
//! (members), and changing or deleting it (its author). A photo is uploaded first
//! (`POST /images`) and attached by its `image_id`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::communities::{self, Participant};
use domain::media::{ImageId, PhotoChange};
use domain::stories::{self, Story, StoryDraft, StoryId, StoryInput, StoryStore as _};
use domain::{AppError, Message, time};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::pages::{parse_cursor, parse_filter};
use super::story_path;
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::media::api::ImageBody;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_stories, create_story))
        .routes(routes!(get_story, update_story, delete_story))
}

#[derive(Serialize, ToSchema)]
pub struct StoryBody {
    id: String,
    community: String,
    title: String,
    /// Markdown, as written.
    body: String,
    /// Normalised: lower case, words joined by hyphens.
    tags: Vec<String>,
    /// `public` or `members`.
    audience: &'static str,
    author: PersonBody,
    /// The photo, if the story has one.
    image: Option<ImageBody>,
    comment_count: i64,
    /// Hidden by moderators (only moderators see it).
    hidden: bool,
    created_at: String,
    updated_at: String,
    url: String,
}

impl StoryBody {
    pub fn new(state: &AppState, story: &Story) -> Self {
        Self {
            id: story.id.to_string(),
            community: story.community_slug.clone(),
            title: story.title.clone(),
            body: story.body.clone(),
            tags: story.tags.clone(),
            audience: story.audience.name(),
            author: PersonBody::new(&story.author),
            image: story
                .picture
                .as_ref()
                .map(|picture| ImageBody::new(state, picture)),
            comment_count: story.comment_count,
            hidden: story.hidden,
            created_at: story.created_at.to_rfc3339(),
            updated_at: story.updated_at.to_rfc3339(),
            url: state.config.url(&story_path(story)),
        }
    }
}

/// `?tag=&q=&limit=&cursor=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StoryListQuery {
    /// Only stories with this tag.
    tag: Option<String>,
    /// Words in the title or the text.
    q: Option<String>,
    /// How many items (1 to 100, default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
}

/// A community's stories, newest first. Anyone may read the public ones; its members also the
/// members-only ones; moderators also the hidden ones.
#[utoipa::path(get, path = "/communities/{slug}/stories", tag = "stories",
    params(("slug" = String, Path), StoryListQuery),
    responses((status = 200, body = ListPage<StoryBody>), (status = 404, body = Problem),
        (status = 422, description = "Bad limit or cursor", body = Problem)))]
async fn list_stories(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(query): Query<StoryListQuery>,
) -> Result<Json<ListPage<StoryBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, community.id, account).await?;
    let limit = ListQuery {
        limit: query.limit.clone(),
        cursor: None,
    }
    .limit()?;
    let after = parse_cursor(query.cursor.as_deref())?;
    let filter = parse_filter(query.tag.as_deref(), query.q.as_deref());
    let page = stories::list(&state.db, &community, &participant, &filter, after, limit).await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|story| StoryBody::new(&state, story))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewStoryBody {
    #[schema(min_length = 1, max_length = 150)]
    title: String,
    /// Markdown.
    #[schema(min_length = 1, max_length = 20000)]
    body: String,
    /// Free tags (at most 8, each at most 30 characters); kept in lower case.
    #[serde(default)]
    tags: Option<Vec<String>>,
    /// `public` (the default) or `members`.
    #[serde(default)]
    audience: Option<String>,
    /// A picture the caller uploaded (`POST /images`).
    #[serde(default)]
    image_id: Option<String>,
}

fn image_id(text: &str) -> Result<ImageId, AppError> {
    ImageId::parse(text)
        .ok_or_else(|| AppError::invalid(stories::IMAGE_FIELD, Message::new("error-image-unknown")))
}

/// Tell a story (members of the community).
#[utoipa::path(post, path = "/communities/{slug}/stories", tag = "stories", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewStoryBody,
    responses((status = 201, body = StoryBody), (status = 403, description = "Not a member", body = Problem),
        (status = 404, body = Problem),
        (status = 422, description = "A field is missing or invalid, or `image_id` is not a picture the caller uploaded",
            body = Problem)))]
async fn create_story(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewStoryBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.member()?;
    let tags = body.tags.unwrap_or_default();
    let draft = StoryDraft::parse(&StoryInput {
        title: &body.title,
        body: &body.body,
        tags: tags.iter().map(String::as_str).collect(),
        audience: body.audience.as_deref().unwrap_or_default(),
    })?;
    let photo = body.image_id.as_deref().map(image_id).transpose()?;
    let story = stories::create(
        &state.db,
        &community,
        &participant,
        &draft,
        photo,
        time::now(),
    )
    .await?;
    Ok(created(StoryBody::new(&state, &story)))
}

/// The story and how the caller stands in its community; 404 when the caller may not see it.
async fn story_for(
    state: &AppState,
    signed_in: Option<&SignedIn>,
    id: &str,
) -> Result<(Story, Participant), AppError> {
    let id = StoryId::parse(id).ok_or(AppError::NotFound)?;
    let story = state.db.story(id).await?.ok_or(AppError::NotFound)?;
    let account = signed_in.map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, story.community_id, account).await?;
    Ok((stories::visible_to(&participant, story)?, participant))
}

/// One story. Members-only stories are 404 for anyone outside the community.
#[utoipa::path(get, path = "/stories/{id}", tag = "stories", params(("id" = String, Path)),
    responses((status = 200, body = StoryBody), (status = 404, body = Problem)))]
async fn get_story(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<StoryBody>, Failure> {
    let (story, _) = story_for(&state, signed_in.as_ref(), &id).await?;
    Ok(Json(StoryBody::new(&state, &story)))
}

/// `null` and absent differ for `image_id`: `null` removes the photo, absent keeps it.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

#[derive(Deserialize, ToSchema)]
pub struct StoryChangeBody {
    #[serde(default)]
    #[schema(min_length = 1, max_length = 150)]
    title: Option<String>,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 20000)]
    body: Option<String>,
    #[serde(default)]
    tags: Option<Vec<String>>,
    #[serde(default)]
    audience: Option<String>,
    /// A new picture the caller uploaded, or `null` to remove the photo; absent keeps it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    image_id: Option<Option<String>>,
}

/// Change a story (its author): only the fields given change. A photo replaced or removed is
/// deleted.
#[utoipa::path(patch, path = "/stories/{id}", tag = "stories", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = StoryChangeBody,
    responses((status = 200, body = StoryBody), (status = 403, description = "Not its author", body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_story(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(change): ApiJson<StoryChangeBody>,
) -> Result<Json<StoryBody>, Failure> {
    let (story, participant) = story_for(&state, Some(&signed_in), &id).await?;
    stories::require_author(&participant, &story)?;
    let tags = change.tags.unwrap_or_else(|| story.tags.clone());
    let draft = StoryDraft::parse(&StoryInput {
        title: change.title.as_deref().unwrap_or(&story.title),
        body: change.body.as_deref().unwrap_or(&story.body),
        tags: tags.iter().map(String::as_str).collect(),
        audience: change.audience.as_deref().unwrap_or(story.audience.name()),
    })?;
    let photo = PhotoChange::from_field(
        change.image_id.as_ref().map(Option::as_deref),
        story.picture.as_ref(),
        stories::IMAGE_FIELD,
    )?;
    let saved = stories::update(
        &state.db,
        &state.media,
        &participant,
        &story,
        &draft,
        photo,
        time::now(),
    )
    .await?;
    Ok(Json(StoryBody::new(&state, &saved)))
}

/// Delete a story (its author), with its comments and photo.
#[utoipa::path(delete, path = "/stories/{id}", tag = "stories", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 403, description = "Not its author", body = Problem),
        (status = 404, body = Problem)))]
async fn delete_story(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (story, participant) = story_for(&state, Some(&signed_in), &id).await?;
    stories::delete(&state.db, &state.media, &participant, &story).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
