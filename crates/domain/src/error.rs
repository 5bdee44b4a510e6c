//! The one error type of Micropolis. Web renders it as an HTML page or as RFC 9457 problem JSON;
//! the domain only says what went wrong, by the Fluent key of a message a person can read.

/// A message for a person: the key of a Fluent message, translated where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, i64)>,
}

impl Message {
    pub const fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn with(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, value));
        self
    }
}

/// Messages for named input fields, in the order the fields appear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(&'static str, Message)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message: Message) {
        if self.for_field(field).is_none() {
            self.0.push((field, message));
        }
    }

    /// Records a message even when the field has one already: for a field made of parts (the
    /// answers of a survey, one message per question), so each part can show its own.
    pub fn add_each(&mut self, field: &'static str, message: Message) {
        self.0.push((field, message));
    }

    pub fn single(field: &'static str, key: &'static str) -> Self {
        let mut errors = Self::new();
        errors.add(field, Message::new(key));
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, Message)> {
        self.0.iter()
    }

    pub fn for_field(&self, field: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message)
    }

    /// Keeps the parsed value, or records the message for `field` and gives `None`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, Message>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    /// `Ok(())` when nothing was recorded, otherwise the validation error.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self))
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("not signed in: {}", .0.key)]
    Unauthorised(Message),
    #[error("forbidden: {}", .0.key)]
    Forbidden(Message),
    #[error("invalid input")]
    Validation(FieldErrors),
    /// The request conflicts with the current state; `field` names the input at fault, if any.
    #[error("conflict: {}", .message.key)]
    Conflict {
        field: Option<&'static str>,
        message: Message,
    },
    #[error("rate limited for {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// A fault of ours. The cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn forbidden() -> Self {
        Self::Forbidden(Message::new("error-forbidden"))
    }

    pub fn unauthorised() -> Self {
        Self::Unauthorised(Message::new("error-unauthorised"))
    }

    pub fn conflict(key: &'static str) -> Self {
        Self::Conflict {
            field: None,
            message: Message::new(key),
        }
    }

    pub fn field_conflict(field: &'static str, key: &'static str) -> Self {
        Self::Conflict {
            field: Some(field),
            message: Message::new(key),
        }
    }

    /// A validation error for one field.
    pub fn invalid(field: &'static str, message: Message) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        Self::Validation(errors)
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        Self::Internal(cause.to_string())
    }
}
