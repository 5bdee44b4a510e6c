//! Accounts: who a person is to the platform, how they sign in, and how they get back in.

mod model;
mod password;
mod service;
mod sessions;
mod store;

pub use model::{Account, AccountId, DisplayName, Email, EmailVerification, is_deceptive};
pub use password::{NewPassword, PasswordHash};
pub use service::*;
pub use sessions::{OneTimeToken, Session, SessionKind, SessionToken, TokenPurpose};
pub use store::{AccountStore, NewAccount};
