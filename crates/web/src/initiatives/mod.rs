//! Initiatives on the web: the list, its page with its photo, supports, volunteers, following,
//! the organisers' answers and its comments (`pages`), proposing one and changing its photo in
//! forms that carry the photo (`form`), and the same in the JSON API (`api`).

pub mod api;
mod form;
mod pages;

use axum::Router;
use domain::initiatives::{Initiative, ListFilter, Sort, State};
use domain::{AppError, FieldErrors, Message};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router().merge(form::router())
}

/// The page of an initiative.
pub fn initiative_path(initiative: &Initiative) -> String {
    format!(
        "/c/{}/initiatives/{}",
        initiative.community_slug, initiative.id
    )
}

pub const fn state_key(state: State) -> &'static str {
    match state {
        State::Open => "initiative-state-open",
        State::Accepted => "initiative-state-accepted",
        State::Declined => "initiative-state-declined",
        State::InProgress => "initiative-state-in_progress",
        State::Done => "initiative-state-done",
    }
}

/// The words a template needs about initiatives, in its page's language.
pub(crate) trait InitiativeWords {
    fn page(&self) -> &PageContext;

    fn state_name(&self, state: &State) -> String {
        self.page().t(state_key(*state))
    }

    /// A person's name, or "former member" for someone who erased their account.
    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    fn day(&self, at: &domain::time::Instant) -> String {
        at.format("%Y-%m-%d").to_string()
    }
}

/// The list's order and filter, as a query string gives them.
#[derive(Deserialize, IntoParams, Default, Clone)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct ListQuery {
    /// `newest` (the default) or `supported` (most supported first).
    pub(crate) sort: Option<String>,
    /// One state: `open`, `accepted`, `declined`, `in_progress` or `done`.
    pub(crate) state: Option<String>,
}

impl ListQuery {
    /// The filter, or a 422 naming each value that is not known.
    pub fn filter(&self) -> Result<ListFilter, AppError> {
        let mut errors = FieldErrors::new();
        let sort = match self.sort.as_deref().map(str::trim) {
            None | Some("") => Some(Sort::Newest),
            Some(text) => errors.check("sort", Sort::parse(text)),
        };
        let state = match self.state.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(text) => errors.check("state", State::parse(text).map(Some)),
        };
        errors.into_result()?;
        Ok(ListFilter {
            sort: sort.unwrap_or_default(),
            state: state.flatten(),
            include_hidden: false,
        })
    }

    /// The filter as query pairs, to keep it on the next page's link.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        [("sort", &self.sort), ("state", &self.state)]
            .into_iter()
            .filter_map(|(name, value)| value.clone().map(|value| (name, value)))
            .filter(|(_, value)| !value.is_empty())
            .collect()
    }
}

/// A list cursor from the query, or a 422 when it is not one of ours.
pub fn parse_cursor(
    cursor: Option<&str>,
) -> Result<Option<domain::initiatives::ListCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => domain::initiatives::ListCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}
