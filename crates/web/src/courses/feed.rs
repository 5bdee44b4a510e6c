//! `/c/{slug}/courses.ics`: one calendar entry per session of the community's running and
//! upcoming courses, in UTC so that calendar applications place them right across clock changes.

use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use domain::communities;
use domain::courses::CourseStore as _;
use domain::time;

use crate::calendar::{Entry, ics, response};
use crate::error::Failure;
use crate::i18n;
use crate::state::AppState;

/// Sessions in one download at most; a year of weekly courses fits many times over.
const FEED_LIMIT: u32 = 1_000;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/c/{slug}/courses.ics", get(feed))
}

async fn feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let now = time::now();
    let sessions = state.db.schedule(community.id, now, FEED_LIMIT).await?;
    let description = i18n::t(community.default_locale, "courses-title");
    let entries: Vec<Entry<'_>> = sessions
        .iter()
        .map(|scheduled| Entry {
            uid: format!("course-session-{}@micropolis", scheduled.session.id),
            title: &scheduled.title,
            description: &description,
            url: state.config.url(&format!(
                "/c/{}/courses/{}",
                community.slug, scheduled.course
            )),
            slot: scheduled.session.slot,
            location: String::new(),
            stamp: now,
        })
        .collect();
    let name = format!("{} · {}", community.name, description);
    Ok(response(
        &format!("{}-courses.ics", community.slug),
        ics(&name, &entries),
    ))
}
