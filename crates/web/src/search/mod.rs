//! One search over everything, as a page (`/search`, `pages`) and in the JSON API (`api`). Both
//! read the same request: words, optionally a community, optionally one kind a page at a time.

pub mod api;
mod pages;

use axum::Router;
use domain::communities::{self, Community};
use domain::search::{self, Group, Hit, Kind, Scope, SearchQuery};
use domain::{AppError, FieldErrors, time};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

/// Results of each kind when all kinds are shown together.
const PER_KIND: u32 = 5;
/// Results of one kind a page.
const PAGE: u32 = 20;

/// A search as asked, before it is run.
pub(crate) struct Asked {
    pub query: SearchQuery,
    pub community: Option<Community>,
    pub kind: Option<Kind>,
    pub skip: u32,
    pub limit: u32,
}

impl Asked {
    /// Reads the request's fields; every problem is a field error, and an unknown community 404.
    pub async fn parse(
        state: &AppState,
        words: &str,
        community: Option<&str>,
        kind: Option<&str>,
        skip: Option<&str>,
        limit: Option<u32>,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let query = SearchQuery::parse(words);
        if let Err(AppError::Validation(found)) = &query {
            for (field, message) in found.iter() {
                errors.add(field, message.clone());
            }
        }
        let kind = match kind.map(str::trim).filter(|kind| !kind.is_empty()) {
            None => None,
            Some(name) => Kind::parse(name)
                .map_err(|message| errors.add("type", message))
                .ok(),
        };
        let skip = match skip.map(str::trim).filter(|skip| !skip.is_empty()) {
            None => 0,
            Some(text) => match text.parse::<u32>() {
                Ok(skip) if kind.is_some() => skip,
                _ => {
                    errors.add("cursor", domain::Message::new("error-cursor-invalid"));
                    0
                }
            },
        };
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        let query = query?;
        let community = match community.map(str::trim).filter(|slug| !slug.is_empty()) {
            None => None,
            Some(slug) => Some(communities::community(&state.db, slug).await?),
        };
        let limit = limit.unwrap_or(if kind.is_some() { PAGE } else { PER_KIND });
        Ok(Self {
            query,
            community,
            kind,
            skip,
            limit,
        })
    }

    /// Runs it for `reader`: groups by kind, each with whether there are more.
    pub async fn run(
        &self,
        state: &AppState,
        reader: Option<domain::accounts::AccountId>,
    ) -> Result<Vec<Group>, AppError> {
        let scope = Scope {
            reader,
            community: self.community.as_ref().map(|community| community.id),
            kind: self.kind,
            skip: self.skip,
            limit: self.limit,
        };
        search::search(&state.db, &self.query, &scope, time::now()).await
    }

    /// Where the next page of one kind starts, when there is one (the store ranks at most its
    /// newest 500 matches, which bounds how far a kind pages).
    pub fn next_skip(&self, group: &Group) -> Option<u32> {
        let next = self.skip + self.limit;
        (self.kind.is_some() && group.more).then_some(next)
    }
}

/// The page a result leads to.
pub fn hit_path(hit: &Hit) -> String {
    let slug = hit.community_slug.as_deref().unwrap_or_default();
    let id = &hit.item_id;
    match hit.kind {
        Kind::Initiative => format!("/c/{slug}/initiatives/{id}"),
        Kind::Event => format!("/c/{slug}/events/{id}"),
        Kind::Course => format!("/c/{slug}/courses/{id}"),
        Kind::Story => format!("/c/{slug}/stories/{id}"),
        Kind::Survey => format!("/c/{slug}/surveys/{id}"),
        Kind::Support => format!("/c/{slug}/support/{id}"),
        Kind::Place => format!("/c/{slug}/places/{id}"),
        Kind::Chapter => format!("/guidebook/{id}"),
        Kind::Person => format!("/c/{slug}/people/{id}"),
    }
}
