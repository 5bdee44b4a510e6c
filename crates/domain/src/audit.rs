//! The audit log: every moderation and administration action, with who took it, on what, when
//! and why. Moderators and admins of a community read its log; coordinators read every log.

use std::future::Future;

use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::declare::named_enum;
use crate::time::Instant;

named_enum!(
    /// What was done, stored and sent as words joined by underscores (`report_hidden`), as other
    /// names of several words are; pages show each as the message `audit-action-…`.
    AuditAction, "error-audit-action-unknown", {
        ReportHidden = "report_hidden",
        ReportDismissed = "report_dismissed",
        ContentRestored = "content_restored",
        MemberBlocked = "member_blocked",
        MemberUnblocked = "member_unblocked",
        RoleChanged = "role_changed",
        TrustedHelperMarked = "trusted_helper_marked",
        TrustedHelperUnmarked = "trusted_helper_unmarked",
        InitiativeAnswered = "initiative_answered",
        BudgetCreated = "budget_created",
        PaperBallotRecorded = "paper_ballot_recorded",
        TimebankCorrected = "timebank_corrected",
        TimebankFundTransfer = "timebank_fund_transfer",
        TimebankLimitChanged = "timebank_limit_changed",
        CommunityAccentChanged = "community_accent_changed",
        CommunityCoverChanged = "community_cover_changed",
        CommunityCoverRemoved = "community_cover_removed",
        ResidentRegistered = "resident_registered",
        HelperEnded = "helper_ended",
        SurveyOpened = "survey_opened",
        SurveyClosed = "survey_closed",
        SurveyPaperRecorded = "survey_paper_recorded",
    }
);

/// One action, as it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// `None` for a network-wide action.
    pub community: Option<CommunityId>,
    pub actor: AccountId,
    pub action: AuditAction,
    /// What it was done to: a report target type, `account`, `budget`, `timebank`…
    pub target_type: &'static str,
    pub target_id: String,
    /// The reason or answer the actor gave; may be empty.
    pub reason: String,
}

/// A recorded action with the actor's name, as the log page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub id: String,
    pub actor: crate::support::Person,
    pub action: AuditAction,
    pub target_type: String,
    pub target_id: String,
    /// The person's name when it was done to a person (`account`); empty otherwise, and for a
    /// person who erased their account.
    pub target_name: String,
    pub reason: String,
    pub created_at: Instant,
}

pub trait AuditStore: Sync {
    fn record_audit(
        &self,
        entry: &AuditEntry,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Newest first, `limit` records after the cursor `(created_at, id)`.
    fn audit_log(
        &self,
        community: CommunityId,
        after: Option<(Instant, String)>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<AuditRecord>, AppError>> + Send;
}
