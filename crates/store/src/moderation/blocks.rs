//! People blocked from a community: the block and the end of their membership in one
//! transaction, and the moderators' list.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::moderation::{Block, BlockStore, PageCursor};
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, uuid};
use crate::sql::{DbError, Row, Tx, params};

/// A block with both people's names; `read_block` reads its columns.
macro_rules! block_select {
    () => {
        "SELECT b.community_id, b.account_id, a.display_name, b.blocked_by, bb.display_name, b.reason, b.created_at \
         FROM community_blocks b JOIN accounts a ON a.id = b.account_id JOIN accounts bb ON bb.id = b.blocked_by"
    };
}

fn read_block(row: &dyn Row) -> Result<Block, DbError> {
    Ok(Block {
        community_id: CommunityId(uuid(&row.text(0)?)?),
        account: Person {
            id: AccountId(uuid(&row.text(1)?)?),
            name: row.text(2)?,
        },
        blocked_by: Person {
            id: AccountId(uuid(&row.text(3)?)?),
            name: row.text(4)?,
        },
        reason: row.text(5)?,
        created_at: instant(row.int(6)?)?,
    })
}

/// Records the block and ends the membership; false, with nothing changed, when the person was
/// already blocked.
pub(crate) async fn write_block(
    tx: &mut Tx,
    community: CommunityId,
    account: AccountId,
    by: AccountId,
    reason: &str,
    now: Instant,
) -> Result<bool, DbError> {
    let community = community.0.to_string();
    let account = account.to_string();
    let blocked = tx
        .execute(
            "INSERT INTO community_blocks (community_id, account_id, blocked_by, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (community_id, account_id) DO NOTHING",
            params![&community, &account, by.to_string(), reason, millis(now)],
        )
        .await?;
    if blocked == 0 {
        return Ok(false);
    }
    tx.execute(
        "DELETE FROM memberships WHERE community_id = $1 AND account_id = $2",
        params![&community, &account],
    )
    .await?;
    Ok(true)
}

impl BlockStore for Db {
    async fn insert_block(
        &self,
        community: CommunityId,
        account: AccountId,
        by: AccountId,
        reason: &str,
        now: Instant,
    ) -> Result<bool, AppError> {
        Ok(self
            .transaction(async |tx| write_block(tx, community, account, by, reason, now).await)
            .await?)
    }

    async fn delete_block(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> Result<bool, AppError> {
        let removed = self
            .execute(
                "DELETE FROM community_blocks WHERE community_id = $1 AND account_id = $2",
                params![community.0.to_string(), account.to_string()],
            )
            .await?;
        Ok(removed > 0)
    }

    async fn is_blocked(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> Result<bool, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT 1 FROM community_blocks WHERE community_id = $1 AND account_id = $2",
                params![community.0.to_string(), account.to_string()],
                &|row| row.int(0),
            )
            .await?
            .is_some())
    }

    async fn block(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> Result<Option<Block>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    block_select!(),
                    " WHERE b.community_id = $1 AND b.account_id = $2"
                ),
                params![community.0.to_string(), account.to_string()],
                &read_block,
            )
            .await?)
    }

    async fn blocks(
        &self,
        community: CommunityId,
        after: Option<PageCursor>,
        limit: u32,
    ) -> Result<Vec<Block>, AppError> {
        let (after_at, after_id) = after.map_or((i64::MAX, String::new()), |cursor| {
            (millis(cursor.at), cursor.id.to_string())
        });
        Ok(self
            .fetch_all(
                concat!(
                    block_select!(),
                    " WHERE b.community_id = $1 \
                     AND (b.created_at < $2 OR (b.created_at = $2 AND b.account_id < $3)) \
                     ORDER BY b.created_at DESC, b.account_id DESC LIMIT $4"
                ),
                params![
                    community.0.to_string(),
                    after_at,
                    after_id,
                    i64::from(limit)
                ],
                &read_block,
            )
            .await?)
    }
}
