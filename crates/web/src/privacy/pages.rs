//! `/account/data`: download my data, and delete my account.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use domain::privacy;
use serde::Deserialize;

use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::{OwnAccount, SESSION_COOKIE};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/data", get(data_page))
        .route("/account/data.json", get(download))
        .route("/account/delete", post(delete))
        .route("/account/deleted", get(deleted))
}

#[derive(Template)]
#[template(path = "privacy/data.html")]
struct DataPage {
    page: PageContext,
    errors: FormErrors,
}

async fn data_page(page: PageContext, _: OwnAccount) -> Response {
    render(&DataPage {
        page,
        errors: FormErrors::default(),
    })
}

async fn download(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
) -> Result<Response, Failure> {
    let document = privacy::export(&state.db, &signed_in.account).await?;
    let body = serde_json::to_string_pretty(&document).map_err(domain::AppError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"micropolis-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeleteForm {
    password: String,
}

async fn delete(
    State(state): State<AppState>,
    page: PageContext,
    OwnAccount(signed_in): OwnAccount,
    jar: CookieJar,
    PageForm(form): PageForm<DeleteForm>,
) -> Response {
    match super::erase(&state, &signed_in.account, &form.password).await {
        Ok(()) => {
            let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
            (jar, see_other("/account/deleted")).into_response()
        }
        Err(error) => {
            let error = match error {
                // On the form, the wrong password is the password field's fault.
                domain::AppError::Forbidden(message) => {
                    domain::AppError::invalid("password", message)
                }
                other => other,
            };
            form_failure(error, &page.clone(), |errors| {
                render(&DataPage { page, errors })
            })
        }
    }
}

#[derive(Template)]
#[template(path = "privacy/deleted.html")]
struct DeletedPage {
    page: PageContext,
}

async fn deleted(page: PageContext) -> Response {
    render(&DeletedPage { page })
}
