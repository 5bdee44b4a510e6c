use std::future::Future;

use super::{Story, StoryDraft, StoryFilter, StoryId};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::media::ImageId;
use crate::moderation::PageCursor;
use crate::time::Instant;

/// Which stories of a community a reader may have listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Readable {
    /// Members-only stories too.
    pub members: bool,
    /// Hidden stories too (moderators).
    pub hidden: bool,
}

pub trait StoryStore: Sync {
    /// The story and its tags, in one transaction.
    fn insert_story(
        &self,
        id: StoryId,
        community: CommunityId,
        author: AccountId,
        draft: &StoryDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The text, tags, audience and photo, in one transaction.
    fn update_story(
        &self,
        id: StoryId,
        draft: &StoryDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The story with its tags and comments, in one transaction.
    fn delete_story(&self, id: StoryId) -> impl Future<Output = Result<(), AppError>> + Send;
    fn story(&self, id: StoryId) -> impl Future<Output = Result<Option<Story>, AppError>> + Send;
    /// One page of a community's stories, newest first, after `after`.
    fn stories(
        &self,
        community: CommunityId,
        filter: &StoryFilter,
        readable: Readable,
        after: Option<PageCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Story>, AppError>> + Send;
    /// The tags of the stories the reader may see, in alphabetical order, at most `limit`.
    fn story_tags(
        &self,
        community: CommunityId,
        readable: Readable,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<String>, AppError>> + Send;
}
