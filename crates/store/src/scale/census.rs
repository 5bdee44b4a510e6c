//! What a community holds, counted from its rows, and whether what is kept on write agrees with
//! them: the summary `micropolis demo --scale` ends with, and what its test checks.

use domain::AppError;
use domain::communities::CommunityId;
use uuid::Uuid;

use crate::Db;
use crate::convert::uuid;
use crate::sql::params;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScaleCensus {
    /// Members by role, e.g. `[("admin", 1), ("member", 195), …]`, sorted by role.
    pub roles: Vec<(String, i64)>,
    /// The member count the community keeps on write.
    pub kept_member_count: i64,
    /// Initiatives by state, sorted by state.
    pub states: Vec<(String, i64)>,
    pub initiatives: i64,
    pub answers: i64,
    pub supports: i64,
    /// The most supports one initiative has.
    pub most_supports: i64,
    pub volunteers: i64,
    pub followers: i64,
    pub comments: i64,
    pub replies: i64,
    pub support_items: i64,
    pub ledger_accounts: i64,
    pub confirmed_exchanges: i64,
    pub transfers: i64,
    pub postings: i64,
    pub postings_sum: i64,
    /// Initiatives whose support, comment (not deleted) or volunteer count differs from its rows.
    pub miscounted: i64,
    /// Initiatives whose state is not where their last answer took them (`open` without one).
    pub unanswered: i64,
    /// Replies whose parent is not a top-level comment on the same initiative.
    pub stray_replies: i64,
    /// Ledger accounts whose balance differs from the sum of their postings.
    pub stale_balances: i64,
    /// Transfers whose postings do not sum to zero.
    pub unbalanced_transfers: i64,
    pub surveys: i64,
    pub survey_responses: i64,
    pub survey_answers: i64,
    /// Surveys whose response count differs from their responses.
    pub miscounted_surveys: i64,
    /// The oldest and newest initiative, in milliseconds since 1970.
    pub first_created: Option<i64>,
    pub last_created: Option<i64>,
}

impl ScaleCensus {
    pub fn members(&self) -> i64 {
        self.roles.iter().map(|(_, count)| count).sum()
    }

    pub fn role(&self, role: &str) -> i64 {
        count_of(&self.roles, role)
    }

    pub fn state(&self, state: &str) -> i64 {
        count_of(&self.states, state)
    }

    /// Everything kept on write agrees with the rows, and the ledger balances.
    pub fn is_consistent(&self) -> bool {
        self.miscounted == 0
            && self.kept_member_count == self.members()
            && self.unanswered == 0
            && self.stray_replies == 0
            && self.stale_balances == 0
            && self.unbalanced_transfers == 0
            && self.postings_sum == 0
            && self.miscounted_surveys == 0
    }
}

fn count_of(counts: &[(String, i64)], name: &str) -> i64 {
    counts
        .iter()
        .find(|(key, _)| key == name)
        .map_or(0, |(_, count)| *count)
}

impl Db {
    /// Counts the community's participation and ledger rows and checks them (see `ScaleCensus`).
    pub async fn scale_census(&self, community: CommunityId) -> Result<ScaleCensus, AppError> {
        let id = community.0.to_string();
        let grouped = &|row: &dyn crate::sql::Row| Ok((row.text(0)?, row.int(1)?));
        let roles = self
            .fetch_all(
                "SELECT role, COUNT(*) FROM memberships WHERE community_id = $1 GROUP BY role ORDER BY role",
                params![&id],
                grouped,
            )
            .await?;
        let states = self
            .fetch_all(
                "SELECT state, COUNT(*) FROM initiatives WHERE community_id = $1 GROUP BY state ORDER BY state",
                params![&id],
                grouped,
            )
            .await?;
        let mut census = self.counted(&id).await?;
        census.roles = roles;
        census.states = states;
        self.check(&id, &mut census).await?;
        Ok(census)
    }

