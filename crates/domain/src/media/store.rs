use std::future::Future;

use super::{Image, ImageId};
use crate::AppError;
use crate::accounts::AccountId;

/// Where the bytes of images live, by key (`{image id}/{width}.jpg`). The installation keeps
/// them in a directory (`store::MediaDirectory`); an object store can implement the same three
/// operations later.
pub trait MediaStorage: Sync {
    /// Writes the bytes under `key`, replacing what was there; readers never see half a file.
    fn put(&self, key: &str, bytes: Vec<u8>) -> impl Future<Output = Result<(), AppError>> + Send;
    /// `None` when nothing is stored under `key`.
    fn get(&self, key: &str) -> impl Future<Output = Result<Option<Vec<u8>>, AppError>> + Send;
    /// Removes what is stored under `key`; nothing there is not an error.
    fn delete(&self, key: &str) -> impl Future<Output = Result<(), AppError>> + Send;
}

/// The `images` table: one row per uploaded picture.
pub trait ImageStore: Sync {
    fn insert_image(&self, image: &Image) -> impl Future<Output = Result<(), AppError>> + Send;
    fn image(&self, id: ImageId) -> impl Future<Output = Result<Option<Image>, AppError>> + Send;
    fn set_image_alt(
        &self,
        id: ImageId,
        alt: &str,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_image_members_only(
        &self,
        id: ImageId,
        members_only: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn delete_image(&self, id: ImageId) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Every image the person uploaded (for erasing their files), oldest first.
    fn images_of(
        &self,
        owner: AccountId,
    ) -> impl Future<Output = Result<Vec<Image>, AppError>> + Send;
}
