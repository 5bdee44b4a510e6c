//! Listening to needs: organisers write surveys (single and multiple choice, scales 1–5, free
//! text) in one language and translate them into others; members answer once, online or through
//! their helper, and staff type in paper forms; results are counted per question, also among the
//! responses that chose one option, and withheld for groups too small to stay anonymous.
//! An anonymous survey keeps no link from answers to people (see the store and ADR 0009).

mod answers;
mod model;
mod results;
mod service;
mod store;

pub use answers::*;
pub use model::*;
pub use results::*;
pub use service::*;
pub use store::{Respondent, ResponseRow, SurveyStore};
