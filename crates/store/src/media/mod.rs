//! The `images` table: one row per uploaded picture, and the files in `MediaDirectory`.
//!
//! A feature that shows a picture joins `LEFT JOIN images im ON im.id = x.image_id`, selects
//! `picture_columns!()` and reads them with `read_picture(row, first_column)`.

mod directory;

pub use directory::MediaDirectory;

use domain::AppError;
use domain::accounts::AccountId;
use domain::media::{Image, ImageId, ImageStore, Picture};

use crate::Db;
use crate::convert::{instant, millis, uuid};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// The five columns `read_picture` reads, of the images joined as `im`.
macro_rules! picture_columns {
    () => {
        "im.id, im.alt, im.width, im.height, im.variants"
    };
}
pub(crate) use picture_columns;

/// The picture in five columns from `first` on (`picture_columns!()`); none when the content
/// has no picture.
pub(crate) fn read_picture(row: &dyn Row, first: usize) -> Result<Option<Picture>, DbError> {
    let Some(id) = row.optional_text(first)? else {
        return Ok(None);
    };
    Ok(Some(Picture {
        id: ImageId(uuid(&id)?),
        alt: row.text(first + 1)?,
        width: dimension(row.int(first + 2)?)?,
        height: dimension(row.int(first + 3)?)?,
        variants: Picture::parse_variants(&row.text(first + 4)?),
    }))
}

fn dimension(value: i64) -> Result<u32, DbError> {
    u32::try_from(value).map_err(|_| DbError::internal("stored image dimension out of range"))
}

macro_rules! image_select {
    () => {
        concat!(
            "SELECT ",
            picture_columns!(),
            ", im.owner_id, im.members_only, im.bytes, im.created_at FROM images im"
        )
    };
}

fn read_image(row: &dyn Row) -> Result<Image, DbError> {
    Ok(Image {
        picture: read_picture(row, 0)?.ok_or(DbError::internal("image without id"))?,
        owner: AccountId(uuid(&row.text(5)?)?),
        members_only: row.flag(6)?,
        bytes: row.int(7)?,
        created_at: instant(row.int(8)?)?,
    })
}

impl ImageStore for Db {
    async fn insert_image(&self, image: &Image) -> Result<(), AppError> {
        let picture = &image.picture;
        self.execute(
            "INSERT INTO images (id, owner_id, alt, width, height, variants, members_only, bytes, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            params![
                picture.id.to_string(),
                image.owner.to_string(),
                &picture.alt,
                i64::from(picture.width),
                i64::from(picture.height),
                picture.variants_text(),
                image.members_only,
                image.bytes,
                millis(image.created_at),
            ],
        )
        .await?;
        Ok(())
    }

    async fn image(&self, id: ImageId) -> Result<Option<Image>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(image_select!(), " WHERE im.id = $1"),
                params![id.to_string()],
                &read_image,
            )
            .await?)
    }

    async fn set_image_alt(&self, id: ImageId, alt: &str) -> Result<(), AppError> {
        self.execute(
            "UPDATE images SET alt = $1 WHERE id = $2",
            params![alt, id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn set_image_members_only(
        &self,
        id: ImageId,
        members_only: bool,
    ) -> Result<(), AppError> {
        self.execute(
            "UPDATE images SET members_only = $1 WHERE id = $2",
            params![members_only, id.to_string()],
        )
        .await?;
        Ok(())
    }

    async fn delete_image(&self, id: ImageId) -> Result<(), AppError> {
        self.execute("DELETE FROM images WHERE id = $1", params![id.to_string()])
            .await?;
        Ok(())
    }

    async fn images_of(&self, owner: AccountId) -> Result<Vec<Image>, AppError> {
        Ok(self
            .fetch_all(
                concat!(
                    image_select!(),
                    " WHERE im.owner_id = $1 ORDER BY im.created_at, im.id"
                ),
                params![owner.to_string()],
                &read_image,
            )
            .await?)
    }
}

/// Images: a person's export lists what they uploaded (what each shows, its size and when; the
/// pictures themselves are at their addresses). On erasure the rows go — whatever showed them
/// keeps its place without a picture (`ON DELETE SET NULL`) — and `privacy::erase` deletes the
/// files once the erasure is committed.
pub(crate) const PRIVACY: Part = Part {
    feature: "media",
    export: &[Section {
        name: "images",
        columns: &["id", "alt", "width", "height", "variants", "created_at"],
        sql: "SELECT id, alt, width, height, variants, created_at FROM images WHERE owner_id = $1 \
              ORDER BY created_at, id",
    }],
    erase: &[Erasure {
        sql: "DELETE FROM images WHERE owner_id = $1",
        params: Bind::Person,
    }],
};
