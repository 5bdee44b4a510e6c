use super::{Place, PlaceDraft, PlaceId, PlaceStore};
use crate::AppError;
use crate::communities::{Community, Participant};
use crate::time::Instant;

/// Where the next page of places starts: after this name and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceCursor {
    pub name: String,
    pub id: uuid::Uuid,
}

impl PlaceCursor {
    pub fn after(place: &Place) -> Self {
        Self {
            name: place.name.clone(),
            id: place.id.0,
        }
    }

    /// `id.name`: the id never holds a dot, the name may.
    pub fn encode(&self) -> String {
        format!("{}.{}", self.id, self.name)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (id, name) = text.split_once('.')?;
        Some(Self {
            name: name.to_owned(),
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

pub struct PlacePage {
    pub items: Vec<Place>,
    pub next: Option<PlaceCursor>,
}

/// Organisers describe a new place of their community.
pub async fn create(
    store: &impl PlaceStore,
    community: &Community,
    participant: &Participant,
    draft: &PlaceDraft,
    now: Instant,
) -> Result<Place, AppError> {
    participant.organiser()?;
    let id = PlaceId::generate();
    store.insert_place(id, community.id, draft, now).await?;
    store
        .place(id)
        .await?
        .ok_or(AppError::internal("place vanished after insert"))
}

pub async fn update(
    store: &impl PlaceStore,
    participant: &Participant,
    place: &Place,
    draft: &PlaceDraft,
    now: Instant,
) -> Result<Place, AppError> {
    participant.organiser()?;
    store.update_place(place.id, draft, now).await?;
    store.place(place.id).await?.ok_or(AppError::NotFound)
}

/// The place, when it belongs to this community; anyone may read it.
pub async fn find(
    store: &impl PlaceStore,
    community: &Community,
    id: PlaceId,
) -> Result<Place, AppError> {
    store
        .place(id)
        .await?
        .filter(|place| place.community_id == community.id)
        .ok_or(AppError::NotFound)
}

pub async fn list(
    store: &impl PlaceStore,
    community: &Community,
    after: Option<&PlaceCursor>,
    limit: u32,
) -> Result<PlacePage, AppError> {
    let mut items = store.places(community.id, after, limit + 1).await?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(PlaceCursor::after)
    } else {
        None
    };
    Ok(PlacePage { items, next })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_cursor_keeps_a_name_with_dots() {
        let cursor = PlaceCursor {
            name: "Dom Kultury 2.0".into(),
            id: uuid::Uuid::now_v7(),
        };
        assert_eq!(PlaceCursor::decode(&cursor.encode()).unwrap(), cursor);
        assert!(PlaceCursor::decode("nonsense").is_none());
    }
}
