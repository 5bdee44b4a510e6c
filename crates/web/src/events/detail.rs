//! An event's page (`/c/{slug}/events/{id}`): what, when and where, the sign-up form (a plain
//! POST: going, or on the waiting list when full; and cancelling), who is coming for its
//! organisers, and its "add to calendar" file.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::comments::{CommentCursor, CommentTarget, Commented};
use domain::communities::{self, Community, Participant};
use domain::events::{self, Attendee, Event, EventId, EventStore as _, RsvpStatus};
use domain::{AppError, time};
use serde::Deserialize;

use super::pages::entry;
use super::{EventWords, event_path, mails};
use crate::calendar;
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
        .route("/c/{slug}/events/{id}", get(detail))
        .route("/c/{slug}/events/{id}/rsvp", post(rsvp))
        .route("/c/{slug}/events/{id}/comments", post(comment))
        .route("/c/{slug}/events/{id}/calendar.ics", get(event_calendar))
}

/// The event at `/c/{slug}/events/{id}` as this reader may see it.
pub(super) async fn event_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Event, Participant), AppError> {
    let id = EventId::parse(id).ok_or(AppError::NotFound)?;
    let event = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    if event.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    Ok((
        community,
        events::visible_to(&participant, event)?,
        participant,
    ))
}

#[derive(Template)]
#[template(path = "events/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    event: Event,
    body_html: String,
    is_member: bool,
    is_organiser: bool,
    is_own: bool,
    ended: bool,
    answer: Option<RsvpStatus>,
    attendees: Vec<Attendee>,
    notice: String,
    errors: FormErrors,
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
        let (community, event, participant) = event_in(state, &page, slug, id).await?;
        let on = Commented {
            community_id: community.id,
            community_slug: community.slug.to_string(),
            target: CommentTarget::Event,
            target_id: event.id.to_string(),
        };
        let heading = page.t("comments-title");
        let thread = Thread::load(
            state,
            &page,
            &participant,
            &on,
            event_path(&event),
            heading,
            comments_after,
        )
        .await?;
        let answer = match participant.account {
            Some(account) => state.db.rsvp_of(event.id, account).await?,
            None => None,
        };
        let attendees = if participant.is_organiser() {
            state.db.attendees(event.id).await?
        } else {
            Vec::new()
        };
        Ok(Self {
            body_html: to_safe_html(&event.body),
            is_member: participant.member().is_ok(),
            is_organiser: participant.is_organiser(),
            is_own: participant.is(event.organiser.id),
            ended: event.has_ended(time::now()),
            page,
            community,
            event,
            answer,
            attendees,
            notice: String::new(),
            errors: FormErrors::default(),
            thread,
        })
    }

    fn path(&self) -> String {
        event_path(&self.event)
    }

    fn photo(&self) -> Option<Photo> {
        self.event.picture.as_ref().map(Photo::of)
    }

    fn going(&self) -> bool {
        self.answer == Some(RsvpStatus::Going)
    }

    fn waiting(&self) -> bool {
        self.answer == Some(RsvpStatus::Waitlisted)
    }

    fn status_name(&self, status: &RsvpStatus) -> String {
        self.page.t(match status {
            RsvpStatus::Going => "event-status-going",
            RsvpStatus::Waitlisted => "event-status-waitlisted",
        })
    }
}

impl EventWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
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
        Some("created") => "event-notice-created",
        Some("saved") => "event-notice-saved",
        Some("going") => "event-notice-going",
        Some("waitlisted") => "event-notice-waitlisted",
        Some("cancelled") => "event-notice-cancelled",
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
struct RsvpForm {
    /// `yes` to sign up, `no` to cancel.
    choice: String,
}

async fn rsvp(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<RsvpForm>,
) -> Result<Response, Failure> {
    let (_, event, participant) = event_in(&state, &page, &slug, &id).await?;
    let now = time::now();
    let done = if form.choice == "no" {
        let base_url = &state.config.base_url;
        events::cancel(
            &state.db,
            &participant,
            &event,
            &|to| mails::moved_up(base_url, &event, to),
            now,
        )
        .await
        .map(|_| "cancelled")
    } else {
        events::rsvp(&state.db, &participant, &event, now)
            .await
            .map(|(status, _)| status.name())
    };
    match done {
        Ok(done) => Ok(see_other(&format!("{}?done={done}", event_path(&event)))),
        Err(error) => {
            let mut detail = DetailPage::load(&state, page.clone(), &slug, &id, None).await?;
            Ok(form_failure(error, &page, |errors| {
                detail.errors = errors;
                render(&detail)
            }))
        }
    }
}

/// "Add to calendar": the one event as an `.ics` file.
async fn event_calendar(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, event, _) = event_in(&state, &page, &slug, &id).await?;
    Ok(calendar::response(
        &format!("event-{}.ics", event.id),
        calendar::ics(&community.name, &[entry(&state, &event)]),
    ))
}

async fn comment(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<CommentForm>,
) -> Result<Response, Failure> {
    let (community, event, participant) = event_in(&state, &page, &slug, &id).await?;
    let on = Commented {
        community_id: community.id,
        community_slug: community.slug.to_string(),
        target: CommentTarget::Event,
        target_id: event.id.to_string(),
    };
    let name = signed_in.account.display_name.as_str();
    match comment_thread::post(&state, &participant, name, &on, &form).await {
        Ok(comment) => Ok(see_other(&format!(
            "{}?done=commented#comment-{}",
            event_path(&event),
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
