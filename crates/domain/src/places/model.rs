use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// A place where events happen.
    PlaceId
);

named_enum!(
    /// What makes a place or an event accessible: a fixed set, so that people can filter by it.
    Access, "error-access-unknown", {
        StepFree = "step_free",
        AccessibleToilet = "accessible_toilet",
        HearingLoop = "hearing_loop",
        Seating = "seating",
        QuietRoom = "quiet_room",
    }
);

impl Access {
    /// The bit this feature has in a stored set.
    const fn bit(self) -> i64 {
        match self {
            Access::StepFree => 1,
            Access::AccessibleToilet => 2,
            Access::HearingLoop => 4,
            Access::Seating => 8,
            Access::QuietRoom => 16,
        }
    }
}

/// A set of accessibility features, stored as the sum of their bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accessibility(i64);

impl From<Access> for Accessibility {
    fn from(access: Access) -> Self {
        Self(access.bit())
    }
}

impl Accessibility {
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, Message> {
        let mut bits = 0;
        for name in names.into_iter().filter(|name| !name.trim().is_empty()) {
            bits |= Access::parse(name)?.bit();
        }
        Ok(Self(bits))
    }

    /// From the stored bits; unknown bits are dropped.
    pub fn from_bits(bits: i64) -> Self {
        Self(
            Access::ALL
                .iter()
                .map(|access| access.bit() & bits)
                .sum::<i64>(),
        )
    }

    pub const fn bits(self) -> i64 {
        self.0
    }

    pub const fn has(self, access: Access) -> bool {
        self.0 & access.bit() != 0
    }

    /// The features in the set, in the order of `Access::ALL`.
    pub fn features(self) -> Vec<Access> {
        Access::ALL
            .iter()
            .copied()
            .filter(|access| self.has(*access))
            .collect()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

pub const NAME_MAX_CHARS: usize = 120;
pub const ADDRESS_MAX_CHARS: usize = 300;
pub const OPENING_HOURS_MAX_CHARS: usize = 1000;

/// Coordinates in millionths of a degree (about 11 cm): whole numbers on both engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coordinates {
    pub lat_e6: i64,
    pub lon_e6: i64,
}

impl Coordinates {
    pub fn lat(self) -> f64 {
        micro_to_degrees(self.lat_e6)
    }

    pub fn lon(self) -> f64 {
        micro_to_degrees(self.lon_e6)
    }
}

#[allow(clippy::cast_precision_loss)]
fn micro_to_degrees(micro: i64) -> f64 {
    micro as f64 / 1_000_000.0
}

/// A degree value as typed, within `limit` either side of zero.
fn degrees(text: &str, limit: f64) -> Result<Option<i64>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value: f64 = text
        .replace(',', ".")
        .parse()
        .map_err(|_| Message::new("error-coordinate-invalid"))?;
    if !value.is_finite() || value.abs() > limit {
        return Err(Message::new("error-coordinate-invalid"));
    }
    #[allow(clippy::cast_possible_truncation)]
    Ok(Some((value * 1_000_000.0).round() as i64))
}

/// A place as typed, before parsing.
#[derive(Debug, Clone, Default)]
pub struct PlaceInput<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub lat: &'a str,
    pub lon: &'a str,
    pub opening_hours: &'a str,
    pub accessibility: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceDraft {
    pub name: String,
    pub address: String,
    pub coordinates: Option<Coordinates>,
    pub opening_hours: String,
    pub accessibility: Accessibility,
}

impl PlaceDraft {
    pub fn parse(input: &PlaceInput<'_>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let name = errors.check("name", text::required(input.name, NAME_MAX_CHARS));
        let address = errors.check("address", text::required(input.address, ADDRESS_MAX_CHARS));
        let lat = errors.check("lat", degrees(input.lat, 90.0));
        let lon = errors.check("lon", degrees(input.lon, 180.0));
        let coordinates = match (lat, lon) {
            (Some(Some(lat_e6)), Some(Some(lon_e6))) => Some(Coordinates { lat_e6, lon_e6 }),
            (Some(None), Some(Some(_))) => {
                errors.add("lat", Message::new("error-coordinates-both"));
                None
            }
            (Some(Some(_)), Some(None)) => {
                errors.add("lon", Message::new("error-coordinates-both"));
                None
            }
            _ => None,
        };
        let opening_hours = errors.check(
            "opening_hours",
            text::optional(input.opening_hours, OPENING_HOURS_MAX_CHARS),
        );
        let accessibility = errors.check(
            "accessibility",
            Accessibility::parse(input.accessibility.iter().copied()),
        );
        match (name, address, opening_hours, accessibility) {
            (Some(name), Some(address), Some(opening_hours), Some(accessibility))
                if errors.is_empty() =>
            {
                Ok(Self {
                    name,
                    address,
                    coordinates,
                    opening_hours,
                    accessibility,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: PlaceId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub name: String,
    pub address: String,
    pub coordinates: Option<Coordinates>,
    pub opening_hours: String,
    pub accessibility: Accessibility,
    pub created_at: Instant,
    pub updated_at: Instant,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn input<'a>(lat: &'a str, lon: &'a str, access: Vec<&'a str>) -> PlaceInput<'a> {
        PlaceInput {
            name: "Biblioteka",
            address: "ul. Żegańska 1",
            lat,
            lon,
            opening_hours: "",
            accessibility: access,
        }
    }

    #[test]
    fn coordinates_come_in_pairs_within_range() {
        let place = PlaceDraft::parse(&input("52.18", "21,17", vec![])).unwrap();
        assert_eq!(
            place.coordinates,
            Some(Coordinates {
                lat_e6: 52_180_000,
                lon_e6: 21_170_000
            })
        );
        let Err(AppError::Validation(errors)) = PlaceDraft::parse(&input("", "21", vec![])) else {
            panic!("one coordinate alone");
        };
        assert!(errors.for_field("lat").is_some());
        let Err(AppError::Validation(errors)) = PlaceDraft::parse(&input("91", "x", vec![])) else {
            panic!("out of range");
        };
        assert!(errors.for_field("lat").is_some() && errors.for_field("lon").is_some());
    }

    #[test]
    fn accessibility_is_a_set_of_known_features() {
        let place = PlaceDraft::parse(&input(
            "",
            "",
            vec!["hearing_loop", "step_free", "step_free"],
        ))
        .unwrap();
        assert_eq!(
            place.accessibility.features(),
            vec![Access::StepFree, Access::HearingLoop]
        );
        assert_eq!(
            Accessibility::from_bits(place.accessibility.bits()),
            place.accessibility
        );
        assert!(PlaceDraft::parse(&input("", "", vec!["lift"])).is_err());
    }
}
