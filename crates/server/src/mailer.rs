//! Sending mail: over SMTP with lettre, or, with `MICROPOLIS_SMTP_URL=log`, written whole to the
//! log (headers and the decoded plain-text body) so that a demo or a test can read it.

use domain::mail::OutgoingMail;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};

use crate::config::Smtp;

pub enum Mailer {
    Log {
        from: Mailbox,
    },
    Smtp {
        from: Mailbox,
        transport: AsyncSmtpTransport<Tokio1Executor>,
    },
}

impl Mailer {
    pub fn new(smtp: &Smtp, from: &str) -> Result<Self, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|error| format!("mail sender {from:?}: {error}"))?;
        Ok(match smtp {
            Smtp::Log => Mailer::Log { from },
            Smtp::Url(url) => Mailer::Smtp {
                from,
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|error| format!("MICROPOLIS_SMTP_URL: {error}"))?
                    .build(),
            },
        })
    }

    fn from(&self) -> &Mailbox {
        match self {
            Mailer::Log { from } | Mailer::Smtp { from, .. } => from,
        }
    }

    pub async fn send(&self, mail: &OutgoingMail) -> Result<(), String> {
        if !mail.is_deliverable() {
            tracing::info!(target: "micropolis::mail", "mail not sent: {} is a reserved address", mail.to);
            return Ok(());
        }
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|error| format!("recipient {:?}: {error}", mail.to))?;
        let message = Message::builder()
            .from(self.from().clone())
            .to(to)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|error| error.to_string())?;
        match self {
            Mailer::Log { .. } => {
                let headers = message.headers().to_string();
                tracing::info!(target: "micropolis::mail", "mail sent to the log:\n{headers}\n{}", mail.body);
                Ok(())
            }
            Mailer::Smtp { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|error| error.to_string()),
        }
    }
}
