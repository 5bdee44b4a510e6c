//! The photos of one initiative and one event in each demo community, drawn like the stories'
//! (`stories::pictures`) but only 320 pixels wide (one stored width, about 7 KB each), and
//! uploaded like any photo, with alt text in the community's language: the benches people asked
//! for along the water, and the community's full event.

use domain::AppError;
use domain::accounts::AccountId;
use domain::media::{self, FORM_FIELDS, ImageId};
use domain::time::Instant;
use store::{Db, MediaDirectory};

use super::stories::pictures::Shape::{Block, Disc, Ground, Sky, Triangle};
use super::stories::pictures::{Shape, png};

/// A drawn photo and what it shows.
pub(super) struct DemoPhoto {
    pub alt: &'static str,
    pub scene: &'static [Shape],
}

const WOOD: [u8; 3] = [132, 86, 46];
const IRON: [u8; 3] = [58, 58, 62];

/// A park bench seen from the front: backrest, seat and two legs, `left` to `left + 80`, its
/// seat at `seat`.
macro_rules! bench {
    ($left:expr, $seat:expr) => {
        [
            Block(WOOD, $left, $seat - 18, $left + 80, $seat - 10),
            Block(WOOD, $left, $seat, $left + 80, $seat + 8),
            Block(IRON, $left + 6, $seat - 10, $left + 10, $seat + 20),
            Block(IRON, $left + 70, $seat - 10, $left + 74, $seat + 20),
        ]
    };
}

const WAWER_BENCH_A: [Shape; 4] = bench!(140, 236);
const WAWER_BENCH_B: [Shape; 4] = bench!(300, 236);
const HARBOUR_BENCH_A: [Shape; 4] = bench!(90, 278);
const HARBOUR_BENCH_B: [Shape; 4] = bench!(250, 278);
const POETTO_BENCH_A: [Shape; 4] = bench!(120, 284);
const POETTO_BENCH_B: [Shape; 4] = bench!(290, 284);

const WAWER_INITIATIVE: [Shape; 18] = [
    Sky([120, 175, 225], [205, 228, 245]),
    Block([62, 108, 62], 0, 140, 480, 152),
    Block([80, 130, 175], 0, 150, 480, 214),
    Ground([86, 140, 78], 208, 5, 2),
    Block([206, 186, 146], 0, 256, 480, 278),
    Triangle([34, 78, 50], (52, 96), (22, 82), 222),
    Block([100, 70, 40], 48, 222, 56, 250),
    Triangle([34, 78, 50], (440, 90), (410, 470), 220),
    Block([100, 70, 40], 436, 220, 444, 250),
    WAWER_BENCH_A[0],
    WAWER_BENCH_A[1],
    WAWER_BENCH_A[2],
    WAWER_BENCH_A[3],
    WAWER_BENCH_B[0],
    WAWER_BENCH_B[1],
    WAWER_BENCH_B[2],
    WAWER_BENCH_B[3],
    Disc([255, 244, 200], 400, 50, 20),
];

const WAWER_EVENT: [Shape; 14] = [
    Sky([38, 44, 82], [72, 70, 112]),
    Disc([120, 105, 90], 380, 100, 60),
    Triangle([236, 204, 120], (380, 70), (346, 414), 122),
    Block([90, 86, 80], 376, 122, 384, 206),
    Block([146, 98, 60], 30, 206, 450, 222),
    Block([120, 80, 50], 50, 222, 430, 320),
    Block([246, 242, 230], 150, 182, 228, 206),
    Block([246, 242, 230], 234, 182, 312, 206),
    Block([196, 190, 176], 228, 182, 234, 206),
    Block([250, 250, 250], 70, 180, 100, 206),
    Block([150, 84, 40], 72, 180, 98, 186),
    Block([250, 250, 250], 108, 184, 136, 206),
    Block([150, 84, 40], 110, 184, 134, 190),
    Triangle([232, 190, 120], (350, 176), (326, 372), 206),
];

