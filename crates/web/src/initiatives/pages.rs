//! The initiative pages: the list (`/c/{slug}/initiatives`) and an initiative's page with its
//! photo, supports, volunteers, followers, the organisers' answers and its comments. Proposing
//! one and changing its photo are in `form`.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::comments::{CommentCursor, CommentTarget, Commented};
use domain::communities::{self, Community, Participant};
use domain::initiatives::{
    self, Initiative, InitiativeDetail, InitiativeId, InitiativeStore, StateChange,
};
use domain::{AppError, time};
use serde::Deserialize;

use super::{InitiativeWords, ListQuery, initiative_path, parse_cursor};
use crate::comments::thread::{self as comment_thread, CommentForm, Thread};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::markdown::to_safe_html;
use crate::media::Photo;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/initiatives/{id}", get(detail))
        .route("/c/{slug}/initiatives/{id}/support", post(support))
        .route("/c/{slug}/initiatives/{id}/volunteer", post(volunteer))
        .route("/c/{slug}/initiatives/{id}/follow", post(follow))
        .route("/c/{slug}/initiatives/{id}/state", post(answer))
        .route("/c/{slug}/initiatives/{id}/comments", post(comment))
}

/// How many initiatives one page of the list shows.
const LIST_PAGE: u32 = 20;

#[derive(Template)]
#[template(path = "initiatives/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    items: Vec<Initiative>,
    query: ListQuery,
    errors: FormErrors,
    is_member: bool,
    /// The address of the next page, when there is one.
    next: Option<String>,
}

impl ListPage {
    /// A small photo beside an initiative's title. Its alt text is empty: the title beside it
    /// names the initiative, and its page shows the photo with what it shows.
    fn thumbnail(&self, initiative: &Initiative) -> Option<Photo> {
        initiative.picture.as_ref().map(|picture| Photo {
            alt: String::new(),
            ..Photo::thumbnail(picture)
        })
    }

    fn states(&self) -> &'static [initiatives::State] {
        initiatives::State::ALL
    }

    fn chosen<'a>(&self, value: Option<&'a String>) -> &'a str {
        value.map_or("", String::as_str)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct CursorQuery {
    cursor: Option<String>,
}

pub(super) async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let (filter, errors) = match query.filter() {
        Ok(filter) => (filter, FormErrors::default()),
        Err(error) => (
            initiatives::ListFilter::default(),
            FormErrors::from_error(&error, page.locale).unwrap_or_default(),
        ),
    };
    let after = parse_cursor(cursor.cursor.as_deref())?;
    let found = initiatives::list(
        &state.db,
        &community,
        &participant,
        filter,
        after,
        LIST_PAGE,
    )
    .await?;
    let next = found.next.map(|cursor| {
        let mut pairs = query.pairs();
        pairs.push(("cursor", cursor.encode()));
        format!(
            "/c/{}/initiatives?{}",
            community.slug,
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    Ok(render(&ListPage {
        page,
        community,
        items: found.items,
        query,
        errors,
        is_member: participant.member().is_ok(),
        next,
    }))
}

/// The initiative at `/c/{slug}/initiatives/{id}` as this reader may see it.
pub(super) async fn initiative_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Initiative, Participant), AppError> {
    let id = InitiativeId::parse(id).ok_or(AppError::NotFound)?;
    let initiative = state.db.initiative(id).await?.ok_or(AppError::NotFound)?;
    if initiative.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let initiative = initiatives::visible_to(&participant, initiative)?;
    Ok((community, initiative, participant))
}

#[derive(Template)]
#[template(path = "initiatives/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    detail: InitiativeDetail,
    body_html: String,
    is_member: bool,
    is_author: bool,
    is_organiser: bool,
    thread: Thread,
    notice: String,
    state_errors: FormErrors,
    answer: String,
    take_part_errors: FormErrors,
}

