//! Impact: the figures a funder's report asks for, per community and for the whole network, month
//! by month over a chosen period — active residents, newcomers who took part, hours exchanged in
//! the time bank, events and who said they would go, course completion and survey response
//! rates. Organisers and admins of a community see its figures; coordinators, and organisers and
//! admins of any community, see the network's.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::*;
