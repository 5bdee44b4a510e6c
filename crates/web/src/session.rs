//! Who is asking: the session behind a browser's cookie (pages) or a bearer token (the API).

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use domain::accounts::{self, Account, SessionToken};
use domain::{AppError, Message, helpers, time};

use crate::error::Failure;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "mp_session";

/// A signed-in person and the session they used. While a helper's session acts for someone
/// (see `helpers`), `account` is that person, so every permission check weighs the person's
/// rights, and `helper` is the helper.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub account: Account,
    /// The stored digest of the session token: what a person names to end that session.
    pub session_id: String,
    /// The helper whose session this is, while it acts for `account`.
    pub helper: Option<Account>,
}

impl SignedIn {
    /// The account the session belongs to: the helper's while acting for someone.
    pub fn session_owner(&self) -> &Account {
        self.helper.as_ref().unwrap_or(&self.account)
    }

    pub fn is_acting(&self) -> bool {
        self.helper.is_some()
    }
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
    let Some((session, account)) = found else {
        return Ok(MaybeSignedIn(None));
    };
    let person = helpers::acting_person(&state.db, &session, &account).await?;
    Ok(MaybeSignedIn(Some(match person {
        Some(person) => SignedIn {
            account: person,
            session_id: session.id,
            helper: Some(account),
        },
        None => SignedIn {
            account,
            session_id: session.id,
            helper: None,
        },
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

/// The signed-in person acting as themselves. Account security — password, e-mail, sessions,
/// helpers, the data download and erasure — stays the person's alone: while a helper's session
/// acts for someone, these are refused with 403.
#[derive(Clone, Debug)]
pub struct OwnAccount(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for OwnAccount {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.is_acting() {
            return Err(Failure::App(AppError::Forbidden(Message::new(
                "error-helpers-own-account-only",
            ))));
        }
        Ok(Self(signed_in))
    }
}
