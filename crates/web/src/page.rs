//! What every page knows about its request: the language, the signed-in person, the form token
//! and the address, with the helpers templates use to translate and link.

use askama::Template;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::accounts::Account;
use domain::communities::{CommunityStore as _, Membership, Role};
use domain::support::ConversationStore as _;
use domain::{AppError, Locale};

use crate::csrf::CsrfToken;
use crate::error::Failure;
use crate::i18n;
use crate::session::MaybeSignedIn;
use crate::state::AppState;

/// The cookies that keep the display settings a person chose (see `about::pages`).
pub const TEXT_COOKIE: &str = "mp_text";
pub const CONTRAST_COOKIE: &str = "mp_contrast";

/// How a person wants pages shown: chosen on the display settings page, kept in two cookies,
/// and applied as classes on `<html>` so that it works without JavaScript.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    pub large_text: bool,
    pub high_contrast: bool,
}

#[derive(Clone, Debug)]
pub struct PageContext {
    pub locale: Locale,
    pub account: Option<Account>,
    pub session_id: Option<String>,
    pub csrf_token: String,
    /// The path of this page, for the language switcher and for coming back after sign-in.
    pub path: String,
    /// The query of this page without `lang`, kept when the language changes.
    pub query: String,
    pub display: Display,
    /// The signed-in person's communities, for the community switcher.
    pub memberships: Vec<Membership>,
    /// Messages waiting unread for the signed-in person, shown in the header.
    pub unread: i64,
    /// The community's own stylesheet (its accent colour), on its pages when it has one.
    pub theme: Option<String>,
    /// The helper, while their session acts for `account` (the banner on every page says so).
    pub helper: Option<Account>,
}

impl PageContext {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.locale, key)
    }

    pub fn tn(&self, key: &str, count: impl std::borrow::Borrow<i64>) -> String {
        i18n::t_count(self.locale, key, &[("count", *count.borrow())])
    }

    pub fn tv(&self, key: &str, name: &'static str, value: &str) -> String {
        i18n::t_text(self.locale, key, &[(name, value)])
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn locales(&self) -> [Locale; 5] {
        Locale::ALL
    }

    /// This page in another language, with the rest of its query (a token, say) kept.
    pub fn in_language(&self, locale: &Locale) -> String {
        if self.query.is_empty() {
            format!("{}?lang={}", self.path, locale.code())
        } else {
            format!("{}?{}&lang={}", self.path, self.query, locale.code())
        }
    }

    /// The classes on `<html>` that apply the display settings.
    pub fn display_classes(&self) -> &'static str {
        match (self.display.large_text, self.display.high_contrast) {
            (false, false) => "",
            (true, false) => "text-large",
            (false, true) => "contrast-high",
            (true, true) => "text-large contrast-high",
        }
    }

    /// The display settings page, coming back to this page afterwards.
    pub fn display_href(&self) -> String {
        if self.path == "/display" || self.path == "/" {
            "/display".to_owned()
        } else {
            format!("/display?next={}", urlencode(&self.path))
        }
    }

    /// Whether `href` is the page being shown (for `aria-current`).
    pub fn is_current(&self, href: &str) -> bool {
        self.path == href
    }

    /// Whether the page is in the community at `/c/{slug}` or below it.
    pub fn is_in_community(&self, slug: &str) -> bool {
        self.path
            .strip_prefix("/c/")
            .and_then(|rest| rest.strip_prefix(slug))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// A role's name in this page's language.
    pub fn role(&self, role: &Role) -> String {
        self.t(match role {
            Role::Member => "role-member",
            Role::Organiser => "role-organiser",
            Role::Moderator => "role-moderator",
            Role::Admin => "role-admin",
        })
    }

    pub fn is_signed_in(&self) -> bool {
        self.account.is_some()
    }

    pub fn display_name(&self) -> &str {
        self.account
            .as_ref()
            .map_or("", |account| account.display_name.as_str())
    }

    /// Whether a helper's session is acting for the signed-in person.
    pub fn is_acting(&self) -> bool {
        self.helper.is_some()
    }

    /// The account the session belongs to: the helper's while acting for someone.
    pub fn session_owner(&self) -> Option<&Account> {
        self.helper.as_ref().or(self.account.as_ref())
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = Failure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let mut page = context_of(parts);
        if let Some(account) = &page.account {
            page.memberships = state.db.memberships_of(account.id).await?;
            page.unread = state.db.unread_total(account.id).await?;
        }
        page.theme = crate::community_face::theme_href(state, &page.path).await?;
        Ok(page)
    }
}

