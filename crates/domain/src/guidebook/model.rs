use crate::communities::Slug;
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Locale, Message, text};

pub const TITLE_MAX_CHARS: usize = 150;
pub const BODY_MAX_CHARS: usize = 100_000;

/// Addresses the guidebook's own pages use, never a chapter's.
const RESERVED_SLUGS: [&str; 3] = ["new", "print", "order"];

/// The address of a chapter: a slug, and not one of the guidebook's own pages.
pub fn parse_chapter_slug(text: &str) -> Result<Slug, Message> {
    let slug = Slug::parse(text)?;
    if RESERVED_SLUGS.contains(&slug.as_str()) {
        return Err(Message::new("error-guidebook-slug-reserved"));
    }
    Ok(slug)
}

/// A chapter's text in one language as typed, before parsing.
#[derive(Debug, Clone, Default)]
pub struct TextInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
}

/// A chapter's text in one language once valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDraft {
    pub title: String,
    pub body: String,
}

impl TextDraft {
    pub fn parse(input: &TextInput<'_>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let body = errors.check("body_markdown", text::required(input.body, BODY_MAX_CHARS));
        match (title, body) {
            (Some(title), Some(body)) if errors.is_empty() => Ok(Self { title, body }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// The current text of a chapter in one language (`guidebook_texts`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterText {
    pub locale: Locale,
    /// The revision this text is.
    pub revision: i64,
    pub title: String,
    pub body: String,
    /// For a translation: the source revision it was written against.
    pub source_revision: Option<i64>,
    pub updated_at: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub slug: String,
    /// The language it was first written in; translations follow it.
    pub source_locale: Locale,
    /// Its place in the table of contents, smallest first.
    pub position: i64,
    /// Its texts, one per language written.
    pub texts: Vec<ChapterText>,
}

/// How a language's text of a chapter stands against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationStatus {
    /// This language is the chapter's source.
    Source,
    Current,
    /// The source has a newer revision than the one this translation was written against.
    OutOfDate,
    Missing,
}

impl TranslationStatus {
    pub const fn name(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Current => "current",
            Self::OutOfDate => "out_of_date",
            Self::Missing => "missing",
        }
    }
}

impl Chapter {
    pub fn text(&self, locale: Locale) -> Option<&ChapterText> {
        self.texts.iter().find(|text| text.locale == locale)
    }

    pub fn source(&self) -> Option<&ChapterText> {
        self.text(self.source_locale)
    }

    /// The text to read in `locale`: that language's, or else the source's.
    pub fn readable_in(&self, locale: Locale) -> Option<&ChapterText> {
        self.text(locale).or_else(|| self.source())
    }

    pub fn status(&self, locale: Locale) -> TranslationStatus {
        if locale == self.source_locale {
            return TranslationStatus::Source;
        }
        let Some(text) = self.text(locale) else {
            return TranslationStatus::Missing;
        };
        let source = self.source().map_or(0, |source| source.revision);
        if text.source_revision.unwrap_or(0) < source {
            TranslationStatus::OutOfDate
        } else {
            TranslationStatus::Current
        }
    }
}

/// One saved version of a chapter's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub number: i64,
    pub locale: Locale,
    /// `None` once its author erased their account ("a former member").
    pub author: Option<Person>,
    pub title: String,
    pub body: String,
    pub source_revision: Option<i64>,
    /// The older revision this one brought back, when it was a restore.
    pub restored_from: Option<i64>,
    pub created_at: Instant,
}

/// A revision about to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRevision<'a> {
    pub slug: &'a str,
    pub locale: Locale,
    pub author: crate::accounts::AccountId,
    pub draft: &'a TextDraft,
    pub source_revision: Option<i64>,
    pub restored_from: Option<i64>,
    pub now: Instant,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn text(locale: Locale, revision: i64, source_revision: Option<i64>) -> ChapterText {
        ChapterText {
            locale,
            revision,
            title: "T".into(),
            body: "B".into(),
            source_revision,
            updated_at: crate::time::now(),
        }
    }

    #[test]
    fn a_translation_is_out_of_date_once_the_source_moves_on() {
        let chapter = Chapter {
            slug: "time-bank".into(),
            source_locale: Locale::En,
            position: 1,
            texts: vec![
                text(Locale::En, 2, None),
                text(Locale::Pl, 1, Some(1)),
                text(Locale::Uk, 3, Some(2)),
            ],
        };
        assert_eq!(chapter.status(Locale::En), TranslationStatus::Source);
        assert_eq!(chapter.status(Locale::Pl), TranslationStatus::OutOfDate);
        assert_eq!(chapter.status(Locale::Uk), TranslationStatus::Current);
        assert_eq!(chapter.status(Locale::Da), TranslationStatus::Missing);
        assert_eq!(chapter.readable_in(Locale::Da).unwrap().locale, Locale::En);
    }

    #[test]
    fn a_text_needs_a_title_and_a_body_and_a_free_address() {
        let Err(AppError::Validation(errors)) = TextDraft::parse(&TextInput::default()) else {
            panic!("an empty text");
        };
        assert!(errors.for_field("title").is_some());
        assert!(errors.for_field("body_markdown").is_some());
        assert!(parse_chapter_slug("print").is_err());
        assert!(parse_chapter_slug("Time bank").is_err());
        assert_eq!(
            parse_chapter_slug("time-bank").unwrap().as_str(),
            "time-bank"
        );
    }
}
