use serde::{Deserialize, Serialize};

use crate::Message;

/// One of the five languages Micropolis speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Pl,
    Da,
    It,
    Uk,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Pl, Locale::Da, Locale::It, Locale::Uk];

    pub fn parse(code: &str) -> Result<Self, Message> {
        Self::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(code.trim()))
            .ok_or(Message::new("error-locale-unknown"))
    }

    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Pl => "pl",
            Locale::Da => "da",
            Locale::It => "it",
            Locale::Uk => "uk",
        }
    }

    /// The language's own name for itself, as shown in the language switcher.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Pl => "Polski",
            Locale::Da => "Dansk",
            Locale::It => "Italiano",
            Locale::Uk => "Українська",
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_five_codes_and_nothing_else() {
        assert_eq!(Locale::parse("PL"), Ok(Locale::Pl));
        assert_eq!(Locale::parse(" uk "), Ok(Locale::Uk));
        assert!(Locale::parse("de").is_err());
        assert!(Locale::parse("").is_err());
    }
}
