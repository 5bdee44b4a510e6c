//! What a profile holds and who sees each part of it.

use std::sync::LazyLock;

use crate::Message;
use crate::accounts::{AccountId, is_deceptive};
use crate::declare::named_enum;
use crate::media::Picture;

named_enum!(
    /// Who sees one field of a profile: everyone (`public`), people who share at least one
    /// community with the person (`members`), or the person alone (`private`, the default).
    Visibility, "error-profile-visibility-unknown", {
        Public = "public",
        Members = "members",
        Private = "private",
    }
);

impl Default for Visibility {
    /// Nothing is shown until the person chooses to show it (GDPR Art. 25).
    fn default() -> Self {
        Self::Private
    }
}

impl Visibility {
    /// As stored: the least closeness a viewer needs (0 anyone, 1 shares a community, 2 the
    /// person).
    pub const fn level(self) -> i64 {
        match self {
            Self::Public => 0,
            Self::Members => 1,
            Self::Private => 2,
        }
    }

    pub fn from_level(level: i64) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|visibility| visibility.level() == level)
    }

    /// Whether a viewer this close sees a field with this visibility.
    pub const fn shown_to(self, closeness: Closeness) -> bool {
        self.level() <= closeness.level()
    }
}

/// How close a viewer stands to the person whose profile they look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closeness {
    /// Anyone: a visitor, or someone who shares no community with the person.
    Anyone,
    /// Signed in and a member of at least one community the person is a member of.
    SharesCommunity,
    /// The person themself.
    Themself,
}

impl Closeness {
    pub const fn level(self) -> i64 {
        match self {
            Self::Anyone => 0,
            Self::SharesCommunity => 1,
            Self::Themself => 2,
        }
    }

    pub fn from_level(level: i64) -> Self {
        match level {
            2.. => Self::Themself,
            1 => Self::SharesCommunity,
            _ => Self::Anyone,
        }
    }
}

named_enum!(
    /// How well someone speaks a language.
    Level, "error-profile-level-unknown", {
        Basic = "basic",
        Conversational = "conversational",
        Fluent = "fluent",
        Native = "native",
    }
);

/// Every ISO 639-1 language: code, name in the language itself, and English name; by code.
static LANGUAGES: LazyLock<Vec<SpokenLanguage>> = LazyLock::new(|| {
    let mut all: Vec<SpokenLanguage> = isolang::languages()
        .filter_map(|language| {
            let code = language.to_639_1()?;
            Some(SpokenLanguage {
                code,
                native: language.to_autonym().unwrap_or_else(|| language.to_name()),
                english: language.to_name(),
            })
        })
        .collect();
    all.sort_by_key(|language| language.code);
    all
});

/// A language someone speaks: any of ISO 639-1, not only the five of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpokenLanguage {
    code: &'static str,
    native: &'static str,
    english: &'static str,
}

impl SpokenLanguage {
    /// A two-letter code, in either case.
    pub fn parse(code: &str) -> Result<Self, Message> {
        let code = code.trim().to_ascii_lowercase();
        LANGUAGES
            .binary_search_by_key(&code.as_str(), |language| language.code)
            .ok()
            .and_then(|index| LANGUAGES.get(index).copied())
            .ok_or(Message::new("error-profile-language-unknown"))
    }

    /// Every language, by code.
    pub fn all() -> &'static [SpokenLanguage] {
        &LANGUAGES
    }

    pub const fn code(self) -> &'static str {
        self.code
    }

    /// Its name in itself: "українська", "العربية", "polski".
    pub const fn native_name(self) -> &'static str {
        self.native
    }

    pub const fn english_name(self) -> &'static str {
        self.english
    }
}

/// A language on a profile, with how well the person speaks it when they said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageSkill {
    pub language: SpokenLanguage,
    pub level: Option<Level>,
}

impl LanguageSkill {
    /// `uk:native` or `ar:` (no level), as a profile stores its list.
    pub fn stored(&self) -> String {
        format!(
            "{}:{}",
            self.language.code(),
            self.level.map_or("", Level::name)
        )
    }

    /// The list back from `uk:native,ar:`; what does not parse is left out.
    pub fn parse_stored(text: &str) -> Vec<Self> {
        text.split(',')
            .filter_map(|item| {
                let (code, level) = item.split_once(':')?;
                Some(Self {
                    language: SpokenLanguage::parse(code).ok()?,
                    level: Level::parse(level).ok(),
                })
            })
            .collect()
    }
}

pub const BIO_MAX_CHARS: usize = 300;
pub const STORY_MAX_CHARS: usize = 4000;
pub const LANGUAGES_MAX: usize = 20;
pub const SKILLS_MAX: usize = 30;
pub const SKILL_MAX_CHARS: usize = 40;

/// A talent or skill as a tag: lower case, single spaces, no leading `#`, so that "Tax forms",
/// " tax  forms" and "#tax forms" are one tag that people find each other by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Skill(String);

