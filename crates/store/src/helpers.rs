//! Helpers: who helps whom, how it was set up, the sessions acting for someone, and the record
//! of what helpers did.

use domain::AppError;
use domain::accounts::{AccountId, NewAccount};
use domain::audit::AuditEntry;
use domain::communities::{CommunityId, Role};
use domain::helpers::{
    After, HelperAction, HelperActionId, HelperId, HelperStore, Helping, NewHelperAction,
    NewHelping,
};
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

macro_rules! helping_select {
    () => {
        "SELECT h.id, h.person_id, p.display_name, h.helper_id, g.display_name, h.set_up_by, s.display_name, \
         h.community_id, COALESCE(c.slug, ''), COALESCE(c.name, ''), h.consent_note, h.created_at, h.ended_at \
         FROM helpers h JOIN accounts p ON p.id = h.person_id JOIN accounts g ON g.id = h.helper_id \
         JOIN accounts s ON s.id = h.set_up_by LEFT JOIN communities c ON c.id = h.community_id"
    };
}

/// Newest first, after the cursor `($2, $3)`, at most `$4`.
macro_rules! newest_first {
    ($table:literal) => {
        concat!(
            " AND (",
            $table,
            ".created_at < $2 OR (",
            $table,
            ".created_at = $2 AND ",
            $table,
            ".id < $3)) ORDER BY ",
            $table,
            ".created_at DESC, ",
            $table,
            ".id DESC LIMIT $4"
        )
    };
}

fn person(row: &dyn Row, id: usize) -> Result<Person, DbError> {
    Ok(Person {
        id: AccountId(uuid(&row.text(id)?)?),
        name: row.text(id + 1)?,
    })
}

fn read_helping(row: &dyn Row) -> Result<Helping, DbError> {
    let desk = match row.optional_text(7)? {
        Some(id) => Some((CommunityId(uuid(&id)?), row.text(8)?, row.text(9)?)),
        None => None,
    };
    Ok(Helping {
        id: HelperId(uuid(&row.text(0)?)?),
        person: person(row, 1)?,
        helper: person(row, 3)?,
        set_up_by: person(row, 5)?,
        desk,
        consent_note: row.text(10)?,
        created_at: instant(row.int(11)?)?,
        ended_at: row.optional_int(12)?.map(instant).transpose()?,
    })
}

macro_rules! action_select {
    () => {
        "SELECT x.id, x.helper_id, g.display_name, x.person_id, p.display_name, x.method, x.route, x.path, x.created_at \
         FROM helper_actions x JOIN accounts g ON g.id = x.helper_id JOIN accounts p ON p.id = x.person_id"
    };
}

fn read_action(row: &dyn Row) -> Result<HelperAction, DbError> {
    Ok(HelperAction {
        id: HelperActionId(uuid(&row.text(0)?)?),
        helper: person(row, 1)?,
        person: person(row, 3)?,
        method: row.text(5)?,
        route: row.text(6)?,
        path: row.text(7)?,
        created_at: instant(row.int(8)?)?,
    })
}

/// The keyset parameters of a newest-first list: before everything when there is no cursor.
fn keyset(after: After) -> (i64, String) {
    after.map_or((i64::MAX, String::new()), |(at, id)| (millis(at), id))
}

const INSERT_HELPING: &str = "INSERT INTO helpers (id, person_id, helper_id, set_up_by, community_id, consent_note, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";

fn already() -> AppError {
    AppError::field_conflict("email", "error-helpers-already")
}

impl HelperStore for Db {
    async fn insert_helping(&self, helping: &NewHelping, now: Instant) -> Result<(), AppError> {
        self.execute(
            INSERT_HELPING,
            params![
                helping.id.to_string(),
                helping.person.to_string(),
                helping.helper.to_string(),
                helping.set_up_by.to_string(),
                helping.community.map(|c| c.0.to_string()),
                &helping.consent_note,
                millis(now),
            ],
        )
        .await
        .map_err(|error| error.unique_violation_means(already()))?;
        Ok(())
    }

