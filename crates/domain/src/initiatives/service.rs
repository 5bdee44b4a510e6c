use super::{
    Initiative, InitiativeDetail, InitiativeDraft, InitiativeId, InitiativeStore, Involvement,
    ListCursor, ListFilter, StateChange,
};
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{Community, Participant};
use crate::media::{self, ImageId, ImageStore, MediaStorage, PhotoChange};
use crate::time::Instant;
use crate::{AppError, Message};

/// The field an API body names its photo in.
pub const IMAGE_FIELD: &str = "image_id";

/// A member proposes an initiative, with a photo they uploaded (422 on `image_id` otherwise).
pub async fn propose(
    store: &(impl InitiativeStore + ImageStore),
    community: &Community,
    participant: &Participant,
    draft: &InitiativeDraft,
    photo: Option<ImageId>,
    now: Instant,
) -> Result<Initiative, AppError> {
    let author = participant.member()?;
    if let Some(image) = photo {
        media::attachable(store, author, image, false, IMAGE_FIELD).await?;
    }
    let id = InitiativeId::generate();
    store
        .insert_initiative(id, community.id, author, draft, photo, now)
        .await?;
    store
        .initiative(id)
        .await?
        .ok_or(AppError::internal("initiative vanished after insert"))
}

/// The initiative, if this reader may see it: a hidden one exists only for moderators.
pub async fn find(
    store: &impl InitiativeStore,
    participant: &Participant,
    id: InitiativeId,
) -> Result<Initiative, AppError> {
    visible_to(
        participant,
        store.initiative(id).await?.ok_or(AppError::NotFound)?,
    )
}

/// The initiative, unless it is hidden from this reader.
pub fn visible_to(
    participant: &Participant,
    initiative: Initiative,
) -> Result<Initiative, AppError> {
    if initiative.hidden && !participant.sees_hidden() {
        Err(AppError::NotFound)
    } else {
        Ok(initiative)
    }
}

/// Only the person who proposed an initiative changes its photo.
pub fn require_author(participant: &Participant, initiative: &Initiative) -> Result<(), AppError> {
    match participant.account {
        None => Err(AppError::unauthorised()),
        Some(account) if account == initiative.author.id => Ok(()),
        Some(_) => Err(AppError::Forbidden(Message::new(
            "error-initiative-author-only",
        ))),
    }
}

/// Its author gives the initiative a photo, replaces it or removes it. A photo replaced or
/// removed is deleted, files and all.
pub async fn change_photo(
    store: &(impl InitiativeStore + ImageStore),
    storage: &impl MediaStorage,
    participant: &Participant,
    initiative: &Initiative,
    change: PhotoChange,
    now: Instant,
) -> Result<Initiative, AppError> {
    require_author(participant, initiative)?;
    let current = initiative.picture.as_ref().map(|picture| picture.id);
    let image = change
        .resolve(store, initiative.author.id, current, false, IMAGE_FIELD)
        .await?;
    if change != PhotoChange::Keep {
        let before = store
            .set_initiative_image(initiative.id, image, now)
            .await?;
        if let Some(old) = before.filter(|old| Some(*old) != image) {
            media::discard(store, storage, old).await?;
        }
    }
    store
        .initiative(initiative.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Everything its page shows, in a fixed number of queries.
pub async fn detail(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: Initiative,
) -> Result<InitiativeDetail, AppError> {
    let answers = store.answers(initiative.id).await?;
    let volunteers = store.volunteers(initiative.id).await?;
    let involvement = match participant.account {
        Some(account) => store.involvement(initiative.id, account).await?,
        None => Involvement::default(),
    };
    Ok(InitiativeDetail {
        initiative,
        answers,
        volunteers,
        involvement,
    })
}

/// One page of the list, and where the next one starts.
pub struct InitiativePage {
    pub items: Vec<Initiative>,
    pub next: Option<ListCursor>,
}

pub async fn list(
    store: &impl InitiativeStore,
    community: &Community,
    participant: &Participant,
    filter: ListFilter,
    after: Option<ListCursor>,
    limit: u32,
) -> Result<InitiativePage, AppError> {
    let filter = ListFilter {
        include_hidden: participant.sees_hidden(),
        ..filter
    };
    let mut items = store
        .initiatives(community.id, filter, after, limit + 1)
        .await?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(ListCursor::after)
    } else {
        None
    };
    Ok(InitiativePage { items, next })
}

fn open_to_support(initiative: &Initiative) -> Result<(), AppError> {
    if initiative.state.takes_support() {
        Ok(())
    } else {
        Err(AppError::conflict("error-initiative-closed"))
    }
}

/// One support per member; supporting again is a conflict.
pub async fn support(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: &Initiative,
    now: Instant,
) -> Result<(), AppError> {
    let member = participant.member()?;
    open_to_support(initiative)?;
    if store.add_support(initiative.id, member, now).await? {
        Ok(())
    } else {
        Err(AppError::conflict("error-initiative-support-duplicate"))
    }
}

/// Withdrawing a support that is not there changes nothing and is not an error.
pub async fn withdraw_support(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: &Initiative,
) -> Result<(), AppError> {
    let member = participant.member()?;
    store.remove_support(initiative.id, member).await?;
    Ok(())
}

pub async fn volunteer(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: &Initiative,
    note: &str,
    now: Instant,
) -> Result<(), AppError> {
    let member = participant.member()?;
    let note = super::volunteer_note(note)?;
    open_to_support(initiative)?;
    store.add_volunteer(initiative.id, member, &note, now).await
}

pub async fn withdraw_volunteer(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: &Initiative,
) -> Result<(), AppError> {
    let member = participant.member()?;
    store.remove_volunteer(initiative.id, member).await
}

pub async fn follow(
    store: &impl InitiativeStore,
    participant: &Participant,
    initiative: &Initiative,
    follows: bool,
    now: Instant,
) -> Result<(), AppError> {
    let member = participant.member()?;
    store
        .set_following(initiative.id, member, follows, now)
        .await
}

/// An organiser moves the initiative on with a public answer, kept in its history and in the
/// audit log. A move the states do not allow, or a race lost to another organiser, is a conflict.
pub async fn answer(
    store: &(impl InitiativeStore + AuditStore),
    participant: &Participant,
    initiative: &Initiative,
    change: &StateChange,
    now: Instant,
) -> Result<Initiative, AppError> {
    let organiser = participant.organiser()?;
    if !initiative.state.may_become(change.state) {
        return Err(AppError::field_conflict(
            "state",
            "error-initiative-state-change",
        ));
    }
    if !store
        .change_state(initiative.id, initiative.state, change, organiser, now)
        .await?
    {
        return Err(AppError::conflict("error-initiative-state-change"));
    }
    store
        .record_audit(
            &AuditEntry {
                community: Some(initiative.community_id),
                actor: organiser,
                action: AuditAction::InitiativeAnswered,
                target_type: "initiative",
                target_id: initiative.id.to_string(),
                reason: format!(
                    "{} → {}: {}",
                    initiative.state.name(),
                    change.state.name(),
                    change.answer
                ),
            },
            now,
        )
        .await?;
    find(store, participant, initiative.id).await
}
