//! Demo data: three communities of the network (Wawer in Warsaw, Middelfart, Cagliari's Centro
//! Storico), each with an admin, an organiser, a moderator and residents, some of whom speak
//! Ukrainian or English, and a network coordinator; each community's offers, requests,
//! conversations and months of time-bank exchanges come from `support`. Loading it twice
//! changes nothing.

mod budgets;
mod community_face;
mod courses;
mod events;
mod guidebook;
mod helpers;
mod initiatives;
mod listening;
mod moderation;
mod photos;
mod profiles;
pub mod scale;
mod stories;
mod support;

use domain::accounts::{
    AccountId, AccountStore as _, DisplayName, Email, NewAccount, NewPassword, PasswordHash,
};
use domain::communities::{CommunityId, CommunityStore as _, NewCommunity, Role};
use domain::{AppError, Locale, time};
use store::{Db, MediaDirectory};

/// Every demo account signs in with this password (listed in the README).
pub const DEMO_PASSWORD: &str = "micropolis-demo";

pub const COORDINATOR: (&str, &str, Locale) = (
    "coordinator@micropolis.example",
    "Katarzyna Lewandowska",
    Locale::En,
);

struct DemoCommunity {
    slug: &'static str,
    name: &'static str,
    description: &'static str,
    country: &'static str,
    locale: &'static str,
    people: &'static [(&'static str, &'static str, Locale, Role)],
}

const COMMUNITIES: [DemoCommunity; 3] = [
    DemoCommunity {
        slug: "wawer",
        name: "Wawer",
        description: "Dzielnica Warszawy nad Wisłą: lasy, ogródki i sąsiedzi, którzy chcą się poznać. \
                      Spotykamy się w domu kultury i w bibliotece.",
        country: "PL",
        locale: "pl",
        people: &[
            (
                "agnieszka@wawer.example",
                "Agnieszka Kowalska",
                Locale::Pl,
                Role::Admin,
            ),
            (
                "tomasz@wawer.example",
                "Tomasz Nowak",
                Locale::Pl,
                Role::Organiser,
            ),
            (
                "ewa@wawer.example",
                "Ewa Wiśniewska",
                Locale::Pl,
                Role::Moderator,
            ),
            (
                "halina@wawer.example",
                "Halina Wójcik",
                Locale::Pl,
                Role::Member,
            ),
            (
                "marek@wawer.example",
                "Marek Zieliński",
                Locale::Pl,
                Role::Member,
            ),
            (
                "olena@wawer.example",
                "Олена Шевченко",
                Locale::Uk,
                Role::Member,
            ),
            (
                "dmytro@wawer.example",
                "Дмитро Коваленко",
                Locale::Uk,
                Role::Member,
            ),
            (
                "sarah@wawer.example",
                "Sarah Miller",
                Locale::En,
                Role::Member,
            ),
        ],
    },
    DemoCommunity {
        slug: "middelfart",
        name: "Middelfart",
        description: "En lille by ved Lillebælt, hvor biblioteket og kulturhuset samler borgere \
                      på tværs af alder og baggrund.",
        country: "DK",
        locale: "da",
        people: &[
            (
                "mette@middelfart.example",
                "Mette Jensen",
                Locale::Da,
                Role::Admin,
            ),
            (
                "lars@middelfart.example",
                "Lars Nielsen",
                Locale::Da,
                Role::Organiser,
            ),
            (
                "sofie@middelfart.example",
                "Sofie Hansen",
                Locale::Da,
                Role::Moderator,
            ),
            (
                "anders@middelfart.example",
                "Anders Pedersen",
                Locale::Da,
                Role::Member,
            ),
            (
                "kirsten@middelfart.example",
                "Kirsten Larsen",
                Locale::Da,
                Role::Member,
            ),
            (
                "iryna@middelfart.example",
                "Ірина Бондаренко",
                Locale::Uk,
                Role::Member,
            ),
            (
                "james@middelfart.example",
                "James O'Connor",
                Locale::En,
                Role::Member,
            ),
        ],
    },
    DemoCommunity {
        slug: "cagliari-centro-storico",
        name: "Cagliari Centro Storico",
        description: "I quartieri storici di Cagliari — Castello, Marina, Stampace e Villanova — \
                      dove associazioni e abitanti si prendono cura insieme della città vecchia.",
        country: "IT",
        locale: "it",
        people: &[
            (
                "giulia@cagliari.example",
                "Giulia Sanna",
                Locale::It,
                Role::Admin,
            ),
            (
                "marco@cagliari.example",
                "Marco Pinna",
                Locale::It,
                Role::Organiser,
            ),
            (
                "francesca@cagliari.example",
                "Francesca Melis",
                Locale::It,
                Role::Moderator,
            ),
            (
                "antonio@cagliari.example",
                "Antonio Serra",
                Locale::It,
                Role::Member,
            ),
            (
                "maria@cagliari.example",
                "Maria Deiana",
                Locale::It,
                Role::Member,
            ),
            (
                "oksana@cagliari.example",
                "Оксана Мельник",
                Locale::Uk,
                Role::Member,
            ),
            (
                "emma@cagliari.example",
                "Emma Walsh",
                Locale::En,
                Role::Member,
            ),
            (
                "sarah@wawer.example",
                "Sarah Miller",
                Locale::En,
                Role::Member,
            ),
        ],
    },
];

