//! The moderators' pages of a community: the queue of open reports (`/c/{slug}/moderation`),
//! the recently decided ones, and a report's page with the forms that decide it, restore what
//! it hid, or block the author.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::{self, Community};
use domain::moderation::{self, Queue, Report, ReportId, ReportStatus, ReportTarget, Resolution};
use domain::{AppError, time};
use serde::Deserialize;

use super::{ModerationWords, parse_cursor, report_path, shown_in, target_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/moderation", get(open_reports))
        .route("/c/{slug}/moderation/decided", get(decided_reports))
        .route("/c/{slug}/moderation/reports/{id}", get(report_page))
        .route("/c/{slug}/moderation/reports/{id}/resolve", post(resolve))
        .route("/c/{slug}/moderation/reports/{id}/restore", post(restore))
        .route(
            "/c/{slug}/moderation/reports/{id}/block",
            post(block_author),
        )
}

/// How many reports one page of a queue shows.
const QUEUE_PAGE: u32 = 20;

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    page: PageContext,
    community: Community,
    reports: Vec<Report>,
    decided: bool,
    notice: String,
    next: Option<String>,
}

impl QueuePage {
    fn report_path(&self, report: &Report) -> String {
        report_path(report)
    }

    fn title(&self) -> String {
        self.page.t(if self.decided {
            "moderation-decided-title"
        } else {
            "moderation-title"
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct QueueQuery {
    cursor: Option<String>,
    decided: Option<String>,
}

async fn show_queue(
    state: &AppState,
    page: PageContext,
    signed_in: &SignedIn,
    slug: &str,
    query: &QueueQuery,
    queue: Queue,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, slug).await?;
    let after = parse_cursor(query.cursor.as_deref())?;
    let found = moderation::queue(
        &state.db,
        &community,
        &signed_in.account,
        queue,
        after,
        QUEUE_PAGE,
    )
    .await?;
    let decided = queue == Queue::Decided;
    let path = if decided {
        format!("/c/{slug}/moderation/decided")
    } else {
        format!("/c/{slug}/moderation")
    };
    let notice = if query.decided.is_some() {
        page.t("moderation-notice-decided")
    } else {
        String::new()
    };
    Ok(render(&QueuePage {
        page,
        community,
        reports: found.items,
        decided,
        notice,
        next: found
            .next
            .map(|cursor| format!("{path}?cursor={}", cursor.encode())),
    }))
}

async fn open_reports(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<QueueQuery>,
) -> Result<Response, Failure> {
    show_queue(&state, page, &signed_in, &slug, &query, Queue::Open).await
}

async fn decided_reports(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<QueueQuery>,
) -> Result<Response, Failure> {
    show_queue(&state, page, &signed_in, &slug, &query, Queue::Decided).await
}

#[derive(Template)]
#[template(path = "moderation/report.html")]
struct ReportPage {
    page: PageContext,
    community: Community,
    report: Report,
    notice: String,
    decide_errors: FormErrors,
    decision: DecisionForm,
    restore_errors: FormErrors,
    block_errors: FormErrors,
    block_reason: String,
}

impl ReportPage {
    fn is_open(&self) -> bool {
        self.report.status == ReportStatus::Open
    }

    fn is_about_a_person(&self) -> bool {
        self.report.target == ReportTarget::Account
    }

    /// Shown again is possible while what the report hid is still hidden.
    fn can_restore(&self) -> bool {
        self.report.status == ReportStatus::Hidden && self.report.preview.hidden
    }

    /// The author of reported content may be blocked from here (a person is blocked by
    /// deciding a report on them).
    fn can_block_author(&self) -> bool {
        !self.is_about_a_person() && self.report.preview.author.is_some()
    }

    fn author_name(&self) -> String {
        self.report
            .preview
            .author
            .as_ref()
            .map_or_else(String::new, |author| self.person(&author.name))
    }

    fn target_path(&self) -> Option<String> {
        target_path(&self.report)
    }

    fn action(&self, what: &str) -> String {
        format!("{}/{what}", report_path(&self.report))
    }

    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        slug: &str,
        id: &str,
    ) -> Result<Self, AppError> {
        let id = ReportId::parse(id).ok_or(AppError::NotFound)?;
        let (report, _) = moderation::find_report(&state.db, &signed_in.account, id).await?;
        if report.community_slug != slug {
            return Err(AppError::NotFound);
        }
        let community = communities::community(&state.db, slug).await?;
        Ok(Self {
            page,
            community,
            report,
            notice: String::new(),
            decide_errors: FormErrors::default(),
            decision: DecisionForm::default(),
            restore_errors: FormErrors::default(),
            block_errors: FormErrors::default(),
            block_reason: String::new(),
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReportQuery {
    restored: Option<String>,
    blocked: Option<String>,
}

async fn report_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<ReportQuery>,
) -> Result<Response, Failure> {
    let mut shown = ReportPage::load(&state, page, &signed_in, &slug, &id).await?;
    let notice = if query.restored.is_some() {
        "moderation-notice-restored"
    } else if query.blocked.is_some() {
        "moderation-notice-blocked"
    } else {
        ""
    };
    if !notice.is_empty() {
        shown.notice = shown.page.t(notice);
    }
    Ok(render(&shown))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct DecisionForm {
    action: String,
    note: String,
}

async fn resolve(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<DecisionForm>,
) -> Result<Response, Failure> {
    let shown = ReportPage::load(&state, page.clone(), &signed_in, &slug, &id).await?;
    let decided = match Resolution::parse(&form.action) {
        Ok(resolution) => {
            moderation::resolve(
                &state.db,
                &signed_in.account,
                shown.report.id,
                resolution,
                &form.note,
                time::now(),
            )
            .await
        }
        Err(message) => Err(AppError::invalid("action", message)),
    };
    match decided {
        Ok(_) => Ok(see_other(&format!("/c/{slug}/moderation?decided=1"))),
        Err(error) => Ok(form_failure(error, &page, |errors| {
            render(&ReportPage {
                decide_errors: shown_in(errors, &["action", "note"]),
                decision: form,
                ..shown
            })
        })),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NoteForm {
    note: String,
}

async fn restore(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<NoteForm>,
) -> Result<Response, Failure> {
    let shown = ReportPage::load(&state, page.clone(), &signed_in, &slug, &id).await?;
    let restored = moderation::restore(
        &state.db,
        &signed_in.account,
        shown.report.id,
        &form.note,
        time::now(),
    )
    .await;
    match restored {
        Ok(report) => Ok(see_other(&format!("{}?restored=1", report_path(&report)))),
        Err(error) => Ok(form_failure(error, &page, |errors| {
            render(&ReportPage {
                restore_errors: shown_in(errors, &["note"]),
                ..shown
            })
        })),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BlockForm {
    reason: String,
}

async fn block_author(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<BlockForm>,
) -> Result<Response, Failure> {
    let shown = ReportPage::load(&state, page.clone(), &signed_in, &slug, &id).await?;
    let author = shown
        .report
        .preview
        .author
        .as_ref()
        .filter(|_| shown.can_block_author())
        .ok_or(AppError::NotFound)?
        .id;
    let blocked = moderation::block(
        &state.db,
        &shown.community,
        &signed_in.account,
        author,
        &form.reason,
        time::now(),
    )
    .await;
    match blocked {
        Ok(_) => Ok(see_other(&format!(
            "{}?blocked=1",
            report_path(&shown.report)
        ))),
        Err(error) => Ok(form_failure(error, &page, |errors| {
            render(&ReportPage {
                block_errors: shown_in(errors, &["reason"]),
                block_reason: form.reason,
                ..shown
            })
        })),
    }
}

impl ModerationWords for QueuePage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl ModerationWords for ReportPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
