//! What every page knows about its request: the language, the signed-in person, the form token
//! and the address, with the helpers templates use to translate and link.

use askama::Template;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::accounts::Account;
use domain::communities::Role;
use domain::{AppError, Locale};

use crate::csrf::CsrfToken;
use crate::error::Failure;
use crate::i18n;
use crate::session::MaybeSignedIn;

#[derive(Clone, Debug)]
pub struct PageContext {
    pub locale: Locale,
    pub account: Option<Account>,
    pub session_id: Option<String>,
    pub csrf_token: String,
    /// The path of this page, for the language switcher and for coming back after sign-in.
    pub path: String,
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

    /// This page in another language.
    pub fn in_language(&self, locale: &Locale) -> String {
        format!("{}?lang={}", self.path, locale.code())
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
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(context_of(parts))
    }
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
        account: signed_in.map(|s| s.account),
        csrf_token: parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default(),
        path: parts.uri.path().to_owned(),
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
    let Some(failure) = response.extensions().get::<Failure>().cloned() else {
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
    if let Some(seconds) = failure.retry_after() {
        if let Ok(value) = seconds.to_string().parse() {
            rendered.headers_mut().insert(header::RETRY_AFTER, value);
        }
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

/// A submitted form. Missing fields arrive empty (the rules then name them); a body that is not
/// form data at all is a 400.
pub struct PageForm<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for PageForm<T> {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Form::<T>::from_request(request, state)
            .await
            .map(|axum::Form(form)| Self(form))
            .map_err(|_| Failure::Malformed)
    }
}
