//! Privacy on the web: "download my data" and "delete my account", as pages and in the API.
//! What each feature exports and erases is declared in the store's privacy registry.

pub mod api;
mod pages;

pub use pages::router;
