//! Free text typed by a person: trimmed, kept within a length counted in characters, and free
//! of control characters other than line breaks and tabs (a NUL cannot even be stored in
//! PostgreSQL).

use crate::Message;

pub fn required(text: &str, max: usize) -> Result<String, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new("error-required"));
    }
    optional(text, max)
}

pub fn optional(text: &str, max: usize) -> Result<String, Message> {
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Message::new("error-text-control"));
    }
    if text.chars().count() > max {
        return Err(
            Message::new("error-too-long").with("max", i64::try_from(max).unwrap_or(i64::MAX))
        );
    }
    Ok(text.to_owned())
}

/// Words to look for: control characters dropped, so that any input is a search.
pub fn search_words(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_line_breaks_kept() {
        assert!(required("a\u{0}b", 10).is_err());
        assert!(optional("bell\u{7}", 10).is_err());
        assert_eq!(required(" two\nlines ", 20), Ok("two\nlines".to_owned()));
        assert_eq!(search_words("a\u{0}b "), "ab");
    }
}
