//! Reports and what moderators decide on either engine: filing, the queue with a preview of
//! each reported thing, hiding and restoring it, blocks, and the feature's privacy part.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::moderation::{
    NewReport, PageCursor, Queue, Report, ReportId, ReportReason, ReportStatus, ReportStore,
    ReportTarget, Resolution, Subject, TargetPreview,
};
use domain::search::Kind;
use domain::support::{ConversationId, Person};
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, Tx, params};

mod blocks;

use blocks::write_block;

/// A report with its people's names and a preview of what it names, whatever its kind:
/// `read_report` reads its columns. Each kind of target is joined only for its own reports.
macro_rules! report_select {
    () => {
        "SELECT r.id, r.community_id, co.slug, r.target_type, r.target_id, r.reporter_id, rp.display_name, \
         r.reason, r.note, r.status, r.created_at, r.resolved_by, rs.display_name, r.resolved_at, r.resolution_note, \
         (SELECT COUNT(*) FROM reports o WHERE o.target_type = r.target_type AND o.target_id = r.target_id \
          AND o.community_id = r.community_id), \
         CASE WHEN COALESCE(s.id, m.id, i.id, cm.id, ta.id, ev.id, st.id) IS NULL THEN 0 ELSE 1 END, \
         COALESCE(s.title, i.title, ta.display_name, ev.title, st.title, ''), \
         COALESCE(s.body, m.body, i.body, cm.body, ev.body, st.body, ''), \
         au.id, au.display_name, \
         CASE WHEN COALESCE(s.hidden_at, m.hidden_at, i.hidden_at, cm.hidden_at, ev.hidden_at, st.hidden_at) IS NOT NULL \
          OR b.account_id IS NOT NULL THEN 1 ELSE 0 END, \
         COALESCE(m.conversation_id, cm.target_type || ':' || cm.target_id, '') \
         FROM reports r JOIN communities co ON co.id = r.community_id \
         JOIN accounts rp ON rp.id = r.reporter_id LEFT JOIN accounts rs ON rs.id = r.resolved_by \
         LEFT JOIN support_items s ON r.target_type = 'support' AND s.id = r.target_id \
         LEFT JOIN messages m ON r.target_type = 'message' AND m.id = r.target_id \
         LEFT JOIN initiatives i ON r.target_type = 'initiative' AND i.id = r.target_id \
         LEFT JOIN comments cm ON r.target_type = 'comment' AND cm.id = r.target_id AND cm.deleted_at IS NULL \
         LEFT JOIN accounts ta ON r.target_type = 'account' AND ta.id = r.target_id AND ta.erased_at IS NULL \
         LEFT JOIN community_blocks b ON r.target_type = 'account' AND b.community_id = r.community_id \
          AND b.account_id = r.target_id \
         LEFT JOIN events ev ON r.target_type = 'event' AND ev.id = r.target_id \
         LEFT JOIN stories st ON r.target_type = 'story' AND st.id = r.target_id \
         LEFT JOIN accounts au ON au.id = COALESCE(s.author_id, m.sender_id, i.author_id, cm.author_id, ta.id, ev.organiser_id, st.author_id)"
    };
}

fn person(row: &dyn Row, id: usize, name: usize) -> Result<Option<Person>, DbError> {
    match row.optional_text(id)? {
        Some(id) => Ok(Some(Person {
            id: AccountId(uuid(&id)?),
            name: row.optional_text(name)?.unwrap_or_default(),
        })),
        None => Ok(None),
    }
}

fn read_report(row: &dyn Row) -> Result<Report, DbError> {
    Ok(Report {
        id: ReportId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        target: stored("target_type", ReportTarget::parse(&row.text(3)?))?,
        target_id: row.text(4)?,
        reporter: person(row, 5, 6)?.ok_or(DbError::internal("report without reporter"))?,
        reason: stored("reason", ReportReason::parse(&row.text(7)?))?,
        note: row.text(8)?,
        status: stored("status", ReportStatus::parse(&row.text(9)?))?,
        created_at: instant(row.int(10)?)?,
        resolved_by: person(row, 11, 12)?,
        resolved_at: row.optional_int(13)?.map(instant).transpose()?,
        resolution_note: row.text(14)?,
        reports_on_target: row.int(15)?,
        preview: TargetPreview {
            exists: row.flag(16)?,
            title: row.text(17)?,
            text: row.text(18)?,
            author: person(row, 19, 20)?,
            hidden: row.flag(21)?,
            context: row.text(22)?,
        },
    })
}

