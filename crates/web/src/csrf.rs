//! CSRF protection for every form: a random value in an HttpOnly cookie, and in each form the
//! HMAC of that value under the server's secret (the signed double-submit pattern). A page POST
//! without the matching `csrf_token` field is refused with 403 before any handler runs.

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use futures_util::StreamExt as _;
use hmac::{Hmac, Mac as _};
use rand::RngCore as _;
use sha2::Sha256;

use crate::error::Failure;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "mp_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
/// Forms are small. A multipart form (one with a photo) may be larger, but its token comes
/// before its file: only its head, up to this limit too, is read here.
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
    let checked = match multipart_boundary(&request) {
        Some(boundary) => {
            check_multipart(&state.config.secret, nonce.as_deref(), request, boundary).await
        }
        None => check_form(&state.config.secret, nonce.as_deref(), request).await,
    };
    match checked {
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

/// The boundary of a `multipart/form-data` body.
fn multipart_boundary(request: &Request) -> Option<String> {
    let content_type = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)?
        .to_str()
        .ok()?;
    multer::parse_boundary(content_type).ok()
}

/// What the head of a multipart body says about its token.
enum Head {
    Token(String),
    /// A file, or the end of the body, came before any token.
    NoToken,
    NeedMore,
}

/// Looks for `csrf_token` among the fields at the head of a multipart body. Only text fields may
/// come before it: forms put it first.
async fn token_in_head(head: &Bytes, boundary: &str, complete: bool) -> Head {
    let body =
        futures_util::stream::once(std::future::ready(Ok::<_, std::io::Error>(head.clone())));
    let mut fields = multer::Multipart::new(body, boundary);
    loop {
        match fields.next_field().await {
            Ok(Some(field)) => {
                let is_token = field.name() == Some(CSRF_FIELD);
                if field.file_name().is_some() && !is_token {
                    return Head::NoToken;
                }
                match field.text().await {
                    Ok(text) if is_token => return Head::Token(text),
                    Ok(_) => {}
                    Err(_) if complete => return Head::NoToken,
                    Err(_) => return Head::NeedMore,
                }
            }
            Ok(None) => return Head::NoToken,
            Err(_) if complete => return Head::NoToken,
            Err(_) => return Head::NeedMore,
        }
    }
}

/// Reads a multipart form only as far as its token, checks it, and hands the request on with
/// the whole body: what was read, then the rest, still streaming (an upload is not held here).
async fn check_multipart(
    secret: &[u8],
    nonce: Option<&str>,
    request: Request,
    boundary: String,
) -> Result<Request, Failure> {
    let (parts, body) = request.into_parts();
    let mut rest = body.into_data_stream();
    let mut head: Vec<u8> = Vec::new();
    let mut complete = false;
    let presented = loop {
        match token_in_head(&Bytes::from(head.clone()), &boundary, complete).await {
            Head::Token(token) => break Some(token),
            Head::NoToken => break None,
            Head::NeedMore if head.len() > FORM_LIMIT => break None,
            Head::NeedMore => {}
        }
        match rest.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(_)) => return Err(Failure::Malformed),
            None => complete = true,
        }
    };
    match (nonce, presented) {
        (Some(nonce), Some(presented)) if token_matches(secret, nonce, &presented) => {
            let head = futures_util::stream::once(std::future::ready(Ok::<_, axum::Error>(
                Bytes::from(head),
            )));
            Ok(Request::from_parts(
                parts,
                Body::from_stream(head.chain(rest)),
            ))
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

    fn part(name: &str, file: bool, value: &str) -> String {
        let file_name = if file { "; filename=\"a.png\"" } else { "" };
        format!(
            "--b\r\nContent-Disposition: form-data; name=\"{name}\"{file_name}\r\n\r\n{value}\r\n"
        )
    }

    #[tokio::test]
    async fn the_token_is_read_from_the_head_of_a_multipart_form() {
        let head = |text: String| Bytes::from(text);
        let token_first = format!(
            "{}{}",
            part(CSRF_FIELD, false, "abc"),
            part("image", true, "…")
        );
        assert!(matches!(
            token_in_head(&head(token_first.clone()), "b", false).await,
            Head::Token(token) if token == "abc"
        ));
        let after_text = format!(
            "{}{}--b--\r\n",
            part("title", false, "x"),
            part(CSRF_FIELD, false, "abc")
        );
        assert!(matches!(
            token_in_head(&head(after_text), "b", false).await,
            Head::Token(_)
        ));
        let file_first = format!(
            "{}{}",
            part("image", true, "…"),
            part(CSRF_FIELD, false, "abc")
        );
        assert!(matches!(
            token_in_head(&head(file_first), "b", false).await,
            Head::NoToken
        ));
        let cut = token_first
            .get(..token_first.find("abc").unwrap_or(0) + 2)
            .unwrap_or("");
        assert!(matches!(
            token_in_head(&head(cut.to_owned()), "b", false).await,
            Head::NeedMore
        ));
        assert!(matches!(
            token_in_head(&head(cut.to_owned()), "b", true).await,
            Head::NoToken
        ));
    }
}
