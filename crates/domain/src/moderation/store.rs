use std::future::Future;

use super::{
    Block, NewReport, PageCursor, Queue, Report, ReportId, ReportTarget, Resolution, Subject,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::support::ConversationId;
use crate::time::Instant;

pub trait ReportStore: Sync {
    /// Fails with a conflict when this person already reported this target.
    fn insert_report(
        &self,
        id: ReportId,
        community: CommunityId,
        reporter: AccountId,
        report: &NewReport,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Whether an open report names a message of this conversation.
    fn conversation_is_reported(
        &self,
        conversation: ConversationId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// The community, author and hidden mark of an initiative or a comment (a comment on a
    /// hidden initiative counts as hidden); `None` when it does not exist, was deleted, or is of
    /// another kind.
    fn content_subject(
        &self,
        target: ReportTarget,
        id: uuid::Uuid,
    ) -> impl Future<Output = Result<Option<Subject>, AppError>> + Send;
    fn report(&self, id: ReportId)
    -> impl Future<Output = Result<Option<Report>, AppError>> + Send;
    /// `limit` reports of the queue after `after`.
    fn reports(
        &self,
        community: CommunityId,
        queue: Queue,
        after: Option<PageCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Report>, AppError>> + Send;
    /// In one transaction: decides the report if it is still open. Hiding also hides what it
    /// names (blocks a reported person and ends their membership) and decides every other open
    /// report on it the same way. False, with nothing changed, when it was already decided.
    fn resolve_report(
        &self,
        report: &Report,
        resolution: Resolution,
        by: AccountId,
        note: &str,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// Shows what the report named again (lifts a reported person's block); false when it was
    /// not hidden.
    fn restore_target(
        &self,
        report: &Report,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
}

/// People blocked from a community.
pub trait BlockStore: Sync {
    /// In one transaction: records the block and ends the membership. False, with nothing
    /// changed, when the person was already blocked.
    fn insert_block(
        &self,
        community: CommunityId,
        account: AccountId,
        by: AccountId,
        reason: &str,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// False when the person was not blocked.
    fn delete_block(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    fn is_blocked(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    fn block(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> impl Future<Output = Result<Option<Block>, AppError>> + Send;
    /// Newest first, `limit` blocks after `after` (`id` is the blocked person's).
    fn blocks(
        &self,
        community: CommunityId,
        after: Option<PageCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Block>, AppError>> + Send;
}
