//! CSRF protection for every form: a random value in an HttpOnly cookie, and in each form the
//! HMAC of that value under the server's secret (the signed double-submit pattern). A page POST
//! without the matching `csrf_token` field is refused with 403 before any handler runs.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac as _};
use rand::RngCore as _;
use sha2::Sha256;

use crate::error::Failure;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "mp_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
/// Forms are small; uploads will come with their own limit.
const FORM_LIMIT: usize = 1024 * 1024;

/// The token the current page puts in its forms.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

fn mac(secret: &[u8], nonce: &str) -> Option<Hmac<Sha256>> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).ok()?;
    mac.update(nonce.as_bytes());
    Some(mac)
}

fn token_for(secret: &[u8], nonce: &str) -> String {
    mac(secret, nonce)
        .map(|mac| hex::encode(mac.finalize().into_bytes()))
        .unwrap_or_default()
}

fn token_matches(secret: &[u8], nonce: &str, presented: &str) -> bool {
    let Ok(presented) = hex::decode(presented) else {
        return false;
    };
    mac(secret, nonce).is_some_and(|mac| mac.verify_slice(&presented).is_ok())
}

fn new_nonce() -> String {
    let mut bytes = [0_u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Gives every page its form token, setting the cookie behind it on a first visit.
pub async fn issue(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Response {
    let existing = jar.get(CSRF_COOKIE).map(|cookie| cookie.value().to_owned());
    let nonce = existing.clone().unwrap_or_else(new_nonce);
    request
        .extensions_mut()
        .insert(CsrfToken(token_for(&state.config.secret, &nonce)));
    let response = next.run(request).await;
    if existing.is_some() {
        return response;
    }
    let cookie = Cookie::build((CSRF_COOKIE, nonce))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies());
    (jar.add(cookie), response).into_response()
}

/// Refuses any form post that lacks the token matching the cookie.
pub async fn verify(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    // Forms can only POST. Other methods cannot be sent across sites without a CORS preflight,
    // which is never granted, and no page accepts them: routing answers 405.
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let nonce = jar.get(CSRF_COOKIE).map(|cookie| cookie.value().to_owned());
    match check_form(&state.config.secret, nonce.as_deref(), request).await {
        Ok(request) => next.run(request).await,
        Err(failure) => failure.into_response(),
    }
}

/// Reads the form body, checks its token, and hands the request on with the body restored.
async fn check_form(
    secret: &[u8],
    nonce: Option<&str>,
    request: Request,
) -> Result<Request, Failure> {
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| Failure::TooLarge)?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let presented = fields
        .iter()
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value.as_str());
    match (nonce, presented) {
        (Some(nonce), Some(presented)) if token_matches(secret, nonce, presented) => {
            Ok(Request::from_parts(parts, Body::from(bytes)))
        }
        _ => Err(Failure::CsrfRejected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_matches_only_its_own_nonce_and_secret() {
        let token = token_for(b"secret", "nonce");
        assert!(token_matches(b"secret", "nonce", &token));
        assert!(!token_matches(b"secret", "other", &token));
        assert!(!token_matches(b"other", "nonce", &token));
        assert!(!token_matches(b"secret", "nonce", "not hex"));
    }
}
