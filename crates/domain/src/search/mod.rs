//! One search over everything a resident may find: initiatives, events, courses, stories,
//! offers and requests, places, guidebook chapters and people. Each feature's store writes an
//! entry (a `Document`) in the transaction that changes the item, and only when the item may be
//! found at all: nothing hidden, sensitive or private is ever in the index, and a person's
//! entries hold only the fields they show to everyone or to the people they share a community
//! with. Text is folded to plain words here, for both engines alike (see `words`).

mod model;
mod service;
mod store;
mod words;

pub use model::*;
pub use service::*;
pub use store::SearchStore;
pub use words::{fold, stem};