const HARBOUR_INITIATIVE: [Shape; 15] = [
    Sky([110, 170, 225], [200, 228, 245]),
    Block([92, 140, 92], 0, 158, 480, 172),
    Block([40, 100, 150], 0, 170, 480, 248),
    Block([120, 110, 100], 0, 246, 480, 252),
    Block([184, 174, 162], 0, 252, 480, 320),
    Block([50, 50, 60], 400, 150, 406, 300),
    Disc([255, 230, 150], 403, 146, 10),
    HARBOUR_BENCH_A[0],
    HARBOUR_BENCH_A[1],
    HARBOUR_BENCH_A[2],
    HARBOUR_BENCH_A[3],
    HARBOUR_BENCH_B[0],
    HARBOUR_BENCH_B[1],
    HARBOUR_BENCH_B[2],
    HARBOUR_BENCH_B[3],
];

const HARBOUR_EVENT: [Shape; 13] = [
    Sky([232, 222, 202], [244, 238, 224]),
    Block([150, 200, 236], 150, 40, 330, 160),
    Block([255, 255, 255], 238, 40, 242, 160),
    Block([255, 255, 255], 150, 98, 330, 102),
    Block([150, 106, 70], 20, 206, 460, 320),
    Block([128, 88, 56], 20, 200, 460, 208),
    Block([250, 250, 250], 80, 176, 118, 206),
    Block([88, 54, 30], 82, 176, 116, 182),
    Block([250, 250, 250], 360, 176, 398, 206),
    Block([88, 54, 30], 362, 176, 396, 182),
    Block([246, 242, 230], 178, 186, 236, 204),
    Block([246, 242, 230], 242, 186, 300, 204),
    Block([180, 40, 40], 236, 186, 242, 204),
];

const POETTO_INITIATIVE: [Shape; 15] = [
    Sky([90, 160, 225], [190, 225, 245]),
    Disc([255, 240, 170], 410, 56, 26),
    Triangle([150, 125, 95], (70, 112), (0, 160), 152),
    Block([30, 120, 180], 0, 150, 480, 214),
    Block([120, 190, 210], 0, 204, 480, 214),
    Ground([238, 222, 180], 214, 4, 3),
    Block([204, 202, 196], 0, 262, 480, 320),
    POETTO_BENCH_A[0],
    POETTO_BENCH_A[1],
    POETTO_BENCH_A[2],
    POETTO_BENCH_A[3],
    POETTO_BENCH_B[0],
    POETTO_BENCH_B[1],
    POETTO_BENCH_B[2],
    POETTO_BENCH_B[3],
];

const CAGLIARI_EVENT: [Shape; 14] = [
    Sky([240, 214, 172], [246, 230, 200]),
    Block([224, 214, 194], 0, 170, 480, 320),
    Block([204, 168, 118], 50, 190, 350, 300),
    Disc([70, 110, 160], 410, 170, 42),
    Disc([240, 220, 150], 410, 170, 30),
    Disc([250, 246, 228], 100, 220, 16),
    Disc([250, 246, 228], 150, 220, 16),
    Disc([250, 246, 228], 200, 220, 16),
    Disc([250, 246, 228], 100, 262, 16),
    Disc([250, 246, 228], 150, 262, 16),
    Disc([250, 246, 228], 200, 262, 16),
    Block([186, 136, 86], 250, 212, 270, 292),
    Block([150, 104, 60], 254, 196, 266, 212),
    Block([150, 104, 60], 254, 292, 266, 308),
];

/// Each community's photo of its first initiative (benches along the water), by slug.
const INITIATIVE_PHOTOS: [(&str, DemoPhoto); 3] = [
    (
        "wawer",
        DemoPhoto {
            alt: "Piaszczysta ścieżka nad Wisłą z dwiema drewnianymi ławkami, sosnami po bokach i rzeką w tle.",
            scene: &WAWER_INITIATIVE,
        },
    ),
    (
        "middelfart",
        DemoPhoto {
            alt: "Havnepromenaden med to træbænke og en lygtepæl, blåt vand og den grønne kyst på den anden side.",
            scene: &HARBOUR_INITIATIVE,
        },
    ),
    (
        "cagliari-centro-storico",
        DemoPhoto {
            alt: "Il lungomare del Poetto con due panchine di legno, la sabbia chiara, il mare azzurro e un promontorio sullo sfondo.",
            scene: &POETTO_INITIATIVE,
        },
    ),
];

