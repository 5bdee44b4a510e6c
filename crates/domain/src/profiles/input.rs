//! A change to one's profile, as typed on the form or sent to `PATCH /me/profile`: any subset of
//! the fields. Every field at fault is named; when one is, nothing changes.

use super::model::{
    BIO_MAX_CHARS, Field, LANGUAGES_MAX, LanguageSkill, Level, Profile, SKILLS_MAX,
    STORY_MAX_CHARS, Skill, SpokenLanguage, Visibility,
};
use crate::accounts::DisplayName;
use crate::{AppError, FieldErrors, Message, text};

/// The fields given; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput<'a> {
    pub display_name: Option<&'a str>,
    pub bio: Option<&'a str>,
    pub story: Option<&'a str>,
    /// ISO 639-1 codes, in the person's order; replaces the list.
    pub languages: Option<Vec<&'a str>>,
    /// Level by code (an empty level: not said). When given, it replaces every level: a language
    /// it leaves out has none. When not, the languages that stay keep theirs.
    pub language_levels: Option<Vec<(&'a str, &'a str)>>,
    /// Tags; one entry may hold several, separated by commas.
    pub skills: Option<Vec<&'a str>>,
    /// Field name and audience: `("bio", "public")`.
    pub visibility: Vec<(&'a str, &'a str)>,
}

/// A profile to store, and the account's new display name when it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChange {
    pub profile: Profile,
    pub display_name: Option<DisplayName>,
}

impl ProfileInput<'_> {
    /// `current` with this change applied.
    pub fn apply(&self, current: &Profile) -> Result<ProfileChange, AppError> {
        let mut errors = FieldErrors::new();
        let mut profile = current.clone();
        let display_name = match self.display_name {
            Some(name) => errors.check("display_name", DisplayName::parse(name)),
            None => None,
        };
        if let Some(name) = &display_name {
            name.as_str().clone_into(&mut profile.display_name);
        }
        if let Some(bio) = self.bio
            && let Some(bio) = errors.check("bio", text::optional(bio, BIO_MAX_CHARS))
        {
            profile.bio = bio;
        }
        if let Some(story) = self.story
            && let Some(story) = errors.check("story", text::optional(story, STORY_MAX_CHARS))
        {
            profile.story = story;
        }
        if let Some(languages) =
            errors.check("languages", self.languages_with_levels(&current.languages))
            && let Some(levels) = self.levels(&mut errors)
        {
            profile.languages = apply_levels(languages, levels, &mut errors);
        }
        if let Some(skills) = &self.skills
            && let Some(skills) = errors.check("skills", parse_skills(skills))
        {
            profile.skills = skills;
        }
        for (name, value) in &self.visibility {
            match Field::parse(name) {
                Some(field) => {
                    if let Some(visibility) =
                        errors.check(field.visibility_field(), Visibility::parse(value))
                    {
                        profile.visibility.set(field, visibility);
                    }
                }
                None => errors.add("visibility", Message::new("error-profile-visibility-field")),
            }
        }
        errors.into_result()?;
        Ok(ProfileChange {
            profile,
            display_name,
        })
    }

    /// The languages after the change, each with its current level (levels come next).
    fn languages_with_levels(
        &self,
        current: &[LanguageSkill],
    ) -> Result<Vec<LanguageSkill>, Message> {
        let Some(codes) = &self.languages else {
            return Ok(current.to_vec());
        };
        let mut chosen: Vec<LanguageSkill> = Vec::new();
        for code in codes.iter().filter(|code| !code.trim().is_empty()) {
            let language = SpokenLanguage::parse(code)?;
            if chosen.iter().all(|known| known.language != language) {
                let level = current
                    .iter()
                    .find(|known| known.language == language)
                    .and_then(|known| known.level);
                chosen.push(LanguageSkill { language, level });
            }
        }
        if chosen.len() > LANGUAGES_MAX {
            return Err(Message::new("error-profile-languages-too-many")
                .with("max", i64::try_from(LANGUAGES_MAX).unwrap_or(i64::MAX)));
        }
        Ok(chosen)
    }

    /// The levels given, parsed: `None` inside for "not said"; `Some(None)` when none were given.
    #[allow(clippy::type_complexity)]
    fn levels(
        &self,
        errors: &mut FieldErrors,
    ) -> Option<Option<Vec<(SpokenLanguage, Option<Level>)>>> {
        let Some(given) = &self.language_levels else {
            return Some(None);
        };
        let mut levels = Vec::new();
        for (code, level) in given {
            let language = errors.check("language_levels", SpokenLanguage::parse(code))?;
            let level = if level.trim().is_empty() {
                None
            } else {
                Some(errors.check("language_levels", Level::parse(level))?)
            };
            levels.push((language, level));
        }
        Some(Some(levels))
    }
}

