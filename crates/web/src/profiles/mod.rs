//! Profiles and the talent directory on the web: the directory and a person's page
//! (`directory`), one's own profile form (`edit`), and the JSON API (`api`).

pub mod api;
mod directory;
mod edit;

use axum::Router;
use domain::profiles::{Level, Visibility};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(directory::router())
        .merge(edit::router())
}

/// A person's page in a community.
pub fn person_path(slug: &str, account: impl std::fmt::Display) -> String {
    format!("/c/{slug}/people/{account}")
}

pub const fn level_key(level: Level) -> &'static str {
    match level {
        Level::Basic => "profile-level-basic",
        Level::Conversational => "profile-level-conversational",
        Level::Fluent => "profile-level-fluent",
        Level::Native => "profile-level-native",
    }
}

pub const fn visibility_key(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Public => "profile-visibility-public",
        Visibility::Members => "profile-visibility-members",
        Visibility::Private => "profile-visibility-private",
    }
}

/// The words a template needs about profiles, in its page's language.
pub(crate) trait ProfileWords {
    fn page(&self) -> &PageContext;

    fn level_name(&self, level: &Level) -> String {
        self.page().t(level_key(*level))
    }

    fn visibility_name(&self, visibility: &Visibility) -> String {
        self.page().t(visibility_key(*visibility))
    }
}