/// Each community's photo of its first event, by slug.
const EVENT_PHOTOS: [(&str, DemoPhoto); 3] = [
    (
        "wawer",
        DemoPhoto {
            alt: "Stół w świetle lampy: otwarta książka z wierszami, dwie filiżanki herbaty i kawałek ciasta.",
            scene: &WAWER_EVENT,
        },
    ),
    (
        "middelfart",
        DemoPhoto {
            alt: "Et bord foran et vindue med to kopper kaffe og en åben ordbog.",
            scene: &HARBOUR_EVENT,
        },
    ),
    (
        "cagliari-centro-storico",
        DemoPhoto {
            alt: "Un tagliere con sei culurgiones appena chiusi, un mattarello e una ciotola di ripieno.",
            scene: &CAGLIARI_EVENT,
        },
    ),
];

pub(super) fn for_initiative(slug: &str) -> Option<&'static DemoPhoto> {
    INITIATIVE_PHOTOS
        .iter()
        .find(|(name, _)| *name == slug)
        .map(|(_, photo)| photo)
}

pub(super) fn for_event(slug: &str) -> Option<&'static DemoPhoto> {
    EVENT_PHOTOS
        .iter()
        .find(|(name, _)| *name == slug)
        .map(|(_, photo)| photo)
}

/// How wide the photos are drawn: the narrowest width served, so that each is stored once and
/// all of them together stay small.
const WIDTH: u32 = 320;

/// The scene drawn at `WIDTH`, as PNG: drawn at the stories' size, then scaled down (nearest
/// pixel, which keeps the colours flat and the JPEG small).
fn small_png(scene: &[Shape]) -> Result<Vec<u8>, String> {
    let drawn = image::load_from_memory(&png(scene)?).map_err(|error| error.to_string())?;
    let height = drawn.height() * WIDTH / drawn.width().max(1);
    let small = drawn.resize_exact(WIDTH, height, image::imageops::FilterType::Nearest);
    let mut out = std::io::Cursor::new(Vec::new());
    small
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|error| error.to_string())?;
    Ok(out.into_inner())
}

/// Draws and uploads the photo as `owner`'s; gives its id.
pub(super) async fn upload(
    db: &Db,
    media_dir: &MediaDirectory,
    owner: AccountId,
    photo: &DemoPhoto,
    at: Instant,
) -> Result<ImageId, AppError> {
    let picture = small_png(photo.scene).map_err(AppError::internal)?;
    let image = media::upload(db, media_dir, owner, picture, photo.alt, FORM_FIELDS, at).await?;
    Ok(image.picture.id)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_photo_is_small_and_described_in_its_language() {
        let mut total = 0;
        for (_, photo) in INITIATIVE_PHOTOS.iter().chain(&EVENT_PHOTOS) {
            let processed = media::process(&small_png(photo.scene).unwrap()).unwrap();
            assert_eq!(processed.variants.len(), 1, "one width: {}", photo.alt);
            total += processed
                .variants
                .iter()
                .map(|variant| variant.jpeg.len())
                .sum::<usize>();
            assert!(media::parse_alt(photo.alt).is_ok(), "{}", photo.alt);
        }
        // All the demo's photos share 200 KB: these six take under a quarter of it.
        assert!(total < 48 * 1024, "the photos take {total} bytes");
        for slug in ["wawer", "middelfart", "cagliari-centro-storico"] {
            assert!(
                for_initiative(slug).is_some() && for_event(slug).is_some(),
                "{slug}"
            );
        }
    }
}
