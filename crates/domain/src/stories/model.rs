use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::media::Picture;
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// A story of the place.
    StoryId
);

named_enum!(
    /// Who may read a story: anyone, or the community's members only.
    Audience, "error-audience-unknown", {
        Public = "public",
        Members = "members",
    }
);

pub const TITLE_MAX_CHARS: usize = 150;
pub const BODY_MAX_CHARS: usize = 20_000;
pub const TAG_MAX_CHARS: usize = 30;
pub const TAGS_MAX: usize = 8;

/// A tag as people may type it (`#Old Town`), as it is kept: lower case, words joined by
/// hyphens (`old-town`), letters, digits and hyphens only. `None` for an empty one.
pub fn normalise_tag(text: &str) -> Result<Option<String>, Message> {
    let words: Vec<String> = text
        .trim()
        .trim_start_matches('#')
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Ok(None);
    }
    let tag = words.join("-");
    if !tag.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return Err(Message::new("error-tag-invalid"));
    }
    if tag.chars().count() > TAG_MAX_CHARS {
        return Err(Message::new("error-tag-too-long")
            .with("max", i64::try_from(TAG_MAX_CHARS).unwrap_or(i64::MAX)));
    }
    Ok(Some(tag))
}

/// Tags as typed, each normalised, repeats dropped, at most `TAGS_MAX`.
pub fn parse_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Result<Vec<String>, Message> {
    let mut kept: Vec<String> = Vec::new();
    for tag in tags {
        if let Some(tag) = normalise_tag(tag)?
            && !kept.contains(&tag)
        {
            kept.push(tag);
        }
    }
    if kept.len() > TAGS_MAX {
        return Err(Message::new("error-tags-too-many")
            .with("max", i64::try_from(TAGS_MAX).unwrap_or(i64::MAX)));
    }
    Ok(kept)
}

/// A story as typed, before parsing. `tags` are single tags (the API's array, or a form's
/// text split at commas: see `split_tags`).
#[derive(Debug, Clone, Default)]
pub struct StoryInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub tags: Vec<&'a str>,
    /// Empty means public.
    pub audience: &'a str,
}

/// A form's tags field: tags between commas.
pub fn split_tags(text: &str) -> Vec<&str> {
    text.split([',', ';']).collect()
}

/// A story's text, tags and audience once valid. Its photo is attached on its own: see
/// `media::attachable`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryDraft {
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub audience: Audience,
}

impl StoryDraft {
    pub fn parse(input: &StoryInput<'_>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(input.body, BODY_MAX_CHARS));
        let tags = errors.check("tags", parse_tags(input.tags.iter().copied()));
        let audience = if input.audience.trim().is_empty() {
            Some(Audience::Public)
        } else {
            errors.check("audience", Audience::parse(input.audience))
        };
        match (title, body, tags, audience) {
            (Some(title), Some(body), Some(tags), Some(audience)) if errors.is_empty() => {
                Ok(Self {
                    title,
                    body,
                    tags,
                    audience,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub id: StoryId,
    pub community_id: CommunityId,
    pub community_slug: String,
    /// Their name is empty once they erased their account.
    pub author: Person,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub audience: Audience,
    pub picture: Option<Picture>,
    pub comment_count: i64,
    pub hidden: bool,
    pub created_at: Instant,
    pub updated_at: Instant,
}

impl Story {
    pub fn is_public(&self) -> bool {
        self.audience == Audience::Public
    }
}

/// Which stories a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryFilter {
    /// Only stories with this (normalised) tag.
    pub tag: Option<String>,
    /// Words in the title or the text.
    pub words: String,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn tags_are_kept_in_one_form() {
        assert_eq!(normalise_tag(" #Old  Town ").unwrap().unwrap(), "old-town");
        assert_eq!(
            normalise_tag("Ogród_Sąsiedzki").unwrap().unwrap(),
            "ogród-sąsiedzki"
        );
        assert_eq!(normalise_tag("  ").unwrap(), None);
        assert!(normalise_tag("a/b").is_err());
        assert!(normalise_tag(&"x".repeat(TAG_MAX_CHARS + 1)).is_err());
        assert_eq!(
            parse_tags(split_tags("River, river ,, Wisła")).unwrap(),
            vec!["river", "wisła"]
        );
        assert!(parse_tags(split_tags("a,b,c,d,e,f,g,h,i")).is_err());
    }

    #[test]
    fn a_story_needs_a_title_and_a_text() {
        let Err(AppError::Validation(errors)) = StoryDraft::parse(&StoryInput {
            audience: "friends",
            ..StoryInput::default()
        }) else {
            panic!("an empty story");
        };
        for field in ["title", "body", "audience"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let draft = StoryDraft::parse(&StoryInput {
            title: "The old ferry",
            body: "It ran until 1960.",
            tags: vec!["river"],
            audience: "",
        })
        .unwrap();
        assert_eq!(draft.audience, Audience::Public);
    }
}
