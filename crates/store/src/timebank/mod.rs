use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::support::{Person, SupportId};
use domain::time::Instant;
use domain::timebank::{
    AccountSummary, BalanceDifference, Exchange, ExchangeId, ExchangeStatus, FundTransfer,
    LedgerAccountId, LedgerCheck, LedgerEntry, LedgerRow, LedgerSummary, LimitMode, LimitPolicy,
    Minutes, NewExchange, TimebankStore, TransferId,
};
use domain::{AppError, Message};

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

mod postings;

use postings::{account_of, post};

/// An exchange with both parties' names and the transfer its confirmation wrote.
macro_rules! exchange_select {
    () => {
        "SELECT e.id, e.community_id, e.provider_id, p.display_name, e.receiver_id, r.display_name, \
         e.proposer_id, e.minutes, e.description, e.support_id, e.status, e.created_at, e.decided_at, t.id, \
         c.slug FROM exchanges e JOIN accounts p ON p.id = e.provider_id JOIN accounts r ON r.id = e.receiver_id \
         JOIN communities c ON c.id = e.community_id LEFT JOIN transfers t ON t.exchange_id = e.id"
    };
}

fn read_exchange(row: &dyn Row) -> Result<Exchange, DbError> {
    Ok(Exchange {
        id: ExchangeId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(14)?,
        provider: Person {
            id: AccountId(uuid(&row.text(2)?)?),
            name: row.text(3)?,
        },
        receiver: Person {
            id: AccountId(uuid(&row.text(4)?)?),
            name: row.text(5)?,
        },
        proposer_id: AccountId(uuid(&row.text(6)?)?),
        minutes: stored("minutes", Minutes::parse(row.int(7)?))?,
        description: row.text(8)?,
        support_id: row
            .optional_text(9)?
            .map(|id| uuid(&id).map(SupportId))
            .transpose()?,
        status: stored("status", ExchangeStatus::parse(&row.text(10)?))?,
        created_at: instant(row.int(11)?)?,
        decided_at: row.optional_int(12)?.map(instant).transpose()?,
        transfer_id: row
            .optional_text(13)?
            .map(|id| uuid(&id).map(TransferId))
            .transpose()?,
    })
}

fn conflict(key: &'static str) -> DbError {
    DbError::Other(AppError::conflict(key))
}

impl TimebankStore for Db {
    async fn limit_policy(&self, community: CommunityId) -> Result<LimitPolicy, AppError> {
        Ok(self
            .fetch_one(
                "SELECT timebank_limit, timebank_min_balance FROM communities WHERE id = $1",
                params![community.0.to_string()],
                &|row| {
                    Ok(LimitPolicy {
                        mode: stored("timebank_limit", LimitMode::parse(&row.text(0)?))?,
                        min_balance: row.int(1)?,
                    })
                },
            )
            .await?)
    }

