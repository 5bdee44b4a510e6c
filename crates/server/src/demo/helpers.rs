//! Helpers in the demo. In Wawer, Zofia Mazur, a senior without e-mail, was registered at the
//! centre's desk by the organiser Tomasz with her consent recorded; Marek, a trusted helper,
//! helps her, and the record shows what he did for her: an RSVP to the next event and a request
//! he posted in her name. In Middelfart, Kirsten named her neighbour Anders as her helper.
//! Loading twice changes nothing.

use domain::accounts::{Account, AccountId, AccountStore as _};
use domain::communities::{self, Community, CommunityId, CommunityStore as _};
use domain::events::{self, AgendaFilter, Window};
use domain::helpers::{self, HelperStore as _, NewHelperAction, ResidentDraft};
use domain::support::{self, Category, Kind, Language, SupportDraft};
use domain::time::{self, Duration};
use domain::{AppError, Locale};
use store::Db;

/// In each community's list of people: the organiser, and the trusted helper.
const ORGANISER: usize = 1;
const TRUSTED_HELPER: usize = super::support::TRUSTED_HELPER;
/// In Middelfart: Anders helps Kirsten.
const NEIGHBOUR: usize = 3;

pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let community = db
        .community(slug)
        .await?
        .filter(|found| found.id == community)
        .ok_or(AppError::internal("demo community missing"))?;
    match slug {
        "wawer" => desk(db, &community, people).await,
        "middelfart" => named(db, people).await,
        _ => Ok(()),
    }
}

async fn account(db: &Db, people: &[AccountId], index: usize) -> Result<Account, AppError> {
    let id = people
        .get(index)
        .copied()
        .ok_or_else(|| AppError::internal(format!("demo person {index} missing")))?;
    db.account(id)
        .await?
        .ok_or(AppError::internal("demo account missing"))
}

/// Zofia, registered at Wawer's desk, and what Marek did for her.
async fn desk(db: &Db, community: &Community, people: &[AccountId]) -> Result<(), AppError> {
    if !db.desk_helpers(community.id, None, 1).await?.is_empty() {
        return Ok(());
    }
    let organiser = account(db, people, ORGANISER).await?;
    let helper = account(db, people, TRUSTED_HELPER).await?;
    let now = time::now();
    let draft = ResidentDraft {
        display_name: domain::accounts::DisplayName::parse("Zofia Mazur")
            .map_err(|m| AppError::internal(m.key))?,
        locale: Locale::Pl,
        consent_note: "Zgoda wyrażona osobiście w punkcie obsługi domu kultury; podpisany \
                       formularz leży w segregatorze. Pomaga jej sąsiad, Marek."
            .to_owned(),
        helper: Some(helper.id),
    };
    let (zofia, _) =
        helpers::register_resident(db, community, &organiser, draft, now - Duration::days(20))
            .await?;
    let participant = communities::participant_in(db, community.id, Some(&zofia)).await?;
    let upcoming = events::list(
        db,
        community,
        &participant,
        Window::upcoming(now, AgendaFilter::default()),
        None,
        10,
    )
    .await?;
    if let Some(event) = upcoming
        .items
        .iter()
        .find(|event| !event.is_full() && !event.has_ended(now))
    {
        let at = now - Duration::days(3);
        events::rsvp(db, &participant, event, at).await?;
        let path = format!("/c/{}/events/{}/rsvp", community.slug, event.id);
        let action = NewHelperAction::new(
            helper.id,
            zofia.id,
            "POST",
            "/c/{slug}/events/{id}/rsvp",
            &path,
        );
        helpers::record(db, &action, at).await?;
    }
    let viewer = support::viewer_in(db, community.id, &zofia).await?;
    let request = SupportDraft {
        kind: Kind::Request,
        category: Category::Time,
        title: "Pomoc z zakupami w piątki".to_owned(),
        body: "Mam 84 lata i trudno mi nosić ciężkie torby. Czy ktoś mógłby raz w tygodniu, \
               w piątek rano, pójść ze mną do sklepu na Wale Miedzeszyńskim? Odpowiadam przez \
               Marka, który dodał tę prośbę w moim imieniu."
            .to_owned(),
        languages: vec![Language::Pl],
        area: String::new(),
        sensitive: false,
        expires_on: None,
    };
    let at = now - Duration::days(1);
    support::create(db, community, &viewer, &request, at).await?;
    let path = format!("/c/{}/support", community.slug);
    let action = NewHelperAction::new(helper.id, zofia.id, "POST", "/c/{slug}/support", &path);
    helpers::record(db, &action, at).await
}

/// Kirsten names Anders, her neighbour, as her helper.
async fn named(db: &Db, people: &[AccountId]) -> Result<(), AppError> {
    let person = account(db, people, TRUSTED_HELPER).await?;
    let helper = account(db, people, NEIGHBOUR).await?;
    if db.active_helping(person.id, helper.id).await?.is_some() {
        return Ok(());
    }
    helpers::name_helper(
        db,
        &person,
        helper.email.as_str(),
        time::now() - Duration::days(40),
    )
    .await?;
    Ok(())
}