/// Hides what a report names, inside the decision's transaction.
async fn hide_target(
    tx: &mut Tx,
    report: &Report,
    by: AccountId,
    note: &str,
    now: Instant,
) -> Result<(), DbError> {
    let sql = match report.target {
        ReportTarget::Support => {
            "UPDATE support_items SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
        ReportTarget::Message => {
            "UPDATE messages SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
        ReportTarget::Initiative => {
            "UPDATE initiatives SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
        ReportTarget::Comment => {
            "UPDATE comments SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
        ReportTarget::Event => {
            "UPDATE events SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
        ReportTarget::Account => {
            let person = AccountId(uuid(&report.target_id)?);
            write_block(tx, report.community_id, person, by, note, now).await?;
            return Ok(());
        }
        ReportTarget::Story => {
            "UPDATE stories SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL"
        }
    };
    tx.execute(sql, params![millis(now), &report.target_id])
        .await?;
    refresh_searched(tx, report).await
}

impl ReportStore for Db {
    async fn insert_report(
        &self,
        id: ReportId,
        community: CommunityId,
        reporter: AccountId,
        report: &NewReport,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO reports (id, community_id, target_type, target_id, reporter_id, reason, note, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
            params![
                id.to_string(),
                community.0.to_string(),
                report.target.name(),
                report.target_id.to_string(),
                reporter.to_string(),
                report.reason.name(),
                &report.note,
                millis(now),
            ],
        )
        .await
        .map_err(|error| error.unique_violation_means(AppError::conflict("error-report-duplicate")))?;
        Ok(())
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

    async fn content_subject(
        &self,
        target: ReportTarget,
        id: uuid::Uuid,
    ) -> Result<Option<Subject>, AppError> {
        let sql = match target {
            ReportTarget::Initiative => {
                "SELECT community_id, author_id, CASE WHEN hidden_at IS NULL THEN 0 ELSE 1 END \
                 FROM initiatives WHERE id = $1"
            }
            ReportTarget::Comment => {
                "SELECT c.community_id, c.author_id, \
                 CASE WHEN c.hidden_at IS NULL AND i.hidden_at IS NULL AND st.hidden_at IS NULL THEN 0 ELSE 1 END \
                 FROM comments c LEFT JOIN initiatives i ON c.target_type = 'initiative' AND i.id = c.target_id \
                 LEFT JOIN stories st ON c.target_type = 'story' AND st.id = c.target_id \
                 WHERE c.id = $1 AND c.deleted_at IS NULL"
            }
            ReportTarget::Event => {
                "SELECT community_id, organiser_id, CASE WHEN hidden_at IS NULL THEN 0 ELSE 1 END \
                 FROM events WHERE id = $1"
            }
            _ => return Ok(None),
        };
        Ok(self
            .fetch_optional(sql, params![id.to_string()], &|row| {
                Ok(Subject {
                    community: CommunityId(uuid(&row.text(0)?)?),
                    author: AccountId(uuid(&row.text(1)?)?),
                    hidden: row.flag(2)?,
                })
            })
            .await?)
    }

    async fn report(&self, id: ReportId) -> Result<Option<Report>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(report_select!(), " WHERE r.id = $1"),
                params![id.to_string()],
                &read_report,
            )
            .await?)
    }

    async fn reports(
        &self,
        community: CommunityId,
        queue: Queue,
        after: Option<PageCursor>,
        limit: u32,
    ) -> Result<Vec<Report>, AppError> {
        let (after_at, after_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.at), cursor.id.to_string())
        });
        // Open reports newest first (`reports_queue`); decided ones by the latest decision
        // (`reports_decided`): an open report has no decision time, so it is never among them.
        let sql = match queue {
            Queue::Open => concat!(
                report_select!(),
                " WHERE r.community_id = $1 AND r.status = 'open' \
                 AND (r.created_at < $2 OR (r.created_at = $2 AND r.id < $3)) \
                 ORDER BY r.created_at DESC, r.id DESC LIMIT $4"
            ),
            Queue::Decided => concat!(
                report_select!(),
                " WHERE r.community_id = $1 AND r.resolved_at IS NOT NULL \
                 AND (r.resolved_at < $2 OR (r.resolved_at = $2 AND r.id < $3)) \
                 ORDER BY r.resolved_at DESC, r.id DESC LIMIT $4"
            ),
        };
        Ok(self
            .fetch_all(
                sql,
                params![
                    community.0.to_string(),
                    after_at,
                    after_id,
                    i64::from(limit)
                ],
                &read_report,
            )
            .await?)
    }

    async fn resolve_report(
        &self,
        report: &Report,
        resolution: Resolution,
        by: AccountId,
        note: &str,
        now: Instant,
    ) -> Result<bool, AppError> {
        let status = match resolution {
            Resolution::Hide => ReportStatus::Hidden,
            Resolution::Dismiss => ReportStatus::Dismissed,
        };
        let decided = self
            .transaction(async |tx| {
                let decided = tx
                    .execute(
                        "UPDATE reports SET status = $1, resolved_by = $2, resolved_at = $3, resolution_note = $4 \
                         WHERE id = $5 AND status = 'open'",
                        params![
                            status.name(),
                            by.to_string(),
                            millis(now),
                            note,
                            report.id.to_string()
                        ],
                    )
                    .await?;
                if decided == 0 || resolution == Resolution::Dismiss {
                    return Ok(decided > 0);
                }
                hide_target(tx, report, by, note, now).await?;
                // Every other open report on the same thing is settled by the same decision.
                tx.execute(
                    "UPDATE reports SET status = 'hidden', resolved_by = $1, resolved_at = $2, resolution_note = $3 \
                     WHERE community_id = $4 AND target_type = $5 AND target_id = $6 AND status = 'open'",
                    params![
                        by.to_string(),
                        millis(now),
                        note,
                        report.community_id.0.to_string(),
                        report.target.name(),
                        &report.target_id
                    ],
                )
                .await?;
                Ok(true)
            })
            .await?;
        Ok(decided)
    }

    async fn restore_target(&self, report: &Report) -> Result<bool, AppError> {
        let community = report.community_id.0.to_string();
        let shown = self
            .transaction(async |tx| {
                let shown = match restore_statement(report.target) {
                    Some(sql) => tx.execute(sql, params![&report.target_id]).await?,
                    None => {
                        tx.execute(
                            "DELETE FROM community_blocks WHERE community_id = $1 AND account_id = $2",
                            params![&community, &report.target_id],
                        )
                        .await?
                    }
                };
                refresh_searched(tx, report).await?;
                Ok(shown)
            })
            .await?;
        Ok(shown > 0)
    }
}