    async fn helping(&self, id: HelperId) -> Result<Option<Helping>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(helping_select!(), " WHERE h.id = $1"),
                params![id.to_string()],
                &read_helping,
            )
            .await?)
    }

    async fn active_helping(
        &self,
        person: AccountId,
        helper: AccountId,
    ) -> Result<Option<HelperId>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT id FROM helpers WHERE person_id = $1 AND helper_id = $2 AND ended_at IS NULL",
                params![person.to_string(), helper.to_string()],
                &|row| Ok(HelperId(uuid(&row.text(0)?)?)),
            )
            .await?)
    }

    async fn end_helping(
        &self,
        id: HelperId,
        by: AccountId,
        now: Instant,
    ) -> Result<bool, AppError> {
        Ok(self
            .transaction(async |tx| {
                let ended = tx
                    .fetch_optional(
                        "UPDATE helpers SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL \
                         RETURNING person_id, helper_id",
                        params![millis(now), by.to_string(), id.to_string()],
                        &|row| Ok((row.text(0)?, row.text(1)?)),
                    )
                    .await?;
                let Some((person, helper)) = ended else {
                    return Ok(false);
                };
                tx.execute(
                    "UPDATE sessions SET acting_for = NULL WHERE account_id = $1 AND acting_for = $2",
                    params![helper, person],
                )
                .await?;
                Ok(true)
            })
            .await?)
    }

    async fn helpers_of(
        &self,
        person: AccountId,
        after: After,
        limit: u32,
    ) -> Result<Vec<Helping>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    helping_select!(),
                    " WHERE h.person_id = $1 AND h.ended_at IS NULL",
                    newest_first!("h")
                ),
                params![person.to_string(), at, id, i64::from(limit)],
                &read_helping,
            )
            .await?)
    }

    async fn helped_by(
        &self,
        helper: AccountId,
        after: After,
        limit: u32,
    ) -> Result<Vec<Helping>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    helping_select!(),
                    " WHERE h.helper_id = $1 AND h.ended_at IS NULL",
                    newest_first!("h")
                ),
                params![helper.to_string(), at, id, i64::from(limit)],
                &read_helping,
            )
            .await?)
    }

    async fn community_helpers(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> Result<Vec<Helping>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    helping_select!(),
                    " JOIN memberships m ON m.account_id = h.person_id AND m.community_id = $1 \
                     WHERE h.ended_at IS NULL",
                    newest_first!("h")
                ),
                params![community.0.to_string(), at, id, i64::from(limit)],
                &read_helping,
            )
            .await?)
    }

    async fn desk_helpers(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> Result<Vec<Helping>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    helping_select!(),
                    " WHERE h.community_id = $1 AND h.ended_at IS NULL",
                    newest_first!("h")
                ),
                params![community.0.to_string(), at, id, i64::from(limit)],
                &read_helping,
            )
            .await?)
    }

    async fn eligible_helpers(&self, community: CommunityId) -> Result<Vec<Person>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT a.id, a.display_name FROM memberships m JOIN accounts a ON a.id = m.account_id \
                 WHERE m.community_id = $1 AND (m.role IN ('organiser', 'moderator', 'admin') OR m.trusted_helper = 1) \
                 AND a.erased_at IS NULL ORDER BY a.display_name, a.id LIMIT 500",
                params![community.0.to_string()],
                &|row| person(row, 0),
            )
            .await?)
    }

    async fn set_acting_for(
        &self,
        session: &str,
        person: Option<AccountId>,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE sessions SET acting_for = $1 WHERE id = $2",
            params![person.map(|p| p.to_string()), session],
        )
        .await?;
        Ok(())
    }

    async fn record_helper_action(
        &self,
        action: &NewHelperAction,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO helper_actions (id, helper_id, person_id, method, route, path, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params![
                HelperActionId::generate().to_string(),
                action.helper.to_string(),
                action.person.to_string(),
                &action.method,
                &action.route,
                &action.path,
                millis(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn actions_for(
        &self,
        person: AccountId,
        after: After,
        limit: u32,
    ) -> Result<Vec<HelperAction>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    action_select!(),
                    " WHERE x.person_id = $1",
                    newest_first!("x")
                ),
                params![person.to_string(), at, id, i64::from(limit)],
                &read_action,
            )
            .await?)
    }

    async fn actions_by(
        &self,
        helper: AccountId,
        after: After,
        limit: u32,
    ) -> Result<Vec<HelperAction>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    action_select!(),
                    " WHERE x.helper_id = $1",
                    newest_first!("x")
                ),
                params![helper.to_string(), at, id, i64::from(limit)],
                &read_action,
            )
            .await?)
    }

    async fn community_actions(
        &self,
        community: CommunityId,
        after: After,
        limit: u32,
    ) -> Result<Vec<HelperAction>, AppError> {
        let (at, id) = keyset(after);
        Ok(self
            .fetch_all(
                concat!(
                    action_select!(),
                    " JOIN memberships m ON m.account_id = x.person_id AND m.community_id = $1 WHERE 1 = 1",
                    newest_first!("x")
                ),
                params![community.0.to_string(), at, id, i64::from(limit)],
                &read_action,
            )
            .await?)
    }

    async fn insert_resident(
        &self,
        account: &NewAccount,
        community: CommunityId,
        role: Role,
        helping: &NewHelping,
        audit: &AuditEntry,
        now: Instant,
    ) -> Result<(), AppError> {
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, \
                 email_verified_at, is_coordinator, created_at) VALUES ($1, $2, $3, $4, $5, $6, NULL, 0, $7)",
                params![
                    account.id.to_string(),
                    account.email.as_str(),
                    account.email.normalized(),
                    account.display_name.as_str(),
                    account.locale.code(),
                    account.password_hash.as_str(),
                    millis(account.created_at),
                ],
            )
            .await?;
            tx.execute(
                "INSERT INTO memberships (community_id, account_id, role, trusted_helper, joined_at) \
                 VALUES ($1, $2, $3, 0, $4)",
                params![
                    community.0.to_string(),
                    account.id.to_string(),
                    role.name(),
                    millis(now)
                ],
            )
            .await?;
            tx.execute(
                INSERT_HELPING,
                params![
                    helping.id.to_string(),
                    helping.person.to_string(),
                    helping.helper.to_string(),
                    helping.set_up_by.to_string(),
                    helping.community.map(|c| c.0.to_string()),
                    &helping.consent_note,
                    millis(now),
                ],
            )
            .await?;
            tx.execute(
                "INSERT INTO audit_log (id, community_id, actor_id, action, target_type, target_id, reason, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    audit.community.map(|c| c.0.to_string()),
                    audit.actor.to_string(),
                    audit.action.name(),
                    audit.target_type,
                    &audit.target_id,
                    &audit.reason,
                    millis(now),
                ],
            )
            .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }
}

