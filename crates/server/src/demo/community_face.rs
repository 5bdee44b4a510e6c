//! Each demo community's own face, so that Wawer, Middelfart and Cagliari each look like
//! themselves: a colour (Wawer the green of its pine woods, Middelfart the blue of the Little
//! Belt, Cagliari the terracotta of its old town's roofs; each passes AA with the text drawn on
//! it) and a cover photo, drawn like the stories' photos (`stories::pictures`), cut to a wide
//! strip, and uploaded by the community's admin like any photo, described in its language.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::{CommunityId, CommunityStore as _};
use domain::community_face::{AccentColour, FaceStore as _};
use domain::media::{self, FORM_FIELDS};
use domain::time;
use image::ImageFormat;
use store::{Db, MediaDirectory};

use super::stories::pictures::Shape::{Block, Disc, Ground, Sky, Triangle};
use super::stories::pictures::{HEIGHT, Shape, WIDTH, png};

struct DemoFace {
    slug: &'static str,
    accent: &'static str,
    alt: &'static str,
    scene: &'static [Shape],
}

/// The rows of the drawn scene the cover keeps: a strip 480×180.
const STRIP: (u32, u32) = (70, 180);

const PINE: [u8; 3] = [28, 70, 44];
const TRUNK: [u8; 3] = [96, 66, 40];

const WAWER: [Shape; 16] = [
    Sky([120, 175, 225], [215, 232, 245]),
    Disc([255, 240, 190], 90, 112, 22),
    Ground([70, 120, 80], 168, 4, 3),
    Block([84, 136, 182], 0, 180, 480, 226),
    Block([160, 200, 225], 60, 196, 200, 199),
    Block([160, 200, 225], 120, 210, 230, 212),
    Ground([52, 102, 56], 228, 6, 2),
    Triangle([34, 80, 50], (200, 132), (186, 214), 182),
    Triangle(PINE, (300, 100), (270, 330), 204),
    Block(TRUNK, 296, 204, 304, 236),
    Triangle(PINE, (360, 80), (326, 394), 210),
    Block(TRUNK, 356, 210, 364, 242),
    Triangle([34, 80, 50], (424, 112), (398, 450), 214),
    Block(TRUNK, 420, 214, 428, 244),
    Triangle(PINE, (40, 120), (16, 64), 216),
    Block(TRUNK, 36, 216, 44, 240),
];

const STEEL: [u8; 3] = [70, 78, 88];
const GAP: [u8; 3] = [142, 190, 232];

const MIDDELFART: [Shape; 14] = [
    Sky([96, 160, 214], [200, 226, 244]),
    Ground([96, 140, 96], 172, 3, 2),
    Block([46, 104, 150], 0, 182, 480, 320),
    Block([120, 170, 205], 40, 215, 140, 218),
    Block([120, 170, 205], 300, 236, 420, 239),
    Triangle(STEEL, (106, 96), (40, 172), 140),
    Triangle(GAP, (106, 110), (62, 150), 136),
    Triangle(STEEL, (306, 96), (240, 372), 140),
    Triangle(GAP, (306, 110), (262, 350), 136),
    Block(STEEL, 0, 140, 480, 148),
    Block([90, 96, 104], 100, 148, 112, 200),
    Block([90, 96, 104], 300, 148, 312, 200),
    Triangle([245, 245, 240], (392, 170), (392, 424), 210),
    Block([140, 70, 50], 380, 210, 432, 218),
];

const ROOF: [u8; 3] = [163, 58, 23];
const WINDOW: [u8; 3] = [90, 60, 40];

const CAGLIARI: [Shape; 17] = [
    Sky([240, 170, 110], [250, 222, 172]),
    Disc([255, 232, 172], 420, 104, 26),
    Ground([176, 132, 88], 196, 24, 1),
    Block([200, 170, 120], 250, 92, 278, 140),
    Block([214, 160, 90], 120, 150, 180, 214),
    Triangle(ROOF, (150, 130), (114, 186), 150),
    Block([190, 96, 60], 180, 162, 232, 214),
    Block([230, 206, 160], 232, 140, 300, 214),
    Triangle(ROOF, (266, 122), (228, 304), 140),
    Block([206, 130, 110], 300, 160, 352, 214),
    Triangle(ROOF, (326, 140), (296, 356), 160),
    Block([222, 180, 100], 352, 172, 404, 214),
    Block(WINDOW, 138, 176, 146, 190),
    Block(WINDOW, 156, 176, 164, 190),
    Block(WINDOW, 256, 164, 264, 178),
    Block(WINDOW, 318, 184, 326, 198),
    Block(WINDOW, 372, 190, 380, 204),
];

const FACES: [DemoFace; 3] = [
    DemoFace {
        slug: "wawer",
        accent: "#2e6b30",
        alt: "Sosny na skarpie nad Wisłą w porannym słońcu, w dole szeroka rzeka.",
        scene: &WAWER,
    },
    DemoFace {
        slug: "middelfart",
        accent: "#0f5e73",
        alt: "Den gamle Lillebæltsbro over det blå vand en klar dag, med en sejlbåd ved broen.",
        scene: &MIDDELFART,
    },
    DemoFace {
        slug: "cagliari-centro-storico",
        accent: "#a33a17",
        alt: "Le case color ocra e terracotta del Castello e una torre sulla collina, al tramonto.",
        scene: &CAGLIARI,
    },
];

/// The scene cut to a wide strip, as a PNG file.
fn strip(scene: &[Shape]) -> Result<Vec<u8>, AppError> {
    let drawn = png(scene).map_err(AppError::internal)?;
    let picture = image::load_from_memory_with_format(&drawn, ImageFormat::Png)
        .map_err(AppError::internal)?;
    let (top, rows) = STRIP;
    let cut = picture.crop_imm(0, top.min(HEIGHT), WIDTH, rows);
    let mut out = std::io::Cursor::new(Vec::new());
    cut.write_to(&mut out, ImageFormat::Png)
        .map_err(AppError::internal)?;
    Ok(out.into_inner())
}

/// Gives the community its colour and its cover, each unless it has one already. `people[0]`
/// is its admin, who uploads the cover.
pub async fn load(
    db: &Db,
    media: &MediaDirectory,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(face) = FACES.iter().find(|face| face.slug == slug) else {
        return Ok(());
    };
    let Some(current) = db.community(slug).await? else {
        return Ok(());
    };
    if current.accent.is_none() {
        let accent =
            AccentColour::parse(face.accent).map_err(|message| AppError::internal(message.key))?;
        db.set_accent(community, Some(accent)).await?;
    }
    if let (None, Some(admin)) = (current.cover, people.first()) {
        let now = time::now();
        let image = media::upload(
            db,
            media,
            *admin,
            strip(face.scene)?,
            face.alt,
            FORM_FIELDS,
            now,
        )
        .await?;
        db.set_cover(community, Some(image.picture.id), now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_colour_passes_and_differs() {
        for face in &FACES {
            assert!(AccentColour::parse(face.accent).is_ok(), "{}", face.slug);
        }
        let mut colours: Vec<&str> = FACES.iter().map(|face| face.accent).collect();
        colours.sort_unstable();
        colours.dedup();
        assert_eq!(colours.len(), FACES.len());
    }

    #[test]
    fn every_cover_is_a_wide_strip_with_a_description() {
        for face in &FACES {
            let bytes = strip(face.scene).unwrap();
            let picture = image::load_from_memory(&bytes).unwrap();
            assert_eq!((picture.width(), picture.height()), (WIDTH, STRIP.1));
            assert!(media::parse_alt(face.alt).is_ok(), "{}", face.slug);
        }
    }
}