    async fn counted(&self, id: &str) -> Result<ScaleCensus, AppError> {
        Ok(self
            .fetch_one(
                "SELECT \
                 (SELECT COUNT(*) FROM initiatives WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM initiative_answers a JOIN initiatives i ON i.id = a.initiative_id WHERE i.community_id = $1), \
                 (SELECT COUNT(*) FROM initiative_supports s JOIN initiatives i ON i.id = s.initiative_id WHERE i.community_id = $1), \
                 (SELECT COUNT(*) FROM initiative_volunteers v JOIN initiatives i ON i.id = v.initiative_id WHERE i.community_id = $1), \
                 (SELECT COUNT(*) FROM initiative_followers f JOIN initiatives i ON i.id = f.initiative_id WHERE i.community_id = $1), \
                 (SELECT COUNT(*) FROM comments WHERE community_id = $1 AND target_type = 'initiative'), \
                 (SELECT COUNT(*) FROM comments WHERE community_id = $1 AND target_type = 'initiative' AND parent_id IS NOT NULL), \
                 (SELECT COUNT(*) FROM support_items WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM timebank_accounts WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM exchanges WHERE community_id = $1 AND status = 'confirmed'), \
                 (SELECT COUNT(*) FROM transfers WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM postings WHERE community_id = $1), \
                 (SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) FROM postings WHERE community_id = $1), \
                 (SELECT MIN(created_at) FROM initiatives WHERE community_id = $1), \
                 (SELECT MAX(created_at) FROM initiatives WHERE community_id = $1), \
                 (SELECT COALESCE(MAX(support_count), 0) FROM initiatives WHERE community_id = $1), \
                 (SELECT member_count FROM communities WHERE id = $1), \
                 (SELECT COUNT(*) FROM surveys WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.community_id = $1), \
                 (SELECT COUNT(*) FROM survey_answers a JOIN surveys s ON s.id = a.survey_id WHERE s.community_id = $1)",
                params![id],
                &|row| {
                    Ok(ScaleCensus {
                        initiatives: row.int(0)?,
                        answers: row.int(1)?,
                        supports: row.int(2)?,
                        volunteers: row.int(3)?,
                        followers: row.int(4)?,
                        comments: row.int(5)?,
                        replies: row.int(6)?,
                        support_items: row.int(7)?,
                        ledger_accounts: row.int(8)?,
                        confirmed_exchanges: row.int(9)?,
                        transfers: row.int(10)?,
                        postings: row.int(11)?,
                        postings_sum: row.int(12)?,
                        first_created: row.optional_int(13)?,
                        last_created: row.optional_int(14)?,
                        most_supports: row.int(15)?,
                        kept_member_count: row.int(16)?,
                        surveys: row.int(17)?,
                        survey_responses: row.int(18)?,
                        survey_answers: row.int(19)?,
                        ..ScaleCensus::default()
                    })
                },
            )
            .await?)
    }

    async fn check(&self, id: &str, census: &mut ScaleCensus) -> Result<(), AppError> {
        let checks = self
            .fetch_one(
                // Grouped rather than correlated: PostgreSQL runs these 3–5 times faster.
                "SELECT \
                 (SELECT COUNT(*) FROM initiatives i \
                  LEFT JOIN (SELECT initiative_id, COUNT(*) AS n FROM initiative_supports GROUP BY initiative_id) s \
                    ON s.initiative_id = i.id \
                  LEFT JOIN (SELECT initiative_id, COUNT(*) AS n FROM initiative_volunteers GROUP BY initiative_id) v \
                    ON v.initiative_id = i.id \
                  LEFT JOIN (SELECT target_id, COUNT(*) AS n FROM comments \
                             WHERE target_type = 'initiative' AND deleted_at IS NULL GROUP BY target_id) c \
                    ON c.target_id = i.id \
                  WHERE i.community_id = $1 AND (i.support_count <> COALESCE(s.n, 0) \
                    OR i.volunteer_count <> COALESCE(v.n, 0) OR i.comment_count <> COALESCE(c.n, 0))), \
                 (SELECT COUNT(*) FROM initiatives i WHERE i.community_id = $1 AND i.state <> COALESCE( \
                    (SELECT a.to_state FROM initiative_answers a WHERE a.initiative_id = i.id \
                     ORDER BY a.created_at DESC, a.id DESC LIMIT 1), 'open')), \
                 (SELECT COUNT(*) FROM comments r LEFT JOIN comments p ON p.id = r.parent_id \
                  WHERE r.community_id = $1 AND r.parent_id IS NOT NULL \
                  AND (p.id IS NULL OR p.parent_id IS NOT NULL OR p.target_id <> r.target_id)), \
                 (SELECT COUNT(*) FROM timebank_accounts t \
                  LEFT JOIN (SELECT account_id, SUM(minutes) AS total FROM postings WHERE community_id = $1 \
                             GROUP BY account_id) p ON p.account_id = t.id \
                  WHERE t.community_id = $1 AND t.balance_minutes <> COALESCE(p.total, 0)), \
                 (SELECT COUNT(*) FROM (SELECT transfer_id FROM postings WHERE community_id = $1 \
                  GROUP BY transfer_id HAVING SUM(minutes) <> 0) unbalanced), \
                 (SELECT COUNT(*) FROM surveys s \
                  LEFT JOIN (SELECT survey_id, COUNT(*) AS n FROM survey_responses GROUP BY survey_id) r \
                    ON r.survey_id = s.id \
                  WHERE s.community_id = $1 AND s.response_count <> COALESCE(r.n, 0))",
                params![id],
                &|row| {
                    Ok([
                        row.int(0)?,
                        row.int(1)?,
                        row.int(2)?,
                        row.int(3)?,
                        row.int(4)?,
                        row.int(5)?,
                    ])
                },
            )
            .await?;
        [
            census.miscounted,
            census.unanswered,
            census.stray_replies,
            census.stale_balances,
            census.unbalanced_transfers,
            census.miscounted_surveys,
        ] = checks;
        Ok(())
    }

    /// The ids of the accounts whose normal e-mail matches a `LIKE` pattern, by e-mail.
    pub async fn account_ids_by_email_like(
        &self,
        pattern: &str,
    ) -> Result<Vec<(String, Uuid)>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT email_normalized, id FROM accounts WHERE email_normalized LIKE $1",
                params![pattern],
                &|row| Ok((row.text(0)?, uuid(&row.text(1)?)?)),
            )
            .await?)
    }
}
