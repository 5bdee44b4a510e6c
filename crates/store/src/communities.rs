use domain::accounts::AccountId;
use domain::communities::{
    Community, CommunityId, CommunityPage, CommunityStore, CountryCode, Membership, NewCommunity,
    Role, Slug,
};
use domain::time::Instant;
use domain::{AppError, Locale};

use crate::convert::{flag, instant, millis, stored, uuid};
use crate::{Db, internal, is_unique_violation};

const COMMUNITY_SELECT: &str = "SELECT c.id, c.slug, c.name, c.description, c.country, c.default_locale, c.created_at, \
     (SELECT COUNT(*) FROM memberships m WHERE m.community_id = c.id) AS member_count FROM communities c";

#[derive(sqlx::FromRow)]
struct CommunityRow {
    id: String,
    slug: String,
    name: String,
    description: String,
    country: String,
    default_locale: String,
    created_at: i64,
    member_count: i64,
}

impl CommunityRow {
    fn into_community(self) -> Result<Community, AppError> {
        Ok(Community {
            id: CommunityId(uuid(&self.id)?),
            slug: stored("slug", Slug::parse(&self.slug))?,
            name: self.name,
            description: self.description,
            country: stored("country", CountryCode::parse(&self.country))?,
            default_locale: stored("default_locale", Locale::parse(&self.default_locale))?,
            member_count: self.member_count,
            created_at: instant(self.created_at)?,
        })
    }
}

const MEMBERSHIP_SELECT: &str = "SELECT m.community_id, c.slug, c.name, m.account_id, m.role, m.trusted_helper, m.joined_at \
     FROM memberships m JOIN communities c ON c.id = m.community_id";

#[derive(sqlx::FromRow)]
struct MembershipRow {
    community_id: String,
    slug: String,
    name: String,
    account_id: String,
    role: String,
    trusted_helper: i64,
    joined_at: i64,
}

impl MembershipRow {
    fn into_membership(self) -> Result<Membership, AppError> {
        Ok(Membership {
            community_id: CommunityId(uuid(&self.community_id)?),
            community_slug: stored("slug", Slug::parse(&self.slug))?,
            community_name: self.name,
            account_id: AccountId(uuid(&self.account_id)?),
            role: stored("role", Role::parse(&self.role))?,
            trusted_helper: self.trusted_helper != 0,
            joined_at: instant(self.joined_at)?,
        })
    }
}

impl CommunityStore for Db {
    async fn insert_community(
        &self,
        id: CommunityId,
        community: &NewCommunity,
        now: Instant,
    ) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id.0.to_string())
        .bind(community.slug.as_str())
        .bind(&community.name)
        .bind(&community.description)
        .bind(community.country.as_str())
        .bind(community.default_locale.code())
        .bind(millis(now))
        .execute(&self.pool)
        .await
        .map_err(|error| {
            if is_unique_violation(&error) { AppError::field_conflict("slug", "error-slug-taken") } else { internal(error) }
        })?;
        Ok(())
    }

    async fn communities(
        &self,
        after: Option<&str>,
        limit: u32,
    ) -> Result<CommunityPage, AppError> {
        let sql = format!("{COMMUNITY_SELECT} WHERE c.slug > $1 ORDER BY c.slug LIMIT $2");
        let rows = sqlx::query_as::<_, CommunityRow>(sqlx::AssertSqlSafe(sql))
            .bind(after.unwrap_or(""))
            .bind(i64::from(limit) + 1)
            .fetch_all(&self.pool)
            .await
            .map_err(internal)?;
        let mut items = rows
            .into_iter()
            .map(CommunityRow::into_community)
            .collect::<Result<Vec<_>, _>>()?;
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let next = if items.len() > limit {
            items.truncate(limit);
            items.last().map(|community| community.slug.to_string())
        } else {
            None
        };
        Ok(CommunityPage { items, next })
    }

    async fn community(&self, slug: &str) -> Result<Option<Community>, AppError> {
        let sql = format!("{COMMUNITY_SELECT} WHERE c.slug = $1");
        sqlx::query_as::<_, CommunityRow>(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)?
            .map(CommunityRow::into_community)
            .transpose()
    }

    async fn membership(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> Result<Option<Membership>, AppError> {
        let sql = format!("{MEMBERSHIP_SELECT} WHERE m.community_id = $1 AND m.account_id = $2");
        sqlx::query_as::<_, MembershipRow>(sqlx::AssertSqlSafe(sql))
            .bind(community.0.to_string())
            .bind(account.to_string())
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)?
            .map(MembershipRow::into_membership)
            .transpose()
    }

    async fn insert_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        now: Instant,
    ) -> Result<bool, AppError> {
        let done = sqlx::query(
            "INSERT INTO memberships (community_id, account_id, role, trusted_helper, joined_at) \
             VALUES ($1, $2, $3, 0, $4) ON CONFLICT (community_id, account_id) DO NOTHING",
        )
        .bind(community.0.to_string())
        .bind(account.to_string())
        .bind(role.name())
        .bind(millis(now))
        .execute(&self.pool)
        .await
        .map_err(internal)?;
        Ok(done.rows_affected() == 1)
    }

    async fn update_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        trusted_helper: bool,
    ) -> Result<(), AppError> {
        sqlx::query("UPDATE memberships SET role = $1, trusted_helper = $2 WHERE community_id = $3 AND account_id = $4")
            .bind(role.name())
            .bind(flag(trusted_helper))
            .bind(community.0.to_string())
            .bind(account.to_string())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }

    async fn memberships_of(&self, account: AccountId) -> Result<Vec<Membership>, AppError> {
        let sql = format!("{MEMBERSHIP_SELECT} WHERE m.account_id = $1 ORDER BY c.name");
        sqlx::query_as::<_, MembershipRow>(sqlx::AssertSqlSafe(sql))
            .bind(account.to_string())
            .fetch_all(&self.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(MembershipRow::into_membership)
            .collect()
    }

    async fn count_with_role(&self, community: CommunityId, role: Role) -> Result<i64, AppError> {
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE community_id = $1 AND role = $2")
            .bind(community.0.to_string())
            .bind(role.name())
            .fetch_one(&self.pool)
            .await
            .map_err(internal)
    }
}
