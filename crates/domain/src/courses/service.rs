use super::{
    AttendanceRow, Certificate, Course, CourseCursor, CourseDetail, CourseDraft, CourseId,
    CourseSession, CourseStore, Enrolled, Enrolment, SessionId, When, Withdrawal,
};
use crate::accounts::{Account, AccountId};
use crate::calendar::{Slot, SlotInput};
use crate::communities::{Community, Participant};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message};

/// Organisers and admins of the community create courses; the creator is the course's organiser.
pub async fn create(
    store: &impl CourseStore,
    community: &Community,
    participant: &Participant,
    draft: &CourseDraft,
    now: Instant,
) -> Result<Course, AppError> {
    let organiser = participant.organiser()?;
    let id = CourseId::generate();
    store
        .insert_course(id, community.id, organiser, draft, now)
        .await?;
    find(store, id).await
}

/// Courses are public: anyone may read them.
pub async fn find(store: &impl CourseStore, id: CourseId) -> Result<Course, AppError> {
    store.course(id).await?.ok_or(AppError::NotFound)
}

/// One page of the list, and where the next one starts.
pub struct CoursePage {
    pub items: Vec<Course>,
    pub next: Option<CourseCursor>,
}

pub async fn list(
    store: &impl CourseStore,
    community: &Community,
    when: When,
    now: Instant,
    after: Option<CourseCursor>,
    limit: u32,
) -> Result<CoursePage, AppError> {
    let mut items = store
        .courses(community.id, when, now, after, limit + 1)
        .await?;
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(CourseCursor::after)
    } else {
        None
    };
    Ok(CoursePage { items, next })
}

/// Everything the course's page shows, in a fixed number of queries.
pub async fn detail(
    store: &impl CourseStore,
    participant: &Participant,
    course: Course,
) -> Result<CourseDetail, AppError> {
    let sessions = store.sessions(course.id).await?;
    let (status, attended) = match participant.account {
        Some(account) => store.involvement(course.id, account).await?,
        None => (None, 0),
    };
    Ok(CourseDetail {
        course,
        sessions,
        status,
        attended,
    })
}

/// A member takes a seat, or a place on the waiting list when the course is full.
pub async fn enrol(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
    now: Instant,
) -> Result<Enrolled, AppError> {
    let member = participant.member()?;
    if course.is_past(now) {
        return Err(AppError::conflict("error-course-finished"));
    }
    let status = store.enrol(course.id, member, now).await?;
    Ok(Enrolled { status })
}

/// Leaves the course (not being on it changes nothing); the first person waiting moves up.
pub async fn withdraw(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
    now: Instant,
) -> Result<Withdrawal, AppError> {
    let member = participant.account.ok_or_else(AppError::unauthorised)?;
    store.withdraw(course.id, member, now).await
}

/// An organiser adds one more session; the course still has to fit in a year.
pub async fn add_session(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
    input: SlotInput<'_>,
    now: Instant,
) -> Result<CourseSession, AppError> {
    participant.organiser()?;
    let mut errors = FieldErrors::new();
    let slot = Slot::parse(input, &mut errors);
    let slot = match slot {
        Some(slot) if errors.is_empty() => slot,
        _ => return Err(AppError::Validation(errors)),
    };
    let with_course = [
        slot,
        Slot {
            starts_at: course.starts_at,
            ends_at: course.ends_at,
            zone: slot.zone,
        },
    ];
    if !super::within_span(&with_course) {
        return Err(AppError::invalid(
            "starts_at",
            Message::new("error-course-span"),
        ));
    }
    let id = SessionId::generate();
    store.add_session(course.id, id, &slot, now).await?;
    Ok(CourseSession { id, slot })
}

/// The session of this course, or 404.
pub async fn session_of(
    store: &impl CourseStore,
    course: &Course,
    id: SessionId,
) -> Result<CourseSession, AppError> {
    store
        .sessions(course.id)
        .await?
        .into_iter()
        .find(|session| session.id == id)
        .ok_or(AppError::NotFound)
}

/// Who is on the course: for its organisers only.
pub async fn enrolments(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
) -> Result<Vec<Enrolment>, AppError> {
    participant.organiser()?;
    store.enrolments(course.id).await
}

/// The attendance list of one session, for organisers.
pub async fn attendance(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
    session: &CourseSession,
) -> Result<Vec<AttendanceRow>, AppError> {
    participant.organiser()?;
    store.attendance(course.id, session.id).await
}

/// An organiser records who was there; only people on the course may be marked present.
pub async fn take_attendance(
    store: &impl CourseStore,
    participant: &Participant,
    course: &Course,
    session: &CourseSession,
    present: &[AccountId],
    now: Instant,
) -> Result<(), AppError> {
    let organiser = participant.organiser()?;
    let mut present = present.to_vec();
    present.sort_by_key(|account| account.0);
    present.dedup();
    store
        .set_attendance(course.id, session.id, &present, organiser, now)
        .await
}

/// The reader's certificate of participation: only once they attended at least one session.
pub async fn certificate(
    store: &impl CourseStore,
    account: &Account,
    community: &Community,
    course: &Course,
) -> Result<Certificate, AppError> {
    let sessions = store.attended(course.id, account.id).await?;
    if sessions.is_empty() {
        return Err(AppError::Forbidden(Message::new(
            "error-course-certificate-not-attended",
        )));
    }
    Ok(Certificate {
        person: account.display_name.as_str().to_owned(),
        course: course.title.clone(),
        organisation: community.name.clone(),
        sessions,
    })
}
