use std::future::Future;

use super::{Chapter, NewRevision, Revision};
use crate::{AppError, Locale};

pub trait GuidebookStore: Sync {
    /// Every chapter with its current texts, in the order of the table of contents.
    fn chapters(&self) -> impl Future<Output = Result<Vec<Chapter>, AppError>> + Send;
    fn chapter(&self, slug: &str)
    -> impl Future<Output = Result<Option<Chapter>, AppError>> + Send;
    /// Saves the revision and makes it the current text, in one transaction; a new slug
    /// creates the chapter (last in the order) with this language as its source. Answers the
    /// revision's number.
    fn save_revision(
        &self,
        revision: &NewRevision<'_>,
    ) -> impl Future<Output = Result<i64, AppError>> + Send;
    /// The revisions of a chapter in one language, newest first.
    fn revisions(
        &self,
        slug: &str,
        locale: Locale,
    ) -> impl Future<Output = Result<Vec<Revision>, AppError>> + Send;
    fn revision(
        &self,
        slug: &str,
        locale: Locale,
        number: i64,
    ) -> impl Future<Output = Result<Option<Revision>, AppError>> + Send;
    /// Puts the chapters in this order (every chapter's slug, once each).
    fn set_order(&self, slugs: &[String]) -> impl Future<Output = Result<(), AppError>> + Send;
}
