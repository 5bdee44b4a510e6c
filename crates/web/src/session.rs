//! Who is asking: the session behind a browser's cookie (pages) or a bearer token (the API).

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use domain::accounts::{self, Account, SessionToken};
use domain::{AppError, time};

use crate::error::Failure;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "mp_session";

/// A signed-in person and the session they used.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub account: Account,
    /// The stored digest of the session token: what a person names to end that session.
    pub session_id: String,
}

/// The signed-in person, if any.
#[derive(Clone, Debug, Default)]
pub struct MaybeSignedIn(pub Option<SignedIn>);

async fn signed_in(state: &AppState, token: Option<&str>) -> Result<MaybeSignedIn, Failure> {
    let Some(token) = token.filter(|token| !token.is_empty()) else {
        return Ok(MaybeSignedIn(None));
    };
    let found =
        accounts::authenticate(&state.db, &SessionToken::from_presented(token), time::now())
            .await?;
    Ok(MaybeSignedIn(found.map(|(session, account)| SignedIn {
        account,
        session_id: session.id,
    })))
}

/// Pages: the session cookie.
pub async fn from_cookie(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Response {
    match signed_in(&state, jar.get(SESSION_COOKIE).map(|cookie| cookie.value())).await {
        Ok(found) => {
            request.extensions_mut().insert(found);
            next.run(request).await
        }
        Err(failure) => axum::response::IntoResponse::into_response(failure),
    }
}

/// The API: `Authorization: Bearer <token>`.
pub async fn from_bearer(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let token = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|token| token.trim().to_owned());
    match signed_in(&state, token.as_deref()).await {
        Ok(found) => {
            request.extensions_mut().insert(found);
            next.run(request).await
        }
        Err(failure) => axum::response::IntoResponse::into_response(failure),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for MaybeSignedIn {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<MaybeSignedIn>()
            .cloned()
            .unwrap_or_default())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        MaybeSignedIn::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(Failure::App(AppError::unauthorised()))
    }
}
