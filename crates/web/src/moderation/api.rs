//! The moderation API: filing a report on anything, the moderators' queue, deciding and
//! restoring, blocking members, and the audit log.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::accounts::AccountId;
use domain::audit::AuditRecord;
use domain::moderation::{
    self, Block, NewReport, Page, Queue, Report, ReportId, ReportInput, Resolution,
};
use domain::{AppError, Message, communities, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{parse_cursor, report_path, target_path};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(file_report))
        .routes(routes!(list_reports))
        .routes(routes!(resolve_report))
        .routes(routes!(restore_report))
        .routes(routes!(list_blocks, create_block))
        .routes(routes!(remove_block))
        .routes(routes!(audit_log))
}

#[derive(Deserialize, ToSchema)]
pub struct NewReportBody {
    /// `initiative`, `comment`, `support` (an offer or request), `message`, `story`, `event` or
    /// `account` (a person). Stories and events arrive with their features: until then a report
    /// on one answers 404.
    target_type: String,
    target_id: String,
    /// `spam`, `abuse`, `harassment`, `illegal`, `safety` or `other`.
    reason: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    note: String,
    /// The slug of the community a person is reported to: required for `account` (they and the
    /// reporter must both be its members), ignored otherwise, where the community is the one
    /// the reported thing belongs to.
    community: Option<String>,
}

/// A report as its reporter filed it.
#[derive(Serialize, ToSchema)]
pub struct FiledReportBody {
    id: String,
    target_type: &'static str,
    target_id: String,
    reason: &'static str,
    note: String,
    /// `open` until a moderator decides it.
    status: &'static str,
    created_at: String,
    /// The moderators' page of the report.
    url: String,
}