    async fn set_limit_policy(
        &self,
        community: CommunityId,
        policy: LimitPolicy,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE communities SET timebank_limit = $1, timebank_min_balance = $2 WHERE id = $3",
            params![
                policy.mode.name(),
                policy.min_balance,
                community.0.to_string()
            ],
        )
        .await?;
        Ok(())
    }

    async fn balance(&self, community: CommunityId, holder: AccountId) -> Result<i64, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT balance_minutes FROM timebank_accounts WHERE community_id = $1 AND holder_id = $2",
                params![community.0.to_string(), holder.to_string()],
                &|row| row.int(0),
            )
            .await?
            .unwrap_or(0))
    }

    async fn insert_exchange(
        &self,
        id: ExchangeId,
        community: CommunityId,
        proposer: AccountId,
        exchange: &NewExchange,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO exchanges (id, community_id, provider_id, receiver_id, proposer_id, minutes, \
             description, support_id, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)",
            params![
                id.to_string(),
                community.0.to_string(),
                exchange.provider.to_string(),
                exchange.receiver.to_string(),
                proposer.to_string(),
                exchange.minutes.get(),
                &exchange.description,
                exchange.support_id.map(|id| id.to_string()),
                millis(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn exchange(&self, id: ExchangeId) -> Result<Option<Exchange>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(exchange_select!(), " WHERE e.id = $1"),
                params![id.to_string()],
                &read_exchange,
            )
            .await?)
    }

    async fn exchanges_of(
        &self,
        community: CommunityId,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<Exchange>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    exchange_select!(),
                    // Each side by its own index: one person's exchanges, however many the
                    // community has.
                    " WHERE e.id IN (SELECT id FROM exchanges WHERE community_id = $1 AND provider_id = $2 \
                     UNION ALL SELECT id FROM exchanges WHERE community_id = $1 AND receiver_id = $2) \
                     ORDER BY e.created_at DESC, e.id DESC LIMIT $3"
                ),
                params![
                    community.0.to_string(),
                    account.to_string(),
                    i64::from(limit)
                ],
                &read_exchange,
            )
            .await?)
    }

    async fn recent_exchanges(
        &self,
        community: CommunityId,
        limit: u32,
    ) -> Result<Vec<Exchange>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    exchange_select!(),
                    " WHERE e.community_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT $2"
                ),
                params![community.0.to_string(), i64::from(limit)],
                &read_exchange,
            )
            .await?)
    }

    async fn confirm_exchange(
        &self,
        id: ExchangeId,
        confirmer: AccountId,
        policy: LimitPolicy,
        now: Instant,
    ) -> Result<TransferId, AppError> {
        let transfer = TransferId::generate();
        self.transaction(async |tx| {
            // The row lock this takes makes every other confirmation wait, then find it decided.
            let (community, provider, receiver, minutes, description) = tx
                .fetch_optional(
                    "UPDATE exchanges SET status = 'confirmed', decided_at = $1 \
                     WHERE id = $2 AND status = 'pending' \
                     RETURNING community_id, provider_id, receiver_id, minutes, description",
                    params![millis(now), id.to_string()],
                    &|row| {
                        Ok((row.text(0)?, row.text(1)?, row.text(2)?, row.int(3)?, row.text(4)?))
                    },
                )
                .await?
                .ok_or_else(|| conflict("error-exchange-decided"))?;
            for person in [&provider, &receiver] {
                crate::impact::record_activity(tx, &community, person, millis(now)).await?;
            }
            crate::impact::record_exchange(tx, &community, minutes, millis(now)).await?;
            let provider_account = account_of(tx, &community, &provider, now).await?;
            let receiver_account = account_of(tx, &community, &receiver, now).await?;
            tx.execute(
                "INSERT INTO transfers (id, community_id, exchange_id, reverses_id, description, created_by, created_at) \
                 VALUES ($1, $2, $3, NULL, $4, $5, $6)",
                params![
                    transfer.to_string(),
                    &community,
                    id.to_string(),
                    &description,
                    confirmer.to_string(),
                    millis(now)
                ],
            )
            .await?;
            let postings = vec![
                (receiver_account.clone(), -minutes),
                (provider_account, minutes),
            ];
            let balances = post(tx, &community, &transfer.to_string(), postings, now).await?;
            let receiver_balance = balances
                .iter()
                .find(|(account, _)| *account == receiver_account)
                .map_or(0, |(_, balance)| *balance);
            if policy.mode == LimitMode::Block && policy.is_crossed_by(receiver_balance) {
                return Err(DbError::Other(AppError::Conflict {
                    field: None,
                    message: Message::new("error-timebank-below-limit")
                        .with("min", -policy.min_balance),
                }));
            }
            Ok(())
        })
        .await
        .map_err(|error| error.unique_violation_means(AppError::conflict("error-exchange-decided")))?;
        Ok(transfer)
    }

    async fn decline_exchange(&self, id: ExchangeId, now: Instant) -> Result<bool, AppError> {
        let changed = self
            .execute(
                "UPDATE exchanges SET status = 'declined', decided_at = $1 WHERE id = $2 AND status = 'pending'",
                params![millis(now), id.to_string()],
            )
            .await?;
        Ok(changed == 1)
    }

    async fn reverse_exchange(
        &self,
        exchange: &Exchange,
        admin: AccountId,
        reason: &str,
        now: Instant,
    ) -> Result<TransferId, AppError> {
        let original = exchange
            .transfer_id
            .ok_or(AppError::conflict("error-exchange-not-confirmed"))?
            .to_string();
        let community = exchange.community_id.0.to_string();
        let reversal = TransferId::generate();
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO transfers (id, community_id, exchange_id, reverses_id, description, created_by, created_at) \
                 VALUES ($1, $2, NULL, $3, $4, $5, $6)",
                params![
                    reversal.to_string(),
                    &community,
                    &original,
                    reason,
                    admin.to_string(),
                    millis(now)
                ],
            )
            .await?;
            let postings = tx
                .fetch_all(
                    "SELECT account_id, minutes FROM postings WHERE transfer_id = $1",
                    params![&original],
                    &|row| Ok((row.text(0)?, -row.int(1)?)),
                )
                .await?;
            post(tx, &community, &reversal.to_string(), postings, now).await?;
            tx.execute(
                "UPDATE exchanges SET status = 'reversed' WHERE id = $1",
                params![exchange.id.to_string()],
            )
            .await
        })
        .await
        .map_err(|error| error.unique_violation_means(AppError::conflict("error-exchange-reversed")))?;
        Ok(reversal)
    }

    async fn fund_transfer(
        &self,
        community: CommunityId,
        admin: AccountId,
        transfer: &FundTransfer,
        now: Instant,
    ) -> Result<TransferId, AppError> {
        let id = TransferId::generate();
        let community = community.0.to_string();
        let member = transfer.member.to_string();
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO timebank_accounts (id, community_id, holder_id, balance_minutes, created_at) \
                 VALUES ($1, $2, NULL, 0, $3) ON CONFLICT (community_id) WHERE holder_id IS NULL DO NOTHING",
                params![LedgerAccountId::generate().to_string(), &community, millis(now)],
            )
            .await?;
            let fund = tx
                .fetch_optional(
                    "SELECT id FROM timebank_accounts WHERE community_id = $1 AND holder_id IS NULL",
                    params![&community],
                    &|row| row.text(0),
                )
                .await?
                .ok_or_else(|| DbError::internal("the fund vanished after insert"))?;
            let member_account = account_of(tx, &community, &member, now).await?;
            tx.execute(
                "INSERT INTO transfers (id, community_id, exchange_id, reverses_id, description, created_by, created_at) \
                 VALUES ($1, $2, NULL, NULL, $3, $4, $5)",
                params![
                    id.to_string(),
                    &community,
                    &transfer.description,
                    admin.to_string(),
                    millis(now)
                ],
            )
            .await?;
            let minutes = transfer.member_minutes();
            let postings = vec![(fund, -minutes), (member_account, minutes)];
            post(tx, &community, &id.to_string(), postings, now).await?;
            Ok(())
        })
        .await?;
        Ok(id)
    }

    async fn account_summary(
        &self,
        community: CommunityId,
        holder: AccountId,
    ) -> Result<AccountSummary, AppError> {
        // Given: credits of exchanges, less reversals of them; received: the same for debits.
        let (given, received) = self
            .fetch_one(
                "SELECT CAST(COALESCE(SUM(CASE WHEN (t.reverses_id IS NULL AND p.minutes > 0) \
                 OR (t.reverses_id IS NOT NULL AND p.minutes < 0) THEN p.minutes ELSE 0 END), 0) AS BIGINT), \
                 CAST(COALESCE(SUM(CASE WHEN (t.reverses_id IS NULL AND p.minutes < 0) \
                 OR (t.reverses_id IS NOT NULL AND p.minutes > 0) THEN -p.minutes ELSE 0 END), 0) AS BIGINT) \
                 FROM timebank_accounts ta JOIN postings p ON p.account_id = ta.id \
                 JOIN transfers t ON t.id = p.transfer_id \
                 WHERE ta.community_id = $1 AND ta.holder_id = $2",
                params![community.0.to_string(), holder.to_string()],
                &|row| Ok((row.int(0)?, row.int(1)?)),
            )
            .await?;
        Ok(AccountSummary {
            balance_minutes: given - received,
            given_minutes: given,
            received_minutes: received,
        })
    }

    async fn ledger_of(
        &self,
        holder: AccountId,
        community: Option<CommunityId>,
        limit: u32,
    ) -> Result<Vec<LedgerEntry>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT p.transfer_id, ta.community_id, p.minutes, other.holder_id, oa.display_name, \
                 t.description, t.reverses_id, p.created_at \
                 FROM timebank_accounts ta JOIN postings p ON p.account_id = ta.id \
                 JOIN transfers t ON t.id = p.transfer_id \
                 LEFT JOIN postings op ON op.transfer_id = p.transfer_id AND op.id <> p.id \
                 LEFT JOIN timebank_accounts other ON other.id = op.account_id \
                 LEFT JOIN accounts oa ON oa.id = other.holder_id \
                 WHERE ta.holder_id = $1 AND ($2 = '' OR ta.community_id = $2) \
                 ORDER BY p.created_at DESC, p.id DESC LIMIT $3",
                params![
                    holder.to_string(),
                    community.map_or(String::new(), |c| c.0.to_string()),
                    i64::from(limit)
                ],
                &|row| {
                    let counterparty = match row.optional_text(3)? {
                        Some(id) => Some(Person {
                            id: AccountId(uuid(&id)?),
                            name: row.optional_text(4)?.unwrap_or_default(),
                        }),
                        None => None,
                    };
                    Ok(LedgerEntry {
                        transfer_id: TransferId(uuid(&row.text(0)?)?),
                        community_id: CommunityId(uuid(&row.text(1)?)?),
                        minutes: row.int(2)?,
                        counterparty,
                        description: row.text(5)?,
                        is_reversal: row.optional_text(6)?.is_some(),
                        created_at: instant(row.int(7)?)?,
                    })
                },
            )
            .await?)
    }

    async fn ledger_summary(&self, community: CommunityId) -> Result<LedgerSummary, AppError> {
        Ok(self
            .fetch_one(
                "SELECT (SELECT COUNT(*) FROM timebank_accounts WHERE community_id = $1), \
                 (SELECT COUNT(*) FROM transfers WHERE community_id = $1), \
                 (SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) FROM postings WHERE community_id = $1)",
                params![community.0.to_string()],
                &|row| {
                    Ok(LedgerSummary {
                        accounts: row.int(0)?,
                        transfers: row.int(1)?,
                        sum_minutes: row.int(2)?,
                    })
                },
            )
            .await?)
    }

    async fn ledger_rows(&self, community: CommunityId) -> Result<Vec<LedgerRow>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT p.transfer_id, p.created_at, p.account_id, COALESCE(a.display_name, ''), \
                 CASE WHEN ta.holder_id IS NULL THEN 1 ELSE 0 END, p.minutes, t.description, t.reverses_id \
                 FROM postings p JOIN transfers t ON t.id = p.transfer_id \
                 JOIN timebank_accounts ta ON ta.id = p.account_id \
                 LEFT JOIN accounts a ON a.id = ta.holder_id \
                 WHERE p.community_id = $1 ORDER BY p.created_at, p.transfer_id, p.minutes",
                params![community.0.to_string()],
                &|row| {
                    Ok(LedgerRow {
                        transfer_id: TransferId(uuid(&row.text(0)?)?),
                        created_at: instant(row.int(1)?)?,
                        account_id: LedgerAccountId(uuid(&row.text(2)?)?),
                        holder_name: row.text(3)?,
                        is_fund: row.flag(4)?,
                        minutes: row.int(5)?,
                        description: row.text(6)?,
                        reverses: row
                            .optional_text(7)?
                            .map(|id| uuid(&id).map(TransferId))
                            .transpose()?,
                    })
                },
            )
            .await?)
    }

    async fn check_ledger(&self) -> Result<LedgerCheck, AppError> {
        Ok(self
            .transaction(async |tx| {
                let differences = tx
                    .fetch_all(
                        "SELECT ta.id, ta.balance_minutes, CAST(COALESCE(SUM(p.minutes), 0) AS BIGINT) \
                         FROM timebank_accounts ta LEFT JOIN postings p ON p.account_id = ta.id \
                         GROUP BY ta.id, ta.balance_minutes \
                         HAVING ta.balance_minutes <> COALESCE(SUM(p.minutes), 0)",
                        params![],
                        &|row| {
                            Ok(BalanceDifference {
                                account: LedgerAccountId(uuid(&row.text(0)?)?),
                                cached: row.int(1)?,
                                postings: row.int(2)?,
                            })
                        },
                    )
                    .await?;
                for difference in &differences {
                    tx.execute(
                        "UPDATE timebank_accounts SET balance_minutes = $1 WHERE id = $2",
                        params![difference.postings, difference.account.to_string()],
                    )
                    .await?;
                }
                let unbalanced = tx
                    .fetch_all(
                        "SELECT transfer_id FROM postings GROUP BY transfer_id HAVING SUM(minutes) <> 0",
                        params![],
                        &|row| Ok(TransferId(uuid(&row.text(0)?)?)),
                    )
                    .await?;
                let (accounts, postings, total_minutes) = tx
                    .fetch_optional(
                        "SELECT (SELECT COUNT(*) FROM timebank_accounts), (SELECT COUNT(*) FROM postings), \
                         (SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) FROM postings)",
                        params![],
                        &|row| Ok((row.int(0)?, row.int(1)?, row.int(2)?)),
                    )
                    .await?
                    .unwrap_or_default();
                Ok(LedgerCheck {
                    accounts,
                    postings,
                    total_minutes,
                    rebuilt: differences,
                    unbalanced,
                })
            })
            .await?)
    }
}

