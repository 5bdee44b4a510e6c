//! Time as the domain sees it: UTC instants. Storage keeps them as milliseconds since 1970.

pub use chrono::{DateTime, Duration, Utc};

pub type Instant = DateTime<Utc>;

pub fn now() -> Instant {
    Utc::now()
}
