//! Places: where a community's events happen. Nothing here is about a person, so the privacy
//! registry lists the table as impersonal.

use domain::AppError;
use domain::communities::CommunityId;
use domain::places::{
    Accessibility, Coordinates, Place, PlaceCursor, PlaceDraft, PlaceId, PlaceStore,
};
use domain::search::Kind;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, uuid};
use crate::sql::{DbError, Row, params};

macro_rules! place_select {
    () => {
        "SELECT p.id, p.community_id, c.slug, p.name, p.address, p.lat_e6, p.lon_e6, p.opening_hours, \
         p.accessibility, p.created_at, p.updated_at FROM places p JOIN communities c ON c.id = p.community_id"
    };
}

fn read_place(row: &dyn Row) -> Result<Place, DbError> {
    let coordinates = match (row.optional_int(5)?, row.optional_int(6)?) {
        (Some(lat_e6), Some(lon_e6)) => Some(Coordinates { lat_e6, lon_e6 }),
        _ => None,
    };
    Ok(Place {
        id: PlaceId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        name: row.text(3)?,
        address: row.text(4)?,
        coordinates,
        opening_hours: row.text(7)?,
        accessibility: Accessibility::from_bits(row.int(8)?),
        created_at: instant(row.int(9)?)?,
        updated_at: instant(row.int(10)?)?,
    })
}

fn lat(draft: &PlaceDraft) -> Option<i64> {
    draft.coordinates.map(|c| c.lat_e6)
}

fn lon(draft: &PlaceDraft) -> Option<i64> {
    draft.coordinates.map(|c| c.lon_e6)
}

impl PlaceStore for Db {
    async fn insert_place(
        &self,
        id: PlaceId,
        community: CommunityId,
        draft: &PlaceDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        let id = id.to_string();
        self.write_searched(
            "INSERT INTO places (id, community_id, name, address, lat_e6, lon_e6, opening_hours, accessibility, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
            params![
                &id,
                community.0.to_string(),
                &draft.name,
                &draft.address,
                lat(draft),
                lon(draft),
                &draft.opening_hours,
                draft.accessibility.bits(),
                millis(now),
            ],
            Kind::Place,
            &id,
        )
        .await?;
        Ok(())
    }

    async fn update_place(
        &self,
        id: PlaceId,
        draft: &PlaceDraft,
        now: Instant,
    ) -> Result<(), AppError> {
        let id = id.to_string();
        self.transaction(async |tx| {
            tx.execute(
                "UPDATE places SET name = $1, address = $2, lat_e6 = $3, lon_e6 = $4, opening_hours = $5, \
                 accessibility = $6, updated_at = $7 WHERE id = $8",
                params![
                    &draft.name,
                    &draft.address,
                    lat(draft),
                    lon(draft),
                    &draft.opening_hours,
                    draft.accessibility.bits(),
                    millis(now),
                    &id,
                ],
            )
            .await?;
            crate::search::refresh(tx, Kind::Place, &id).await?;
            // Its events are found by its name and address too.
            let events = tx
                .fetch_all(
                    "SELECT id FROM events WHERE place_id = $1",
                    params![&id],
                    &|row| row.text(0),
                )
                .await?;
            for event in events {
                crate::search::refresh(tx, Kind::Event, &event).await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn place(&self, id: PlaceId) -> Result<Option<Place>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(place_select!(), " WHERE p.id = $1"),
                params![id.to_string()],
                &read_place,
            )
            .await?)
    }

    async fn places(
        &self,
        community: CommunityId,
        after: Option<&PlaceCursor>,
        limit: u32,
    ) -> Result<Vec<Place>, AppError> {
        let (name, id) = after.map_or((String::new(), String::new()), |cursor| {
            (cursor.name.clone(), cursor.id.to_string())
        });
        Ok(self
            .fetch_all(
                concat!(
                    place_select!(),
                    " WHERE p.community_id = $1 AND (p.name > $2 OR (p.name = $2 AND p.id > $3)) \
                     ORDER BY p.name, p.id LIMIT $4"
                ),
                params![community.0.to_string(), name, id, i64::from(limit)],
                &read_place,
            )
            .await?)
    }
}
