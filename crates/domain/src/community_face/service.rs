use super::{AccentColour, FaceStore};
use crate::accounts::Account;
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{self, Action, Actor, Community, CommunityStore, can};
use crate::media::{self, ImageId, ImageStore, MediaStorage, Picture};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message};

/// The field a colour's errors name, in forms and in the API.
pub const ACCENT_FIELD: &str = "accent_colour";
/// The field a cover's description errors name (the settings form's, as `media::FORM_FIELDS`).
pub const COVER_ALT_FIELD: &str = media::FORM_FIELDS.alt;

/// The community's admins and the network's coordinators change its face; anyone else is
/// refused (403).
pub async fn require_admin(
    store: &impl CommunityStore,
    community: &Community,
    actor: &Account,
) -> Result<(), AppError> {
    let role = store
        .membership(community.id, actor.id)
        .await?
        .map(|membership| membership.role);
    if can(
        &Actor {
            account: actor,
            role,
        },
        Action::ChangeFace,
    ) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// What to do with the cover photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoverChange {
    /// Show this picture, which the admin uploaded (`media::upload`).
    Set(ImageId),
    /// Say anew what the current cover shows.
    Describe(String),
    Remove,
}

/// A change of face; what is `None` stays as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaceChange {
    /// The colour as typed, `#rrggbb`; empty goes back to the network's colours.
    pub accent: Option<String>,
    pub cover: Option<CoverChange>,
}

/// Changes the community's colour, cover or both, and gives the community as it now is. Every
/// field is checked before anything changes: a refused change changes nothing. `image_field`
/// names the cover's input in errors (`image_id` in the API). Each change is audited; a cover
/// that is replaced or removed is discarded with its files.
pub async fn change_face(
    store: &(impl CommunityStore + FaceStore + AuditStore + ImageStore),
    storage: &impl MediaStorage,
    community: &Community,
    actor: &Account,
    change: FaceChange,
    image_field: &'static str,
    now: Instant,
) -> Result<Community, AppError> {
    require_admin(store, community, actor).await?;
    let mut errors = FieldErrors::new();
    let accent = match change.accent.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(text) => errors
            .check(ACCENT_FIELD, AccentColour::parse(text))
            .map(Some),
    };
    let cover = match change.cover {
        None => None,
        Some(CoverChange::Set(id)) => {
            // Only the person's own uploads may be borrowed (as `media::attachable` says); that
            // marks it public, which waits until every field has passed.
            let own = store
                .image(id)
                .await?
                .is_some_and(|image| image.owner == actor.id);
            if !own {
                errors.add(image_field, Message::new("error-image-unknown"));
            }
            Some(CoverChange::Set(id))
        }
        Some(CoverChange::Describe(alt)) => {
            if community.cover.is_none() {
                errors.add(image_field, Message::new("error-image-missing"));
            }
            errors
                .check(COVER_ALT_FIELD, media::parse_alt(&alt))
                .map(CoverChange::Describe)
        }
        Some(CoverChange::Remove) => Some(CoverChange::Remove),
    };
    errors.into_result()?;
    let audit = |action, reason: String| AuditEntry {
        community: Some(community.id),
        actor: actor.id,
        action,
        target_type: "community",
        target_id: community.id.0.to_string(),
        reason,
    };
    if let Some(accent) = accent
        && accent != community.accent
    {
        store.set_accent(community.id, accent).await?;
        let reason = format!(
            "{} → {}",
            colour_name(community.accent),
            colour_name(accent)
        );
        store
            .record_audit(&audit(AuditAction::CommunityAccentChanged, reason), now)
            .await?;
    }
    let current = community.cover.as_ref();
    match cover {
        Some(CoverChange::Set(id)) if current.map(|picture| picture.id) != Some(id) => {
            let picture = media::attachable(store, actor.id, id, false, image_field).await?;
            store.set_cover(community.id, Some(id), now).await?;
            store
                .record_audit(&audit(AuditAction::CommunityCoverChanged, picture.alt), now)
                .await?;
            discard(store, storage, current).await?;
        }
        Some(CoverChange::Describe(alt)) => {
            if let Some(picture) = current.filter(|picture| picture.alt != alt) {
                store.set_image_alt(picture.id, &alt).await?;
                store
                    .record_audit(&audit(AuditAction::CommunityCoverChanged, alt), now)
                    .await?;
            }
        }
        Some(CoverChange::Remove) if current.is_some() => {
            store.set_cover(community.id, None, now).await?;
            store
                .record_audit(
                    &audit(AuditAction::CommunityCoverRemoved, String::new()),
                    now,
                )
                .await?;
            discard(store, storage, current).await?;
        }
        _ => {}
    }
    communities::community(store, community.slug.as_str()).await
}

/// A colour as the audit log shows it: `#rrggbb`, or a dash for the network's own.
fn colour_name(accent: Option<AccentColour>) -> String {
    accent.map_or_else(|| "—".to_owned(), AccentColour::hex)
}

/// Deletes the cover that was shown before, now that nothing points at it.
async fn discard(
    store: &impl ImageStore,
    storage: &impl MediaStorage,
    previous: Option<&Picture>,
) -> Result<(), AppError> {
    match previous {
        Some(picture) => media::discard(store, storage, picture.id).await,
        None => Ok(()),
    }
}
