//! A community's accent colour (a column of `communities`) and its cover (`community_covers`).
//! Reading a community reads both (`communities::community_select`).

use domain::AppError;
use domain::communities::CommunityId;
use domain::community_face::{AccentColour, FaceStore};
use domain::media::ImageId;
use domain::time::Instant;

use crate::Db;
use crate::convert::millis;
use crate::sql::params;

impl FaceStore for Db {
    async fn accent_of(&self, slug: &str) -> Result<Option<AccentColour>, AppError> {
        let stored = self
            .fetch_optional(
                "SELECT accent_colour FROM communities WHERE slug = $1",
                params![slug],
                &|row| row.optional_text(0),
            )
            .await?;
        Ok(stored
            .flatten()
            .as_deref()
            .and_then(AccentColour::from_stored))
    }

    async fn set_accent(
        &self,
        community: CommunityId,
        accent: Option<AccentColour>,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE communities SET accent_colour = $1 WHERE id = $2",
            params![accent.map(AccentColour::hex), community.0.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn set_cover(
        &self,
        community: CommunityId,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<(), AppError> {
        match image {
            Some(image) => {
                self.execute(
                    "INSERT INTO community_covers (community_id, image_id, set_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (community_id) DO UPDATE SET image_id = excluded.image_id, set_at = excluded.set_at",
                    params![community.0.to_string(), image.to_string(), millis(now)],
                )
                .await?
            }
            None => {
                self.execute(
                    "DELETE FROM community_covers WHERE community_id = $1",
                    params![community.0.to_string()],
                )
                .await?
            }
        };
        Ok(())
    }
}
