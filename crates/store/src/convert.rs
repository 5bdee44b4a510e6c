//! Conversions between domain values and the columns both engines share: times as milliseconds
//! since 1970, flags as 0/1, ids as text.

use domain::AppError;
use domain::time::{DateTime, Instant};
use uuid::Uuid;

pub fn millis(at: Instant) -> i64 {
    at.timestamp_millis()
}

pub fn instant(millis: i64) -> Result<Instant, AppError> {
    DateTime::from_timestamp_millis(millis)
        .ok_or_else(|| AppError::internal(format!("stored time out of range: {millis}")))
}

pub fn uuid(text: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(text)
        .map_err(|_| AppError::internal(format!("stored id is not a UUID: {text}")))
}

/// Parses a stored value with the domain's own parser; a failure means corrupt data.
pub fn stored<T, E>(column: &str, parsed: Result<T, E>) -> Result<T, AppError> {
    parsed.map_err(|_| AppError::internal(format!("stored {column} does not parse")))
}
