use std::future::Future;

use super::AccentColour;
use crate::AppError;
use crate::communities::CommunityId;
use crate::media::ImageId;
use crate::time::Instant;

/// Where a community's colour and cover are kept. Reading a community (`CommunityStore`) gives
/// both with it; this is the rest.
pub trait FaceStore: Sync {
    /// The accent of the community at `slug`: none when it has none, or there is no such
    /// community. Every community page asks, so it reads one column by a unique key.
    fn accent_of(
        &self,
        slug: &str,
    ) -> impl Future<Output = Result<Option<AccentColour>, AppError>> + Send;
    /// `None` goes back to the network's colours.
    fn set_accent(
        &self,
        community: CommunityId,
        accent: Option<AccentColour>,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// `None` removes the cover (the image itself is the caller's to discard).
    fn set_cover(
        &self,
        community: CommunityId,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
