use super::store::Readable;
use super::{Audience, Story, StoryDraft, StoryFilter, StoryId, StoryStore};
use crate::communities::{Community, Participant};
use crate::media::{self, ImageId, ImageStore, MediaStorage, PhotoChange};
use crate::moderation::{Page, PageCursor};
use crate::time::Instant;
use crate::{AppError, Message};

/// The field an API body names its photo in.
pub const IMAGE_FIELD: &str = "image_id";

/// What of a community's stories the reader may see: members (and coordinators) read the
/// members-only ones too, moderators the hidden ones.
pub fn readable_by(participant: &Participant) -> Readable {
    Readable {
        members: participant.role.is_some()
            || (participant.account.is_some() && participant.coordinator),
        hidden: participant.sees_hidden(),
    }
}

/// The story when the reader may see it; 404 otherwise (a members-only story does not exist for
/// anyone outside the community, a hidden one for anyone but moderators).
pub fn visible_to(participant: &Participant, story: Story) -> Result<Story, AppError> {
    let readable = readable_by(participant);
    let hidden_away = story.hidden && !readable.hidden;
    let members_only = story.audience == Audience::Members
        && !readable.members
        && !participant.is(story.author.id);
    if hidden_away || members_only {
        Err(AppError::NotFound)
    } else {
        Ok(story)
    }
}

pub async fn find(
    store: &impl StoryStore,
    participant: &Participant,
    id: StoryId,
) -> Result<Story, AppError> {
    visible_to(
        participant,
        store.story(id).await?.ok_or(AppError::NotFound)?,
    )
}

/// Only a story's author changes or deletes it.
pub fn require_author(participant: &Participant, story: &Story) -> Result<(), AppError> {
    match participant.account {
        None => Err(AppError::unauthorised()),
        Some(account) if account == story.author.id => Ok(()),
        Some(_) => Err(AppError::Forbidden(Message::new("error-story-author-only"))),
    }
}

/// A member publishes a story, with a photo they uploaded (422 on `image_id` otherwise).
pub async fn create(
    store: &(impl StoryStore + ImageStore),
    community: &Community,
    participant: &Participant,
    draft: &StoryDraft,
    photo: Option<ImageId>,
    now: Instant,
) -> Result<Story, AppError> {
    let author = participant.member()?;
    if let Some(image) = photo {
        media::attachable(
            store,
            author,
            image,
            draft.audience == Audience::Members,
            IMAGE_FIELD,
        )
        .await?;
    }
    let id = StoryId::generate();
    store
        .insert_story(id, community.id, author, draft, photo, now)
        .await?;
    store
        .story(id)
        .await?
        .ok_or(AppError::internal("story vanished after insert"))
}

/// The author changes their story. A photo replaced or removed is deleted, files and all.
pub async fn update(
    store: &(impl StoryStore + ImageStore),
    storage: &impl MediaStorage,
    participant: &Participant,
    story: &Story,
    draft: &StoryDraft,
    photo: PhotoChange,
    now: Instant,
) -> Result<Story, AppError> {
    require_author(participant, story)?;
    let members_only = draft.audience == Audience::Members;
    let current = story.picture.as_ref().map(|picture| picture.id);
    let image = match photo {
        PhotoChange::Keep => {
            if let Some(image) = current {
                store.set_image_members_only(image, members_only).await?;
            }
            current
        }
        PhotoChange::Remove => None,
        PhotoChange::Set(image) => {
            media::attachable(store, story.author.id, image, members_only, IMAGE_FIELD).await?;
            Some(image)
        }
    };
    store.update_story(story.id, draft, image, now).await?;
    if let Some(old) = current.filter(|old| Some(*old) != image) {
        media::discard(store, storage, old).await?;
    }
    store.story(story.id).await?.ok_or(AppError::NotFound)
}

/// The author deletes their story, with its comments and its photo.
pub async fn delete(
    store: &(impl StoryStore + ImageStore),
    storage: &impl MediaStorage,
    participant: &Participant,
    story: &Story,
) -> Result<(), AppError> {
    require_author(participant, story)?;
    store.delete_story(story.id).await?;
    if let Some(picture) = &story.picture {
        media::discard(store, storage, picture.id).await?;
    }
    Ok(())
}

/// One page of a community's stories as this reader may see them, newest first.
pub async fn list(
    store: &impl StoryStore,
    community: &Community,
    participant: &Participant,
    filter: &StoryFilter,
    after: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Story>, AppError> {
    let rows = store
        .stories(
            community.id,
            filter,
            readable_by(participant),
            after,
            limit + 1,
        )
        .await?;
    Ok(Page::of(rows, limit, |story| PageCursor {
        at: story.created_at,
        id: story.id.0,
    }))
}

/// The tags in use among the stories this reader may see, for the filter links.
pub async fn tags(
    store: &impl StoryStore,
    community: &Community,
    participant: &Participant,
    limit: u32,
) -> Result<Vec<String>, AppError> {
    store
        .story_tags(community.id, readable_by(participant), limit)
        .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::accounts::AccountId;
    use crate::communities::{CommunityId, Role};
    use crate::support::Person;

    fn story(author: AccountId, audience: Audience, hidden: bool) -> Story {
        Story {
            id: StoryId::generate(),
            community_id: CommunityId::generate(),
            community_slug: "wawer".into(),
            author: Person {
                id: author,
                name: "Halina".into(),
            },
            title: "The ferry".into(),
            body: "It ran until 1960.".into(),
            tags: Vec::new(),
            audience,
            picture: None,
            comment_count: 0,
            hidden,
            created_at: crate::time::now(),
            updated_at: crate::time::now(),
        }
    }

    fn reader(role: Option<Role>) -> Participant {
        Participant {
            account: Some(AccountId::generate()),
            role,
            coordinator: false,
        }
    }

    #[test]
    fn each_reader_sees_what_is_theirs_to_see() {
        let author = reader(Some(Role::Member));
        let author_id = author.account.unwrap();
        let anonymous = Participant::default();
        let member = reader(Some(Role::Member));
        let outsider = reader(None);
        let moderator = reader(Some(Role::Moderator));
        let members_only = story(author_id, Audience::Members, false);
        assert!(visible_to(&anonymous, members_only.clone()).is_err());
        assert!(visible_to(&outsider, members_only.clone()).is_err());
        assert!(visible_to(&member, members_only.clone()).is_ok());
        assert!(visible_to(&author, members_only).is_ok());
        let public = story(author_id, Audience::Public, false);
        assert!(visible_to(&anonymous, public).is_ok());
        let hidden = story(author_id, Audience::Public, true);
        assert!(visible_to(&member, hidden.clone()).is_err());
        assert!(visible_to(&author, hidden.clone()).is_err());
        assert!(visible_to(&moderator, hidden).is_ok());
    }

    #[test]
    fn only_the_author_may_change_a_story() {
        let author = reader(Some(Role::Member));
        let written = story(author.account.unwrap(), Audience::Public, false);
        assert!(require_author(&author, &written).is_ok());
        assert!(matches!(
            require_author(&reader(Some(Role::Admin)), &written),
            Err(AppError::Forbidden(_))
        ));
        assert!(matches!(
            require_author(&Participant::default(), &written),
            Err(AppError::Unauthorised(_))
        ));
    }
}
