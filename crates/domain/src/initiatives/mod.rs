//! Initiatives: a resident proposes something for the place, neighbours support it and offer to
//! help, and an organiser answers publicly as it moves from open to done.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{InitiativeStore, ListCursor, ListFilter, Sort};
