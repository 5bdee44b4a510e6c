//! Events: something on at a time and a place (or online) that people sign up for. A capacity
//! turns late sign-ups into a waiting list; when someone going cancels, the first person waiting
//! moves up and is told by e-mail, and everyone going is reminded the day before.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{Compose, EventStore};
