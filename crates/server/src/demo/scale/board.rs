//! Offers and requests on the community's board: one for every two residents, mostly open.

use domain::AppError;
use domain::support::{Category, Kind};
use rand::Rng as _;
use store::Db;
use store::scale::SupportItemRow;

use super::participation::pick;
use super::progress::Phase;
use super::residents::Residents;
use super::{Town, id_at};

pub async fn load(db: &Db, town: &Town, residents: &Residents) -> Result<(), AppError> {
    let total = town.size / 2;
    let phase = Phase::start("offers and requests", total as u64)?;
    let mut rng = town.rng(6);
    let mut items = phase.batch::<SupportItemRow>(db);
    for _ in 0..total {
        let person = residents.get(rng.random_range(0..town.size))?;
        let Some(item) = person
            .phrases
            .items
            .get(rng.random_range(0..person.phrases.items.len()))
        else {
            continue;
        };
        let at = town.any_time_after(&mut rng, person.joined_at);
        items
            .push(SupportItemRow {
                id: id_at(&mut rng, at),
                community: town.community,
                author: person.id,
                kind: item.kind.name(),
                category: item.category.name(),
                title: item.title,
                body: item.body,
                languages: format!(",{},", person.phrases.locale.code()),
                status: pick(
                    &mut rng,
                    &["open", "open", "open", "open", "matched", "closed"],
                ),
                sensitive: item.kind == Kind::Request && item.category == Category::Emotional,
                created_at: at,
            })
            .await?;
    }
    items.flush().await?;
    phase.finish();
    Ok(())
}
