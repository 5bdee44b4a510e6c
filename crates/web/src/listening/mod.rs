//! Listening on the web: a community's surveys and answering one (`pages`), the results with
//! their charts and tables and the organisers' CSV (`results`), the organisers' builder
//! (`builder`), opening, closing, translating and paper forms (`manage`), and the JSON API
//! (`api`).

pub mod api;
mod builder;
pub(crate) mod csv_export;
mod errors;
mod manage;
mod pages;
mod results;

use axum::Router;
use domain::AppError;
use domain::communities::{self, Community, Participant};
use domain::listening::{self, Survey, SurveyId};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
        .merge(results::router())
        .merge(builder::router())
        .merge(manage::router())
}

/// The page of a survey.
pub fn survey_path(survey: &Survey) -> String {
    format!("/c/{}/surveys/{}", survey.community_slug, survey.id)
}

/// The survey at `/c/{slug}/surveys/{id}` as this reader may see it (drafts only for
/// organisers), read in the page's language, with its community and how the reader stands in it.
pub(crate) async fn survey_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Survey, Participant), AppError> {
    let id = SurveyId::parse(id).ok_or(AppError::NotFound)?;
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let survey = listening::find(&state.db, &participant, id).await?;
    if survey.community_id != community.id {
        return Err(AppError::NotFound);
    }
    Ok((community, survey.in_locale(page.locale), participant))
}

/// The newest surveys of a community that this reader may see (for the community's home).
pub async fn latest(
    state: &AppState,
    community: &Community,
    participant: &Participant,
    locale: domain::Locale,
    limit: u32,
) -> Result<Vec<Survey>, AppError> {
    Ok(
        listening::list(&state.db, community, participant, Some(locale), None, limit)
            .await?
            .items,
    )
}

/// A survey's title in `locale`, where translated.
pub fn title_in(survey: &Survey, locale: &domain::Locale) -> String {
    survey.in_locale(*locale).title
}

/// The language of a survey's texts when they are not in the page's: its own language, where
/// it has no translation into the reader's (for `lang` attributes, so that screen readers read
/// the texts with the right voice).
pub(crate) fn content_lang(survey: &Survey, page: &PageContext) -> Option<&'static str> {
    let readable =
        survey.source_locale == page.locale || survey.translated_into().contains(&page.locale);
    (!readable).then_some(survey.source_locale.code())
}

/// The words a template needs about surveys, in its page's language.
pub(crate) trait SurveyWords {
    fn page(&self) -> &PageContext;

    fn status_name(&self, survey: &Survey) -> String {
        self.page().t(if survey.is_draft() {
            "survey-status-draft"
        } else if survey.is_open() {
            "survey-status-open"
        } else {
            "survey-status-closed"
        })
    }

    fn responses(&self, survey: &Survey) -> String {
        self.page()
            .tn("survey-response-count", survey.response_count)
    }

    fn kind_of(&self, survey: &Survey) -> String {
        self.page().t(if survey.anonymous {
            "survey-anonymous"
        } else {
            "survey-named"
        })
    }
}
