use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use domain::AppError;
use domain::accounts::{
    self, AccountStore as _, Credentials, Email, EmailVerification, NewPassword, OneTimeToken,
    SessionKind, SessionToken, SignUp,
};
use domain::communities::{CommunityStore as _, Membership};
use domain::time as clock;
use serde::Deserialize;

use crate::client::{ClientAddress, UserAgent};
use crate::error::Failure;
use crate::form::FormErrors;
use crate::page::{PageContext, PageForm, render, safe_next, see_other};
use crate::session::{SESSION_COOKIE, SignedIn};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-up", get(sign_up_form).post(sign_up))
        .route("/sign-in", get(sign_in_form).post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/verify-email", get(verify_email_form).post(verify_email))
        .route(
            "/reset-password",
            get(reset_request_form).post(reset_request),
        )
        .route("/reset-password/new", get(reset_new_form).post(reset_new))
        .route("/account", get(account))
        .route("/account/settings", post(save_settings))
        .route("/account/password", post(change_password))
        .route("/account/sessions/end", post(end_session))
}

/// Shows a form again after a failed submit: the errors it can show, with the right status.
fn form_failure(
    error: AppError,
    page: &PageContext,
    show: impl FnOnce(FormErrors) -> Response,
) -> Response {
    let status = Failure::App(error.clone()).status();
    let retry_after = Failure::App(error.clone()).retry_after();
    match FormErrors::from_error(&error, page.locale) {
        Some(errors) => {
            let mut response = show(errors);
            *response.status_mut() = status;
            if let Some(seconds) = retry_after {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, seconds.into());
            }
            response
        }
        None => Failure::App(error).into_response(),
    }
}

fn session_cookie(state: &AppState, token: &SessionToken) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token.as_str().to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .max_age(cookie_max_age())
        .build()
}

