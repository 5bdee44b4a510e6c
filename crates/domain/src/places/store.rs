use std::future::Future;

use super::{Place, PlaceCursor, PlaceDraft, PlaceId};
use crate::AppError;
use crate::communities::CommunityId;
use crate::time::Instant;

pub trait PlaceStore: Sync {
    fn insert_place(
        &self,
        id: PlaceId,
        community: CommunityId,
        draft: &PlaceDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn update_place(
        &self,
        id: PlaceId,
        draft: &PlaceDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn place(&self, id: PlaceId) -> impl Future<Output = Result<Option<Place>, AppError>> + Send;
    /// One page of a community's places by name, after `after`.
    fn places(
        &self,
        community: CommunityId,
        after: Option<&PlaceCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Place>, AppError>> + Send;
}
