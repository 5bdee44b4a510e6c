//! The audit log's rows.

use domain::AppError;
use domain::accounts::AccountId;
use domain::audit::{AuditAction, AuditEntry, AuditRecord, AuditStore};
use domain::communities::CommunityId;
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::sql::{DbError, Row, params};

fn read_record(row: &dyn Row) -> Result<AuditRecord, DbError> {
    Ok(AuditRecord {
        id: row.text(0)?,
        actor: Person {
            id: AccountId(uuid(&row.text(1)?)?),
            name: row.text(2)?,
        },
        action: stored("action", AuditAction::parse(&row.text(3)?))?,
        target_type: row.text(4)?,
        target_id: row.text(5)?,
        target_name: row.text(8)?,
        reason: row.text(6)?,
        created_at: instant(row.int(7)?)?,
    })
}

impl AuditStore for Db {
    async fn record_audit(&self, entry: &AuditEntry, now: Instant) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO audit_log (id, community_id, actor_id, action, target_type, target_id, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params![
                uuid::Uuid::now_v7().to_string(),
                entry.community.map(|community| community.0.to_string()),
                entry.actor.to_string(),
                entry.action.name(),
                entry.target_type,
                &entry.target_id,
                &entry.reason,
                millis(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn audit_log(
        &self,
        community: CommunityId,
        after: Option<(Instant, String)>,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, AppError> {
        let (before_at, before_id) =
            after.map_or((i64::MAX, String::new()), |(at, id)| (millis(at), id));
        Ok(self
            .fetch_all(
                "SELECT l.id, l.actor_id, a.display_name, l.action, l.target_type, l.target_id, l.reason, l.created_at, \
                 COALESCE(t.display_name, '') FROM audit_log l JOIN accounts a ON a.id = l.actor_id \
                 LEFT JOIN accounts t ON l.target_type = 'account' AND t.id = l.target_id \
                 WHERE l.community_id = $1 AND (l.created_at < $2 OR (l.created_at = $2 AND l.id < $3)) \
                 ORDER BY l.created_at DESC, l.id DESC LIMIT $4",
                params![community.0.to_string(), before_at, before_id, i64::from(limit)],
                &read_record,
            )
            .await?)
    }
}
