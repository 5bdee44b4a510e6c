//! Getting back in: confirming an e-mail address and resetting a forgotten password.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::AppError;
use domain::accounts::{self, Email, NewPassword, OneTimeToken};
use domain::time as clock;
use serde::Deserialize;

use crate::form::FormErrors;
use crate::page::{PageContext, PageForm, render};
use crate::state::AppState;

use super::{NoticePage, form_failure};

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/verify-email", get(verify_email_form).post(verify_email))
        .route(
            "/reset-password",
            get(reset_request_form).post(reset_request),
        )
        .route("/reset-password/new", get(reset_new_form).post(reset_new))
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
