//! A community's accent colour: its buttons, links and the band over its pages. It is refused
//! unless it keeps WCAG AA contrast (4.5:1) with everything drawn with it — the white text on a
//! button, and the page and card backgrounds a link in that colour sits on — so a community
//! cannot make its own pages hard to read. Dark mode gets a lighter shade of the same colour,
//! worked out here, that keeps the same contrast on the dark backgrounds.

use serde::{Serialize, Serializer};

use super::colour::{AA_TEXT, Rgb, WHITE, with_ratio};
use crate::Message;

/// What the light scheme draws with the accent (crates/web/static/main.css, `:root`): white text
/// on it (`--accent-fg`), and it as link colour on the page (`--bg`) and on cards, panels and the
/// header (`--surface`). A web test keeps these in step with the stylesheet.
pub const LIGHT_PAIRS: [Rgb; 2] = [WHITE, Rgb::new(0xf3, 0xf4, 0xf7)];

/// The same in the dark scheme (`prefers-color-scheme: dark`): dark text on the accent
/// (`--accent-fg`), the page (`--bg`) and the surface (`--surface`).
pub const DARK_PAIRS: [Rgb; 3] = [
    Rgb::new(0x0d, 0x1b, 0x2a),
    Rgb::new(0x16, 0x17, 0x1b),
    Rgb::new(0x23, 0x25, 0x2b),
];

/// The least contrast of `colour` with any of `pairs`.
fn worst_contrast(colour: Rgb, pairs: &[Rgb]) -> f64 {
    pairs
        .iter()
        .map(|pair| colour.contrast(*pair))
        .fold(f64::INFINITY, f64::min)
}

/// A colour that passed: AA contrast with everything the light scheme draws with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AccentColour(Rgb);

impl AccentColour {
    /// `#rrggbb`, refused when malformed or when its contrast falls short; the message for low
    /// contrast carries the contrast it reached (`ratio_whole`, `ratio_tenth`).
    pub fn parse(text: &str) -> Result<Self, Message> {
        let colour = Rgb::parse_hex(text).ok_or(Message::new("error-accent-malformed"))?;
        let reached = worst_contrast(colour, &LIGHT_PAIRS);
        if reached < AA_TEXT {
            return Err(with_ratio(Message::new("error-accent-contrast"), reached));
        }
        Ok(Self(colour))
    }

    /// A colour read back from the database: only its form is checked, so that a stored colour
    /// always shows even if the rules change later.
    pub fn from_stored(text: &str) -> Option<Self> {
        Rgb::parse_hex(text).map(Self)
    }

    pub fn rgb(self) -> Rgb {
        self.0
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        self.0.hex()
    }

    /// The six digits alone: what the theme's address carries, so it changes with the colour.
    pub fn version(self) -> String {
        self.hex().trim_start_matches('#').to_owned()
    }

    /// The contrast with the white text drawn on it.
    pub fn contrast_with_text(self) -> f64 {
        self.0.contrast(WHITE)
    }

    /// The least contrast with what the light scheme draws it with.
    pub fn worst_contrast(self) -> f64 {
        worst_contrast(self.0, &LIGHT_PAIRS)
    }

    /// The shade for dark mode: the colour lightened, in steps of 2 %, until it keeps AA
    /// contrast with the dark backgrounds and with the dark text on it. White always does.
    pub fn dark_shade(self) -> Rgb {
        (0..=50)
            .map(|step| self.0.mix(WHITE, f64::from(step) / 50.0))
            .find(|shade| worst_contrast(*shade, &DARK_PAIRS) >= AA_TEXT)
            .unwrap_or(WHITE)
    }
}

impl Serialize for AccentColour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.hex())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::community_face::colour::ratio_tenths;

    #[test]
    fn a_dark_enough_colour_is_taken_in_any_case() {
        let accent = AccentColour::parse("#0F5E73").unwrap();
        assert_eq!(accent.hex(), "#0f5e73");
        assert_eq!(accent.version(), "0f5e73");
        assert!(accent.contrast_with_text() >= accent.worst_contrast());
    }

    #[test]
    fn a_pale_colour_is_refused_with_the_contrast_it_reached() {
        // Yellow on white: about 1.07:1.
        let refused = AccentColour::parse("#ffff00").unwrap_err();
        assert_eq!(refused.key, "error-accent-contrast");
        assert_eq!(refused.args, vec![("ratio_whole", 1), ("ratio_tenth", 0)]);
        // #777777 reaches 4.48:1 with white but less on the grey surface: shown as 4.0.
        let refused = AccentColour::parse("#777777").unwrap_err();
        assert_eq!(refused.args, vec![("ratio_whole", 4), ("ratio_tenth", 0)]);
    }

    #[test]
    fn the_card_background_counts_too() {
        // #767676 passes on white (4.54:1) but not on the surface cards and the header use.
        assert!(Rgb::new(0x76, 0x76, 0x76).contrast(WHITE) >= AA_TEXT);
        assert!(AccentColour::parse("#767676").is_err());
        assert!(AccentColour::parse("#6b6b6b").is_ok());
    }

    #[test]
    fn malformed_colours_are_told_apart_from_pale_ones() {
        for bad in ["blue", "#12345", "0b5cad", "#0b5cag", ""] {
            assert_eq!(
                AccentColour::parse(bad).unwrap_err(),
                Message::new("error-accent-malformed"),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_dark_shade_keeps_aa_on_dark_backgrounds() {
        for text in [
            "#0f5e73", "#2e6b30", "#a33a17", "#000000", "#0b5cad", "#6b6b6b",
        ] {
            let accent = AccentColour::parse(text).unwrap();
            let shade = accent.dark_shade();
            for pair in DARK_PAIRS {
                assert!(
                    ratio_tenths(shade.contrast(pair)) >= 45,
                    "{text} → {} on {}",
                    shade.hex(),
                    pair.hex()
                );
            }
            assert_ne!(shade, accent.rgb(), "{text} is lightened for dark mode");
        }
    }

    #[test]
    fn a_stored_colour_is_read_back_whatever_its_contrast() {
        assert!(AccentColour::from_stored("#ffff00").is_some());
        assert!(AccentColour::from_stored("nonsense").is_none());
    }
}
