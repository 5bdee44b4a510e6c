use std::future::Future;

use super::{Among, Answers, Counted, Survey, SurveyDraft, SurveyId, SurveyStatus, SurveyText};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::locale::Locale;
use crate::moderation::PageCursor;
use crate::time::Instant;

/// Who a response is from, as far as the tables may know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Respondent {
    /// A person answering online (or their helper for them): recorded as having answered; their
    /// name goes on the response only when the survey is named.
    Person(AccountId),
    /// A paper form typed in by staff, by the number written on it.
    Paper(String),
}

/// One response as the CSV shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRow {
    /// Named surveys only: the respondent's name (empty once erased).
    pub respondent: Option<String>,
    pub paper_ref: Option<String>,
    pub answers: Answers,
}

pub trait SurveyStore: Sync {
    /// The survey with its questions and options, in one transaction.
    fn insert_survey(
        &self,
        id: SurveyId,
        community: CommunityId,
        author: AccountId,
        locale: Locale,
        draft: &SurveyDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Writes the survey's texts and questions anew, dropping the translations of questions and
    /// options that are gone; a conflict once it has responses.
    fn replace_survey(
        &self,
        id: SurveyId,
        draft: &SurveyDraft,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// With its questions; a conflict once it has responses.
    fn delete_survey(&self, id: SurveyId) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_survey_status(
        &self,
        id: SurveyId,
        status: SurveyStatus,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Replaces the survey's translation into `locale`.
    fn set_survey_translation(
        &self,
        id: SurveyId,
        locale: Locale,
        texts: &[SurveyText],
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The survey with its questions and translations.
    fn survey(&self, id: SurveyId)
    -> impl Future<Output = Result<Option<Survey>, AppError>> + Send;
    /// One page of a community's surveys, newest first, without their questions (but with their
    /// title's translation into `locale`); drafts too when `drafts`.
    fn surveys(
        &self,
        community: CommunityId,
        drafts: bool,
        locale: Option<Locale>,
        after: Option<PageCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Survey>, AppError>> + Send;
    fn has_answered(
        &self,
        survey: SurveyId,
        account: AccountId,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
    /// Records the response, its answers and the count in one transaction. Conflicts: an online
    /// response to a survey that is not open, or from someone who has answered; a paper form to
    /// a survey never opened, or one whose number was typed in before.
    /// `now` goes to the impact figures (who took part that month), never on the response.
    fn insert_response(
        &self,
        survey: &Survey,
        respondent: &Respondent,
        answers: &Answers,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// The tallies of every question, among the responses that chose `among` if given.
    fn count_results(
        &self,
        survey: &Survey,
        among: Option<&Among>,
    ) -> impl Future<Output = Result<Counted, AppError>> + Send;
    /// Every response, in the order of their random ids.
    fn response_rows(
        &self,
        survey: &Survey,
    ) -> impl Future<Output = Result<Vec<ResponseRow>, AppError>> + Send;
}
