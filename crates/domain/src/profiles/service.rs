use super::{
    Closeness, DirectoryFilter, DirectoryViewer, PersonCursor, Profile, ProfileInput, ProfileStore,
    ProfileView, Skill, SpokenLanguage, Visibility,
};
use crate::accounts::{Account, AccountId};
use crate::communities::{Community, CommunityStore};
use crate::jobs::JobQueue;
use crate::media::{self, ImageStore, MediaStorage, PhotoChange};
use crate::support::{self, Conversation, ConversationStore};
use crate::time::{Duration, Instant};
use crate::{AppError, Message};

/// One's own profile, whole.
pub async fn own(store: &impl ProfileStore, account: &Account) -> Result<Profile, AppError> {
    Ok(store
        .profile(account.id)
        .await?
        .unwrap_or_else(|| Profile::empty(account.id, account.display_name.as_str().to_owned())))
}

/// Changes one's profile: the fields given, or none when any is at fault.
pub async fn save(
    store: &impl ProfileStore,
    account: &Account,
    input: &ProfileInput<'_>,
    now: Instant,
) -> Result<Profile, AppError> {
    let current = own(store, account).await?;
    let change = input.apply(&current)?;
    store.save_profile(&change, now).await?;
    Ok(change.profile)
}

/// Changes one's profile and its photo (`photo`; a new one must be the person's own upload, else
/// a 422 on `photo_field`): nothing changes when anything is at fault. The photo is marked
/// members-only unless everyone may see it; one replaced or removed is discarded.
#[allow(clippy::too_many_arguments)]
pub async fn save_with_photo(
    store: &(impl ProfileStore + ImageStore),
    storage: &impl MediaStorage,
    account: &Account,
    input: &ProfileInput<'_>,
    photo: PhotoChange,
    photo_field: &'static str,
    now: Instant,
) -> Result<Profile, AppError> {
    let current = own(store, account).await?;
    let mut change = input.apply(&current)?;
    let members_only = change.profile.visibility.avatar != Visibility::Public;
    let old = current.avatar.as_ref().map(|picture| picture.id);
    change.profile.avatar = match photo {
        PhotoChange::Remove => None,
        PhotoChange::Keep => match old {
            Some(id) => {
                Some(media::attachable(store, account.id, id, members_only, photo_field).await?)
            }
            None => None,
        },
        PhotoChange::Set(id) => {
            Some(media::attachable(store, account.id, id, members_only, photo_field).await?)
        }
    };
    store.save_profile(&change, now).await?;
    let new = change.profile.avatar.as_ref().map(|picture| picture.id);
    if let Some(old) = old
        && new != Some(old)
    {
        media::discard(store, storage, old).await?;
    }
    Ok(change.profile)
}

/// How close `viewer` stands to `person`.
pub async fn closeness(
    store: &impl ProfileStore,
    viewer: Option<AccountId>,
    person: AccountId,
) -> Result<Closeness, AppError> {
    Ok(match viewer {
        Some(viewer) if viewer == person => Closeness::Themself,
        Some(viewer) if store.share_a_community(viewer, person).await? => {
            Closeness::SharesCommunity
        }
        _ => Closeness::Anyone,
    })
}

/// A member of the community as `viewer` may see them. Not found when they are no member, or
/// show the viewer nothing (unless the viewer is the person, who always sees their own).
pub async fn person(
    store: &(impl ProfileStore + CommunityStore),
    community: &Community,
    viewer: Option<&Account>,
    person: AccountId,
) -> Result<ProfileView, AppError> {
    if store.membership(community.id, person).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let profile = store.profile(person).await?.ok_or(AppError::NotFound)?;
    let closeness = closeness(store, viewer.map(|account| account.id), person).await?;
    let view = profile.seen_by(closeness);
    if view.shows_anything() || view.is_themself() {
        Ok(view)
    } else {
        Err(AppError::NotFound)
    }
}

/// What the directory needs to know about its reader.
pub async fn directory_viewer(
    store: &impl CommunityStore,
    community: &Community,
    viewer: Option<&Account>,
) -> Result<DirectoryViewer, AppError> {
    let member = match viewer {
        Some(account) => store.membership(community.id, account.id).await?.is_some(),
        None => false,
    };
    Ok(DirectoryViewer {
        account: viewer.map(|account| account.id),
        member,
    })
}

pub struct DirectoryPage {
    pub items: Vec<ProfileView>,
    pub next: Option<PersonCursor>,
}

impl DirectoryFilter {
    /// The filters as typed; empty ones filter nothing.
    pub fn parse(skill: &str, language: &str, words: &str) -> Result<Self, AppError> {
        let mut errors = crate::FieldErrors::new();
        let skill = errors.check("skill", Skill::parse(skill)).flatten();
        let language = if language.trim().is_empty() {
            None
        } else {
            errors.check("language", SpokenLanguage::parse(language))
        };
        errors.into_result()?;
        Ok(Self {
            skill,
            language,
            words: crate::text::search_words(words),
        })
    }
}

/// One page of the community's talent directory for this viewer.
pub async fn directory(
    store: &impl ProfileStore,
    community: &Community,
    viewer: DirectoryViewer,
    filter: &DirectoryFilter,
    after: Option<&PersonCursor>,
    limit: u32,
) -> Result<DirectoryPage, AppError> {
    let mut items = store
        .directory(community.id, viewer, filter, after, limit + 1)
        .await?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(PersonCursor::after)
    } else {
        None
    };
    Ok(DirectoryPage { items, next })
}

/// "Send a message" on a person's page: opens the private conversation between the two in this
/// community (or continues it) with a first message. Both must be members; the person must show
/// the writer something, as their page does.
pub async fn write_to(
    store: &(impl ProfileStore + CommunityStore + ConversationStore + JobQueue),
    community: &Community,
    account: &Account,
    person_id: AccountId,
    body: &str,
    remind_after: Duration,
    now: Instant,
) -> Result<Conversation, AppError> {
    let seen = person(store, community, Some(account), person_id).await?;
    if seen.is_themself() {
        return Err(AppError::invalid(
            "message",
            Message::new("error-profile-message-self"),
        ));
    }
    support::write_directly(
        store,
        community,
        account,
        person_id,
        body,
        remind_after,
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_cursor_keeps_a_name_with_dots() {
        let cursor = PersonCursor {
            name_key: "anna m. nowak".into(),
            id: uuid::Uuid::now_v7(),
        };
        assert_eq!(PersonCursor::decode(&cursor.encode()).unwrap(), cursor);
        assert!(PersonCursor::decode("nonsense").is_none());
    }

    #[test]
    fn filters_are_parsed_and_named_at_fault() {
        let filter = DirectoryFilter::parse(" Tax  Forms", "UK", " szycie\u{0} ").unwrap();
        assert_eq!(filter.skill.unwrap().as_str(), "tax forms");
        assert_eq!(filter.language.unwrap().code(), "uk");
        assert_eq!(filter.words, "szycie");
        assert_eq!(
            DirectoryFilter::parse("", "", "").unwrap(),
            DirectoryFilter::default()
        );
        let Err(AppError::Validation(errors)) = DirectoryFilter::parse("", "zz", "") else {
            panic!("an unknown language");
        };
        assert!(errors.for_field("language").is_some());
    }
}
