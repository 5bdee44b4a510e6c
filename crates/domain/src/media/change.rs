use super::{ImageId, ImageStore, Picture, attachable};
use crate::accounts::AccountId;
use crate::{AppError, Message};

/// What becomes of the photo of something (an initiative, an event) when it is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoChange {
    Keep,
    Remove,
    /// A new photo, which the person saving uploaded (checked with `attachable`).
    Set(ImageId),
}

impl PhotoChange {
    /// From an API body's `image_id`, where absent (`None`) keeps the photo, `null` removes it
    /// and an id sets it; the id of the photo already there keeps it. Anything that is not an
    /// image id is a 422 on `field`.
    pub fn from_field(
        value: Option<Option<&str>>,
        current: Option<&Picture>,
        field: &'static str,
    ) -> Result<Self, AppError> {
        match value {
            None => Ok(Self::Keep),
            Some(None) => Ok(Self::Remove),
            Some(Some(text)) => {
                let id = ImageId::parse(text)
                    .ok_or_else(|| AppError::invalid(field, Message::new("error-image-unknown")))?;
                if current.is_some_and(|picture| picture.id == id) {
                    Ok(Self::Keep)
                } else {
                    Ok(Self::Set(id))
                }
            }
        }
    }

    /// The new image, when this sets one.
    pub fn new_image(self) -> Option<ImageId> {
        match self {
            Self::Set(id) => Some(id),
            Self::Keep | Self::Remove => None,
        }
    }

    /// The image the content will point at, from the one it points at now: a new one must be
    /// `actor`'s own (else 422 on `field`), and is marked to match the content's audience.
    pub async fn resolve(
        self,
        store: &impl ImageStore,
        actor: AccountId,
        current: Option<ImageId>,
        members_only: bool,
        field: &'static str,
    ) -> Result<Option<ImageId>, AppError> {
        match self {
            Self::Keep => Ok(current),
            Self::Remove => Ok(None),
            Self::Set(id) => {
                attachable(store, actor, id, members_only, field).await?;
                Ok(Some(id))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn an_api_field_keeps_removes_or_sets() {
        let current = Picture {
            id: ImageId::random(),
            alt: "A bench".into(),
            width: 640,
            height: 480,
            variants: vec![320, 640],
        };
        let same = current.id.to_string();
        let other = ImageId::random();
        let other_text = other.to_string();
        assert_eq!(
            PhotoChange::from_field(None, Some(&current), "image_id").unwrap(),
            PhotoChange::Keep
        );
        assert_eq!(
            PhotoChange::from_field(Some(None), Some(&current), "image_id").unwrap(),
            PhotoChange::Remove
        );
        assert_eq!(
            PhotoChange::from_field(Some(Some(&same)), Some(&current), "image_id").unwrap(),
            PhotoChange::Keep
        );
        assert_eq!(
            PhotoChange::from_field(Some(Some(&other_text)), Some(&current), "image_id").unwrap(),
            PhotoChange::Set(other)
        );
        assert!(PhotoChange::from_field(Some(Some("nope")), None, "image_id").is_err());
    }
}
