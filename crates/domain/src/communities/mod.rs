//! Communities and the network: each community has its own members and roles; a person may
//! belong to several. Network coordinators look after the whole installation.

mod model;
mod participant;
mod permissions;
mod service;
mod store;

pub use model::{Community, CommunityId, CountryCode, Membership, NewCommunity, Role, Slug};
pub use participant::Participant;
pub use permissions::{Action, Actor, can};
pub use service::*;
pub use store::{CommunityPage, CommunityStore};
