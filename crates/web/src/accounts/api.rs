use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::accounts::{
    self, Account, Credentials, Email, NewPassword, OneTimeToken, SessionKind, SignUp,
};
use domain::communities::{CommunityStore as _, Membership};
use domain::support::ConversationStore as _;
use domain::{AppError, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::client::{ClientAddress, UserAgent};
use crate::error::Failure;
use crate::session::{OwnAccount, SignedIn};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_account))
        .routes(routes!(verify_email))
        .routes(routes!(request_password_reset))
        .routes(routes!(confirm_password_reset))
        .routes(routes!(create_session))
        .routes(routes!(end_current_session))
        .routes(routes!(me, update_me))
        .routes(routes!(change_password))
        .routes(routes!(my_sessions))
        .routes(routes!(end_session))
}

/// A person's own account, with their memberships.
#[derive(Serialize, ToSchema)]
pub struct MeBody {
    id: String,
    email: String,
    display_name: String,
    /// `en`, `pl`, `da`, `it` or `uk`.
    locale: String,
    email_verified: bool,
    /// Network coordinator: may do everything in every community.
    is_coordinator: bool,
    /// One e-mail when a message waits unread for an hour (at most one a day per conversation).
    message_mails: bool,
    created_at: String,
    memberships: Vec<MembershipBody>,
}

#[derive(Serialize, ToSchema)]
pub struct MembershipBody {
    /// The community's slug.
    community: String,
    community_name: String,
    /// `member`, `organiser`, `moderator` or `admin`.
    role: String,
    trusted_helper: bool,
    joined_at: String,
    url: String,
}

impl MembershipBody {
    pub fn new(state: &AppState, membership: &Membership) -> Self {
        Self {
            community: membership.community_slug.to_string(),
            community_name: membership.community_name.clone(),
            role: membership.role.name().to_owned(),
            trusted_helper: membership.trusted_helper,
            joined_at: membership.joined_at.to_rfc3339(),
            url: state
                .config
                .url(&format!("/c/{}", membership.community_slug)),
        }
    }
}

async fn me_body(state: &AppState, account: &Account) -> Result<MeBody, Failure> {
    let memberships = state.db.memberships_of(account.id).await?;
    let message_mails = state.db.wants_message_mails(account.id).await?;
    Ok(MeBody {
        id: account.id.to_string(),
        email: account.email.as_str().to_owned(),
        display_name: account.display_name.as_str().to_owned(),
        locale: account.locale.code().to_owned(),
        email_verified: account.email_verified,
        is_coordinator: account.is_coordinator,
        message_mails,
        created_at: account.created_at.to_rfc3339(),
        memberships: memberships
            .iter()
            .map(|m| MembershipBody::new(state, m))
            .collect(),
    })
}

#[derive(Deserialize, ToSchema)]
pub struct SignUpBody {
    email: String,
    /// 10 to 1024 characters; common passwords are refused.
    password: String,
    display_name: String,
    locale: Option<String>,
}

/// Create an account. A confirmation mail is sent; when the server requires confirmation, the
/// account can sign in only after following its link.
#[utoipa::path(post, path = "/accounts", tag = "accounts", request_body = SignUpBody,
    responses((status = 201, body = MeBody), (status = 409, description = "E-mail address taken", body = crate::openapi::Problem),
        (status = 422, description = "Invalid fields", body = crate::openapi::Problem)))]
