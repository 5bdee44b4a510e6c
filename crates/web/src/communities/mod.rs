//! Communities on the web: the network home, each community's home with its join button, and
//! the JSON API for communities and memberships.

pub mod api;
pub mod pages;
