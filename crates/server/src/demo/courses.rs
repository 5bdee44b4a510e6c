//! Each demo community's running course, in its own language: six weekly sessions of which three
//! are past with attendance taken, every seat taken and one person waiting. A member who was at
//! every past session (Halina in Wawer, Anders in Middelfart, Antonio in Cagliari) can download a
//! certificate.

use chrono::{Days, NaiveTime};
use domain::AppError;
use domain::accounts::AccountId;
use domain::calendar::{Slot, Zone};
use domain::communities::CommunityId;
use domain::courses::{CourseDraft, CourseId, CourseStore as _, When};
use domain::time::{self, Duration};
use store::Db;

struct DemoCourse {
    slug: &'static str,
    zone: &'static str,
    title: &'static str,
    body: &'static str,
}

const COURSES: [DemoCourse; 3] = [
    DemoCourse {
        slug: "wawer",
        zone: "Europe/Warsaw",
        title: "Smartfon bez tajemnic — kurs dla seniorów",
        body: "Sześć spotkań w bibliotece: wiadomości, zdjęcia, **e-recepta** i bezpieczne płatności. \
               Przynieś swój telefon; wolontariusze pomagają przy każdym stole.",
    },
    DemoCourse {
        slug: "middelfart",
        zone: "Europe/Copenhagen",
        title: "Dansk for nye naboer",
        body: "Seks aftener i kulturhuset, hvor vi øver hverdagsdansk: at handle ind, tale med lægen og \
               skrive til skolen. **Alle niveauer** er velkomne.",
    },
    DemoCourse {
        slug: "cagliari-centro-storico",
        zone: "Europe/Rome",
        title: "Il pane sardo: corso di cucina tradizionale",
        body: "Sei incontri nel forno di quartiere a Stampace: *civraxiu*, *pane carasau* e le ricette \
               delle nonne della Marina.",
    },
];

/// The organiser (by position in the community's list) who runs the course and takes attendance.
const ORGANISER: usize = 1;
/// Members who enrol, in order: the first four take the seats, the last one waits.
const ENROL: [usize; 5] = [3, 5, 4, 6, 2];
const CAPACITY: i64 = 4;
const SESSIONS: u64 = 6;
/// Sessions already held, with attendance taken.
const PAST: u64 = 3;

pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(demo) = COURSES.iter().find(|demo| demo.slug == slug) else {
        return Ok(());
    };
    let now = time::now();
    for when in [When::Current, When::Past] {
        if !db.courses(community, when, now, None, 1).await?.is_empty() {
            return Ok(());
        }
    }
    let organiser = *people.get(ORGANISER).ok_or(AppError::NotFound)?;
    let zone = Zone::parse(demo.zone).map_err(|message| AppError::internal(message.key))?;
    let sessions = weekly(zone, now)?;
    let id = CourseId::generate();
    let draft = CourseDraft {
        title: demo.title.to_owned(),
        body: demo.body.to_owned(),
        capacity: CAPACITY,
        sessions,
    };
    db.insert_course(id, community, organiser, &draft, now - Duration::days(30))
        .await?;
    for (order, index) in (0..).zip(ENROL) {
        if let Some(person) = people.get(index) {
            let at = now - Duration::days(28) + Duration::hours(order);
            db.enrol(id, *person, at).await?;
        }
    }
    let enrolled: Vec<AccountId> = ENROL
        .iter()
        .take(usize::try_from(CAPACITY).unwrap_or(0))
        .filter_map(|index| people.get(*index).copied())
        .collect();
    let held = db.sessions(id).await?;
    for (week, session) in (0..).zip(held.iter().take(PAST as usize)) {
        // Everyone came to the first session; after that one person (never the first) missed one.
        let present: Vec<AccountId> = enrolled
            .iter()
            .enumerate()
            .filter(|(position, _)| *position == 0 || week == 0 || *position != week)
            .map(|(_, person)| *person)
            .collect();
        db.set_attendance(id, session.id, &present, organiser, session.slot.ends_at)
            .await?;
    }
    Ok(())
}

/// Six Thursday-evening-like sessions a week apart, 17:00 to 19:00 on the community's clock, the
/// first three weeks ago, so that the course is running.
fn weekly(zone: Zone, now: time::Instant) -> Result<Vec<Slot>, AppError> {
    let first = zone
        .local(now)
        .date_naive()
        .checked_sub_days(Days::new(PAST * 7))
        .ok_or_else(|| AppError::internal("demo date out of range"))?;
    let (start, end) = (
        NaiveTime::from_hms_opt(17, 0, 0),
        NaiveTime::from_hms_opt(19, 0, 0),
    );
    let (Some(start), Some(end)) = (start, end) else {
        return Err(AppError::internal("demo time out of range"));
    };
    (0..SESSIONS)
        .map(|week| {
            let day = first
                .checked_add_days(Days::new(week * 7))
                .ok_or_else(|| AppError::internal("demo date out of range"))?;
            let instant = |time| {
                zone.instant(day.and_time(time))
                    .map_err(|message| AppError::internal(message.key))
            };
            Ok(Slot {
                starts_at: instant(start)?,
                ends_at: instant(end)?,
                zone,
            })
        })
        .collect()
}
