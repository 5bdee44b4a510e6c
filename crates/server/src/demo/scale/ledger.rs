//! The time bank: 5·N confirmed exchanges between residents, each with its transfer and two
//! postings that sum to zero, and an account per resident whose balance is the sum of its
//! postings. The exchanges are decided first, so that each account is written once, with its
//! final balance, before the postings that refer to it.

use domain::AppError;
use rand::Rng as _;
use rand::rngs::StdRng;
use store::Db;
use store::scale::{ExchangeRow, LedgerAccountRow, PostingRow, TransferRow};
use uuid::Uuid;

use super::participation::pick;
use super::progress::Phase;
use super::residents::Residents;
use super::{Town, id_at};

/// Exchanges per resident.
const EXCHANGES: usize = 5;
const MINUTES: [i64; 7] = [30, 45, 60, 60, 90, 120, 180];
const HOUR: i64 = 60 * 60 * 1000;

struct Exchange {
    provider: usize,
    receiver: usize,
    minutes: i64,
    proposed_by_provider: bool,
    created_at: i64,
    decided_at: i64,
}

pub async fn load(db: &Db, town: &Town, residents: &Residents) -> Result<(), AppError> {
    let mut rng = town.rng(7);
    let exchanges = plan(&mut rng, town);
    let phase = Phase::start("time bank", (town.size + 4 * exchanges.len()) as u64)?;
    let accounts = write_accounts(db, &phase, &mut rng, town, residents, &exchanges).await?;
    let mut exchange_rows = phase.batch::<ExchangeRow>(db);
    let mut transfers = phase.batch::<TransferRow>(db);
    let mut postings = phase.batch::<PostingRow>(db);
    for exchange in &exchanges {
        let provider = residents.get(exchange.provider)?;
        let receiver = residents.get(exchange.receiver)?;
        let (proposer, confirmer) = if exchange.proposed_by_provider {
            (provider.id, receiver.id)
        } else {
            (receiver.id, provider.id)
        };
        let id = id_at(&mut rng, exchange.created_at);
        let transfer = id_at(&mut rng, exchange.decided_at);
        let description = pick(&mut rng, provider.phrases.exchanges);
        exchange_rows.add(ExchangeRow {
            id,
            community: town.community,
            provider: provider.id,
            receiver: receiver.id,
            proposer,
            minutes: exchange.minutes,
            description,
            created_at: exchange.created_at,
            decided_at: exchange.decided_at,
        });
        transfers.add(TransferRow {
            id: transfer,
            community: town.community,
            exchange: id,
            description,
            created_by: confirmer,
            created_at: exchange.decided_at,
        });
        for (side, minutes) in [
            (exchange.receiver, -exchange.minutes),
            (exchange.provider, exchange.minutes),
        ] {
            postings.add(PostingRow {
                id: id_at(&mut rng, exchange.decided_at),
                community: town.community,
                transfer,
                account: accounts
                    .get(side)
                    .copied()
                    .ok_or_else(|| AppError::internal(format!("no ledger account {side}")))?,
                minutes,
                created_at: exchange.decided_at,
            });
        }
        // Each refers to the one before: written in that order.
        if exchange_rows.is_full() {
            exchange_rows.flush().await?;
            transfers.flush().await?;
            postings.flush().await?;
        }
    }
    exchange_rows.flush().await?;
    transfers.flush().await?;
    postings.flush().await?;
    phase.finish();
    Ok(())
}

/// Who gave whom how much time, and when: between two residents who had both joined. In time
/// order, for the same reason as the initiatives (`participation::plan`).
fn plan(rng: &mut StdRng, town: &Town) -> Vec<Exchange> {
    if town.size < 2 {
        return Vec::new();
    }
    let mut exchanges: Vec<Exchange> = (0..EXCHANGES * town.size)
        .map(|_| {
            let provider = rng.random_range(0..town.size);
            let receiver = (provider + rng.random_range(1..town.size)) % town.size;
            let both_joined = town.joined_at(provider).max(town.joined_at(receiver));
            let created_at = town.any_time_after(rng, both_joined);
            let decided_at =
                (created_at + rng.random_range(HOUR..72 * HOUR)).min(town.now.max(created_at));
            Exchange {
                provider,
                receiver,
                minutes: pick(rng, &MINUTES),
                proposed_by_provider: rng.random(),
                created_at,
                decided_at,
            }
        })
        .collect();
    exchanges.sort_by_key(|exchange| exchange.created_at);
    exchanges
}

/// An account per resident, with the balance its postings will add up to; gives their ids by
/// resident.
async fn write_accounts(
    db: &Db,
    phase: &Phase,
    rng: &mut StdRng,
    town: &Town,
    residents: &Residents,
    exchanges: &[Exchange],
) -> Result<Vec<Uuid>, AppError> {
    let mut balances = vec![0_i64; town.size];
    for exchange in exchanges {
        for (side, minutes) in [
            (exchange.receiver, -exchange.minutes),
            (exchange.provider, exchange.minutes),
        ] {
            if let Some(balance) = balances.get_mut(side) {
                *balance += minutes;
            }
        }
    }
    let mut ids = Vec::with_capacity(town.size);
    let mut accounts = phase.batch::<LedgerAccountRow>(db);
    for (index, balance) in balances.into_iter().enumerate() {
        let person = residents.get(index)?;
        let id = id_at(rng, person.joined_at);
        ids.push(id);
        accounts
            .push(LedgerAccountRow {
                id,
                community: town.community,
                holder: person.id,
                balance_minutes: balance,
                created_at: person.joined_at,
            })
            .await?;
    }
    accounts.flush().await?;
    Ok(ids)
}
