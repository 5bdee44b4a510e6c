//! Moderation: anyone may report content, a private message or a person to a community's
//! moderators; they hide it (404 for everyone but moderators), restore it or dismiss the report,
//! and block members from the community. Every decision goes into the audit log.

mod model;
mod permissions;
mod service;
mod store;

pub use model::*;
pub use permissions::{Blockable, Moderator};
pub use service::*;
pub use store::{BlockStore, ReportStore};
