//! Photos in tests: multipart bodies, drawn pictures, uploads and the files a server keeps.

use reqwest::Response;

use super::TestServer;

/// A `multipart/form-data` body: the text fields in order, then the file when one is given as
/// `(field, file name, content type, bytes)`. Gives the `Content-Type` and the body.
pub fn multipart(
    fields: &[(&str, &str)],
    file: Option<(&str, &str, &str, &[u8])>,
) -> (String, Vec<u8>) {
    let boundary = "micropolis-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, file_name, content_type, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                 Content-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A PNG picture of `width`×`height` pixels: a gradient, so that it is a real photo to resize.
pub fn png_picture(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder as _;
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 140])
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            pixels.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

impl TestServer {
    /// `POST /api/v1/images` with `file` and `alt`, as `token`.
    pub async fn upload_image(
        &self,
        token: Option<&str>,
        alt: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Response {
        let (content_type, body) = multipart(
            &[("alt", alt)],
            Some(("file", file_name, "image/jpeg", bytes)),
        );
        let mut request = self
            .client
            .post(self.url("/api/v1/images"))
            .header("Content-Type", content_type)
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    /// The files in this server's media directory.
    pub fn media_files(&self) -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        let mut found = Vec::new();
        walk(self.media.path(), &mut found);
        found.sort();
        found
    }
}