/// Sets the levels given on the languages chosen; a level for a language not in the list is a
/// mistake the person is told about.
fn apply_levels(
    mut languages: Vec<LanguageSkill>,
    levels: Option<Vec<(SpokenLanguage, Option<Level>)>>,
    errors: &mut FieldErrors,
) -> Vec<LanguageSkill> {
    let Some(levels) = levels else {
        return languages;
    };
    for skill in &mut languages {
        skill.level = None;
    }
    for (language, level) in levels {
        match languages
            .iter_mut()
            .find(|skill| skill.language == language)
        {
            Some(skill) => skill.level = level,
            None => errors.add(
                "language_levels",
                Message::new("error-profile-level-without-language"),
            ),
        }
    }
    languages
}

fn parse_skills(given: &[&str]) -> Result<Vec<Skill>, Message> {
    let mut skills: Vec<Skill> = Vec::new();
    for part in given.iter().flat_map(|entry| entry.split(',')) {
        if let Some(skill) = Skill::parse(part)?
            && !skills.contains(&skill)
        {
            skills.push(skill);
        }
    }
    if skills.len() > SKILLS_MAX {
        return Err(Message::new("error-profile-skills-too-many")
            .with("max", i64::try_from(SKILLS_MAX).unwrap_or(i64::MAX)));
    }
    Ok(skills)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::accounts::AccountId;

    fn halina() -> Profile {
        let mut profile = Profile::empty(AccountId::generate(), "Halina".into());
        profile.languages = vec![LanguageSkill {
            language: SpokenLanguage::parse("pl").unwrap(),
            level: Some(Level::Native),
        }];
        profile
    }

    fn fields_at_fault(input: &ProfileInput<'_>) -> Vec<&'static str> {
        match input.apply(&halina()) {
            Err(AppError::Validation(errors)) => errors.iter().map(|(field, _)| *field).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn only_the_fields_given_change() {
        let change = ProfileInput {
            bio: Some("  Retired teacher  "),
            visibility: vec![("bio", "members")],
            ..ProfileInput::default()
        }
        .apply(&halina())
        .unwrap();
        assert_eq!(change.profile.bio, "Retired teacher");
        assert_eq!(change.profile.visibility.bio, Visibility::Members);
        assert_eq!(change.profile.visibility.skills, Visibility::Private);
        assert_eq!(change.profile.languages, halina().languages);
        assert_eq!(change.display_name, None);
    }

    #[test]
    fn languages_keep_their_levels_unless_levels_are_given() {
        let kept = ProfileInput {
            languages: Some(vec!["uk", "PL", "pl", ""]),
            ..ProfileInput::default()
        }
        .apply(&halina())
        .unwrap()
        .profile
        .languages;
        let codes: Vec<_> = kept.iter().map(|l| (l.language.code(), l.level)).collect();
        assert_eq!(codes, [("uk", None), ("pl", Some(Level::Native))]);
        let replaced = ProfileInput {
            languages: Some(vec!["uk", "pl"]),
            language_levels: Some(vec![("uk", "fluent"), ("pl", "")]),
            ..ProfileInput::default()
        }
        .apply(&halina())
        .unwrap()
        .profile
        .languages;
        let codes: Vec<_> = replaced
            .iter()
            .map(|l| (l.language.code(), l.level))
            .collect();
        assert_eq!(codes, [("uk", Some(Level::Fluent)), ("pl", None)]);
    }

    #[test]
    fn every_field_at_fault_is_named() {
        let long = "x".repeat(BIO_MAX_CHARS + 1);
        let input = ProfileInput {
            display_name: Some("Hali\u{202E}na"),
            bio: Some(&long),
            languages: Some(vec!["pl", "klingon"]),
            skills: Some(vec!["ok", "bad\u{7}"]),
            visibility: vec![("story", "friends"), ("colour", "public")],
            ..ProfileInput::default()
        };
        assert_eq!(
            fields_at_fault(&input),
            [
                "display_name",
                "bio",
                "languages",
                "skills",
                "visibility.story",
                "visibility"
            ]
        );
        let levels = ProfileInput {
            language_levels: Some(vec![("pl", "expert")]),
            ..ProfileInput::default()
        };
        assert_eq!(fields_at_fault(&levels), ["language_levels"]);
        let stray = ProfileInput {
            language_levels: Some(vec![("de", "basic")]),
            ..ProfileInput::default()
        };
        assert_eq!(fields_at_fault(&stray), ["language_levels"]);
    }

    #[test]
    fn skills_are_split_normalised_and_counted() {
        let skills = ProfileInput {
            skills: Some(vec!["Sewing, knitting", "sewing", " "]),
            ..ProfileInput::default()
        }
        .apply(&halina())
        .unwrap()
        .profile
        .skills;
        let tags: Vec<_> = skills.iter().map(Skill::as_str).collect();
        assert_eq!(tags, ["sewing", "knitting"]);
        let many: Vec<String> = (0..=SKILLS_MAX).map(|n| format!("skill {n}")).collect();
        let input = ProfileInput {
            skills: Some(many.iter().map(String::as_str).collect()),
            ..ProfileInput::default()
        };
        assert_eq!(fields_at_fault(&input), ["skills"]);
    }
}
