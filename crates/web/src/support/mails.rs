//! The one e-mail about a message left unread: sent by the background worker when the reminder
//! queued with the message comes due. It names the sender and links to the conversation; the
//! message itself stays on the site.

use domain::AppError;
use domain::accounts::AccountStore as _;
use domain::jobs::JobQueue as _;
use domain::mail::OutgoingMail;
use domain::support::{ConversationStore as _, MessageId};
use domain::time::Instant;
use store::Db;

use crate::i18n;

/// Sends the reminder for `message` if it is due (see `UnreadReminder::is_due`); otherwise does
/// nothing. Either way the job is done.
pub async fn remind_about_unread(
    db: &Db,
    base_url: &str,
    message: MessageId,
    now: Instant,
) -> Result<(), AppError> {
    let Some(reminder) = db.unread_reminder(message).await? else {
        return Ok(());
    };
    if !reminder.is_due(now) {
        return Ok(());
    }
    let (Some(recipient), Some(sent)) = (
        db.account(reminder.recipient).await?,
        db.message(message).await?,
    ) else {
        return Ok(());
    };
    let locale = recipient.locale;
    let link = format!("{base_url}/conversations/{}", reminder.conversation_id);
    let sender = if sent.sender.name.is_empty() {
        i18n::t(locale, "person-former-member")
    } else {
        sent.sender.name
    };
    let mail = OutgoingMail {
        to: recipient.email.as_str().to_owned(),
        subject: i18n::t_text(locale, "mail-unread-subject", &[("sender", &sender)]),
        body: i18n::t_text(
            locale,
            "mail-unread-body",
            &[
                ("name", recipient.display_name.as_str()),
                ("sender", &sender),
                ("link", &link),
                ("settings", &format!("{base_url}/account")),
            ],
        ),
    };
    let payload = serde_json::to_value(&mail).map_err(AppError::internal)?;
    db.enqueue(OutgoingMail::JOB, &payload, now).await?;
    db.mark_reminded(reminder.conversation_id, reminder.recipient, now)
        .await
}