/// The ledger: a person's accounts, postings and exchanges. Postings are never removed: after
/// an erasure they stay under the anonymous holder, so every balance and the total still add
/// up. Exchanges still waiting for a decision are declined.
pub(crate) const PRIVACY: Part = Part {
    feature: "timebank",
    export: &[
        Section {
            name: "accounts",
            columns: &["id", "community", "balance_minutes", "created_at"],
            sql: "SELECT ta.id, c.slug, ta.balance_minutes, ta.created_at \
                  FROM timebank_accounts ta JOIN communities c ON c.id = ta.community_id WHERE ta.holder_id = $1",
        },
        Section {
            name: "postings",
            columns: &[
                "transfer",
                "community",
                "minutes",
                "description",
                "created_at",
            ],
            sql: "SELECT p.transfer_id, c.slug, p.minutes, t.description, p.created_at \
                  FROM timebank_accounts ta JOIN postings p ON p.account_id = ta.id \
                  JOIN transfers t ON t.id = p.transfer_id JOIN communities c ON c.id = ta.community_id \
                  WHERE ta.holder_id = $1 ORDER BY p.created_at",
        },
        Section {
            name: "exchanges",
            columns: &[
                "id",
                "role",
                "community",
                "minutes",
                "description",
                "status",
                "created_at",
                "decided_at",
            ],
            sql: "SELECT e.id, CASE WHEN e.provider_id = $1 THEN 'provider' ELSE 'receiver' END, c.slug, \
                  e.minutes, e.description, e.status, e.created_at, e.decided_at \
                  FROM exchanges e JOIN communities c ON c.id = e.community_id \
                  WHERE e.provider_id = $1 OR e.receiver_id = $1 ORDER BY e.created_at",
        },
    ],
    erase: &[Erasure {
        sql: "UPDATE exchanges SET decided_at = $1, status = 'declined' \
              WHERE (provider_id = $2 OR receiver_id = $2) AND status = 'pending'",
        params: Bind::TimeAndPerson,
    }],
};

#[cfg(test)]
mod tests;
