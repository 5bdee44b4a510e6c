use std::future::Future;

use super::{Hit, Scope, SearchQuery};
use crate::AppError;
use crate::time::Instant;

pub trait SearchStore: Sync {
    /// The entries the scope's reader may find that hold every asked word (as a prefix): the
    /// best `limit` of each kind (of one kind, after `skip`), best first within a kind.
    /// People are given once, with a community whose directory shows them to the reader.
    fn search(
        &self,
        query: &SearchQuery,
        scope: &Scope,
        now: Instant,
    ) -> impl Future<Output = Result<Vec<Hit>, AppError>> + Send;
}
