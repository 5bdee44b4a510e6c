//! What a Micropolis community does: the types that are valid once they exist, the rules, and the
//! services that apply them. Nothing here knows about HTTP or SQL; storage is reached through the
//! store traits each feature declares.

pub mod accounts;
pub mod audit;
pub mod budgets;
pub mod calendar;
pub mod comments;
pub mod communities;
pub mod community_face;
pub mod courses;
mod declare;
pub mod error;
pub mod events;
pub mod guidebook;
pub mod helpers;
pub mod impact;
pub mod initiatives;
pub mod jobs;
pub mod listening;
pub mod locale;
pub mod mail;
pub mod media;
pub mod moderation;
pub mod places;
pub mod privacy;
pub mod profiles;
pub mod search;
pub mod stories;
pub mod support;
pub mod text;
pub mod time;
pub mod timebank;

pub use error::{AppError, FieldErrors, Message};
pub use locale::Locale;
