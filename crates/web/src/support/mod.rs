//! Mutual support on the web: the board, offers and requests, matches, and private
//! conversations (`pages`, `conversations`), and the same in the JSON API (`api`).

pub mod api;
mod conversations;
pub mod mails;
mod pages;

use axum::Router;
use domain::Locale;
use domain::support::{Category, Kind, Language, Match, Status, SupportItem};

use crate::i18n;
use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(pages::router())
        .merge(conversations::router())
}

/// The page of an offer or request.
pub fn item_path(item: &SupportItem) -> String {
    format!("/c/{}/support/{}", item.community_slug, item.id)
}

pub const fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Offer => "support-kind-offer",
        Kind::Request => "support-kind-request",
    }
}

pub const fn category_key(category: Category) -> &'static str {
    match category {
        Category::Time => "support-category-time",
        Category::Ideas => "support-category-ideas",
        Category::Talents => "support-category-talents",
        Category::Knowledge => "support-category-knowledge",
        Category::Digital => "support-category-digital",
        Category::Language => "support-category-language",
        Category::Business => "support-category-business",
        Category::Emotional => "support-category-emotional",
        Category::Material => "support-category-material",
    }
}

pub const fn status_key(status: Status) -> &'static str {
    match status {
        Status::Open => "support-status-open",
        Status::Matched => "support-status-matched",
        Status::Closed => "support-status-closed",
    }
}

/// A language's name in the reader's language.
pub const fn language_key(language: Language) -> &'static str {
    match language {
        Language::En => "language-en",
        Language::Pl => "language-pl",
        Language::Da => "language-da",
        Language::It => "language-it",
        Language::Uk => "language-uk",
        Language::De => "language-de",
        Language::Fr => "language-fr",
        Language::Es => "language-es",
        Language::Ru => "language-ru",
        Language::Ar => "language-ar",
    }
}

/// Why an item fits: "offers language help · speaks Ukrainian".
pub fn match_reason(locale: Locale, found: &Match) -> String {
    let category = i18n::t(locale, category_key(found.item.category));
    let what = i18n::t_text(
        locale,
        match found.item.kind {
            Kind::Offer => "support-reason-offers",
            Kind::Request => "support-reason-asks",
        },
        &[("category", &category)],
    );
    if found.shared_languages.is_empty() {
        return what;
    }
    let languages: Vec<String> = found
        .shared_languages
        .iter()
        .map(|language| i18n::t(locale, language_key(*language)))
        .collect();
    let speaks = i18n::t_text(
        locale,
        "support-reason-speaks",
        &[("languages", &languages.join(", "))],
    );
    format!("{what} · {speaks}")
}

/// The words a template needs about support, in its page's language.
pub(crate) trait SupportWords {
    fn page(&self) -> &PageContext;

    fn kind_name(&self, kind: &Kind) -> String {
        self.page().t(kind_key(*kind))
    }

    fn category_name(&self, category: &Category) -> String {
        self.page().t(category_key(*category))
    }

    fn status_name(&self, status: &Status) -> String {
        self.page().t(status_key(*status))
    }

    fn language_name(&self, language: &Language) -> String {
        self.page().t(language_key(*language))
    }

    /// A person's name, or "former member" for someone who erased their account.
    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    fn reason_name(&self, reason: &domain::moderation::ReportReason) -> String {
        self.page().t(crate::moderation::reason_key(reason))
    }
}
