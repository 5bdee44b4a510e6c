//! Accounts on the web: sign-up, sign-in and out, e-mail confirmation, password reset, and the
//! account settings page, as pages and as the JSON API.

pub mod api;
mod mails;
pub mod pages;

pub use mails::{send_password_reset, send_verification};
