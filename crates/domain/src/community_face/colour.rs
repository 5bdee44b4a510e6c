//! Colours and their contrast, as WCAG 2.x measures it: the relative luminance of an sRGB colour
//! and the ratio `(L1 + 0.05) / (L2 + 0.05)` between two of them. Small and dependency-free.

use crate::Message;

/// An sRGB colour, eight bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

pub const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);
pub const BLACK: Rgb = Rgb::new(0, 0, 0);

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// `#rrggbb` (either case, spaces around it ignored); nothing else.
    pub fn parse_hex(text: &str) -> Option<Self> {
        let digits = text.trim().strip_prefix('#')?;
        if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |at: usize| {
            digits
                .get(at..at + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        };
        Some(Self::new(channel(0)?, channel(2)?, channel(4)?))
    }

    /// `#rrggbb` in lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance: 0 for black, 1 for white.
    pub fn relative_luminance(self) -> f64 {
        fn linear(channel: u8) -> f64 {
            let value = f64::from(channel) / 255.0;
            if value <= 0.040_45 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The contrast ratio between two colours, from 1 (the same) to 21 (black and white); the
    /// order does not matter.
    pub fn contrast(self, other: Self) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (lighter, darker) = if a >= b { (a, b) } else { (b, a) };
        (lighter + 0.05) / (darker + 0.05)
    }

    /// This colour moved `share` (0 to 1) of the way towards `other`, channel by channel.
    pub fn mix(self, other: Self, share: f64) -> Self {
        let share = share.clamp(0.0, 1.0);
        let channel = |from: u8, to: u8| {
            let value = f64::from(from) + (f64::from(to) - f64::from(from)) * share;
            // Clamped to 0..=255 first, so the conversion is exact.
            value.round().clamp(0.0, 255.0) as u8
        };
        Self::new(
            channel(self.r, other.r),
            channel(self.g, other.g),
            channel(self.b, other.b),
        )
    }
}

/// The least contrast WCAG 2.x level AA asks of normal text (1.4.3).
pub const AA_TEXT: f64 = 4.5;

/// A contrast ratio as a message shows it: rounded down to a tenth, so that a colour just under
/// the line never reads as if it passed ("4.4", not "4.5", for 4.47).
pub fn ratio_tenths(ratio: f64) -> i64 {
    // At most 210 tenths: the conversion cannot overflow.
    (ratio * 10.0).floor().clamp(0.0, 210.0) as i64
}

/// A message argument pair for a ratio: `ratio_whole` and `ratio_tenth` (4.4 → 4 and 4), which
/// each language joins with its own decimal mark.
pub fn with_ratio(message: Message, ratio: f64) -> Message {
    let tenths = ratio_tenths(ratio);
    message
        .with("ratio_whole", tenths / 10)
        .with("ratio_tenth", tenths % 10)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn hex(text: &str) -> Rgb {
        Rgb::parse_hex(text).unwrap()
    }

    fn close(actual: f64, expected: f64) -> bool {
        (actual - expected).abs() < 0.005
    }

    #[test]
    fn luminance_runs_from_black_to_white() {
        assert!(close(BLACK.relative_luminance(), 0.0));
        assert!(close(WHITE.relative_luminance(), 1.0));
        // Pure green weighs most, pure blue least.
        assert!(close(hex("#00ff00").relative_luminance(), 0.7152));
        assert!(close(hex("#0000ff").relative_luminance(), 0.0722));
        assert!(close(hex("#808080").relative_luminance(), 0.2159));
    }

    #[test]
    fn known_pairs_have_their_published_ratios() {
        for (a, b, expected) in [
            ("#000000", "#ffffff", 21.0),
            ("#ffffff", "#ffffff", 1.0),
            // The lightest grey that passes AA on white, and the one just past it.
            ("#767676", "#ffffff", 4.54),
            ("#777777", "#ffffff", 4.48),
            ("#0000ff", "#ffffff", 8.59),
            ("#ff0000", "#ffffff", 4.0),
            ("#808080", "#000000", 5.32),
            ("#0b5cad", "#ffffff", 6.67),
        ] {
            let ratio = hex(a).contrast(hex(b));
            assert!(close(ratio, expected), "{a} on {b}: {ratio}");
            assert!(close(hex(b).contrast(hex(a)), ratio), "symmetric");
        }
    }

    #[test]
    fn only_six_hex_digits_after_a_hash_are_a_colour() {
        assert_eq!(hex("#0B5CAD"), Rgb::new(0x0b, 0x5c, 0xad));
        assert_eq!(hex("  #0b5cad "), Rgb::new(0x0b, 0x5c, 0xad));
        assert_eq!(hex("#0B5CAD").hex(), "#0b5cad");
        for bad in [
            "0b5cad", "#0b5ca", "#0b5cadd", "#0g5cad", "#abc", "", "#", "red", "#+b5cad",
        ] {
            assert!(Rgb::parse_hex(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn ratios_are_shown_rounded_down() {
        assert_eq!(ratio_tenths(4.47), 44);
        assert_eq!(ratio_tenths(4.5), 45);
        assert_eq!(ratio_tenths(21.0), 210);
        let message = with_ratio(Message::new("x"), 3.96);
        assert_eq!(message.args, vec![("ratio_whole", 3), ("ratio_tenth", 9)]);
    }

    #[test]
    fn mixing_moves_towards_the_other_colour() {
        assert_eq!(BLACK.mix(WHITE, 0.0), BLACK);
        assert_eq!(BLACK.mix(WHITE, 1.0), WHITE);
        assert_eq!(BLACK.mix(WHITE, 0.5), Rgb::new(128, 128, 128));
        assert_eq!(BLACK.mix(WHITE, 7.0), WHITE);
    }
}