impl DetailPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
        comments_after: Option<CommentCursor>,
    ) -> Result<Self, AppError> {
        let (community, initiative, participant) = initiative_in(state, &page, slug, id).await?;
        let on = Commented {
            community_id: community.id,
            community_slug: community.slug.to_string(),
            target: CommentTarget::Initiative,
            target_id: initiative.id.to_string(),
        };
        let detail = initiatives::detail(&state.db, &participant, initiative).await?;
        let heading = page.tn("initiative-comments", detail.initiative.comment_count);
        let path = initiative_path(&detail.initiative);
        let thread = Thread::load(
            state,
            &page,
            &participant,
            &on,
            path,
            heading,
            comments_after,
        )
        .await?;
        let is_author = participant.is(detail.initiative.author.id);
        Ok(Self {
            body_html: to_safe_html(&detail.initiative.body),
            thread,
            page,
            community,
            detail,
            is_member: participant.member().is_ok(),
            is_author,
            is_organiser: participant.is_organiser(),
            notice: String::new(),
            state_errors: FormErrors::default(),
            answer: String::new(),
            take_part_errors: FormErrors::default(),
        })
    }

    fn initiative(&self) -> &Initiative {
        &self.detail.initiative
    }

    fn path(&self) -> String {
        initiative_path(&self.detail.initiative)
    }

    fn next_states(&self) -> &'static [initiatives::State] {
        self.detail.initiative.state.next()
    }

    fn photo(&self) -> Option<Photo> {
        self.detail.initiative.picture.as_ref().map(Photo::of)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailQuery {
    done: Option<String>,
    comments: Option<String>,
}

/// The message for what was just done, from `?done=`.
fn notice_key(done: Option<&str>) -> &'static str {
    match done {
        Some("proposed") => "initiative-notice-proposed",
        Some("photo") => "initiative-notice-photo",
        Some("supported") => "initiative-notice-supported",
        Some("withdrawn") => "initiative-notice-withdrawn",
        Some("volunteered") => "initiative-notice-volunteered",
        Some("unvolunteered") => "initiative-notice-unvolunteered",
        Some("followed") => "initiative-notice-followed",
        Some("unfollowed") => "initiative-notice-unfollowed",
        Some("answered") => "initiative-notice-answered",
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

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChoiceForm {
    /// `yes` to do it, `no` to undo it.
    choice: String,
    note: String,
}

impl ChoiceForm {
    fn wants(&self) -> bool {
        self.choice != "no"
    }
}

/// Shows the initiative again after a failed form, with `show` putting the errors in place.
async fn again(
    state: &AppState,
    page: PageContext,
    slug: &str,
    id: &str,
    error: AppError,
    show: impl FnOnce(&mut DetailPage, FormErrors),
) -> Result<Response, Failure> {
    let mut detail = DetailPage::load(state, page.clone(), slug, id, None).await?;
    Ok(form_failure(error, &page, |errors| {
        show(&mut detail, errors);
        render(&detail)
    }))
}

/// Back to the initiative saying what was done, or its page again with the take-part errors.
async fn after_taking_part(
    state: &AppState,
    page: PageContext,
    slug: &str,
    id: &str,
    initiative: &Initiative,
    done: Result<&'static str, AppError>,
) -> Result<Response, Failure> {
    match done {
        Ok(done) => Ok(see_other(&format!(
            "{}?done={done}",
            initiative_path(initiative)
        ))),
        Err(error) => {
            again(state, page, slug, id, error, |detail, errors| {
                detail.take_part_errors = errors;
            })
            .await
        }
    }
}

async fn support(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ChoiceForm>,
) -> Result<Response, Failure> {
    let (_, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    let done = if form.wants() {
        initiatives::support(&state.db, &participant, &initiative, time::now())
            .await
            .map(|()| "supported")
    } else {
        initiatives::withdraw_support(&state.db, &participant, &initiative)
            .await
            .map(|()| "withdrawn")
    };
    after_taking_part(&state, page, &slug, &id, &initiative, done).await
}

async fn volunteer(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ChoiceForm>,
) -> Result<Response, Failure> {
    let (_, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    let done = if form.wants() {
        initiatives::volunteer(
            &state.db,
            &participant,
            &initiative,
            &form.note,
            time::now(),
        )
        .await
        .map(|()| "volunteered")
    } else {
        initiatives::withdraw_volunteer(&state.db, &participant, &initiative)
            .await
            .map(|()| "unvolunteered")
    };
    after_taking_part(&state, page, &slug, &id, &initiative, done).await
}

async fn follow(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ChoiceForm>,
) -> Result<Response, Failure> {
    let (_, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    let follows = form.wants();
    initiatives::follow(&state.db, &participant, &initiative, follows, time::now()).await?;
    let done = if follows { "followed" } else { "unfollowed" };
    Ok(see_other(&format!(
        "{}?done={done}",
        initiative_path(&initiative)
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AnswerForm {
    state: String,
    answer: String,
}

async fn answer(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<AnswerForm>,
) -> Result<Response, Failure> {
    let (_, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let answered = match StateChange::parse(&form.state, &form.answer) {
        Ok(change) => {
            initiatives::answer(&state.db, &participant, &initiative, &change, time::now()).await
        }
        Err(error) => Err(error),
    };
    match answered {
        Ok(initiative) => Ok(see_other(&format!(
            "{}?done=answered",
            initiative_path(&initiative)
        ))),
        Err(error) => {
            again(&state, page, &slug, &id, error, |detail, errors| {
                detail.state_errors = errors;
                detail.answer = form.answer;
            })
            .await
        }
    }
}

async fn comment(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<CommentForm>,
) -> Result<Response, Failure> {
    let (community, initiative, participant) = initiative_in(&state, &page, &slug, &id).await?;
    let on = Commented {
        community_id: community.id,
        community_slug: community.slug.to_string(),
        target: CommentTarget::Initiative,
        target_id: initiative.id.to_string(),
    };
    let posted = comment_thread::post(
        &state,
        &participant,
        signed_in.account.display_name.as_str(),
        &on,
        &form,
    )
    .await;
    match posted {
        Ok(comment) => Ok(see_other(&format!(
            "{}?done=commented#comment-{}",
            initiative_path(&initiative),
            comment.id
        ))),
        Err(error) => {
            again(&state, page, &slug, &id, error, |detail, errors| {
                detail.thread.errors = errors;
                detail.thread.body = form.body;
            })
            .await
        }
    }
}

impl InitiativeWords for ListPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl InitiativeWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
