//! A mail ready to send. Pages compose it in the recipient's language; the background worker
//! sends it, so a slow or absent mail server never holds up a request.

use serde::{Deserialize, Serialize};

use crate::jobs::JobKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl OutgoingMail {
    pub const JOB: JobKind = JobKind::SendMail;
}
