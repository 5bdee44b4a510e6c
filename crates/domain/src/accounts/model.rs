use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::time::Instant;
use crate::{Locale, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccountId(pub Uuid);

impl AccountId {
    pub fn generate() -> Self {
        Self(Uuid::now_v7())
    }

    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(Self)
    }
}

impl std::fmt::Display for AccountId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// An e-mail address as the person typed it; addresses compare case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(text: &str) -> Result<Self, Message> {
        let text = text.trim();
        let invalid = Message::new("error-email-invalid");
        if text.is_empty() {
            return Err(Message::new("error-email-missing"));
        }
        if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid);
        }
        let Some((local, domain)) = text.rsplit_once('@') else {
            return Err(invalid);
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@');
        if local.is_empty() || local.len() > 64 || !domain_ok {
            return Err(invalid);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form stored for look-ups and uniqueness.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

/// The name a person shows to others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(text: &str) -> Result<Self, Message> {
        let text = text.trim();
        if text.is_empty() {
            return Err(Message::new("error-display-name-missing"));
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(Message::new("error-too-long").with("max", Self::MAX_CHARS as i64));
        }
        if text.chars().any(char::is_control) {
            return Err(Message::new("error-display-name-invalid"));
        }
        if text.chars().any(is_deceptive) {
            return Err(Message::new("error-display-name-invisible"));
        }
        Ok(Self(text.to_owned()))
    }

    /// A name as it was stored: taken as it is, so that a name saved before a rule was added
    /// still reads (the next change of it meets every rule).
    pub fn stored(text: String) -> Self {
        Self(text)
    }

    /// The key a list of people is sorted and searched by: the name in lower case.
    pub fn sort_key(&self) -> String {
        self.0.to_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Characters that change how a name looks without being seen: bidirectional overrides,
/// embeddings and isolates (U+202A–U+202E, U+2066–U+2069), direction marks (U+200E, U+200F,
/// U+061C) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF). A name holding one could
/// pass for someone else's, or read differently from how it sorts.
pub fn is_deceptive(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub id: AccountId,
    pub email: Email,
    pub display_name: DisplayName,
    pub locale: Locale,
    pub email_verified: bool,
    pub is_coordinator: bool,
    pub created_at: Instant,
}

/// Whether a new account must confirm its e-mail address before it can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailVerification {
    Required,
    Optional,
}

impl EmailVerification {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "required" => Some(Self::Required),
            "optional" => Some(Self::Optional),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_compared_without_case() {
        let email = Email::parse("  Ola.Nowak@Example.PL ").unwrap();
        assert_eq!(email.as_str(), "Ola.Nowak@Example.PL");
        assert_eq!(email.normalized(), "ola.nowak@example.pl");
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "ola",
            "ola@",
            "@example.org",
            "ola@example",
            "o la@example.org",
            "ola@.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn display_name_needs_text_and_has_a_limit() {
        assert_eq!(DisplayName::parse(" Olena ").unwrap().as_str(), "Olena");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"a".repeat(81)).is_err());
        assert!(DisplayName::parse(&"ż".repeat(80)).is_ok());
    }

    #[test]
    fn display_names_refuse_what_changes_how_they_look_unseen() {
        let refused = |text: &str| DisplayName::parse(text).map_err(|message| message.key);
        assert_eq!(refused("Olena\u{7}"), Err("error-display-name-invalid"));
        assert_eq!(refused("Ol\u{0}ena"), Err("error-display-name-invalid"));
        for mark in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{200C}',
            '\u{200D}', '\u{2060}', '\u{FEFF}',
        ] {
            assert_eq!(
                refused(&format!("Ole{mark}na")),
                Err("error-display-name-invisible"),
                "U+{:04X}",
                u32::from(mark)
            );
        }
        // Scripts written right to left, and letters with marks, are names like any other.
        assert!(DisplayName::parse("سارة").is_ok());
        assert!(DisplayName::parse("Zoë Ørsted").is_ok());
        assert_eq!(
            DisplayName::stored("A\u{200B}B".into()).as_str(),
            "A\u{200B}B"
        );
        assert_eq!(DisplayName::parse("Łucja").unwrap().sort_key(), "łucja");
    }
}
