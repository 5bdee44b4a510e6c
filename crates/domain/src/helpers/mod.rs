//! Helpers (proxies): a person can be helped by someone they trust. The person names the
//! helper, or an organiser at the centre's desk registers a resident who has no e-mail, with
//! their consent, and names the helper. A helper's session then acts for the person: every
//! permission is the person's (the helper can do nothing the person could not), account
//! security stays the person's alone, and every change made so is recorded for the person, the
//! helper and the moderators of the person's communities. The person or an organiser can end it
//! at any time.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{After, HelperStore};
