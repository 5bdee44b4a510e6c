//! The demo stories' photos, drawn here rather than shipped: a sky, the land or the water, and a
//! few simple shapes for each scene, encoded as PNG and then uploaded like any photo. Flat
//! colours keep the stored JPEGs small (all of them together well under 200 KB).

use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{ExtendedColorType, ImageEncoder as _, Rgb, RgbImage};

pub const WIDTH: u32 = 480;
pub const HEIGHT: u32 = 320;
/// The size of `small_png`'s file.
const SMALL_WIDTH: u32 = 400;
const SMALL_HEIGHT: u32 = 267;

/// One thing drawn, in the order given (later ones cover earlier ones). Coordinates in pixels
/// of a 480×320 picture.
#[derive(Clone, Copy)]
pub enum Shape {
    /// The sky from its top colour to the colour at the horizon.
    Sky([u8; 3], [u8; 3]),
    /// Everything below a gentle wave: `(height at the left, height of the wave, waves across)`.
    Ground([u8; 3], u32, u32, u32),
    Disc([u8; 3], i64, i64, i64),
    /// `(left, top, right, bottom)`.
    Block([u8; 3], i64, i64, i64, i64),
    /// A roof or a fin: the apex, then the left and right ends of its base line.
    Triangle([u8; 3], (i64, i64), (i64, i64), i64),
}

fn mix(from: [u8; 3], to: [u8; 3], step: u32, steps: u32) -> Rgb<u8> {
    let channel = |a: u8, b: u8| -> u8 {
        let (a, b) = (i64::from(a), i64::from(b));
        let mixed = a + (b - a) * i64::from(step) / i64::from(steps.max(1));
        u8::try_from(mixed.clamp(0, 255)).unwrap_or(0)
    };
    Rgb([
        channel(from[0], to[0]),
        channel(from[1], to[1]),
        channel(from[2], to[2]),
    ])
}

fn put(image: &mut RgbImage, x: i64, y: i64, colour: [u8; 3]) {
    if let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y))
        && x < image.width()
        && y < image.height()
    {
        image.put_pixel(x, y, Rgb(colour));
    }
}

fn draw(image: &mut RgbImage, shape: Shape) {
    let (width, height) = (i64::from(image.width()), i64::from(image.height()));
    match shape {
        Shape::Sky(top, horizon) => {
            for y in 0..image.height() {
                let colour = mix(top, horizon, y, image.height());
                for x in 0..image.width() {
                    image.put_pixel(x, y, colour);
                }
            }
        }
        Shape::Ground(colour, level, wave, waves) => {
            for x in 0..width {
                // A triangle wave: smooth enough for hills, whole numbers only.
                let period = (width / i64::from(waves.max(1))).max(1);
                let phase = (x % period) * 2 * i64::from(wave) / period;
                let offset = if phase > i64::from(wave) {
                    2 * i64::from(wave) - phase
                } else {
                    phase
                };
                for y in (i64::from(level) - offset).max(0)..height {
                    put(image, x, y, colour);
                }
            }
        }
        Shape::Disc(colour, cx, cy, r) => {
            for y in cy - r..=cy + r {
                for x in cx - r..=cx + r {
                    if (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r {
                        put(image, x, y, colour);
                    }
                }
            }
        }
        Shape::Block(colour, left, top, right, bottom) => {
            for y in top..bottom {
                for x in left..right {
                    put(image, x, y, colour);
                }
            }
        }
        Shape::Triangle(colour, (ax, ay), (left, right), base) => {
            let rows = (base - ay).max(1);
            for y in ay..=base {
                let done = y - ay;
                let from = ax + (left - ax) * done / rows;
                let to = ax + (right - ax) * done / rows;
                for x in from..=to {
                    put(image, x, y, colour);
                }
            }
        }
    }
}

/// The scene as a PNG file, 480×320.
pub fn png(shapes: &[Shape]) -> Result<Vec<u8>, String> {
    encode(&drawn(shapes))
}

/// The scene drawn at 480×320 and made 400×267: the stories' photos, smaller so that all the
/// demo's photos stay small.
pub fn small_png(shapes: &[Shape]) -> Result<Vec<u8>, String> {
    encode(&image::imageops::resize(
        &drawn(shapes),
        SMALL_WIDTH,
        SMALL_HEIGHT,
        FilterType::Triangle,
    ))
}

fn drawn(shapes: &[Shape]) -> RgbImage {
    let mut image = RgbImage::new(WIDTH, HEIGHT);
    for shape in shapes {
        draw(&mut image, *shape);
    }
    image
}

fn encode(image: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .map_err(|error| error.to_string())?;
    Ok(out)
}
