//! The mail to someone who moved up from a course's waiting list into a seat, in their language,
//! queued for the background worker as every mail is.

use domain::AppError;
use domain::accounts::{AccountId, AccountStore as _};
use domain::courses::Course;
use domain::jobs::JobQueue as _;
use domain::mail::OutgoingMail;
use domain::time::Instant;

use crate::i18n;
use crate::state::AppState;

/// Queues the mail; a person who erased their account meanwhile is told nothing.
pub async fn tell_promoted(
    state: &AppState,
    course: &Course,
    account: AccountId,
    now: Instant,
) -> Result<(), AppError> {
    let Some(person) = state.db.account(account).await? else {
        return Ok(());
    };
    let locale = person.locale;
    let link = state.config.url(&super::course_path(course));
    let mail = OutgoingMail {
        to: person.email.as_str().to_owned(),
        subject: i18n::t_text(
            locale,
            "mail-course-promoted-subject",
            &[("course", &course.title)],
        ),
        body: i18n::t_text(
            locale,
            "mail-course-promoted-body",
            &[
                ("name", person.display_name.as_str()),
                ("course", &course.title),
                ("link", &link),
            ],
        ),
    };
    let payload = serde_json::to_value(&mail).map_err(AppError::internal)?;
    state.db.enqueue(OutgoingMail::JOB, &payload, now).await?;
    Ok(())
}