/// Loads the demo data; what is already there is left as it is. Photos go to `media`.
pub async fn load(db: &Db, media: &MediaDirectory) -> Result<(), AppError> {
    // One hash serves every demo account: they share a published password, and argon2 is slow
    // and memory-hungry on purpose.
    let password = NewPassword::parse(DEMO_PASSWORD).map_err(|m| AppError::internal(m.key))?;
    let password_hash = password.hash().await?;
    let (email, name, locale) = COORDINATOR;
    let coordinator = ensure_account(db, email, name, locale, &password_hash).await?;
    db.set_coordinator(coordinator, true).await?;
    for demo in &COMMUNITIES {
        let community = ensure_community(db, demo).await?;
        let mut people = Vec::new();
        for (index, (email, name, locale, role)) in demo.people.iter().enumerate() {
            let account = ensure_account(db, email, name, *locale, &password_hash).await?;
            if db
                .insert_membership(community, account, *role, time::now())
                .await?
            {
                let trusted_helper = *role >= Role::Moderator || index == support::TRUSTED_HELPER;
                db.update_membership(community, account, *role, trusted_helper)
                    .await?;
            }
            people.push(account);
        }
        support::load(db, demo.slug, community, &people).await?;
        budgets::load(db, demo.slug, community, &people).await?;
        initiatives::load(db, media, demo.slug, community, &people).await?;
        courses::load(db, demo.slug, community, &people).await?;
        events::load(db, media, demo.slug, community, &people).await?;
        moderation::load(db, demo.slug, community, &people, &password_hash).await?;
        helpers::load(db, demo.slug, community, &people).await?;
        community_face::load(db, media, demo.slug, community, &people).await?;
        stories::load(db, media, demo.slug, community, &people).await?;
        listening::load(db, demo.slug, community, &people).await?;
    }
    profiles::load(db).await?;
    // Network-wide, after the communities: its writers are their organisers.
    guidebook::load(db, media).await?;
    Ok(())
}

async fn ensure_account(
    db: &Db,
    email: &str,
    name: &str,
    locale: Locale,
    password_hash: &PasswordHash,
) -> Result<AccountId, AppError> {
    let email = Email::parse(email).map_err(|m| AppError::internal(m.key))?;
    if let Some((account, _)) = db.account_by_email(&email).await? {
        return Ok(account.id);
    }
    let account = NewAccount {
        id: AccountId::generate(),
        email,
        display_name: DisplayName::parse(name).map_err(|m| AppError::internal(m.key))?,
        locale,
        password_hash: password_hash.clone(),
        email_verified: true,
        created_at: time::now(),
    };
    db.insert_account(&account).await?;
    Ok(account.id)
}

async fn ensure_community(db: &Db, demo: &DemoCommunity) -> Result<CommunityId, AppError> {
    if let Some(existing) = db.community(demo.slug).await? {
        return Ok(existing.id);
    }
    let new = NewCommunity::parse(
        demo.slug,
        demo.name,
        demo.description,
        demo.country,
        demo.locale,
    )?;
    let id = CommunityId::generate();
    db.insert_community(id, &new, time::now()).await?;
    Ok(id)
}
