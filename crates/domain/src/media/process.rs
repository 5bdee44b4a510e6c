//! Turning uploaded bytes into the JPEG variants that are stored: the format is judged by the
//! bytes alone, the size is read from the header and refused before any pixel is decoded, the
//! decoder runs within memory limits, the EXIF orientation is applied, and what is encoded
//! afterwards carries no metadata at all (no EXIF, no GPS position). CPU-bound: callers run it
//! off the async runtime (`service::upload` does).

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder as _, ImageError, ImageFormat, ImageReader, Limits};
use image::{Rgb, RgbImage};

use super::model::{
    DECODER_MEMORY, JPEG_QUALITY, MAX_PIXELS, MAX_SIDE, MAX_UPLOAD_BYTES, scaled_height, widths_for,
};
use crate::Message;

/// One stored size of a picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
}

/// A picture made ready to store: its variants, narrowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// Of the widest variant.
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
}

fn too_large() -> Message {
    Message::new("error-image-too-large").with(
        "megabytes",
        i64::try_from(MAX_UPLOAD_BYTES / (1024 * 1024)).unwrap_or(10),
    )
}

fn too_many_pixels() -> Message {
    Message::new("error-image-pixels").with(
        "megapixels",
        i64::try_from(MAX_PIXELS / 1_000_000).unwrap_or(40),
    )
}

fn unreadable() -> Message {
    Message::new("error-image-unreadable")
}

/// What went wrong in the decoder, as a person can read it.
fn message_of(error: &ImageError) -> Message {
    match error {
        ImageError::Limits(_) => too_many_pixels(),
        ImageError::Unsupported(_) => Message::new("error-image-type"),
        _ => unreadable(),
    }
}

/// Checks, decodes, orients and re-encodes an uploaded picture.
pub fn process(bytes: &[u8]) -> Result<Processed, Message> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(too_large());
    }
    let image = decode(bytes)?;
    let flat = flatten(image);
    let widths = widths_for(flat.width());
    let mut variants = Vec::with_capacity(widths.len());
    // Widest first, each from the one before: a small picture is made from a sharp, already small
    // one, and only the first resize reads the whole original.
    // Every height from the widest variant's, as `Picture::height_at` gives them.
    let widest = widths.last().copied().unwrap_or(1);
    let widest_height = scaled_height(flat.width(), flat.height(), widest);
    let mut source = flat;
    for width in widths.iter().rev().copied() {
        let height = scaled_height(widest, widest_height, width);
        if (width, height) != source.dimensions() {
            source = image::imageops::resize(&source, width, height, FilterType::CatmullRom);
        }
        variants.push(Variant {
            width,
            height,
            jpeg: encode(&source)?,
        });
    }
    variants.reverse();
    let (width, height) = variants
        .last()
        .map(|widest| (widest.width, widest.height))
        .ok_or_else(unreadable)?;
    Ok(Processed {
        width,
        height,
        variants,
    })
}

/// The picture upright, if it is a JPEG, PNG or WebP of a size we take.
fn decode(bytes: &[u8]) -> Result<DynamicImage, Message> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| unreadable())?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        _ => return Err(Message::new("error-image-type")),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(DECODER_MEMORY);
    reader.limits(limits);
    // Reads the header only: a picture that declares too many pixels is refused here, before
    // anything the size of its pixels is allocated.
    let mut decoder = reader.into_decoder().map_err(|error| message_of(&error))?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(unreadable());
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(too_many_pixels());
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|error| message_of(&error))?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// Eight-bit RGB; transparent parts are laid on white (JPEG has no transparency).
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (target, source) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [red, green, blue, alpha] = source.0;
        let over_white = |channel: u8| -> u8 {
            let alpha = u16::from(alpha);
            let mixed = (u16::from(channel) * alpha + 255 * (255 - alpha) + 127) / 255;
            u8::try_from(mixed).unwrap_or(u8::MAX)
        };
        *target = Rgb([over_white(red), over_white(green), over_white(blue)]);
    }
    rgb
}

