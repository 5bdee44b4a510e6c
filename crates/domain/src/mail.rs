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

    /// Whether the address can receive mail at all: not under the reserved top-level domain
    /// `.invalid` (RFC 2606), which residents registered at the desk and erased accounts get.
    pub fn is_deliverable(&self) -> bool {
        let domain = self.to.rsplit_once('@').map_or("", |(_, domain)| domain);
        let domain = domain
            .trim()
            .trim_end_matches(['>', '.'])
            .to_ascii_lowercase();
        !(domain == "invalid" || domain.ends_with(".invalid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(address: &str) -> OutgoingMail {
        OutgoingMail {
            to: address.to_owned(),
            subject: String::new(),
            body: String::new(),
        }
    }

    #[test]
    fn reserved_addresses_are_never_mailed() {
        assert!(to("ola@example.org").is_deliverable());
        assert!(!to("resident-1@desk.invalid").is_deliverable());
        assert!(!to("Zofia <resident-1@DESK.INVALID>").is_deliverable());
        assert!(!to("erased-1@erased.invalid").is_deliverable());
    }
}
