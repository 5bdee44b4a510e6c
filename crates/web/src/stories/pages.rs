//! The stories pages: `/c/{slug}/stories` (tag links and a word search, no script), a story's
//! page with its photo, tags, report form and comments, and deleting one (its author, after a
//! page that asks to confirm).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::comments::{CommentCursor, CommentTarget, Commented};
use domain::communities::{self, Community};
use domain::moderation::PageCursor;
use domain::stories::{self, Story, StoryFilter};
use domain::{AppError, Message, text};
use serde::Deserialize;

use super::{StoryWords, story_in, story_path, tag_path};
use crate::comments::thread::{self as comment_thread, CommentForm, Thread};
use crate::error::Failure;
use crate::form::form_failure;
use crate::markdown::to_safe_html;
use crate::media::Photo;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/stories/{id}", get(detail))
        .route("/c/{slug}/stories/{id}/comments", post(comment))
        .route(
            "/c/{slug}/stories/{id}/delete",
            get(confirm_delete).post(delete),
        )
}

const LIST_PAGE: u32 = 20;
const TAG_LINKS: u32 = 40;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ListQuery {
    tag: Option<String>,
    q: Option<String>,
    cursor: Option<String>,
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "stories/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    items: Vec<Story>,
    tags: Vec<String>,
    /// The tag chosen, normalised.
    tag: Option<String>,
    words: String,
    is_member: bool,
    next: Option<String>,
    notice: String,
}

impl ListPage {
    fn path(&self, story: &Story) -> String {
        story_path(story)
    }

    fn photo(&self, story: &Story) -> Option<Photo> {
        story.picture.as_ref().map(Photo::thumbnail)
    }

    fn tag_link(&self, tag: &str) -> String {
        tag_path(self.community.slug.as_str(), tag)
    }

    fn is_chosen(&self, tag: &str) -> bool {
        self.tag.as_deref() == Some(tag)
    }

    fn filtered(&self) -> bool {
        self.tag.is_some() || !self.words.is_empty()
    }
}

impl StoryWords for ListPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// `?cursor=` of a list, or a 422.
pub(super) fn parse_cursor(cursor: Option<&str>) -> Result<Option<PageCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => PageCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

/// `?tag=&q=` as a filter; a tag that cannot be one finds nothing rather than failing.
pub(super) fn parse_filter(tag: Option<&str>, words: Option<&str>) -> StoryFilter {
    StoryFilter {
        tag: tag.and_then(|tag| {
            stories::normalise_tag(tag)
                .unwrap_or_else(|_| Some(tag.trim().to_lowercase()))
                .filter(|tag| !tag.is_empty())
        }),
        words: text::search_words(words.unwrap_or_default()),
    }
}

/// `GET /c/{slug}/stories` (routed with the form's `POST`, in `form`).
pub(super) async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let filter = parse_filter(query.tag.as_deref(), query.q.as_deref());
    let after = parse_cursor(query.cursor.as_deref())?;
    let found = stories::list(
        &state.db,
        &community,
        &participant,
        &filter,
        after,
        LIST_PAGE,
    )
    .await?;
    let tags = stories::tags(&state.db, &community, &participant, TAG_LINKS).await?;
    let next = found.next.map(|cursor| {
        let mut pairs = vec![("cursor", cursor.encode())];
        if let Some(tag) = &filter.tag {
            pairs.push(("tag", tag.clone()));
        }
        if !filter.words.is_empty() {
            pairs.push(("q", filter.words.clone()));
        }
        format!(
            "/c/{}/stories?{}",
            community.slug,
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    let notice = match query.done.as_deref() {
        Some("deleted") => page.t("story-notice-deleted"),
        _ => String::new(),
    };
    Ok(render(&ListPage {
        page,
        is_member: participant.member().is_ok(),
        community,
        items: found.items,
        tags,
        tag: filter.tag,
        words: filter.words,
        next,
        notice,
    }))
}

#[derive(Template)]
#[template(path = "stories/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    story: Story,
    body_html: String,
    photo: Option<Photo>,
    is_member: bool,
    is_author: bool,
    notice: String,
    thread: Thread,
}

impl DetailPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
        comments_after: Option<CommentCursor>,
    ) -> Result<Self, AppError> {
        let (community, story, participant) = story_in(state, &page, slug, id).await?;
        let heading = page.t("comments-title");
        let thread = Thread::load(
            state,
            &page,
            &participant,
            &commented(&community, &story),
            story_path(&story),
            heading,
            comments_after,
        )
        .await?;
        Ok(Self {
            body_html: to_safe_html(&story.body),
            photo: story.picture.as_ref().map(Photo::of),
            is_member: participant.member().is_ok(),
            is_author: participant.is(story.author.id),
            page,
            community,
            story,
            notice: String::new(),
            thread,
        })
    }

    fn path(&self) -> String {
        story_path(&self.story)
    }
}

impl StoryWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

fn commented(community: &Community, story: &Story) -> Commented {
    Commented {
        community_id: community.id,
        community_slug: community.slug.to_string(),
        target: CommentTarget::Story,
        target_id: story.id.to_string(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailQuery {
    done: Option<String>,
    /// Where the comments go on from.
    comments: Option<String>,
}

fn notice_key(done: Option<&str>) -> &'static str {
    match done {
        Some("created") => "story-notice-created",
        Some("saved") => "story-notice-saved",
        Some("commented") => "comment-notice-posted",
        _ => "",
    }
}

async fn detail(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let after = comment_thread::cursor(query.comments.as_deref())?;
    let mut detail = DetailPage::load(&state, page, &slug, &id, after).await?;
    let key = notice_key(query.done.as_deref());
    if !key.is_empty() {
        detail.notice = detail.page.t(key);
    }
    Ok(render(&detail))
}

async fn comment(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<CommentForm>,
) -> Result<Response, Failure> {
    let (community, story, participant) = story_in(&state, &page, &slug, &id).await?;
    let name = signed_in.account.display_name.as_str();
    let on = commented(&community, &story);
    match comment_thread::post(&state, &participant, name, &on, &form).await {
        Ok(comment) => Ok(see_other(&format!(
            "{}?done=commented#comment-{}",
            story_path(&story),
            comment.id
        ))),
        Err(error) => {
            let mut detail = DetailPage::load(&state, page.clone(), &slug, &id, None).await?;
            Ok(form_failure(error, &page, |errors| {
                detail.thread.errors = errors;
                detail.thread.body = form.body;
                render(&detail)
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "stories/delete.html")]
struct DeletePage {
    page: PageContext,
    community: Community,
    story: Story,
}

impl DeletePage {
    fn path(&self) -> String {
        story_path(&self.story)
    }
}

async fn confirm_delete(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, story, participant) = story_in(&state, &page, &slug, &id).await?;
    stories::require_author(&participant, &story)?;
    Ok(render(&DeletePage {
        page,
        community,
        story,
    }))
}

async fn delete(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, story, participant) = story_in(&state, &page, &slug, &id).await?;
    stories::delete(&state.db, &state.media, &participant, &story).await?;
    Ok(see_other(&format!(
        "/c/{}/stories?done=deleted",
        community.slug
    )))
}
