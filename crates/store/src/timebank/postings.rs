//! How a transfer is written: its accounts opened when needed, its postings inserted, and the
//! cached balances moved with them, in the caller's transaction.

use domain::time::Instant;
use domain::timebank::LedgerAccountId;

use crate::convert::millis;
use crate::sql::{DbError, Tx, params};

/// The member's account in the community, opened on their first exchange.
pub(super) async fn account_of(
    tx: &mut Tx,
    community: &str,
    holder: &str,
    now: Instant,
) -> Result<String, DbError> {
    tx.execute(
        "INSERT INTO timebank_accounts (id, community_id, holder_id, balance_minutes, created_at) \
         VALUES ($1, $2, $3, 0, $4) ON CONFLICT (community_id, holder_id) DO NOTHING",
        params![
            LedgerAccountId::generate().to_string(),
            community,
            holder,
            millis(now)
        ],
    )
    .await?;
    tx.fetch_optional(
        "SELECT id FROM timebank_accounts WHERE community_id = $1 AND holder_id = $2",
        params![community, holder],
        &|row| row.text(0),
    )
    .await?
    .ok_or_else(|| DbError::internal("ledger account vanished after insert"))
}

/// Writes a transfer's postings and moves both cached balances with them. Accounts are changed
/// in the order of their ids, so that two transfers between the same people at once cannot
/// deadlock; each new balance is given back, by account.
pub(super) async fn post(
    tx: &mut Tx,
    community: &str,
    transfer: &str,
    mut postings: Vec<(String, i64)>,
    now: Instant,
) -> Result<Vec<(String, i64)>, DbError> {
    postings.sort();
    let mut balances = Vec::new();
    for (account, minutes) in postings {
        let balance = tx
            .fetch_optional(
                "UPDATE timebank_accounts SET balance_minutes = balance_minutes + $1 WHERE id = $2 \
                 RETURNING balance_minutes",
                params![minutes, &account],
                &|row| row.int(0),
            )
            .await?
            .ok_or_else(|| DbError::internal("ledger account missing"))?;
        tx.execute(
            "INSERT INTO postings (id, community_id, transfer_id, account_id, minutes, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
            params![
                uuid::Uuid::now_v7().to_string(),
                community,
                transfer,
                &account,
                minutes,
                millis(now)
            ],
        )
        .await?;
        balances.push((account, balance));
    }
    Ok(balances)
}