/// Report anything the caller may see to the moderators of the community it belongs to: an
/// initiative, a comment, an offer or request, a message of one of the caller's conversations,
/// or a person (with `community`). What the caller may not see → 404; their own content or
/// themselves → 422; the same thing twice → 409.
#[utoipa::path(post, path = "/reports", tag = "moderation", security(("bearer" = [])), request_body = NewReportBody,
    responses((status = 201, body = FiledReportBody), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn file_report(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<NewReportBody>,
) -> Result<Response, Failure> {
    let report = NewReport::parse(&ReportInput {
        target_type: &body.target_type,
        target_id: &body.target_id,
        reason: &body.reason,
        note: &body.note,
        community: body.community.as_deref().unwrap_or(""),
    })?;
    let filed = moderation::report(&state.db, &signed_in.account, &report, time::now()).await?;
    Ok(created(FiledReportBody {
        id: filed.id.to_string(),
        target_type: filed.target.name(),
        target_id: filed.target_id.clone(),
        reason: filed.reason.name(),
        note: filed.note.clone(),
        status: filed.status.name(),
        created_at: filed.created_at.to_rfc3339(),
        url: state.config.url(&report_path(&filed)),
    }))
}

/// What a report names, as moderators see it beside the report (the text of a private message
/// too: moderators read it only through the report).
#[derive(Serialize, ToSchema)]
pub struct TargetBody {
    /// False when it was deleted, or the person erased their account.
    exists: bool,
    /// A title, or the reported person's name.
    title: String,
    text: String,
    author: Option<PersonBody>,
    /// Hidden now by a moderator (for a person: blocked from the community now).
    hidden: bool,
    /// Its page, when it has one.
    url: Option<String>,
}

/// A report with what moderators need to decide it.
#[derive(Serialize, ToSchema)]
pub struct ReportBody {
    id: String,
    community: String,
    target_type: &'static str,
    target_id: String,
    reason: &'static str,
    note: String,
    /// `open`, `hidden` or `dismissed`.
    status: &'static str,
    reporter: PersonBody,
    created_at: String,
    /// Reports on the same thing in this community, this one included.
    reports_on_target: i64,
    target: TargetBody,
    resolved_by: Option<PersonBody>,
    resolved_at: Option<String>,
    resolution_note: String,
    /// The moderators' page of the report.
    url: String,
}

impl ReportBody {
    fn new(state: &AppState, report: &Report) -> Self {
        let preview = &report.preview;
        Self {
            id: report.id.to_string(),
            community: report.community_slug.clone(),
            target_type: report.target.name(),
            target_id: report.target_id.clone(),
            reason: report.reason.name(),
            note: report.note.clone(),
            status: report.status.name(),
            reporter: PersonBody::new(&report.reporter),
            created_at: report.created_at.to_rfc3339(),
            reports_on_target: report.reports_on_target,
            target: TargetBody {
                exists: preview.exists,
                title: preview.title.clone(),
                text: preview.text.clone(),
                author: preview.author.as_ref().map(PersonBody::new),
                hidden: preview.hidden,
                url: target_path(report).map(|path| state.config.url(&path)),
            },
            resolved_by: report.resolved_by.as_ref().map(PersonBody::new),
            resolved_at: report.resolved_at.map(|at| at.to_rfc3339()),
            resolution_note: report.resolution_note.clone(),
            url: state.config.url(&report_path(report)),
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// `open` (the default): reports waiting for a decision, newest first; `decided`: the
    /// decided ones, the latest decision first.
    status: Option<String>,
}

impl QueueQuery {
    fn queue(&self) -> Result<Queue, AppError> {
        match self.status.as_deref().map(str::trim) {
            None | Some("" | "open") => Ok(Queue::Open),
            Some("decided") => Ok(Queue::Decided),
            Some(_) => Err(AppError::invalid(
                "status",
                Message::new("error-report-queue-unknown"),
            )),
        }
    }
}

fn list_page<T, B>(page: Page<T>, body: impl Fn(&T) -> B) -> ListPage<B> {
    ListPage {
        items: page.items.iter().map(body).collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }
}

/// The community's reports (its moderators and admins, and coordinators; anyone else 403).
#[utoipa::path(get, path = "/communities/{slug}/reports", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path), QueueQuery, ListQuery),
    responses((status = 200, body = ListPage<ReportBody>), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn list_reports(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<QueueQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ReportBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let queue = query.queue()?;
    let limit = list.limit()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = moderation::queue(
        &state.db,
        &community,
        &signed_in.account,
        queue,
        after,
        limit,
    )
    .await?;
    Ok(Json(list_page(page, |report| {
        ReportBody::new(&state, report)
    })))
}

fn report_id(text: &str) -> Result<ReportId, AppError> {
    ReportId::parse(text).ok_or(AppError::NotFound)
}

#[derive(Deserialize, ToSchema)]
pub struct ResolveBody {
    /// `hide`: hide what the report names from everyone but moderators, and decide every open
    /// report on it the same way; for a reported person (`account`), block them from the
    /// community (their membership ends, and they cannot join again until unblocked).
    /// `dismiss`: close this report, changing nothing else.
    action: String,
    /// Why, for the audit log.
    #[serde(default)]
    #[schema(max_length = 2000)]
    note: String,
}

/// Decide an open report (the community's moderators). 409 when it was already decided; 403
/// when a moderator would block someone of their own role or higher.
#[utoipa::path(post, path = "/reports/{id}/resolve", tag = "moderation", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ResolveBody,
    responses((status = 200, body = ReportBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn resolve_report(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ResolveBody>,
) -> Result<Json<ReportBody>, Failure> {
    let id = report_id(&id)?;
    let resolution =
        Resolution::parse(&body.action).map_err(|message| AppError::invalid("action", message))?;
    let report = moderation::resolve(
        &state.db,
        &signed_in.account,
        id,
        resolution,
        &body.note,
        time::now(),
    )
    .await?;
    Ok(Json(ReportBody::new(&state, &report)))
}

#[derive(Deserialize, ToSchema)]
pub struct RestoreBody {
    /// Why, for the audit log. The body may be `{}`.
    #[serde(default)]
    #[schema(max_length = 2000)]
    note: String,
}

/// Show again what a report hid (for a person: lift the block). 409 when the report hid
/// nothing, or it is shown already.
#[utoipa::path(post, path = "/reports/{id}/restore", tag = "moderation", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = RestoreBody,
    responses((status = 200, body = ReportBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn restore_report(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RestoreBody>,
) -> Result<Json<ReportBody>, Failure> {
    let report = moderation::restore(
        &state.db,
        &signed_in.account,
        report_id(&id)?,
        &body.note,
        time::now(),
    )
    .await?;
    Ok(Json(ReportBody::new(&state, &report)))
}

/// Someone blocked from the community.
#[derive(Serialize, ToSchema)]
pub struct BlockBody {
    community: String,
    account: PersonBody,
    blocked_by: PersonBody,
    reason: String,
    created_at: String,
    /// The moderators' page of blocks.
    url: String,
}

impl BlockBody {
    fn new(state: &AppState, slug: &str, block: &Block) -> Self {
        Self {
            community: slug.to_owned(),
            account: PersonBody::new(&block.account),
            blocked_by: PersonBody::new(&block.blocked_by),
            reason: block.reason.clone(),
            created_at: block.created_at.to_rfc3339(),
            url: state.config.url(&format!("/c/{slug}/moderation/blocks")),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NewBlockBody {
    account_id: String,
    #[schema(min_length = 1, max_length = 2000)]
    reason: String,
}

/// Block a person from the community (its moderators): their membership ends and joining
/// again answers 403 until they are unblocked. A moderator may not block a moderator or an
/// admin, nor an admin another admin (403); only coordinators block coordinators. Already
/// blocked → 409.
#[utoipa::path(post, path = "/communities/{slug}/blocks", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewBlockBody,
    responses((status = 201, body = BlockBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn create_block(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewBlockBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    moderation::require_moderator(&state.db, community.id, &signed_in.account).await?;
    let person = AccountId::parse(body.account_id.trim()).ok_or_else(|| {
        AppError::invalid("account_id", Message::new("error-block-person-unknown"))
    })?;
    let block = moderation::block(
        &state.db,
        &community,
        &signed_in.account,
        person,
        &body.reason,
        time::now(),
    )
    .await?;
    Ok(created(BlockBody::new(&state, &slug, &block)))
}

/// The people blocked from the community, newest first (its moderators).
#[utoipa::path(get, path = "/communities/{slug}/blocks", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<BlockBody>), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn list_blocks(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<BlockBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let limit = list.limit()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = moderation::blocks(&state.db, &community, &signed_in.account, after, limit).await?;
    Ok(Json(list_page(page, |block| {
        BlockBody::new(&state, &slug, block)
    })))
}

/// Lift a block (its moderators): the person may join again. 404 when they were not blocked.
#[utoipa::path(delete, path = "/communities/{slug}/blocks/{account_id}", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path), ("account_id" = String, Path)),
    responses((status = 204, description = "Unblocked"), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem)))]
async fn remove_block(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, account_id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    moderation::require_moderator(&state.db, community.id, &signed_in.account).await?;
    let person = AccountId::parse(&account_id).ok_or(AppError::NotFound)?;
    moderation::unblock(
        &state.db,
        &community,
        &signed_in.account,
        person,
        time::now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// One recorded moderation or administration action.
#[derive(Serialize, ToSchema)]
pub struct AuditEntryBody {
    id: String,
    /// Who did it.
    actor: PersonBody,
    /// `report_hidden`, `report_dismissed`, `content_restored`, `member_blocked`,
    /// `member_unblocked`, `role_changed`, `trusted_helper_marked`, `trusted_helper_unmarked`,
    /// `initiative_answered`, `budget_created`, `paper_ballot_recorded`, `timebank_corrected`,
    /// `timebank_fund_transfer`, `timebank_limit_changed`, `community_accent_changed`,
    /// `community_cover_changed`, `community_cover_removed`, `resident_registered` (at the
    /// centre's desk) or `helper_ended`.
    action: &'static str,
    /// What it was done to: a report's target type, `exchange`, `timebank`, `budget`…
    target_type: String,
    target_id: String,
    /// The person's name, when it was done to a person.
    target_name: String,
    /// Why, as the actor said: a note, a reason, an answer; for a role change, "member →
    /// moderator".
    reason: String,
    created_at: String,
    /// The audit log page.
    url: String,
}

/// The community's audit log, newest first: every moderation and administration action, who
/// took it and why (its moderators and admins, and coordinators).
#[utoipa::path(get, path = "/communities/{slug}/audit-log", tag = "moderation", security(("bearer" = [])),
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<AuditEntryBody>), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn audit_log(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<AuditEntryBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let limit = list.limit()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page =
        moderation::audit_log(&state.db, &community, &signed_in.account, after, limit).await?;
    let url = state.config.url(&format!("/c/{slug}/moderation/log"));
    Ok(Json(list_page(page, |record: &AuditRecord| {
        AuditEntryBody {
            id: record.id.clone(),
            actor: PersonBody::new(&record.actor),
            action: record.action.name(),
            target_type: record.target_type.clone(),
            target_id: record.target_id.clone(),
            target_name: record.target_name.clone(),
            reason: record.reason.clone(),
            created_at: record.created_at.to_rfc3339(),
            url: url.clone(),
        }
    })))
}