/// Helper relationships and what helpers did, for both sides. Erasing the helped person deletes
/// their relationships and the record of what was done for them (it is about them, and what was
/// done stays where it was done, anonymised by each feature); a helper who leaves ends their
/// relationships, and the record of what they did stays for the people they helped, under the
/// helper's anonymised account ("former member"). Sessions acting for the person stop.
pub(crate) const PRIVACY: Part = Part {
    feature: "helpers",
    export: &[
        Section {
            name: "my_helpers",
            columns: &[
                "id",
                "helper_id",
                "set_up_by",
                "community_id",
                "consent_note",
                "created_at",
                "ended_at",
            ],
            sql: "SELECT id, helper_id, set_up_by, community_id, consent_note, created_at, ended_at \
                  FROM helpers WHERE person_id = $1",
        },
        Section {
            name: "people_i_help",
            columns: &[
                "id",
                "person_id",
                "set_up_by",
                "community_id",
                "created_at",
                "ended_at",
            ],
            sql: "SELECT id, person_id, set_up_by, community_id, created_at, ended_at \
                  FROM helpers WHERE helper_id = $1",
        },
        Section {
            name: "set_up_at_the_desk",
            columns: &[
                "id",
                "person_id",
                "helper_id",
                "community_id",
                "consent_note",
                "created_at",
            ],
            sql: "SELECT id, person_id, helper_id, community_id, consent_note, created_at \
                  FROM helpers WHERE set_up_by = $1 AND person_id <> $1",
        },
        Section {
            name: "done_for_me",
            columns: &["helper_id", "method", "route", "path", "created_at"],
            sql: "SELECT helper_id, method, route, path, created_at FROM helper_actions WHERE person_id = $1",
        },
        Section {
            name: "done_as_helper",
            columns: &["person_id", "method", "route", "path", "created_at"],
            sql: "SELECT person_id, method, route, path, created_at FROM helper_actions WHERE helper_id = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE sessions SET acting_for = NULL WHERE acting_for = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM helper_actions WHERE person_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM helpers WHERE person_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE helpers SET ended_at = $1, ended_by = $2 WHERE helper_id = $2 AND ended_at IS NULL",
            params: Bind::TimeAndPerson,
        },
    ],
};
