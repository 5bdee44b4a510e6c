use std::collections::HashSet;

use super::{Hit, Kind, Scope, SearchQuery, SearchStore};
use crate::AppError;
use crate::time::Instant;

/// Results of one kind, in the order of `Kind::ALL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub hits: Vec<Hit>,
    /// More of this kind than shown: the reader may ask for them by kind, and `skip`.
    pub more: bool,
}

/// Searches, and tells why each result matched. Asks for one more than the scope's limit per
/// kind, to know whether there are more.
pub async fn search(
    store: &impl SearchStore,
    query: &SearchQuery,
    scope: &Scope,
    now: Instant,
) -> Result<Vec<Group>, AppError> {
    let asked = Scope {
        limit: scope.limit + 1,
        ..scope.clone()
    };
    let mut hits = store.search(query, &asked, now).await?;
    // A chapter matches in each language it is written in: it is given once, in the best.
    let mut seen = HashSet::new();
    hits.retain(|hit| seen.insert((hit.kind, hit.item_id.clone())));
    let limit = scope.limit as usize;
    Ok(Kind::ALL
        .iter()
        .filter_map(|kind| {
            let mut hits: Vec<Hit> = hits
                .iter()
                .filter(|hit| hit.kind == *kind)
                .cloned()
                .map(|hit| hit.explained(query))
                .collect();
            let more = hits.len() > limit;
            hits.truncate(limit);
            (!hits.is_empty()).then_some(Group {
                kind: *kind,
                hits,
                more,
            })
        })
        .collect())
}