impl Skill {
    /// `None` for a tag with nothing in it.
    pub fn parse(text: &str) -> Result<Option<Self>, Message> {
        if text
            .chars()
            .any(|c| c.is_control() || is_deceptive(c) || c == ',')
        {
            return Err(Message::new("error-profile-skill-invalid"));
        }
        let words: Vec<&str> = text
            .trim()
            .trim_start_matches('#')
            .split_whitespace()
            .collect();
        let tag = words.join(" ").to_lowercase();
        if tag.is_empty() {
            return Ok(None);
        }
        if tag.chars().count() > SKILL_MAX_CHARS {
            return Err(Message::new("error-profile-skill-too-long")
                .with("max", i64::try_from(SKILL_MAX_CHARS).unwrap_or(i64::MAX)));
        }
        Ok(Some(Self(tag)))
    }

    /// A tag as stored, taken as it is.
    pub fn stored(tag: String) -> Self {
        Self(tag)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The audience of each field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldVisibility {
    pub bio: Visibility,
    pub story: Visibility,
    pub languages: Visibility,
    pub skills: Visibility,
    pub avatar: Visibility,
}

/// The fields whose audience a person sets, as the API names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Bio,
    Story,
    Languages,
    Skills,
    /// The photo.
    Avatar,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::Bio,
        Field::Story,
        Field::Languages,
        Field::Skills,
        Field::Avatar,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Self::Bio => "bio",
            Self::Story => "story",
            Self::Languages => "languages",
            Self::Skills => "skills",
            Self::Avatar => "avatar",
        }
    }

    /// The name its visibility's errors are reported under.
    pub const fn visibility_field(self) -> &'static str {
        match self {
            Self::Bio => "visibility.bio",
            Self::Story => "visibility.story",
            Self::Languages => "visibility.languages",
            Self::Skills => "visibility.skills",
            Self::Avatar => "visibility.avatar",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|field| field.name() == name)
    }
}

impl FieldVisibility {
    pub const fn of(&self, field: Field) -> Visibility {
        match field {
            Field::Bio => self.bio,
            Field::Story => self.story,
            Field::Languages => self.languages,
            Field::Skills => self.skills,
            Field::Avatar => self.avatar,
        }
    }

    pub fn set(&mut self, field: Field, visibility: Visibility) {
        match field {
            Field::Bio => self.bio = visibility,
            Field::Story => self.story = visibility,
            Field::Languages => self.languages = visibility,
            Field::Skills => self.skills = visibility,
            Field::Avatar => self.avatar = visibility,
        }
    }
}

/// A person's whole profile, as they themself see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub account_id: AccountId,
    pub display_name: String,
    /// A line or two about the person.
    pub bio: String,
    /// A short personal story, in Markdown.
    pub story: String,
    pub languages: Vec<LanguageSkill>,
    pub skills: Vec<Skill>,
    /// The photo (its avatar).
    pub avatar: Option<Picture>,
    pub visibility: FieldVisibility,
}

impl Profile {
    /// The profile of someone who has written nothing yet: every field empty and private.
    pub fn empty(account_id: AccountId, display_name: String) -> Self {
        Self {
            account_id,
            display_name,
            bio: String::new(),
            story: String::new(),
            languages: Vec::new(),
            skills: Vec::new(),
            avatar: None,
            visibility: FieldVisibility::default(),
        }
    }

    fn is_filled(&self, field: Field) -> bool {
        match field {
            Field::Bio => !self.bio.is_empty(),
            Field::Story => !self.story.is_empty(),
            Field::Languages => !self.languages.is_empty(),
            Field::Skills => !self.skills.is_empty(),
            Field::Avatar => self.avatar.is_some(),
        }
    }

    /// Whether a viewer this close sees the field: it says something, and they are in its
    /// audience.
    pub fn shows(&self, field: Field, closeness: Closeness) -> bool {
        self.is_filled(field) && self.visibility.of(field).shown_to(closeness)
    }

    /// Exactly what a viewer this close may see.
    pub fn seen_by(&self, closeness: Closeness) -> ProfileView {
        let shows = |field| self.shows(field, closeness);
        ProfileView {
            account_id: self.account_id,
            display_name: self.display_name.clone(),
            sort_key: self.display_name.to_lowercase(),
            bio: shows(Field::Bio).then(|| self.bio.clone()),
            story: shows(Field::Story).then(|| self.story.clone()),
            languages: shows(Field::Languages).then(|| self.languages.clone()),
            skills: shows(Field::Skills).then(|| self.skills.clone()),
            avatar: if shows(Field::Avatar) {
                self.avatar.clone()
            } else {
                None
            },
            closeness,
            visibility: (closeness == Closeness::Themself).then_some(self.visibility),
        }
    }
}

/// A profile as one viewer sees it: `None` for a field that is empty or not for their eyes (the
/// two look the same, so that a hidden field gives nothing away).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileView {
    pub account_id: AccountId,
    pub display_name: String,
    /// The name as the directory sorts it (see `DisplayName::sort_key`).
    pub sort_key: String,
    pub bio: Option<String>,
    pub story: Option<String>,
    pub languages: Option<Vec<LanguageSkill>>,
    pub skills: Option<Vec<Skill>>,
    pub avatar: Option<Picture>,
    pub closeness: Closeness,
    /// The audience of each field, for the person themself only.
    pub visibility: Option<FieldVisibility>,
}

