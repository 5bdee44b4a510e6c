//! The account page: memberships, name and language, password, and the sessions to end.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use domain::AppError;
use domain::accounts::{self, AccountStore as _};
use domain::communities::{CommunityStore as _, Membership};
use domain::support::ConversationStore as _;
use domain::time as clock;
use serde::Deserialize;

use crate::error::Failure;
use crate::form::FormErrors;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::{OwnAccount, SignedIn};
use crate::state::AppState;

use super::form_failure;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(account))
        .route("/account/settings", post(save_settings))
        .route("/account/password", post(change_password))
        .route("/account/sessions/end", post(end_session))
        .route("/account/message-mails", post(save_message_mails))
}
struct SessionRow {
    id: String,
    device: String,
    last_seen: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    page: PageContext,
    notice: String,
    memberships: Vec<Membership>,
    settings_errors: FormErrors,
    password_errors: FormErrors,
    display_name: String,
    email: String,
    account_locale: String,
    sessions: Vec<SessionRow>,
    /// One e-mail about a message left unread for an hour.
    message_mails: bool,
}

impl AccountPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
    ) -> Result<Self, AppError> {
        let account = &signed_in.account;
        let memberships = state.db.memberships_of(account.id).await?;
        let sessions = state.db.sessions_of(account.id, clock::now()).await?;
        let message_mails = state.db.wants_message_mails(account.id).await?;
        let sessions = sessions
            .into_iter()
            .map(|session| SessionRow {
                current: session.id == signed_in.session_id,
                device: crate::client::describe_user_agent(&session.user_agent, &page),
                last_seen: session
                    .last_seen_at
                    .format("%Y-%m-%d %H:%M UTC")
                    .to_string(),
                id: session.id,
            })
            .collect();
        Ok(Self {
            notice: String::new(),
            memberships,
            settings_errors: FormErrors::default(),
            password_errors: FormErrors::default(),
            display_name: account.display_name.as_str().to_owned(),
            email: account.email.as_str().to_owned(),
            account_locale: account.locale.code().to_owned(),
            sessions,
            message_mails,
            page,
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AccountQuery {
    saved: Option<String>,
}

async fn account(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Query(query): Query<AccountQuery>,
) -> Response {
    if signed_in.is_acting() {
        // The person's settings, password, sessions and data stay theirs alone; the helpers
        // page says so and offers to stop acting.
        return see_other("/account/helpers");
    }
    match AccountPage::load(&state, page, &signed_in).await {
        Ok(mut account_page) => {
            let notice = match query.saved.as_deref() {
                Some("settings") => "account-saved-settings",
                Some("password") => "account-saved-password",
                Some("session") => "account-saved-session",
                Some("mails") => "account-saved-mails",
                _ => "",
            };
            if !notice.is_empty() {
                account_page.notice = account_page.page.t(notice);
            }
            render(&account_page)
        }
        Err(error) => Failure::App(error).into_response(),
    }
}

/// The account page again, with the errors of the form that failed.
async fn account_form_failure(
    state: &AppState,
    page: PageContext,
    signed_in: &SignedIn,
    error: AppError,
    show_errors: impl FnOnce(&mut AccountPage, FormErrors),
) -> Response {
    let mut account_page = match AccountPage::load(state, page.clone(), signed_in).await {
        Ok(account_page) => account_page,
        Err(error) => return Failure::App(error).into_response(),
    };
    form_failure(error, &page, |errors| {
        show_errors(&mut account_page, errors);
        render(&account_page)
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SettingsForm {
    display_name: String,
    locale: String,
}

async fn save_settings(
    State(state): State<AppState>,
    page: PageContext,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<SettingsForm>,
) -> Response {
    match accounts::update_settings(
        &state.db,
        signed_in.account.id,
        &form.display_name,
        &form.locale,
    )
    .await
    {
        Ok(account) => {
            let mut response = see_other("/account?saved=settings");
            crate::i18n::remember(&mut response, account.locale);
            response
        }
        Err(error) => {
            account_form_failure(&state, page, &signed_in, error, |account_page, errors| {
                account_page.settings_errors = errors;
                account_page.display_name = form.display_name;
                account_page.account_locale = form.locale;
            })
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PasswordForm {
    current_password: String,
    new_password: String,
}

async fn change_password(
    State(state): State<AppState>,
    page: PageContext,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<PasswordForm>,
) -> Response {
    let changed = accounts::change_password(
        &state.db,
        &signed_in.account,
        &form.current_password,
        &form.new_password,
        &signed_in.session_id,
        clock::now(),
    )
    .await;
    match changed {
        Ok(()) => see_other("/account?saved=password"),
        Err(error) => {
            account_form_failure(&state, page, &signed_in, error, |account_page, errors| {
                account_page.password_errors = errors;
            })
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EndSessionForm {
    session_id: String,
}

async fn end_session(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<EndSessionForm>,
) -> Response {
    match state
        .db
        .end_session(signed_in.account.id, &form.session_id)
        .await
    {
        Ok(true) => see_other("/account?saved=session"),
        Ok(false) => Failure::App(AppError::NotFound).into_response(),
        Err(error) => Failure::App(error).into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MessageMailsForm {
    /// Present (`yes`) when the box is ticked.
    message_mails: Option<String>,
}

async fn save_message_mails(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<MessageMailsForm>,
) -> Response {
    match state
        .db
        .set_message_mails(signed_in.account.id, form.message_mails.is_some())
        .await
    {
        Ok(()) => see_other("/account?saved=mails"),
        Err(error) => Failure::App(error).into_response(),
    }
}
