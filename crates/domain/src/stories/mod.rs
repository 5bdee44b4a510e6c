//! Stories of the place: residents tell what they remember, love or found here — a title, a
//! text, free tags, and an optional photo with its alt text. Public unless the author chooses
//! members-only; members of the community publish, the author edits and deletes, moderators
//! hide. Comments come through the shared thread.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{Readable, StoryStore};
