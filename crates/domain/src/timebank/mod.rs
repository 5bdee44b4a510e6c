//! The time bank: members give and receive time, and a double-entry ledger keeps the account.
//! An exchange is proposed by one party and confirmed by the other; confirming writes one
//! transfer of two postings that sum to zero. Postings are never changed: an admin corrects
//! history with a reversing transfer. Balances derive from postings.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::TimebankStore;
