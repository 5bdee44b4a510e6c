//! Reports: anyone may tell the moderators that a message or a piece of content breaks the
//! community's rules. Reports are stored now; the moderators' queue reads them.

use std::future::Future;

use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::support::{ConversationId, named_enum};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

named_enum!(
    /// Why something is reported (the same reasons for content, messages and people).
    ReportReason, "error-report-reason-unknown", {
        Spam = "spam",
        Abuse = "abuse",
        Harassment = "harassment",
        Illegal = "illegal",
        Safety = "safety",
        Other = "other",
    }
);

named_enum!(
    /// What a report is about. Messages and offers or requests can be reported now; the other
    /// kinds come with their features.
    ReportTarget, "error-report-target-unknown", { Message = "message", Support = "support" }
);

pub const REPORT_NOTE_MAX_CHARS: usize = 2000;

/// A report as filed: the reason parsed, the note within its length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    pub target: ReportTarget,
    pub target_id: String,
    pub reason: ReportReason,
    pub note: String,
}

impl NewReport {
    pub fn parse(
        target: &str,
        target_id: &str,
        reason: &str,
        note: &str,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let target = errors.check("target_type", ReportTarget::parse(target));
        let reason = errors.check("reason", ReportReason::parse(reason));
        let note = errors.check("note", text::optional(note, REPORT_NOTE_MAX_CHARS));
        if uuid::Uuid::parse_str(target_id.trim()).is_err() {
            errors.add("target_id", Message::new("error-report-target-missing"));
        }
        match (target, reason, note) {
            (Some(target), Some(reason), Some(note)) if errors.is_empty() => Ok(Self {
                target,
                target_id: target_id.trim().to_owned(),
                reason,
                note,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

pub trait ReportStore: Sync {
    /// Fails with a conflict when this person already reported this target.
    fn insert_report(
        &self,
        community: CommunityId,
        reporter: AccountId,
        report: &NewReport,
        now: Instant,
    ) -> impl Future<Output = Result<String, AppError>> + Send;
    /// Whether an open report names a message of this conversation.
    fn conversation_is_reported(
        &self,
        conversation: ConversationId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_each_bad_field() {
        let Err(AppError::Validation(errors)) = NewReport::parse("person", "x", "rude", "") else {
            panic!("expected a validation error");
        };
        for field in ["target_type", "target_id", "reason"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }
}
