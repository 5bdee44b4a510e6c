use crate::accounts::AccountId;
use crate::time::Instant;
use crate::{Message, text};

/// An uploaded image. Random (UUIDv4), unlike other ids: its address is all it takes to see it,
/// so it must not be guessable from the time it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct ImageId(pub uuid::Uuid);

impl ImageId {
    pub fn random() -> Self {
        Self(uuid::Uuid::new_v4())
    }

    /// `None` for anything that is not an id; callers answer 404 (or 422 for a field).
    pub fn parse(text: &str) -> Option<Self> {
        uuid::Uuid::parse_str(text.trim()).ok().map(Self)
    }
}

impl std::fmt::Display for ImageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The largest file taken: 10 MiB (the API answers 413 above it, a form a field error).
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// The most pixels a picture may have, read from its header before it is decoded.
pub const MAX_PIXELS: u64 = 40_000_000;
/// Neither side may be longer than this.
pub const MAX_SIDE: u32 = 16_384;
/// What a decoder may allocate for one picture (a 40-megapixel picture with 16 bits per channel
/// and alpha needs 320 MB).
pub const DECODER_MEMORY: u64 = 384 * 1024 * 1024;
/// The widths served; a narrower picture is kept at its own width and never enlarged.
pub const VARIANT_WIDTHS: [u32; 3] = [320, 640, 1280];
pub const ALT_MAX_CHARS: usize = 300;
/// How good the re-encoded JPEGs are (1–100).
pub const JPEG_QUALITY: u8 = 82;

/// Which inputs an upload's errors name: the form's or the API's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadFields {
    pub file: &'static str,
    pub alt: &'static str,
}

/// The API's `POST /images` multipart fields.
pub const API_FIELDS: UploadFields = UploadFields {
    file: "file",
    alt: "alt",
};

/// A page form's photo inputs (`templates/media/fields.html`).
pub const FORM_FIELDS: UploadFields = UploadFields {
    file: "image",
    alt: "image_alt",
};

/// Alt text: what the picture shows, for people who cannot see it. Required.
pub fn parse_alt(alt: &str) -> Result<String, Message> {
    if alt.trim().is_empty() {
        return Err(Message::new("error-image-alt-required"));
    }
    text::optional(&alt.replace(['\r', '\n', '\t'], " "), ALT_MAX_CHARS)
}

/// What a page needs to show an image: its variants and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub id: ImageId,
    pub alt: String,
    /// Of the widest variant.
    pub width: u32,
    pub height: u32,
    /// The widths stored, narrowest first; the last is `width`.
    pub variants: Vec<u32>,
}

impl Picture {
    /// The height of the variant `width` wide, in the picture's proportions.
    pub fn height_at(&self, width: u32) -> u32 {
        scaled_height(self.width, self.height, width)
    }

    pub fn has_variant(&self, width: u32) -> bool {
        self.variants.contains(&width)
    }

    /// The widths as stored: `320,640,1280`.
    pub fn variants_text(&self) -> String {
        self.variants
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// From the stored text; unknown parts are dropped.
    pub fn parse_variants(text: &str) -> Vec<u32> {
        let mut widths: Vec<u32> = text
            .split(',')
            .filter_map(|part| part.trim().parse().ok())
            .collect();
        widths.sort_unstable();
        widths.dedup();
        widths
    }

    /// The storage key of every variant.
    pub fn keys(&self) -> Vec<String> {
        self.variants
            .iter()
            .map(|width| variant_key(self.id, *width))
            .collect()
    }
}

/// An image as stored: its picture, who uploaded it and whether it shows members-only content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub picture: Picture,
    pub owner: AccountId,
    /// Sent with `Cache-Control: private`: it belongs to content only members may see.
    pub members_only: bool,
    /// The bytes of all its variants together.
    pub bytes: i64,
    pub created_at: Instant,
}

/// Where the variant `width` wide of an image is kept in the `MediaStorage`.
pub fn variant_key(id: ImageId, width: u32) -> String {
    format!("{id}/{width}.jpg")
}

/// The height of a picture `width`×`height` scaled to `to` wide, at least one pixel.
pub fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    if width == 0 {
        return height.max(1);
    }
    let scaled = (u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width);
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// The widths to store for a picture `width` wide: the standard ones below it, then its own
/// width capped at the widest.
pub fn widths_for(width: u32) -> Vec<u32> {
    let widest = VARIANT_WIDTHS.iter().copied().max().unwrap_or(width);
    let top = width.min(widest);
    let mut widths: Vec<u32> = VARIANT_WIDTHS
        .iter()
        .copied()
        .filter(|candidate| *candidate < top)
        .collect();
    widths.push(top.max(1));
    widths
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn variants_never_enlarge_a_picture() {
        assert_eq!(widths_for(4000), vec![320, 640, 1280]);
        assert_eq!(widths_for(1280), vec![320, 640, 1280]);
        assert_eq!(widths_for(800), vec![320, 640, 800]);
        assert_eq!(widths_for(320), vec![320]);
        assert_eq!(widths_for(100), vec![100]);
    }

    #[test]
    fn heights_keep_the_proportions() {
        assert_eq!(scaled_height(4000, 3000, 640), 480);
        assert_eq!(scaled_height(3000, 1, 320), 1);
        assert_eq!(
            Picture::parse_variants("1280, 320,x,640"),
            vec![320, 640, 1280]
        );
    }

    #[test]
    fn alt_text_is_required_and_one_line() {
        assert_eq!(
            parse_alt("  ").unwrap_err(),
            Message::new("error-image-alt-required")
        );
        assert_eq!(
            parse_alt("A bench\nin the park").unwrap(),
            "A bench in the park"
        );
        assert!(parse_alt(&"x".repeat(ALT_MAX_CHARS + 1)).is_err());
        assert!(ImageId::parse("not an id").is_none());
        assert_ne!(ImageId::random(), ImageId::random());
    }
}