fn display_of(parts: &Parts) -> Display {
    Display {
        large_text: crate::client::cookie(&parts.headers, TEXT_COOKIE) == Some("large"),
        high_contrast: crate::client::cookie(&parts.headers, CONTRAST_COOKIE) == Some("high"),
    }
}

/// The query without its `lang` pair.
fn query_without_lang(query: Option<&str>) -> String {
    query
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect::<Vec<_>>()
        .join("&")
}

fn context_of(parts: &Parts) -> PageContext {
    let signed_in = parts
        .extensions
        .get::<MaybeSignedIn>()
        .and_then(|found| found.0.clone());
    PageContext {
        locale: parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or_default(),
        session_id: signed_in.as_ref().map(|s| s.session_id.clone()),
        helper: signed_in.as_ref().and_then(|s| s.helper.clone()),
        account: signed_in.map(|s| s.account),
        csrf_token: parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default(),
        path: parts.uri.path().to_owned(),
        query: query_without_lang(parts.uri.query()),
        display: display_of(parts),
        memberships: Vec::new(),
        unread: 0,
        theme: None,
    }
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => Failure::App(AppError::internal(error)).into_response(),
    }
}

/// After a successful form: POST, then redirect (303 See Other).
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

#[derive(Template)]
#[template(path = "system/error.html")]
struct ErrorPage<'a> {
    page: &'a PageContext,
    title: String,
    detail: String,
    status: u16,
    request_id: String,
}

/// Middleware for pages: a failure becomes an error page in the visitor's language; a page that
/// needs a signed-in person sends others to sign in first.
pub async fn render_failures(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let page = context_of(&parts);
    let request_id = crate::request_id_of(&parts.headers);
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(failure) = Failure::of_response(&response) else {
        return response;
    };
    if let Failure::App(AppError::Internal(cause)) = &failure {
        tracing::error!(%request_id, cause, "internal error");
    }
    if failure.status() == StatusCode::UNAUTHORIZED && page.account.is_none() {
        return see_other(&format!("/sign-in?next={}", urlencode(&page.path)));
    }
    let template = ErrorPage {
        page: &page,
        title: page.t(failure.title_key()),
        detail: i18n::message(page.locale, &failure.detail()),
        status: failure.status().as_u16(),
        request_id,
    };
    let mut rendered = render(&template);
    *rendered.status_mut() = failure.status();
    if let Some(seconds) = failure.retry_after()
        && let Ok(value) = seconds.to_string().parse()
    {
        rendered.headers_mut().insert(header::RETRY_AFTER, value);
    }
    rendered
}

/// Percent-encodes a path for use in a query string.
pub fn urlencode(text: &str) -> String {
    serde_urlencoded::to_string([("", text)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

/// A same-site path to return to after signing in; anything else goes home.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// A submitted form. Missing fields arrive empty (the rules then name them); a field may repeat
/// (checkboxes) into a `Vec`; a body that is not form data at all is a 400.
pub struct PageForm<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for PageForm<T> {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum_extra::extract::Form::<T>::from_request(request, state)
            .await
            .map(|axum_extra::extract::Form(form)| Self(form))
            .map_err(|_| Failure::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, query: &str) -> PageContext {
        PageContext {
            locale: Locale::En,
            account: None,
            session_id: None,
            csrf_token: String::new(),
            path: path.to_owned(),
            query: query_without_lang(Some(query)),
            display: Display::default(),
            memberships: Vec::new(),
            unread: 0,
            theme: None,
            helper: None,
        }
    }

    #[test]
    fn switching_the_language_keeps_the_rest_of_the_address() {
        assert_eq!(page("/help", "").in_language(&Locale::Pl), "/help?lang=pl");
        assert_eq!(
            page("/reset-password/new", "token=abc&lang=da").in_language(&Locale::Uk),
            "/reset-password/new?token=abc&lang=uk"
        );
    }

    #[test]
    fn a_community_page_knows_its_community() {
        assert!(page("/c/wawer", "").is_in_community("wawer"));
        assert!(page("/c/wawer/events", "").is_in_community("wawer"));
        assert!(!page("/c/wawer-east", "").is_in_community("wawer"));
        assert!(!page("/help", "").is_in_community("wawer"));
    }

    #[test]
    fn display_settings_become_classes_and_the_way_back_is_kept() {
        let mut settings = page("/c/wawer", "");
        assert_eq!(settings.display_classes(), "");
        settings.display = Display {
            large_text: true,
            high_contrast: true,
        };
        assert_eq!(settings.display_classes(), "text-large contrast-high");
        assert_eq!(settings.display_href(), "/display?next=%2Fc%2Fwawer");
        assert_eq!(page("/", "").display_href(), "/display");
    }
}
