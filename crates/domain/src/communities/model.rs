use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::accounts::AccountId;
use crate::time::Instant;
use crate::{Locale, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CommunityId(pub Uuid);

impl CommunityId {
    pub fn generate() -> Self {
        Self(Uuid::now_v7())
    }
}

/// The address of a community: `[a-z0-9][a-z0-9-]{1,48}[a-z0-9]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(text: &str) -> Result<Self, Message> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let inner = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        let valid = (3..=50).contains(&bytes.len())
            && bytes.first().is_some_and(inner)
            && bytes.last().is_some_and(inner)
            && bytes.iter().all(|b| inner(b) || *b == b'-');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(Message::new("error-slug-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(text: &str) -> Result<Self, Message> {
        let code = text.trim().to_ascii_uppercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Self(code))
        } else {
            Err(Message::new("error-country-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A role in one community; each includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Organiser,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Member, Role::Organiser, Role::Moderator, Role::Admin];

    pub const fn name(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Organiser => "organiser",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Message> {
        Self::ALL
            .into_iter()
            .find(|role| role.name() == text.trim())
            .ok_or(Message::new("error-role-unknown"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Community {
    pub id: CommunityId,
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub country: CountryCode,
    pub default_locale: Locale,
    pub member_count: i64,
    pub created_at: Instant,
    /// Its own colour, set by its admins; the network's colours when none.
    pub accent: Option<crate::community_face::AccentColour>,
    /// Its cover photo, set by its admins.
    #[serde(skip)]
    pub cover: Option<crate::media::Picture>,
}

/// A community as created: every field parsed.
#[derive(Debug, Clone)]
pub struct NewCommunity {
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub country: CountryCode,
    pub default_locale: Locale,
}

pub const NAME_MAX_CHARS: usize = 120;
pub const DESCRIPTION_MAX_CHARS: usize = 4000;

impl NewCommunity {
    pub fn parse(
        slug: &str,
        name: &str,
        description: &str,
        country: &str,
        default_locale: &str,
    ) -> Result<Self, crate::AppError> {
        let mut errors = crate::FieldErrors::new();
        let slug = errors.check("slug", Slug::parse(slug));
        let name = errors.check("name", crate::text::required(name, NAME_MAX_CHARS));
        let description = errors.check(
            "description",
            crate::text::optional(description, DESCRIPTION_MAX_CHARS),
        );
        let country = errors.check("country", CountryCode::parse(country));
        let default_locale = errors.check("default_locale", Locale::parse(default_locale));
        match (slug, name, description, country, default_locale) {
            (Some(slug), Some(name), Some(description), Some(country), Some(default_locale)) => {
                Ok(Self {
                    slug,
                    name,
                    description,
                    country,
                    default_locale,
                })
            }
            _ => Err(crate::AppError::Validation(errors)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    pub community_id: CommunityId,
    pub community_slug: Slug,
    pub community_name: String,
    pub account_id: AccountId,
    pub role: Role,
    pub trusted_helper: bool,
    pub joined_at: Instant,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_contract() {
        for good in ["wawer", "cagliari-centro-storico", "a1b", &"a".repeat(50)] {
            assert!(Slug::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "ab",
            "-wawer",
            "wawer-",
            "Wawer",
            "wa wer",
            "wawer_",
            "żoliborz",
            &"a".repeat(51),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_include_the_ones_before_them() {
        assert!(
            Role::Admin > Role::Moderator
                && Role::Moderator > Role::Organiser
                && Role::Organiser > Role::Member
        );
        assert_eq!(Role::parse("moderator"), Ok(Role::Moderator));
        assert!(Role::parse("coordinator").is_err());
    }

    #[test]
    fn a_community_reports_every_bad_field() {
        let Err(crate::AppError::Validation(errors)) =
            NewCommunity::parse("X", "", "", "Poland", "de")
        else {
            panic!("expected a validation error");
        };
        for field in ["slug", "name", "country", "default_locale"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }
}
