//! `/account/helpers`: name a helper, end one, the people one helps with "Act for" buttons, and
//! the record of what helpers did. While a session acts for someone, the same address says so,
//! shows what the helper did, and offers to stop; everything else about the account stays the
//! person's.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::accounts::AccountId;
use domain::helpers::{self, HelperAction, Helping};
use domain::{AppError, time};
use serde::Deserialize;

use super::{HelperWords, parse_cursor};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::{OwnAccount, SignedIn};
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/account/helpers", get(helpers_page).post(name_helper))
        .route("/account/helpers/end", post(end_helper))
        .route("/account/acting-for", post(start_acting))
        .route("/account/acting-for/stop", post(stop_acting))
}

/// How many relationships and recorded actions one page shows.
const LIST_PAGE: u32 = 50;

#[derive(Template)]
#[template(path = "helpers/account.html")]
struct AccountHelpers {
    page: PageContext,
    notice: String,
    errors: FormErrors,
    email: String,
    helpers: Vec<Helping>,
    helping: Vec<Helping>,
    done_for_me: Vec<HelperAction>,
    next_for_me: Option<String>,
    done_by_me: Vec<HelperAction>,
    next_by_me: Option<String>,
}

impl HelperWords for AccountHelpers {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// The same address while acting for someone.
#[derive(Template)]
#[template(path = "helpers/acting.html")]
struct ActingPage {
    page: PageContext,
    notice: String,
    helper_name: String,
    done_by_me: Vec<HelperAction>,
    next_by_me: Option<String>,
}

impl HelperWords for ActingPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct HelpersQuery {
    done: Option<String>,
    for_me: Option<String>,
    by_me: Option<String>,
}

fn notice(page: &PageContext, done: Option<&str>) -> String {
    let key = match done {
        Some("named") => "helpers-notice-named",
        Some("ended") => "helpers-notice-ended",
        Some("acting") => "helpers-notice-acting",
        Some("stopped") => "helpers-notice-stopped",
        _ => return String::new(),
    };
    page.t(key)
}

fn more(parameter: &str, next: Option<domain::moderation::PageCursor>) -> Option<String> {
    next.map(|cursor| format!("/account/helpers?{parameter}={}", cursor.encode()))
}

impl AccountHelpers {
    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        query: &HelpersQuery,
    ) -> Result<Self, AppError> {
        let account = &signed_in.account;
        let helpers = helpers::helpers_of(&state.db, account, None, LIST_PAGE).await?;
        let helping = helpers::helped_by(&state.db, account, None, LIST_PAGE).await?;
        let done_for_me = helpers::actions_for(
            &state.db,
            account,
            parse_cursor(query.for_me.as_deref())?,
            LIST_PAGE,
        )
        .await?;
        let done_by_me = helpers::actions_by(
            &state.db,
            account,
            parse_cursor(query.by_me.as_deref())?,
            LIST_PAGE,
        )
        .await?;
        Ok(Self {
            notice: notice(&page, query.done.as_deref()),
            page,
            errors: FormErrors::default(),
            email: String::new(),
            helpers: helpers.items,
            helping: helping.items,
            done_for_me: done_for_me.items,
            next_for_me: more("for_me", done_for_me.next),
            done_by_me: done_by_me.items,
            next_by_me: more("by_me", done_by_me.next),
        })
    }
}

async fn helpers_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Query(query): Query<HelpersQuery>,
) -> Result<Response, Failure> {
    if let Some(helper) = &signed_in.helper {
        let done = helpers::actions_by(
            &state.db,
            helper,
            parse_cursor(query.by_me.as_deref())?,
            LIST_PAGE,
        )
        .await?;
        return Ok(render(&ActingPage {
            notice: notice(&page, query.done.as_deref()),
            page,
            helper_name: helper.display_name.as_str().to_owned(),
            done_by_me: done.items,
            next_by_me: more("by_me", done.next),
        }));
    }
    Ok(render(
        &AccountHelpers::load(&state, page, &signed_in, &query).await?,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NameForm {
    email: String,
}

async fn name_helper(
    State(state): State<AppState>,
    page: PageContext,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<NameForm>,
) -> Result<Response, Failure> {
    match helpers::name_helper(&state.db, &signed_in.account, &form.email, time::now()).await {
        Ok(_) => Ok(see_other("/account/helpers?done=named")),
        Err(error) => {
            let mut shown =
                AccountHelpers::load(&state, page.clone(), &signed_in, &HelpersQuery::default())
                    .await?;
            shown.email = form.email;
            Ok(form_failure(error, &page, |errors| {
                shown.errors = errors;
                render(&shown)
            }))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PersonForm {
    account_id: String,
}

async fn end_helper(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    PageForm(form): PageForm<PersonForm>,
) -> Result<Response, Failure> {
    let helper = AccountId::parse(form.account_id.trim()).ok_or(AppError::NotFound)?;
    helpers::end_as_person(&state.db, &signed_in.account, helper, time::now()).await?;
    Ok(see_other("/account/helpers?done=ended"))
}

async fn start_acting(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PageForm(form): PageForm<PersonForm>,
) -> Result<Response, Failure> {
    helpers::start_acting(
        &state.db,
        &signed_in.session_id,
        signed_in.session_owner(),
        signed_in.is_acting(),
        AccountId::parse(form.account_id.trim()),
    )
    .await?;
    Ok(see_other("/account/helpers?done=acting"))
}

async fn stop_acting(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Response, Failure> {
    helpers::stop_acting(&state.db, &signed_in.session_id).await?;
    Ok(see_other("/account/helpers?done=stopped"))
}
