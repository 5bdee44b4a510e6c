//! Signing up, signing in and signing out.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use domain::AppError;
use domain::accounts::{
    self, AccountStore as _, Credentials, EmailVerification, SessionKind, SignUp,
};
use domain::time as clock;
use serde::Deserialize;

use crate::client::{ClientAddress, UserAgent};
use crate::error::Failure;
use crate::form::FormErrors;
use crate::page::{PageContext, PageForm, render, safe_next, see_other};
use crate::session::SESSION_COOKIE;
use crate::state::AppState;

use super::{NextQuery, NoticePage, form_failure, session_cookie};

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-up", get(sign_up_form).post(sign_up))
        .route("/sign-in", get(sign_in_form).post(sign_in))
        .route("/sign-out", post(sign_out))
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
    if let (Some(account), Some(session)) = (page.session_owner(), &page.session_id)
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
