//! The community's Atom feed (`/c/{slug}/feed.atom`), made with `atom_syndication`: its
//! upcoming events, its latest initiatives and its latest public stories, newest change first, in
//! the community's language.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::communities::{self, Community, Participant};
use domain::events::{self, AgendaFilter, Window};
use domain::initiatives::{self, ListFilter};
use domain::time::{self, Instant};

use crate::error::Failure;
use crate::events::{event_path, location, when};
use crate::initiatives::initiative_path;
use crate::state::AppState;
use crate::{i18n, markdown};

pub fn router() -> Router<AppState> {
    Router::new().route("/c/{slug}/feed.atom", get(community_feed))
}

const FEED_EVENTS: u32 = 30;
const FEED_INITIATIVES: u32 = 20;
const FEED_STORIES: u32 = 20;

fn fixed(at: Instant) -> FixedDateTime {
    at.fixed_offset()
}

fn link(href: String) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel("alternate");
    link
}

/// One entry: its page is its id too, which stays the same in every reading of the feed.
fn entry(url: String, title: &str, summary: Text, updated: Instant) -> Entry {
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(title);
    entry.set_updated(fixed(updated));
    entry.set_published(Some(fixed(updated)));
    entry.set_links(vec![link(url)]);
    entry.set_summary(Some(summary));
    entry
}

async fn community_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let public = Participant::default();
    let now = time::now();
    let upcoming = events::list(
        &state.db,
        &community,
        &public,
        Window::upcoming(now, AgendaFilter::default()),
        None,
        FEED_EVENTS,
    )
    .await?
    .items;
    let latest = initiatives::list(
        &state.db,
        &community,
        &public,
        ListFilter::default(),
        None,
        FEED_INITIATIVES,
    )
    .await?
    .items;
    let stories = domain::stories::list(
        &state.db,
        &community,
        &public,
        &domain::stories::StoryFilter::default(),
        None,
        FEED_STORIES,
    )
    .await?
    .items;
    let locale = community.default_locale;
    let mut entries: Vec<Entry> = upcoming
        .iter()
        .map(|event| {
            let summary = Text::plain(format!("{} · {}", when(locale, event), location(event)));
            entry(
                state.config.url(&event_path(event)),
                &event.title,
                summary,
                event.created_at,
            )
        })
        .chain(latest.iter().map(|initiative| {
            entry(
                state.config.url(&initiative_path(initiative)),
                &initiative.title,
                Text::html(markdown::to_safe_html(&initiative.body)),
                initiative.updated_at,
            )
        }))
        .chain(stories.iter().map(|story| {
            entry(
                state.config.url(&crate::stories::story_path(story)),
                &story.title,
                Text::html(markdown::to_safe_html(&story.body)),
                story.updated_at,
            )
        }))
        .collect();
    entries.sort_by(|a, b| b.updated().cmp(a.updated()));
    Ok(atom_response(feed(&state, &community, entries, now)))
}

fn feed(state: &AppState, community: &Community, entries: Vec<Entry>, now: Instant) -> Feed {
    let home = state.config.url(&format!("/c/{}", community.slug));
    let updated = entries.first().map_or(fixed(now), |entry| *entry.updated());
    let mut author = Person::default();
    author.set_name(community.name.clone());
    author.set_uri(Some(home.clone()));
    let mut myself = Link::default();
    myself.set_href(
        state
            .config
            .url(&format!("/c/{}/feed.atom", community.slug)),
    );
    myself.set_rel("self");
    let mut feed = Feed::default();
    feed.set_id(home.clone());
    feed.set_title(format!(
        "{} · {}",
        community.name,
        i18n::t(community.default_locale, "feed-title")
    ));
    feed.set_updated(updated);
    feed.set_lang(Some(community.default_locale.code().to_owned()));
    feed.set_authors(vec![author]);
    feed.set_links(vec![link(home), myself]);
    feed.set_entries(entries);
    feed
}

fn atom_response(feed: Feed) -> Response {
    (
        [
            (CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        feed.to_string(),
    )
        .into_response()
}