/// Shows hidden content again; `None` for a person, whose block is lifted instead.
fn restore_statement(target: ReportTarget) -> Option<&'static str> {
    Some(match target {
        ReportTarget::Support => {
            "UPDATE support_items SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Message => {
            "UPDATE messages SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Initiative => {
            "UPDATE initiatives SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Comment => {
            "UPDATE comments SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Event => {
            "UPDATE events SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Story => {
            "UPDATE stories SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL"
        }
        ReportTarget::Account => return None,
    })
}

/// Hiding or showing content again changes whether search finds it.
async fn refresh_searched(tx: &mut Tx, report: &Report) -> Result<(), DbError> {
    let kind = match report.target {
        ReportTarget::Support => Kind::Support,
        ReportTarget::Initiative => Kind::Initiative,
        ReportTarget::Event => Kind::Event,
        ReportTarget::Story => Kind::Story,
        ReportTarget::Message | ReportTarget::Comment | ReportTarget::Account => return Ok(()),
    };
    crate::search::refresh(tx, kind, &report.target_id).await
}

/// Reports, blocks and the audit log. A person's export holds the reports they filed and
/// decided, the blocks they made and the one they are under, and the actions they took. On
/// erasure the reports they filed stay, without their note: the reporter's row is already a
/// nameless erased account, and a report others acted on (or still must) keeps its place in the
/// moderators' record. Reports and blocks about the erased person go: there is no one left to
/// act on. Audit entries stay as they are, the actor a nameless erased account.
pub(crate) const PRIVACY: Part = Part {
    feature: "moderation",
    export: &[
        Section {
            name: "reports_filed",
            columns: &[
                "target_type",
                "target_id",
                "reason",
                "note",
                "status",
                "created_at",
            ],
            sql: "SELECT target_type, target_id, reason, note, status, created_at FROM reports WHERE reporter_id = $1",
        },
        Section {
            name: "reports_decided",
            columns: &["target_type", "target_id", "status", "note", "resolved_at"],
            sql: "SELECT target_type, target_id, status, resolution_note, resolved_at FROM reports WHERE resolved_by = $1",
        },
        Section {
            name: "blocks_made",
            columns: &["community", "account_id", "reason", "created_at"],
            sql: "SELECT c.slug, b.account_id, b.reason, b.created_at \
                  FROM community_blocks b JOIN communities c ON c.id = b.community_id WHERE b.blocked_by = $1",
        },
        Section {
            name: "blocked_from",
            columns: &["community", "reason", "created_at"],
            sql: "SELECT c.slug, b.reason, b.created_at \
                  FROM community_blocks b JOIN communities c ON c.id = b.community_id WHERE b.account_id = $1",
        },
        Section {
            name: "actions_taken",
            columns: &[
                "community",
                "action",
                "target_type",
                "target_id",
                "reason",
                "created_at",
            ],
            sql: "SELECT c.slug, l.action, l.target_type, l.target_id, l.reason, l.created_at \
                  FROM audit_log l LEFT JOIN communities c ON c.id = l.community_id WHERE l.actor_id = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE reports SET note = '' WHERE reporter_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM reports WHERE target_type = 'account' AND target_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM community_blocks WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};
