//! Moderation on the web: the moderators' queue, a report's page with its decisions, blocked
//! members and the audit log (`pages`, `blocks`, `log`), the report form any page can show
//! (`filing`, `templates/moderation/report_form.html`), and the same in the JSON API (`api`).

pub mod api;
mod blocks;
mod filing;
mod log;
mod pages;

use axum::Router;
use domain::audit::AuditAction;
use domain::communities::Role;
use domain::moderation::{PageCursor, Report, ReportReason, ReportStatus, ReportTarget};
use domain::{AppError, Message};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(pages::router())
        .merge(blocks::router())
        .merge(log::router())
        .merge(filing::router())
}

/// The reasons a report form offers, in order.
pub fn report_reasons() -> &'static [ReportReason] {
    ReportReason::ALL
}

pub const fn reason_key(reason: &ReportReason) -> &'static str {
    match reason {
        ReportReason::Spam => "report-reason-spam",
        ReportReason::Abuse => "report-reason-abuse",
        ReportReason::Harassment => "report-reason-harassment",
        ReportReason::Illegal => "report-reason-illegal",
        ReportReason::Safety => "report-reason-safety",
        ReportReason::Other => "report-reason-other",
    }
}

const fn target_key(target: ReportTarget) -> &'static str {
    match target {
        ReportTarget::Initiative => "moderation-target-initiative",
        ReportTarget::Comment => "moderation-target-comment",
        ReportTarget::Support => "moderation-target-support",
        ReportTarget::Message => "moderation-target-message",
        ReportTarget::Story => "moderation-target-story",
        ReportTarget::Event => "moderation-target-event",
        ReportTarget::Account => "moderation-target-account",
    }
}

const fn status_key(status: ReportStatus) -> &'static str {
    match status {
        ReportStatus::Open => "moderation-status-open",
        ReportStatus::Hidden => "moderation-status-hidden",
        ReportStatus::Dismissed => "moderation-status-dismissed",
    }
}

const fn action_key(action: AuditAction) -> &'static str {
    match action {
        AuditAction::ReportHidden => "audit-action-report-hidden",
        AuditAction::ReportDismissed => "audit-action-report-dismissed",
        AuditAction::ContentRestored => "audit-action-content-restored",
        AuditAction::MemberBlocked => "audit-action-member-blocked",
        AuditAction::MemberUnblocked => "audit-action-member-unblocked",
        AuditAction::RoleChanged => "audit-action-role-changed",
        AuditAction::TrustedHelperMarked => "audit-action-trusted-helper-marked",
        AuditAction::TrustedHelperUnmarked => "audit-action-trusted-helper-unmarked",
        AuditAction::InitiativeAnswered => "audit-action-initiative-answered",
        AuditAction::BudgetCreated => "audit-action-budget-created",
        AuditAction::PaperBallotRecorded => "audit-action-paper-ballot-recorded",
        AuditAction::SurveyOpened => "audit-action-survey-opened",
        AuditAction::SurveyClosed => "audit-action-survey-closed",
        AuditAction::SurveyPaperRecorded => "audit-action-survey-paper-recorded",
        AuditAction::TimebankCorrected => "audit-action-timebank-corrected",
        AuditAction::TimebankFundTransfer => "audit-action-timebank-fund-transfer",
        AuditAction::TimebankLimitChanged => "audit-action-timebank-limit-changed",
        AuditAction::CommunityAccentChanged => "audit-action-community-accent-changed",
        AuditAction::CommunityCoverChanged => "audit-action-community-cover-changed",
        AuditAction::CommunityCoverRemoved => "audit-action-community-cover-removed",
        AuditAction::ResidentRegistered => "audit-action-resident-registered",
        AuditAction::HelperEnded => "audit-action-helper-ended",
    }
}

/// Whether the signed-in person moderates the community at `/c/{slug}`: its moderators and
/// admins, and the network's coordinators (for the community's navigation).
pub fn moderates(page: &PageContext, slug: &str) -> bool {
    page.account.as_ref().is_some_and(|a| a.is_coordinator)
        || page
            .memberships
            .iter()
            .any(|m| m.community_slug.as_str() == slug && m.role >= Role::Moderator)
}

/// The moderators' page of a report.
pub fn report_path(report: &Report) -> String {
    format!(
        "/c/{}/moderation/reports/{}",
        report.community_slug, report.id
    )
}

/// The page of what a report names, when it has one: a message's conversation (which
/// moderators read only while the report is open), a comment's place on what it is about.
pub fn target_path(report: &Report) -> Option<String> {
    let slug = &report.community_slug;
    let id = &report.target_id;
    if !report.preview.exists {
        return None;
    }
    match report.target {
        ReportTarget::Support => Some(format!("/c/{slug}/support/{id}")),
        ReportTarget::Initiative => Some(format!("/c/{slug}/initiatives/{id}")),
        ReportTarget::Message if report.status == ReportStatus::Open => {
            Some(format!("/conversations/{}", report.preview.context))
        }
        ReportTarget::Message => None,
        ReportTarget::Comment => match report.preview.context.split_once(':') {
            Some(("initiative", on)) => Some(format!("/c/{slug}/initiatives/{on}#comment-{id}")),
            Some(("story", on)) => Some(format!("/c/{slug}/stories/{on}#comment-{id}")),
            _ => None,
        },
        ReportTarget::Story => Some(format!("/c/{slug}/stories/{id}")),
        ReportTarget::Account | ReportTarget::Event => None,
    }
}

/// `?cursor=` of a list, or a 422.
pub(crate) fn parse_cursor(cursor: Option<&str>) -> Result<Option<PageCursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => PageCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

/// The words a moderation template needs, in its page's language.
trait ModerationWords {
    fn page(&self) -> &PageContext;

    fn reason_name(&self, reason: &ReportReason) -> String {
        self.page().t(reason_key(reason))
    }

    fn target_name(&self, target: &ReportTarget) -> String {
        self.page().t(target_key(*target))
    }

    fn status_name(&self, status: &ReportStatus) -> String {
        self.page().t(status_key(*status))
    }

    fn action_name(&self, action: &AuditAction) -> String {
        self.page().t(action_key(*action))
    }

    /// A person's name, or "former member" for someone who erased their account.
    fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.page().t("person-former-member")
        } else {
            name.to_owned()
        }
    }

    /// The start of a long text, for a list.
    fn excerpt(&self, text: &str) -> String {
        const LENGTH: usize = 280;
        match text.char_indices().nth(LENGTH) {
            Some((end, _)) => format!("{}…", text.get(..end).unwrap_or(text)),
            None => text.to_owned(),
        }
    }
}

/// The errors of a form that shows only `fields`: a message about any other field (the person
/// a form names by its address, say) is shown as one about the whole form.
fn shown_in(mut errors: crate::form::FormErrors, fields: &[&str]) -> crate::form::FormErrors {
    let (kept, others): (Vec<_>, Vec<_>) = errors
        .fields
        .into_iter()
        .partition(|(field, _)| fields.contains(field));
    errors.fields = kept;
    if let Some((_, message)) = others.into_iter().next() {
        errors.general.get_or_insert(message);
    }
    errors
}
