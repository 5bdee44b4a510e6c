//! The guidebook as an EPUB 3 (the `epub-builder` crate, zipped in process): a title page, the
//! navigation document and one XHTML file per chapter, with the chapters' uploaded photos
//! (`/media/{id}/{width}.jpg`) copied into the book and their addresses rewritten.

use std::collections::BTreeMap;

use askama::Template;
use domain::media::{ImageId, MediaStorage as _};
use epub_builder::{EpubBuilder, EpubContent, EpubVersion, ReferenceType, ZipLibrary};

use super::Reading;
use super::book::{BookChapter, internal};
use crate::markdown::{image_sources, to_safe_html_with_images};
use crate::page::PageContext;
use crate::state::AppState;

const STYLESHEET: &str = "body { font-family: serif; line-height: 1.5; } \
     img { max-width: 100%; height: auto; } .note { font-style: italic; }";

#[derive(Template)]
#[template(path = "guidebook/epub_chapter.xhtml", escape = "html")]
struct ChapterDocument<'a> {
    page: &'a PageContext,
    chapter: &'a BookChapter,
    source_name: &'a str,
}

#[derive(Template)]
#[template(path = "guidebook/epub_title.xhtml", escape = "html")]
struct TitleDocument<'a> {
    page: &'a PageContext,
}

/// The storage key of an uploaded photo's address, and the name of its copy in the book.
fn media_copy(source: &str) -> Option<(String, String)> {
    let rest = source.strip_prefix("/media/")?;
    let (id, file) = rest.split_once('/')?;
    let width: u32 = file.strip_suffix(".jpg")?.parse().ok()?;
    let id = ImageId::parse(id)?;
    Some((
        domain::media::variant_key(id, width),
        format!("images/{id}-{width}.jpg"),
    ))
}

/// The photos the chapters show that are stored here: address → (name in the book, bytes).
async fn photos(
    state: &AppState,
    readings: &[Reading],
) -> Result<BTreeMap<String, (String, Vec<u8>)>, domain::AppError> {
    let mut found = BTreeMap::new();
    for source in readings
        .iter()
        .flat_map(|reading| image_sources(&reading.body))
    {
        if found.contains_key(&source) {
            continue;
        }
        if let Some((key, name)) = media_copy(&source)
            && let Some(bytes) = state.media.get(&key).await?
        {
            found.insert(source, (name, bytes));
        }
    }
    Ok(found)
}

/// Void elements closed and HTML's one named entity replaced: ammonia writes HTML, an EPUB
/// wants XML.
pub(super) fn to_xhtml(html: &str) -> String {
    const VOID: [&str; 6] = ["area", "br", "col", "hr", "img", "wbr"];
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let (before, tag) = rest.split_at(at);
        out.push_str(before);
        let name: String = tag
            .chars()
            .skip(1)
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let mut quoted = false;
        let end = tag
            .char_indices()
            .find(|(_, c)| {
                if *c == '"' {
                    quoted = !quoted;
                }
                *c == '>' && !quoted
            })
            .map_or(tag.len(), |(index, _)| index);
        let (element, after) = tag.split_at(end);
        out.push_str(element);
        if VOID.contains(&name.as_str()) && !element.ends_with('/') {
            out.push_str(" /");
        }
        rest = after;
        if let Some(stripped) = rest.strip_prefix('>') {
            out.push('>');
            rest = stripped;
        }
    }
    out.push_str(rest);
    out.replace("&nbsp;", "&#160;")
}

/// The book's bytes.
pub(super) async fn build(
    state: &AppState,
    page: &PageContext,
    readings: Vec<Reading>,
) -> Result<Vec<u8>, domain::AppError> {
    let photos = photos(state, &readings).await?;
    let chapters: Vec<BookChapter> = readings
        .into_iter()
        .map(|reading| BookChapter {
            html: to_xhtml(&to_safe_html_with_images(&reading.body, |source| {
                photos.get(source).map(|(name, _)| name.clone())
            })),
            reading,
        })
        .collect();
    let title = TitleDocument { page }.render().map_err(internal)?;
    let mut documents = Vec::with_capacity(chapters.len());
    for chapter in &chapters {
        let source_name = domain::Locale::parse(chapter.reading.lang)
            .map(domain::Locale::native_name)
            .unwrap_or_default();
        let document = ChapterDocument {
            page,
            chapter,
            source_name,
        };
        documents.push((
            chapter.reading.title.clone(),
            document.render().map_err(internal)?,
        ));
    }
    // No author: epub-builder 0.8.3 gives `dc:creator` the same id as `dc:language`, which
    // EPUBCheck refuses (duplicate id).
    let language = page.lang().to_owned();
    let book_title = page.t("guidebook-title");
    let contents = page.t("guidebook-contents");
    tokio::task::spawn_blocking(move || {
        let mut builder =
            EpubBuilder::new(ZipLibrary::new().map_err(internal)?).map_err(internal)?;
        builder
            .epub_version(EpubVersion::V30)
            .metadata("title", format!("Micropolis · {book_title}"))
            .map_err(internal)?
            .stylesheet(STYLESHEET.as_bytes())
            .map_err(internal)?;
        builder.add_language(language);
        builder.set_toc_name(contents);
        for (name, bytes) in photos.into_values() {
            builder
                .add_resource(name, bytes.as_slice(), "image/jpeg")
                .map_err(internal)?;
        }
        builder
            .add_content(
                EpubContent::new("title.xhtml", title.as_bytes())
                    .title(book_title)
                    .reftype(ReferenceType::TitlePage),
            )
            .map_err(internal)?;
        for (index, (chapter_title, document)) in documents.iter().enumerate() {
            builder
                .add_content(
                    EpubContent::new(
                        format!("chapter-{:02}.xhtml", index + 1),
                        document.as_bytes(),
                    )
                    .title(chapter_title.as_str())
                    .reftype(ReferenceType::Text),
                )
                .map_err(internal)?;
        }
        let mut bytes = Vec::new();
        builder.generate(&mut bytes).map_err(internal)?;
        Ok(bytes)
    })
    .await
    .map_err(internal)?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_well_formed_xhtml() {
        assert_eq!(
            to_xhtml(r#"<p>a<br>b&nbsp;<img src="x.jpg" alt="1 > 0"></p><hr>"#),
            r#"<p>a<br />b&#160;<img src="x.jpg" alt="1 > 0" /></p><hr />"#
        );
    }

    #[test]
    fn only_uploaded_photos_are_copied() {
        let id = ImageId(uuid::Uuid::nil());
        assert_eq!(
            media_copy(&format!("/media/{id}/640.jpg")),
            Some((format!("{id}/640.jpg"), format!("images/{id}-640.jpg")))
        );
        assert_eq!(media_copy("https://example.org/x.jpg"), None);
        assert_eq!(media_copy("/media/nope/640.jpg"), None);
    }
}
