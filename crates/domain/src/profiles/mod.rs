//! Profiles and the talent directory: what a person tells about themself — a short bio, a
//! story, the languages they speak and their skills — each field shown to the audience they chose
//! (everyone, people who share a community with them, or nobody), private until they choose. A
//! community's directory finds people by skill, language or words, among what each viewer may
//! see; contact goes through a private conversation, never an address.

mod input;
mod model;
mod service;
mod store;

pub use input::{ProfileChange, ProfileInput};
pub use model::*;
pub use service::*;
pub use store::{DirectoryFilter, DirectoryViewer, PersonCursor, ProfileStore};