fn cookie_max_age() -> time::Duration {
    time::Duration::seconds(accounts::Session::LIFETIME.num_seconds())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/sign_up.html")]
struct SignUpPage {
    page: PageContext,
    errors: FormErrors,
    display_name: String,
    email: String,
    next: String,
}

async fn sign_up_form(page: PageContext, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(query.next.as_deref());
    render(&SignUpPage {
        page,
        errors: FormErrors::default(),
        display_name: String::new(),
        email: String::new(),
        next,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignUpForm {
    display_name: String,
    email: String,
    password: String,
    locale: String,
    next: String,
}

#[derive(Template)]
#[template(path = "accounts/notice.html")]
struct NoticePage {
    page: PageContext,
    title: String,
    text: String,
    link_href: String,
    link_text: String,
}

impl NoticePage {
    fn new(page: PageContext, title: &str, text: &str) -> Self {
        Self {
            title: page.t(title),
            text: page.t(text),
            page,
            link_href: String::new(),
            link_text: String::new(),
        }
    }

    fn with_link(mut self, href: &str, text: &str) -> Self {
        self.link_href = href.to_owned();
        self.link_text = self.page.t(text);
        self
    }
}

async fn sign_up(
    State(state): State<AppState>,
    page: PageContext,
    jar: CookieJar,
    UserAgent(user_agent): UserAgent,
    PageForm(form): PageForm<SignUpForm>,
) -> Response {
    let next = safe_next(Some(&form.next));
    let result = async {
        let input = SignUp::parse(
            &form.email,
            &form.password,
            &form.display_name,
            Some(&form.locale),
        )?;
        let signed_up = accounts::sign_up(&state.db, input, clock::now()).await?;
        crate::accounts::send_verification(&state, &signed_up.account, &signed_up.verification)
            .await?;
        Ok::<_, AppError>(signed_up.account)
    }
    .await;
    let account = match result {
        Ok(account) => account,
        Err(error) => {
            return form_failure(error, &page.clone(), |errors| {
                render(&SignUpPage {
                    page,
                    errors,
                    display_name: form.display_name,
                    email: form.email,
                    next,
                })
            });
        }
    };
    if state.config.email_verification == EmailVerification::Required {
        return render(&NoticePage::new(
            page,
            "sign-up-check-inbox-title",
            "sign-up-check-inbox",
        ));
    }
    match accounts::start_session(
        &state.db,
        account.id,
        SessionKind::Browser,
        &user_agent,
        clock::now(),
    )
    .await
    {
        Ok(token) => (jar.add(session_cookie(&state, &token)), see_other(&next)).into_response(),
        Err(error) => Failure::App(error).into_response(),
    }
}

#[derive(Template)]
#[template(path = "accounts/sign_in.html")]
struct SignInPage {
    page: PageContext,
    errors: FormErrors,
    email: String,
    next: String,
}

async fn sign_in_form(page: PageContext, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(query.next.as_deref());
    render(&SignInPage {
        page,
        errors: FormErrors::default(),
        email: String::new(),
        next,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignInForm {
    email: String,
    password: String,
    next: String,
}

async fn sign_in(
    State(state): State<AppState>,
    page: PageContext,
    jar: CookieJar,
    ClientAddress(client): ClientAddress,
    UserAgent(user_agent): UserAgent,
    PageForm(form): PageForm<SignInForm>,
) -> Response {
    let next = safe_next(Some(&form.next));
    let credentials = Credentials {
        email: &form.email,
        password: &form.password,
        client: &client,
    };
    let verification = state.config.email_verification;
    match accounts::sign_in(
        &state.db,
        credentials,
        verification,
        SessionKind::Browser,
        &user_agent,
        clock::now(),
    )
    .await
    {
        Ok((account, token)) => {
            let mut response =
                (jar.add(session_cookie(&state, &token)), see_other(&next)).into_response();
            crate::i18n::remember(&mut response, account.locale);
            response
        }
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&SignInPage {
                page,
                errors,
                email: form.email,
                next,
            })
        }),
    }
}

async fn sign_out(State(state): State<AppState>, jar: CookieJar, page: PageContext) -> Response {
    if let (Some(account), Some(session)) = (&page.account, &page.session_id)
        && let Err(error) = state.db.end_session(account.id, session).await
    {
        return Failure::App(error).into_response();
    }
    (
        jar.remove(Cookie::build(SESSION_COOKIE).path("/")),
        see_other("/"),
    )
        .into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenQuery {
    token: String,
}

#[derive(Template)]
#[template(path = "accounts/verify_email.html")]
struct VerifyEmailPage {
    page: PageContext,
    errors: FormErrors,
    token: String,
}

/// The link in the mail opens a page with a button: mail scanners that follow links must not
/// use the token up.
async fn verify_email_form(page: PageContext, Query(query): Query<TokenQuery>) -> Response {
    render(&VerifyEmailPage {
        page,
        errors: FormErrors::default(),
        token: query.token,
    })
}

async fn verify_email(
    State(state): State<AppState>,
    page: PageContext,
    PageForm(form): PageForm<TokenQuery>,
) -> Response {
    match accounts::verify_email(
        &state.db,
        &OneTimeToken::from_presented(&form.token),
        clock::now(),
    )
    .await
    {
        Ok(_) => render(
            &NoticePage::new(page, "verify-done-title", "verify-done")
                .with_link("/sign-in", "nav-sign-in"),
        ),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&VerifyEmailPage {
                page,
                errors,
                token: form.token,
            })
        }),
    }
}

#[derive(Template)]
#[template(path = "accounts/reset_request.html")]
struct ResetRequestPage {
    page: PageContext,
    errors: FormErrors,
    email: String,
}

async fn reset_request_form(page: PageContext) -> Response {
    render(&ResetRequestPage {
        page,
        errors: FormErrors::default(),
        email: String::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EmailForm {
    email: String,
}

async fn reset_request(
    State(state): State<AppState>,
    page: PageContext,
    PageForm(form): PageForm<EmailForm>,
) -> Response {
    let result = async {
        let email =
            Email::parse(&form.email).map_err(|message| AppError::invalid("email", message))?;
        if let Some((account, token)) =
            accounts::request_password_reset(&state.db, &email, clock::now()).await?
        {
            crate::accounts::send_password_reset(&state, &account, &token).await?;
        }
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => render(&NoticePage::new(page, "reset-sent-title", "reset-sent")),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&ResetRequestPage {
                page,
                errors,
                email: form.email,
            })
        }),
    }
}

#[derive(Template)]
#[template(path = "accounts/reset_new.html")]
struct ResetNewPage {
    page: PageContext,
    errors: FormErrors,
    token: String,
}

async fn reset_new_form(page: PageContext, Query(query): Query<TokenQuery>) -> Response {
    render(&ResetNewPage {
        page,
        errors: FormErrors::default(),
        token: query.token,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ResetNewForm {
    token: String,
    password: String,
}

async fn reset_new(
    State(state): State<AppState>,
    page: PageContext,
    PageForm(form): PageForm<ResetNewForm>,
) -> Response {
    let result = async {
        let password = NewPassword::parse(&form.password)
            .map_err(|message| AppError::invalid("password", message))?;
        accounts::reset_password(
            &state.db,
            &OneTimeToken::from_presented(&form.token),
            &password,
            clock::now(),
        )
        .await
    }
    .await;
    match result {
        Ok(_) => render(
            &NoticePage::new(page, "reset-done-title", "reset-done")
                .with_link("/sign-in", "nav-sign-in"),
        ),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&ResetNewPage {
                page,
                errors,
                token: form.token,
            })
        }),
    }
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
    match AccountPage::load(&state, page, &signed_in).await {
        Ok(mut account_page) => {
            let notice = match query.saved.as_deref() {
                Some("settings") => "account-saved-settings",
                Some("password") => "account-saved-password",
                Some("session") => "account-saved-session",
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
    signed_in: SignedIn,
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
    signed_in: SignedIn,
    PageForm(form): PageForm<PasswordForm>,
) -> Response {
    let account_id = signed_in.account.id;
    let changed = accounts::change_password(
        &state.db,
        account_id,
        &form.current_password,
        &form.new_password,
        &signed_in.session_id,
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
    signed_in: SignedIn,
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
