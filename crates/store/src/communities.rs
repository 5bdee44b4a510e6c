use domain::accounts::AccountId;
use domain::communities::{
    Community, CommunityId, CommunityPage, CommunityStore, CountryCode, Membership, NewCommunity,
    Role, Slug,
};
use domain::community_face::AccentColour;
use domain::time::Instant;
use domain::{AppError, Locale};

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// A community with its member count (kept by triggers on `memberships`), its accent and its
/// cover photo (`community_face`); `read_community` reads its columns.
macro_rules! community_select {
    () => {
        concat!(
            "SELECT c.id, c.slug, c.name, c.description, c.country, c.default_locale, c.created_at, \
             c.member_count, c.accent_colour, ",
            crate::media::picture_columns!(),
            " FROM communities c LEFT JOIN community_covers cc ON cc.community_id = c.id \
             LEFT JOIN images im ON im.id = cc.image_id"
        )
    };
}

fn read_community(row: &dyn Row) -> Result<Community, DbError> {
    Ok(Community {
        id: CommunityId(uuid(&row.text(0)?)?),
        slug: stored("slug", Slug::parse(&row.text(1)?))?,
        name: row.text(2)?,
        description: row.text(3)?,
        country: stored("country", CountryCode::parse(&row.text(4)?))?,
        default_locale: stored("default_locale", Locale::parse(&row.text(5)?))?,
        created_at: instant(row.int(6)?)?,
        member_count: row.int(7)?,
        accent: row
            .optional_text(8)?
            .as_deref()
            .and_then(AccentColour::from_stored),
        cover: crate::media::read_picture(row, 9)?,
    })
}

/// A membership with its community's slug and name; `read_membership` reads its columns.
macro_rules! membership_select {
    () => {
        "SELECT m.community_id, c.slug, c.name, m.account_id, m.role, m.trusted_helper, m.joined_at \
         FROM memberships m JOIN communities c ON c.id = m.community_id"
    };
}

fn read_membership(row: &dyn Row) -> Result<Membership, DbError> {
    Ok(Membership {
        community_id: CommunityId(uuid(&row.text(0)?)?),
        community_slug: stored("slug", Slug::parse(&row.text(1)?))?,
        community_name: row.text(2)?,
        account_id: AccountId(uuid(&row.text(3)?)?),
        role: stored("role", Role::parse(&row.text(4)?))?,
        trusted_helper: row.flag(5)?,
        joined_at: instant(row.int(6)?)?,
    })
}

impl CommunityStore for Db {
    async fn insert_community(
        &self,
        id: CommunityId,
        community: &NewCommunity,
        now: Instant,
    ) -> Result<(), AppError> {
        self.execute(
            "INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params![
                id.0.to_string(),
                community.slug.as_str(),
                &community.name,
                &community.description,
                community.country.as_str(),
                community.default_locale.code(),
                millis(now),
            ],
        )
        .await
        .map_err(|error| {
            error.unique_violation_means(AppError::field_conflict("slug", "error-slug-taken"))
        })?;
        Ok(())
    }

    async fn communities(
        &self,
        after: Option<&str>,
        limit: u32,
    ) -> Result<CommunityPage, AppError> {
        let mut items = self
            .fetch_all(
                concat!(
                    community_select!(),
                    " WHERE c.slug > $1 ORDER BY c.slug LIMIT $2"
                ),
                params![after.unwrap_or(""), i64::from(limit) + 1],
                &read_community,
            )
            .await?;
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
        Ok(self
            .fetch_optional(
                concat!(community_select!(), " WHERE c.slug = $1"),
                params![slug],
                &read_community,
            )
            .await?)
    }

    async fn membership(
        &self,
        community: CommunityId,
        account: AccountId,
    ) -> Result<Option<Membership>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    membership_select!(),
                    " WHERE m.community_id = $1 AND m.account_id = $2"
                ),
                params![community.0.to_string(), account.to_string()],
                &read_membership,
            )
            .await?)
    }

    async fn insert_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        now: Instant,
    ) -> Result<bool, AppError> {
        let inserted = self
            .execute(
                "INSERT INTO memberships (community_id, account_id, role, trusted_helper, joined_at) \
                 VALUES ($1, $2, $3, 0, $4) ON CONFLICT (community_id, account_id) DO NOTHING",
                params![
                    community.0.to_string(),
                    account.to_string(),
                    role.name(),
                    millis(now)
                ],
            )
            .await?;
        Ok(inserted == 1)
    }

    async fn update_membership(
        &self,
        community: CommunityId,
        account: AccountId,
        role: Role,
        trusted_helper: bool,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE memberships SET role = $1, trusted_helper = $2 WHERE community_id = $3 AND account_id = $4",
            params![
                role.name(),
                trusted_helper,
                community.0.to_string(),
                account.to_string()
            ],
        )
        .await?;
        Ok(())
    }

    async fn memberships_of(&self, account: AccountId) -> Result<Vec<Membership>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    membership_select!(),
                    " WHERE m.account_id = $1 ORDER BY c.name"
                ),
                params![account.to_string()],
                &read_membership,
            )
            .await?)
    }

    async fn count_with_role(&self, community: CommunityId, role: Role) -> Result<i64, AppError> {
        Ok(self
            .fetch_one(
                "SELECT COUNT(*) FROM memberships WHERE community_id = $1 AND role = $2",
                params![community.0.to_string(), role.name()],
                &|row| row.int(0),
            )
            .await?)
    }
}

/// Memberships: where a person belongs and with which role. They end with the account.
pub(crate) const PRIVACY: Part = Part {
    feature: "communities",
    export: &[Section {
        name: "memberships",
        columns: &["community", "role", "trusted_helper", "joined_at"],
        sql: "SELECT c.slug, m.role, m.trusted_helper, m.joined_at \
              FROM memberships m JOIN communities c ON c.id = m.community_id WHERE m.account_id = $1",
    }],
    erase: &[Erasure {
        sql: "DELETE FROM memberships WHERE account_id = $1",
        params: Bind::Person,
    }],
};
