//! Comments: one mechanism for initiatives, events and stories. One level of replies (a reply to
//! a reply joins the same thread); an author may edit for 15 minutes and delete at any time,
//! which leaves "comment removed" in its place.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{CommentCursor, CommentStore};
