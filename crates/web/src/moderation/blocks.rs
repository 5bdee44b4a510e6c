//! The people blocked from a community (`/c/{slug}/moderation/blocks`): the list with a button
//! to lift each block, and a form to block someone named by their e-mail address (the
//! moderator knows whom they mean; no list of everyone's addresses is needed).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::accounts::{AccountId, AccountStore as _, Email};
use domain::communities::{self, Community};
use domain::moderation::{self, Block};
use domain::{AppError, Message, time};
use serde::Deserialize;

use super::{ModerationWords, parse_cursor, shown_in};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/c/{slug}/moderation/blocks",
            get(blocks_page).post(block_by_email),
        )
        .route(
            "/c/{slug}/moderation/blocks/{account_id}/unblock",
            post(unblock),
        )
}

/// How many blocks one page shows.
const BLOCKS_PAGE: u32 = 50;

#[derive(Template)]
#[template(path = "moderation/blocks.html")]
struct BlocksPage {
    page: PageContext,
    community: Community,
    blocks: Vec<Block>,
    next: Option<String>,
    notice: String,
    errors: FormErrors,
    values: BlockForm,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BlocksQuery {
    cursor: Option<String>,
    done: Option<String>,
}

impl BlocksPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        slug: &str,
        cursor: Option<&str>,
    ) -> Result<Self, AppError> {
        let community = communities::community(&state.db, slug).await?;
        let found = moderation::blocks(
            &state.db,
            &community,
            &signed_in.account,
            parse_cursor(cursor)?,
            BLOCKS_PAGE,
        )
        .await?;
        Ok(Self {
            page,
            next: found.next.map(|cursor| {
                format!(
                    "/c/{}/moderation/blocks?cursor={}",
                    community.slug,
                    cursor.encode()
                )
            }),
            community,
            blocks: found.items,
            notice: String::new(),
            errors: FormErrors::default(),
            values: BlockForm::default(),
        })
    }
}

async fn blocks_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<BlocksQuery>,
) -> Result<Response, Failure> {
    let mut shown =
        BlocksPage::load(&state, page, &signed_in, &slug, query.cursor.as_deref()).await?;
    let notice = match query.done.as_deref() {
        Some("blocked") => "moderation-notice-blocked",
        Some("unblocked") => "moderation-notice-unblocked",
        _ => "",
    };
    if !notice.is_empty() {
        shown.notice = shown.page.t(notice);
    }
    Ok(render(&shown))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct BlockForm {
    email: String,
    reason: String,
}

impl BlockForm {
    /// The person the address names; an unknown address is the same error as an unknown id.
    async fn person(&self, state: &AppState) -> Result<AccountId, AppError> {
        let found = match Email::parse(&self.email) {
            Ok(email) => state.db.account_by_email(&email).await?,
            Err(_) => None,
        };
        found
            .map(|(account, _)| account.id)
            .ok_or_else(|| AppError::invalid("email", Message::new("error-block-person-unknown")))
    }
}

async fn block_by_email(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<BlockForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    moderation::require_moderator(&state.db, community.id, &signed_in.account).await?;
    let blocked = match form.person(&state).await {
        Ok(person) => moderation::block(
            &state.db,
            &community,
            &signed_in.account,
            person,
            &form.reason,
            time::now(),
        )
        .await
        .map(|_| ()),
        Err(error) => Err(error),
    };
    match blocked {
        Ok(()) => Ok(see_other(&format!(
            "/c/{slug}/moderation/blocks?done=blocked"
        ))),
        Err(error) => {
            let shown = BlocksPage::load(&state, page.clone(), &signed_in, &slug, None).await?;
            Ok(form_failure(error, &page, |errors| {
                render(&BlocksPage {
                    errors: shown_in(errors, &["email", "reason"]),
                    values: form,
                    ..shown
                })
            }))
        }
    }
}

/// A form that sends nothing but its token.
#[derive(Deserialize, Default)]
struct NoFields {}

async fn unblock(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, account_id)): Path<(String, String)>,
    PageForm(_): PageForm<NoFields>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let person = AccountId::parse(&account_id).ok_or(AppError::NotFound)?;
    moderation::unblock(
        &state.db,
        &community,
        &signed_in.account,
        person,
        time::now(),
    )
    .await?;
    Ok(see_other(&format!(
        "/c/{slug}/moderation/blocks?done=unblocked"
    )))
}

impl ModerationWords for BlocksPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
