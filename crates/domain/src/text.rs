//! Free text typed by a person: trimmed, and kept within a length counted in characters.

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
    if text.chars().count() > max {
        return Err(
            Message::new("error-too-long").with("max", i64::try_from(max).unwrap_or(i64::MAX))
        );
    }
    Ok(text.to_owned())
}
