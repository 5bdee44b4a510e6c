//! The residents: an account each (reused when an earlier run made it) and a membership: an
//! admin, a moderator, a few organisers, and members.

use std::collections::HashMap;

use domain::AppError;
use domain::communities::Role;
use store::Db;
use store::scale::{AccountRow, MembershipRow};
use uuid::Uuid;

use super::phrases::Phrases;
use super::progress::Phase;
use super::{Town, id_at, names};

pub struct Resident {
    pub id: Uuid,
    pub joined_at: i64,
    /// The language they write in.
    pub phrases: &'static Phrases,
}

pub struct Residents {
    people: Vec<Resident>,
    /// Who answers initiatives: the admin and the organisers.
    answerers: Vec<usize>,
}

impl Residents {
    pub fn get(&self, index: usize) -> Result<&Resident, AppError> {
        self.people
            .get(index)
            .ok_or_else(|| AppError::internal(format!("no resident {index}")))
    }

    pub fn answerers(&self) -> &[usize] {
        &self.answerers
    }
}

/// One organiser per 25,000 residents, from one to five.
fn organisers(size: usize) -> usize {
    (1 + size / 25_000).min(5)
}

fn role(index: usize, organisers: usize) -> Role {
    match index {
        0 => Role::Admin,
        1 => Role::Moderator,
        index if index < 2 + organisers => Role::Organiser,
        _ => Role::Member,
    }
}

fn email(index: usize) -> String {
    format!("scale-{}@example.org", index + 1)
}

pub async fn load(db: &Db, town: &Town, password_hash: &str) -> Result<Residents, AppError> {
    let existing = existing_accounts(db).await?;
    let phase = Phase::start("residents", 2 * town.size as u64)?;
    let mut rng = town.rng(1);
    let mut accounts = phase.batch::<AccountRow>(db);
    let mut people = Vec::with_capacity(town.size);
    for index in 0..town.size {
        let joined_at = town.joined_at(index);
        let (name, phrases) = names::resident(index as u64 + 1);
        let id = match existing.get(&email(index)) {
            Some(id) => *id,
            None => {
                let id = id_at(&mut rng, joined_at);
                accounts
                    .push(AccountRow {
                        id,
                        email: email(index),
                        display_name: name,
                        locale: phrases.locale.code(),
                        password_hash,
                        created_at: joined_at,
                    })
                    .await?;
                id
            }
        };
        people.push(Resident {
            id,
            joined_at,
            phrases,
        });
    }
    accounts.flush().await?;
    let organisers = organisers(town.size);
    let mut memberships = phase.batch::<MembershipRow>(db);
    for (index, person) in people.iter().enumerate() {
        let role = role(index, organisers);
        memberships
            .push(MembershipRow {
                community: town.community,
                account: person.id,
                role: role.name(),
                trusted_helper: role >= Role::Moderator || index % 50 == 7,
                joined_at: person.joined_at,
            })
            .await?;
    }
    memberships.flush().await?;
    phase.finish();
    let answerers = (0..town.size)
        .filter(|index| matches!(role(*index, organisers), Role::Admin | Role::Organiser))
        .collect();
    Ok(Residents { people, answerers })
}

/// Accounts an earlier run made, by e-mail: the same residents join the new community.
async fn existing_accounts(db: &Db) -> Result<HashMap<String, Uuid>, AppError> {
    Ok(db
        .account_ids_by_email_like("scale-%@example.org")
        .await?
        .into_iter()
        .collect())
}
