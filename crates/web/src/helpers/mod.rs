//! Helpers on the web: a person's helpers and the people they help, acting for someone and
//! stopping (`pages`); the centre's desk and the moderators' view of a community's helpers
//! (`community`); the record of every change a helper makes while acting (`record`), in words
//! (`labels`); and the same in the JSON API (`api`).

pub mod api;
mod community;
pub mod labels;
mod pages;
pub mod record;

use axum::Router;
use domain::AppError;
use domain::communities::Role;
use domain::helpers::{HelperAction, Helping};
use domain::moderation::PageCursor;
use domain::time::Instant;

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(pages::router())
        .merge(community::router())
}

/// Whether the signed-in person organises the community at `/c/{slug}` (organisers and above,
/// and the network's coordinators): the desk is theirs.
pub fn organises(page: &PageContext, slug: &str) -> bool {
    page.account.as_ref().is_some_and(|a| a.is_coordinator)
        || page
            .memberships
            .iter()
            .any(|m| m.community_slug.as_str() == slug && m.role >= Role::Organiser)
}

/// A list's `?…=` cursor; a bad one is a 422 on `cursor`.
fn parse_cursor(text: Option<&str>) -> Result<Option<PageCursor>, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => PageCursor::decode(text).map(Some).ok_or_else(|| {
            AppError::invalid("cursor", domain::Message::new("error-cursor-invalid"))
        }),
        None => Ok(None),
    }
}

/// What helper pages say the same way: names, actions and times.
trait HelperWords {
    fn page(&self) -> &PageContext;

    /// A person's name, or "former member" for someone who erased their account.
    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    /// What a helper did, in words.
    fn action(&self, action: &HelperAction) -> String {
        self.page()
            .t(labels::kind_of(&action.method, &action.route).key)
    }

    fn when(&self, at: &Instant) -> String {
        at.format("%Y-%m-%d %H:%M UTC").to_string()
    }

    fn day(&self, at: &Instant) -> String {
        at.format("%Y-%m-%d").to_string()
    }

    /// How a relationship began: named by the person, or at a community's desk by an organiser.
    fn origin(&self, helping: &Helping) -> String {
        match &helping.desk {
            Some((_, _, community)) if !helping.named_by_person() => {
                let by = self.person(&helping.set_up_by.name);
                crate::i18n::t_text(
                    self.page().locale,
                    "helpers-origin-desk",
                    &[("community", community), ("organiser", &by)],
                )
            }
            _ => self.page().t("helpers-origin-named"),
        }
    }
}
