//! Places where a community meets: a library, a cultural centre, a park. Organisers describe
//! them once — address, opening hours, and what makes them accessible — and events name them.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::PlaceStore;
