//! The community's own face: an accent colour and a cover photo, set by its admins (and the
//! network's coordinators), so that each community's pages look like that place.
//!
//! The colour is refused unless it keeps WCAG AA contrast with everything drawn with it
//! (`accent`, measured by `colour`); pages get it from a small stylesheet of the community's own,
//! never from inline styles. The cover is a picture of the shared `media` mechanism. Each change
//! goes into the audit log.

mod accent;
pub mod colour;
mod service;
mod store;

pub use accent::{AccentColour, DARK_PAIRS, LIGHT_PAIRS};
pub use service::*;
pub use store::FaceStore;
