//! Reports, as the moderators' queue will read them.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::moderation::{NewReport, ReportStore};
use domain::support::ConversationId;
use domain::time::Instant;

use crate::Db;
use crate::convert::millis;
use crate::sql::params;

impl ReportStore for Db {
    async fn insert_report(
        &self,
        community: CommunityId,
        reporter: AccountId,
        report: &NewReport,
        now: Instant,
    ) -> Result<String, AppError> {
        let id = uuid::Uuid::now_v7().to_string();
        self.execute(
            "INSERT INTO reports (id, community_id, target_type, target_id, reporter_id, reason, note, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
            params![
                &id,
                community.0.to_string(),
                report.target.name(),
                &report.target_id,
                reporter.to_string(),
                report.reason.name(),
                &report.note,
                millis(now),
            ],
        )
        .await
        .map_err(|error| error.unique_violation_means(AppError::conflict("error-report-duplicate")))?;
        Ok(id)
    }

    async fn conversation_is_reported(
        &self,
        conversation: ConversationId,
    ) -> Result<bool, AppError> {
        Ok(self
            .fetch_one(
                "SELECT COUNT(*) FROM messages m WHERE m.conversation_id = $1 AND EXISTS \
                 (SELECT 1 FROM reports r WHERE r.target_type = 'message' AND r.target_id = m.id AND r.status = 'open')",
                params![conversation.to_string()],
                &|row| row.int(0),
            )
            .await?
            > 0)
    }
}
