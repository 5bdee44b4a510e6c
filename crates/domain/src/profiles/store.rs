use std::future::Future;

use super::{Profile, ProfileChange, ProfileView, Skill, SpokenLanguage};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::time::Instant;

/// Where the next page of a directory starts: after this name (its sort key) and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonCursor {
    pub name_key: String,
    pub id: uuid::Uuid,
}

impl PersonCursor {
    pub fn after(person: &ProfileView) -> Self {
        Self {
            name_key: person.sort_key.clone(),
            id: person.account_id.0,
        }
    }

    /// `id.name`: the id never holds a dot, the name may.
    pub fn encode(&self) -> String {
        format!("{}.{}", self.id, self.name_key)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (id, name_key) = text.split_once('.')?;
        Some(Self {
            name_key: name_key.to_owned(),
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

/// The directory's filters; each one matches only what the viewer may see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub skill: Option<Skill>,
    pub language: Option<SpokenLanguage>,
    /// Words found in the name, the bio or the skills.
    pub words: String,
}

/// Who reads the directory: the store works out how close they are to each person listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectoryViewer {
    pub account: Option<AccountId>,
    /// A member of the community itself, who therefore shares it with everyone listed.
    pub member: bool,
}

pub trait ProfileStore: Sync {
    /// The account's profile, empty and private when they never wrote one; `None` for no
    /// account, or an erased one.
    fn profile(
        &self,
        account: AccountId,
    ) -> impl Future<Output = Result<Option<Profile>, AppError>> + Send;
    /// Stores the profile (and the account's new name), in one transaction.
    fn save_profile(
        &self,
        change: &ProfileChange,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Whether the two are members of at least one community together.
    fn share_a_community(
        &self,
        one: AccountId,
        other: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// One page of a community's directory by name, after `after`: the members who show this
    /// viewer at least one field and match the filter by what they show them, each with only that.
    fn directory(
        &self,
        community: CommunityId,
        viewer: DirectoryViewer,
        filter: &DirectoryFilter,
        after: Option<&PersonCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<ProfileView>, AppError>> + Send;
    /// Skill tags members of the community show this viewer, alphabetically, at most `limit`.
    fn skills_shown_in(
        &self,
        community: CommunityId,
        viewer: DirectoryViewer,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Skill>, AppError>> + Send;
    /// Skill tags people who share a community with `account` show to those communities'
    /// members: the suggestions on their profile form.
    fn skills_around(
        &self,
        account: AccountId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Skill>, AppError>> + Send;
}
