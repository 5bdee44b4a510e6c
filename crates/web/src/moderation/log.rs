//! The community's audit log (`/c/{slug}/moderation/log`): who did what, when and why, newest
//! first, for its moderators, admins and the network's coordinators.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::audit::{AuditAction, AuditRecord};
use domain::communities::{self, Community, Role};
use domain::moderation::{self, ReportTarget};
use serde::Deserialize;

use super::{ModerationWords, parse_cursor};
use crate::error::Failure;
use crate::page::{PageContext, render};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/c/{slug}/moderation/log", get(log_page))
}

/// How many entries one page of the log shows.
const LOG_PAGE: u32 = 50;

#[derive(Template)]
#[template(path = "moderation/log.html")]
struct LogPage {
    page: PageContext,
    community: Community,
    records: Vec<AuditRecord>,
    next: Option<String>,
}

impl LogPage {
    /// What it was done to, in words: a person's name, or the kind of thing.
    fn target(&self, record: &AuditRecord) -> String {
        if record.target_type == ReportTarget::Account.name() {
            return self.person(&record.target_name);
        }
        match ReportTarget::parse(&record.target_type) {
            Ok(target) => self.target_name(&target),
            Err(_) => self.page.t(match record.target_type.as_str() {
                "exchange" => "moderation-target-exchange",
                "timebank" => "moderation-target-timebank",
                "community" => "moderation-target-community",
                _ => "moderation-target-other",
            }),
        }
    }

    /// The page of what it was done to, when it has one still.
    fn target_path(&self, record: &AuditRecord) -> Option<String> {
        let slug = &self.community.slug;
        let id = &record.target_id;
        match record.target_type.as_str() {
            "support" => Some(format!("/c/{slug}/support/{id}")),
            "initiative" => Some(format!("/c/{slug}/initiatives/{id}")),
            _ => None,
        }
    }

    /// Why: what the actor wrote; a role change in the reader's words ("member → moderator").
    fn reason(&self, record: &AuditRecord) -> String {
        if record.action == AuditAction::RoleChanged
            && let Some((from, to)) = record.reason.split_once(" → ")
            && let (Ok(from), Ok(to)) = (Role::parse(from), Role::parse(to))
        {
            return format!("{} → {}", self.page.role(&from), self.page.role(&to));
        }
        record.reason.clone()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LogQuery {
    cursor: Option<String>,
}

async fn log_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<LogQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let after = parse_cursor(query.cursor.as_deref())?;
    let found =
        moderation::audit_log(&state.db, &community, &signed_in.account, after, LOG_PAGE).await?;
    Ok(render(&LogPage {
        page,
        next: found
            .next
            .map(|cursor| format!("/c/{slug}/moderation/log?cursor={}", cursor.encode())),
        community,
        records: found.items,
    }))
}

impl ModerationWords for LogPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
