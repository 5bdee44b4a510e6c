//! Photo uploads end to end: bad files of every kind refused with their reason and nothing
//! stored, the alt text required, EXIF and GPS gone from what is served, the variants with their
//! cache headers, members-only pictures kept out of shared caches, and an erased person's files
//! deleted from the disk. One test binary; each file holds the scenarios of one part.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod bad_uploads;
mod erasure;
mod serving;

use common::{
    Engine, Neighbourhood, PASSWORD, TestDatabase, TestServer, multipart, neighbourhood,
    png_picture,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

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

/// A well-formed PNG of a few dozen bytes whose header declares `width`×`height`: a
/// decompression bomb when it declares more than it holds.
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

/// A JPEG `width`×`height` whose EXIF says "turn 90° clockwise to show" and names a place.
fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder as _;
    let mut exif = b"II\x2a\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPSLatitude 52.1822 N GPSLongitude 21.1703 E");
    let pixels = image::RgbImage::from_fn(width, height, |x, _| {
        image::Rgb([u8::try_from(x % 200).unwrap(), 120, 60])
    });
    let mut out = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80);
    encoder.set_exif_metadata(exif).unwrap();
    encoder
        .write_image(
            pixels.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

/// What the personal-data export says about the caller's images.
async fn exported_images(server: &TestServer, token: &str) -> Vec<Value> {
    server.get_ok("/me/export", token).await["data"]["media"]["images"]
        .as_array()
        .unwrap()
        .clone()
}
