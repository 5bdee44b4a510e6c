use tokio::sync::Semaphore;

use super::{
    Image, ImageId, ImageStore, MAX_UPLOAD_BYTES, MediaStorage, Picture, Processed, UploadFields,
    parse_alt, process, variant_key,
};
use crate::accounts::AccountId;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message};

/// Pictures decoded at once: each may take a few hundred megabytes while it is decoded, and the
/// work is all processor time.
static PROCESSING: Semaphore = Semaphore::const_new(2);

/// Checks, processes and stores an uploaded picture owned by `owner`; errors name `fields`.
/// A refused upload stores nothing.
pub async fn upload(
    store: &impl ImageStore,
    storage: &impl MediaStorage,
    owner: AccountId,
    bytes: Vec<u8>,
    alt: &str,
    fields: UploadFields,
    now: Instant,
) -> Result<Image, AppError> {
    let mut errors = FieldErrors::new();
    if bytes.is_empty() {
        errors.add(fields.file, Message::new("error-image-missing"));
    } else if bytes.len() > MAX_UPLOAD_BYTES {
        errors.add(
            fields.file,
            Message::new("error-image-too-large").with(
                "megabytes",
                i64::try_from(MAX_UPLOAD_BYTES / (1024 * 1024)).unwrap_or(10),
            ),
        );
    }
    let alt = errors.check(fields.alt, parse_alt(alt));
    errors.into_result()?;
    let processed = process_off_runtime(bytes)
        .await?
        .map_err(|message| AppError::invalid(fields.file, message))?;
    let picture = Picture {
        id: ImageId::random(),
        alt: alt.unwrap_or_default(),
        width: processed.width,
        height: processed.height,
        variants: processed.variants.iter().map(|v| v.width).collect(),
    };
    let bytes: usize = processed.variants.iter().map(|v| v.jpeg.len()).sum();
    let image = Image {
        picture,
        owner,
        members_only: false,
        bytes: i64::try_from(bytes).unwrap_or(i64::MAX),
        created_at: now,
    };
    let mut stored = Vec::new();
    let mut outcome = Ok(());
    for variant in processed.variants {
        let key = variant_key(image.picture.id, variant.width);
        outcome = storage.put(&key, variant.jpeg).await;
        if outcome.is_err() {
            break;
        }
        stored.push(key);
    }
    if outcome.is_ok() {
        outcome = store.insert_image(&image).await;
    }
    if let Err(error) = outcome {
        delete_files(storage, &stored).await;
        return Err(error);
    }
    Ok(image)
}

/// Runs `process` on a blocking thread, a few at a time.
async fn process_off_runtime(bytes: Vec<u8>) -> Result<Result<Processed, Message>, AppError> {
    let _permit = PROCESSING.acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || process(&bytes))
        .await
        .map_err(AppError::internal)
}

/// The picture `id` when `actor` uploaded it, marked members-only or not to match the content
/// it is attached to. Anything else is a 422 on `field` (an id from someone else is treated as
/// unknown: ids are not to be borrowed).
pub async fn attachable(
    store: &impl ImageStore,
    actor: AccountId,
    id: ImageId,
    members_only: bool,
    field: &'static str,
) -> Result<Picture, AppError> {
    let image = store
        .image(id)
        .await?
        .filter(|image| image.owner == actor)
        .ok_or_else(|| AppError::invalid(field, Message::new("error-image-unknown")))?;
    if image.members_only != members_only {
        store.set_image_members_only(id, members_only).await?;
    }
    Ok(image.picture)
}

/// `attachable` for an id as typed (the API's `image_id`).
pub async fn attachable_text(
    store: &impl ImageStore,
    actor: AccountId,
    id: &str,
    members_only: bool,
    field: &'static str,
) -> Result<Picture, AppError> {
    let id = ImageId::parse(id)
        .ok_or_else(|| AppError::invalid(field, Message::new("error-image-unknown")))?;
    attachable(store, actor, id, members_only, field).await
}

/// Changes what the alt text says (the picture's owner, through the content it is on).
pub async fn set_alt(
    store: &impl ImageStore,
    id: ImageId,
    alt: &str,
    field: &'static str,
) -> Result<(), AppError> {
    let alt = parse_alt(alt).map_err(|message| AppError::invalid(field, message))?;
    store.set_image_alt(id, &alt).await
}

/// Deletes an image: its row, then its files. Call it once nothing points at it any more.
pub async fn discard(
    store: &impl ImageStore,
    storage: &impl MediaStorage,
    id: ImageId,
) -> Result<(), AppError> {
    let Some(image) = store.image(id).await? else {
        return Ok(());
    };
    store.delete_image(id).await?;
    delete_files(storage, &image.picture.keys()).await;
    Ok(())
}

/// The storage keys of every file the person uploaded: collected before an erasure removes the
/// rows that name them.
pub async fn files_of(store: &impl ImageStore, owner: AccountId) -> Result<Vec<String>, AppError> {
    Ok(store
        .images_of(owner)
        .await?
        .iter()
        .flat_map(|image| image.picture.keys())
        .collect())
}

/// Deletes the files; gives the keys that could not be deleted (the rest are gone either way).
pub async fn delete_files(storage: &impl MediaStorage, keys: &[String]) -> Vec<String> {
    let mut left = Vec::new();
    for key in keys {
        if storage.delete(key).await.is_err() {
            left.push(key.clone());
        }
    }
    left
}