impl ProfileView {
    /// Being listed is itself something shown: a person is listed only to viewers they show at
    /// least one field.
    pub fn shows_anything(&self) -> bool {
        self.bio.is_some()
            || self.story.is_some()
            || self.languages.is_some()
            || self.skills.is_some()
            || self.avatar.is_some()
    }

    pub fn is_themself(&self) -> bool {
        self.closeness == Closeness::Themself
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn filled(visibility: Visibility) -> Profile {
        Profile {
            account_id: AccountId::generate(),
            display_name: "Olena".into(),
            bio: "Accountant".into(),
            story: "I came in 2022.".into(),
            languages: vec![LanguageSkill {
                language: SpokenLanguage::parse("uk").unwrap(),
                level: Some(Level::Native),
            }],
            skills: vec![Skill::parse("Tax forms").unwrap().unwrap()],
            avatar: None,
            visibility: FieldVisibility {
                bio: visibility,
                story: visibility,
                languages: visibility,
                skills: visibility,
                avatar: visibility,
            },
        }
    }

    #[test]
    fn each_audience_sees_exactly_its_fields() {
        for (visibility, anyone, shares, themself) in [
            (Visibility::Public, true, true, true),
            (Visibility::Members, false, true, true),
            (Visibility::Private, false, false, true),
        ] {
            let profile = filled(visibility);
            for (closeness, expected) in [
                (Closeness::Anyone, anyone),
                (Closeness::SharesCommunity, shares),
                (Closeness::Themself, themself),
            ] {
                let view = profile.seen_by(closeness);
                for (field, shown) in [
                    ("bio", view.bio.is_some()),
                    ("story", view.story.is_some()),
                    ("languages", view.languages.is_some()),
                    ("skills", view.skills.is_some()),
                ] {
                    assert_eq!(shown, expected, "{field} {visibility:?} to {closeness:?}");
                }
                assert_eq!(view.shows_anything(), expected);
                assert_eq!(view.visibility.is_some(), closeness == Closeness::Themself);
            }
        }
    }

    #[test]
    fn fields_are_private_by_default_and_an_empty_field_shows_nothing() {
        let mut profile = Profile::empty(AccountId::generate(), "Halina".into());
        assert_eq!(profile.visibility, FieldVisibility::default());
        assert_eq!(profile.visibility.bio, Visibility::Private);
        profile.bio = "Retired teacher".into();
        assert!(!profile.seen_by(Closeness::SharesCommunity).shows_anything());
        profile.visibility.story = Visibility::Public;
        assert!(
            !profile.seen_by(Closeness::Anyone).shows_anything(),
            "an empty story"
        );
        profile.visibility.bio = Visibility::Members;
        let view = profile.seen_by(Closeness::SharesCommunity);
        assert_eq!(view.bio.as_deref(), Some("Retired teacher"));
        assert!(view.story.is_none());
    }

    #[test]
    fn any_iso_639_1_language_with_its_own_name() {
        let ukrainian = SpokenLanguage::parse(" UK ").unwrap();
        assert_eq!(ukrainian.code(), "uk");
        assert_eq!(ukrainian.native_name(), "українська");
        assert_eq!(
            SpokenLanguage::parse("ar").unwrap().english_name(),
            "Arabic"
        );
        assert_eq!(SpokenLanguage::parse("sw").unwrap().code(), "sw");
        assert!(SpokenLanguage::parse("xx").is_err());
        assert!(SpokenLanguage::parse("ukr").is_err());
        assert_eq!(SpokenLanguage::all().len(), 184);
        let stored = [
            LanguageSkill {
                language: ukrainian,
                level: Some(Level::Native),
            },
            LanguageSkill {
                language: SpokenLanguage::parse("ar").unwrap(),
                level: None,
            },
        ];
        let text = stored
            .iter()
            .map(LanguageSkill::stored)
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(text, "uk:native,ar:");
        assert_eq!(LanguageSkill::parse_stored(&text), stored);
    }

    #[test]
    fn skills_are_tags_found_however_they_were_typed() {
        let tag = |text: &str| Skill::parse(text).unwrap().map(|skill| skill.0);
        assert_eq!(tag("  Tax   Forms "), Some("tax forms".into()));
        assert_eq!(tag("#Szycie"), Some("szycie".into()));
        assert_eq!(tag("ŁATANIE rowerów"), Some("łatanie rowerów".into()));
        assert_eq!(tag("   "), None);
        assert!(Skill::parse(&"a".repeat(41)).is_err());
        assert!(Skill::parse("tax\u{202E}forms").is_err());
        assert!(Skill::parse("a, b").is_err(), "one tag at a time");
    }

    #[test]
    fn visibility_levels_round_trip() {
        for visibility in Visibility::ALL {
            assert_eq!(
                Visibility::from_level(visibility.level()),
                Some(*visibility)
            );
        }
        assert_eq!(Visibility::from_level(3), None);
        assert_eq!(Closeness::from_level(1), Closeness::SharesCommunity);
    }
}