/// A baseline JPEG with no metadata segments.
fn encode(image: &RgbImage) -> Result<Vec<u8>, Message> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode_image(image)
        .map_err(|_| unreadable())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use image::codecs::png::PngEncoder;
    use image::{ExtendedColorType, ImageEncoder as _, Rgba, RgbaImage};

    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = RgbaImage::from_fn(width, height, |x, _| {
            Rgba([u8::try_from(x % 256).unwrap(), 90, 160, 255])
        });
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(image.as_raw(), width, height, ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    #[test]
    fn a_picture_becomes_jpeg_variants_never_wider_than_it_was() {
        let processed = process(&png(900, 600)).unwrap();
        let sizes: Vec<(u32, u32)> = processed
            .variants
            .iter()
            .map(|variant| (variant.width, variant.height))
            .collect();
        assert_eq!(sizes, vec![(320, 213), (640, 427), (900, 600)]);
        assert_eq!((processed.width, processed.height), (900, 600));
        for variant in &processed.variants {
            assert_eq!(&variant.jpeg[..2], &[0xFF, 0xD8]);
            let decoded = image::load_from_memory(&variant.jpeg).unwrap();
            assert_eq!(decoded.width(), variant.width);
        }
    }

    #[test]
    fn the_exif_orientation_is_applied_and_the_exif_dropped() {
        // A 40×20 JPEG whose EXIF says "rotate 90° clockwise" (orientation 6) and carries a
        // GPS marker: it is stored 20×40 with no EXIF left.
        let mut exif =
            b"II\x2a\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
        exif.extend_from_slice(b"GPSLatitude52.18");
        let mut jpeg = Vec::new();
        let mut encoder = JpegEncoder::new(&mut jpeg);
        encoder.set_exif_metadata(exif).unwrap();
        let pixels = RgbImage::from_pixel(40, 20, Rgb([200, 10, 10]));
        encoder
            .write_image(pixels.as_raw(), 40, 20, ExtendedColorType::Rgb8)
            .unwrap();
        assert!(jpeg.windows(4).any(|w| w == b"Exif"));
        let processed = process(&jpeg).unwrap();
        assert_eq!((processed.width, processed.height), (20, 40));
        let stored = &processed.variants[0].jpeg;
        assert!(!stored.windows(4).any(|w| w == b"Exif"));
        assert!(!stored.windows(3).any(|w| w == b"GPS"));
    }

    #[test]
    fn what_is_not_a_picture_we_take_is_refused_with_its_reason() {
        assert_eq!(
            process(b"just some text, named photo.jpg").unwrap_err().key,
            "error-image-type"
        );
        let gif = b"GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;";
        assert_eq!(process(gif).unwrap_err().key, "error-image-type");
        let mut cut = png(64, 64);
        cut.truncate(cut.len() / 2);
        assert_eq!(process(&cut).unwrap_err().key, "error-image-unreadable");
        assert_eq!(
            process(&vec![0; MAX_UPLOAD_BYTES + 1]).unwrap_err().key,
            "error-image-too-large"
        );
    }

    /// CRC-32 as PNG chunks carry it.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFF_u32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A valid PNG header that declares `width`×`height`, with hardly any pixel data after it.
    fn png_declaring(width: u32, height: u32) -> Vec<u8> {
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut chunk = |kind: &[u8], data: &[u8]| {
            out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc32(&body).to_be_bytes());
        };
        let mut header = Vec::new();
        header.extend_from_slice(&width.to_be_bytes());
        header.extend_from_slice(&height.to_be_bytes());
        header.extend_from_slice(&[8, 2, 0, 0, 0]);
        chunk(b"IHDR", &header);
        chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        chunk(b"IEND", &[]);
        out
    }

    #[test]
    fn a_header_declaring_too_many_pixels_is_refused_before_decoding() {
        // 30000×30000 is 900 megapixels in a file of a few dozen bytes; 8000×8000 stays within
        // each side's limit but not the pixel count. Both are refused from the header alone.
        for (width, height) in [(30_000, 30_000), (8_000, 8_000), (40_000, 1)] {
            assert_eq!(
                process(&png_declaring(width, height)).unwrap_err().key,
                "error-image-pixels",
                "{width}×{height}"
            );
        }
        assert_eq!(
            process(&png_declaring(2, 2)).unwrap_err().key,
            "error-image-unreadable"
        );
    }

    #[test]
    fn transparency_is_laid_on_white() {
        let clear = RgbaImage::from_pixel(4, 4, Rgba([0, 0, 0, 0]));
        let flat = flatten(DynamicImage::ImageRgba8(clear));
        assert_eq!(flat.get_pixel(0, 0).0, [255, 255, 255]);
    }
}
