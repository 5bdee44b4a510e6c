//! Participatory budgets: organisers open a round with a total amount and a voting window and
//! add projects with their costs; each member casts one ballot within the total (online, or on
//! paper at the centre, typed in by an organiser); the results follow the contract's rule and
//! anyone can recount them from the published, anonymous ballots.

mod model;
mod permissions;
mod results;
mod service;
mod store;

pub use model::*;
pub use permissions::{Action, Standing, can, require};
pub use results::{Outcome, Placed, select};
pub use service::*;
pub use store::BudgetStore;