async fn create_account(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<SignUpBody>,
) -> Result<Response, Failure> {
    let input = SignUp::parse(
        &body.email,
        &body.password,
        &body.display_name,
        body.locale.as_deref(),
    )?;
    let signed_up = accounts::sign_up(&state.db, input, time::now()).await?;
    crate::accounts::send_verification(&state, &signed_up.account, &signed_up.verification).await?;
    Ok(created(me_body(&state, &signed_up.account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct TokenBody {
    /// The token from the confirmation mail's link.
    token: String,
}

/// Confirm an e-mail address with the token from the confirmation mail.
#[utoipa::path(post, path = "/accounts/verification", tag = "accounts", request_body = TokenBody,
    responses((status = 200, body = MeBody), (status = 422, description = "Unknown, used or expired token", body = crate::openapi::Problem)))]
async fn verify_email(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<MeBody>, Failure> {
    let account = accounts::verify_email(
        &state.db,
        &OneTimeToken::from_presented(&body.token),
        time::now(),
    )
    .await?;
    Ok(Json(me_body(&state, &account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ResetRequestBody {
    email: String,
}

/// Ask for a password-reset mail. The answer is 202 whether or not the address has an account.
#[utoipa::path(post, path = "/password-resets", tag = "accounts", request_body = ResetRequestBody,
    responses((status = 202, description = "A mail is on its way if the address has an account"),
        (status = 422, description = "Not an e-mail address", body = crate::openapi::Problem)))]
async fn request_password_reset(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<ResetRequestBody>,
) -> Result<StatusCode, Failure> {
    let email = Email::parse(&body.email).map_err(|message| AppError::invalid("email", message))?;
    if let Some((account, token)) =
        accounts::request_password_reset(&state.db, &email, time::now()).await?
    {
        crate::accounts::send_password_reset(&state, &account, &token).await?;
    }
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize, ToSchema)]
pub struct ResetConfirmBody {
    token: String,
    password: String,
}

/// Set a new password with the token from the reset mail; every session of the account ends.
#[utoipa::path(post, path = "/password-resets/confirm", tag = "accounts", request_body = ResetConfirmBody,
    responses((status = 200, body = MeBody), (status = 422, description = "Bad token or password", body = crate::openapi::Problem)))]
async fn confirm_password_reset(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<ResetConfirmBody>,
) -> Result<Json<MeBody>, Failure> {
    let password = NewPassword::parse(&body.password)
        .map_err(|message| AppError::invalid("password", message))?;
    let account = accounts::reset_password(
        &state.db,
        &OneTimeToken::from_presented(&body.token),
        &password,
        time::now(),
    )
    .await?;
    Ok(Json(me_body(&state, &account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct SignInBody {
    email: String,
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionCreatedBody {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    account: MeBody,
}

/// Sign in. Ten failed attempts per account or per client address within 15 minutes lead to 429.
#[utoipa::path(post, path = "/sessions", tag = "accounts", request_body = SignInBody,
    responses((status = 200, body = SessionCreatedBody),
        (status = 401, description = "Wrong e-mail or password (the same answer for both)", body = crate::openapi::Problem),
        (status = 403, description = "E-mail address not confirmed yet", body = crate::openapi::Problem),
        (status = 429, description = "Too many failed attempts; see Retry-After", body = crate::openapi::Problem)))]
async fn create_session(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    UserAgent(user_agent): UserAgent,
    ApiJson(body): ApiJson<SignInBody>,
) -> Result<Json<SessionCreatedBody>, Failure> {
    let credentials = Credentials {
        email: &body.email,
        password: &body.password,
        client: &client,
    };
    let verification = state.config.email_verification;
    let (account, token) = accounts::sign_in(
        &state.db,
        credentials,
        verification,
        SessionKind::Api,
        &user_agent,
        time::now(),
    )
    .await?;
    Ok(Json(SessionCreatedBody {
        token: token.as_str().to_owned(),
        account: me_body(&state, &account).await?,
    }))
}

/// Sign out: the bearer token stops working.
#[utoipa::path(delete, path = "/sessions/current", tag = "accounts", security(("bearer" = [])),
    responses((status = 204, description = "Signed out"), (status = 401, body = crate::openapi::Problem)))]
async fn end_current_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<StatusCode, Failure> {
    end_own_session(&state, &signed_in, &signed_in.session_id).await
}

async fn end_own_session(
    state: &AppState,
    signed_in: &SignedIn,
    session_id: &str,
) -> Result<StatusCode, Failure> {
    use domain::accounts::AccountStore as _;
    if state
        .db
        .end_session(signed_in.session_owner().id, session_id)
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Failure::App(AppError::NotFound))
    }
}

/// The signed-in person's account and memberships.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = MeBody), (status = 401, body = crate::openapi::Problem)))]
async fn me(State(state): State<AppState>, signed_in: SignedIn) -> Result<Json<MeBody>, Failure> {
    Ok(Json(me_body(&state, &signed_in.account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsBody {
    display_name: Option<String>,
    locale: Option<String>,
    message_mails: Option<bool>,
}

/// Change the display name, the language or the unread-message e-mails (fields left out stay
/// as they are).
#[utoipa::path(patch, path = "/me", tag = "accounts", security(("bearer" = [])), request_body = SettingsBody,
    responses((status = 200, body = MeBody), (status = 422, body = crate::openapi::Problem),
        (status = 403, description = "Refused while a helper acts for the person", body = crate::openapi::Problem)))]
async fn update_me(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Json<MeBody>, Failure> {
    let account = &signed_in.account;
    let display_name = body
        .display_name
        .as_deref()
        .unwrap_or(account.display_name.as_str());
    let locale = body.locale.as_deref().unwrap_or(account.locale.code());
    let updated = accounts::update_settings(&state.db, account.id, display_name, locale).await?;
    if let Some(wanted) = body.message_mails {
        state.db.set_message_mails(account.id, wanted).await?;
    }
    Ok(Json(me_body(&state, &updated).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordChangeBody {
    current_password: String,
    new_password: String,
}

/// Change the password. Every other session of the account ends; this one stays.
#[utoipa::path(put, path = "/me/password", tag = "accounts", security(("bearer" = [])), request_body = PasswordChangeBody,
    responses((status = 200, body = MeBody), (status = 422, description = "Wrong current password or unacceptable new one", body = crate::openapi::Problem),
        (status = 403, description = "Refused while a helper acts for the person", body = crate::openapi::Problem)))]
async fn change_password(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    ApiJson(body): ApiJson<PasswordChangeBody>,
) -> Result<Json<MeBody>, Failure> {
    let account = &signed_in.account;
    accounts::change_password(
        &state.db,
        account,
        &body.current_password,
        &body.new_password,
        &signed_in.session_id,
        time::now(),
    )
    .await?;
    Ok(Json(me_body(&state, account).await?))
}

#[derive(Serialize, ToSchema)]
pub struct SessionBody {
    /// Names the session, to end it.
    id: String,
    /// `browser` or `api`.
    kind: String,
    user_agent: String,
    created_at: String,
    last_seen_at: String,
    /// The session making this request.
    current: bool,
}

/// The account's active sessions, most recently used first (a list, with `limit` and `cursor`).
#[utoipa::path(get, path = "/me/sessions", tag = "accounts", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<SessionBody>), (status = 401, body = crate::openapi::Problem),
        (status = 403, description = "Refused while a helper acts for the person", body = crate::openapi::Problem)))]
async fn my_sessions(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Query(query): Query<ListQuery>,
) -> Result<Json<ListPage<SessionBody>>, Failure> {
    use domain::accounts::AccountStore as _;
    let sessions = state
        .db
        .sessions_of(signed_in.account.id, time::now())
        .await?;
    let bodies = sessions.into_iter().map(|session| SessionBody {
        current: session.id == signed_in.session_id,
        kind: session.kind.name().to_owned(),
        created_at: session.created_at.to_rfc3339(),
        last_seen_at: session.last_seen_at.to_rfc3339(),
        user_agent: session.user_agent,
        id: session.id,
    });
    Ok(Json(ListPage::of_short_list(bodies.collect(), &query)?))
}

/// End one of the account's sessions.
#[utoipa::path(delete, path = "/me/sessions/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id from GET /me/sessions")),
    responses((status = 204, description = "Ended"), (status = 404, body = crate::openapi::Problem),
        (status = 403, description = "Refused while a helper acts for the person", body = crate::openapi::Problem)))]
async fn end_session(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Path(id): Path<String>,
) -> Result<StatusCode, Failure> {
    end_own_session(&state, &signed_in, &id).await
}
