use super::{
    Among, Answers, OptionId, RawAnswer, Respondent, ResponseRow, Results, Survey, SurveyDraft,
    SurveyId, SurveyInput, SurveyStatus, SurveyStore, TranslationInput, parse_paper_ref,
    parse_translation,
};
use crate::accounts::AccountId;
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{Community, Participant};
use crate::locale::Locale;
use crate::moderation::{Page, PageCursor};
use crate::time::Instant;
use crate::{AppError, Message};

/// A survey never opened is its organisers' draft: it does not exist for anyone else.
pub fn visible_to(participant: &Participant, survey: Survey) -> Result<Survey, AppError> {
    if survey.is_draft() && !participant.is_organiser() {
        Err(AppError::NotFound)
    } else {
        Ok(survey)
    }
}

pub async fn find(
    store: &impl SurveyStore,
    participant: &Participant,
    id: SurveyId,
) -> Result<Survey, AppError> {
    visible_to(
        participant,
        store.survey(id).await?.ok_or(AppError::NotFound)?,
    )
}

/// Organisers read the results always; the community's members (and coordinators) when the
/// survey says its results are public.
pub fn may_read_results(participant: &Participant, survey: &Survey) -> Result<(), AppError> {
    if participant.is_organiser() {
        return Ok(());
    }
    match participant.account {
        None => Err(AppError::unauthorised()),
        Some(_)
            if survey.results_public && (participant.role.is_some() || participant.coordinator) =>
        {
            Ok(())
        }
        Some(_) => Err(AppError::Forbidden(Message::new(
            "error-survey-results-private",
        ))),
    }
}

/// Not once it has responses: the questions answered must stay the questions asked.
fn require_no_responses(survey: &Survey) -> Result<(), AppError> {
    if survey.response_count > 0 {
        Err(AppError::conflict("error-survey-has-responses"))
    } else {
        Ok(())
    }
}

/// An organiser writes a survey; it starts closed, as a draft, in the organiser's language.
pub async fn create(
    store: &impl SurveyStore,
    community: &Community,
    participant: &Participant,
    input: &SurveyInput,
    locale: Locale,
    now: Instant,
) -> Result<Survey, AppError> {
    let author = participant.organiser()?;
    let draft = SurveyDraft::parse(input, None)?;
    let id = SurveyId::generate();
    store
        .insert_survey(id, community.id, author, locale, &draft, now)
        .await?;
    store
        .survey(id)
        .await?
        .ok_or(AppError::internal("survey vanished after insert"))
}

/// An organiser rewrites a survey that nobody has answered yet.
pub async fn replace(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
    input: &SurveyInput,
    now: Instant,
) -> Result<Survey, AppError> {
    participant.organiser()?;
    require_no_responses(survey)?;
    let draft = SurveyDraft::parse(input, Some(survey))?;
    store.replace_survey(survey.id, &draft, now).await?;
    store.survey(survey.id).await?.ok_or(AppError::NotFound)
}

/// An organiser deletes a survey that nobody has answered yet.
pub async fn delete(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
) -> Result<(), AppError> {
    participant.organiser()?;
    require_no_responses(survey)?;
    store.delete_survey(survey.id).await
}

/// An organiser opens or closes a survey, which goes into the audit log; setting what it
/// already is changes nothing.
pub async fn set_status(
    store: &(impl SurveyStore + AuditStore),
    participant: &Participant,
    survey: &Survey,
    status: SurveyStatus,
    now: Instant,
) -> Result<Survey, AppError> {
    let organiser = participant.organiser()?;
    if survey.status != status {
        store.set_survey_status(survey.id, status, now).await?;
        let action = match status {
            SurveyStatus::Open => AuditAction::SurveyOpened,
            SurveyStatus::Closed => AuditAction::SurveyClosed,
        };
        record(store, survey, organiser, action, String::new(), now).await?;
    }
    store.survey(survey.id).await?.ok_or(AppError::NotFound)
}

/// An organiser translates the survey's texts into another of the five languages.
pub async fn translate(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
    locale: Locale,
    input: &TranslationInput,
    now: Instant,
) -> Result<Survey, AppError> {
    participant.organiser()?;
    let texts = parse_translation(survey, locale, input)?;
    store
        .set_survey_translation(survey.id, locale, &texts, now)
        .await?;
    store.survey(survey.id).await?.ok_or(AppError::NotFound)
}

/// A member answers an open survey, once (a helper acting for them answers as them).
pub async fn respond(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
    raw: &[RawAnswer],
    now: Instant,
) -> Result<(), AppError> {
    let person = participant.member()?;
    if !survey.is_open() {
        return Err(AppError::conflict("error-survey-closed"));
    }
    if store.has_answered(survey.id, person).await? {
        return Err(AppError::conflict("error-survey-answered"));
    }
    let answers = Answers::parse(survey, raw)?;
    store
        .insert_response(survey, &Respondent::Person(person), &answers, now)
        .await
}

/// Staff type in a paper form, under the number they wrote on it, once the survey has opened.
/// The audit log keeps who typed in which form number, never what it says.
pub async fn enter_paper(
    store: &(impl SurveyStore + AuditStore),
    participant: &Participant,
    survey: &Survey,
    paper_ref: &str,
    raw: &[RawAnswer],
    now: Instant,
) -> Result<(), AppError> {
    let organiser = participant.organiser()?;
    if survey.is_draft() {
        return Err(AppError::conflict("error-survey-not-opened"));
    }
    let paper_ref = parse_paper_ref(paper_ref)?;
    let answers = Answers::parse(survey, raw)?;
    store
        .insert_response(survey, &Respondent::Paper(paper_ref.clone()), &answers, now)
        .await?;
    let action = AuditAction::SurveyPaperRecorded;
    record(store, survey, organiser, action, paper_ref, now).await
}

async fn record(
    store: &impl AuditStore,
    survey: &Survey,
    actor: AccountId,
    action: AuditAction,
    reason: String,
    now: Instant,
) -> Result<(), AppError> {
    let entry = AuditEntry {
        community: Some(survey.community_id),
        actor,
        action,
        target_type: "survey",
        target_id: survey.id.to_string(),
        reason,
    };
    store.record_audit(&entry, now).await
}

pub async fn has_answered(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
) -> Result<bool, AppError> {
    match participant.account {
        Some(account) => store.has_answered(survey.id, account).await,
        None => Ok(false),
    }
}

/// The filter named by an option's id: 422 when it is no option of a choice question.
pub fn among(survey: &Survey, option: Option<&str>) -> Result<Option<Among>, AppError> {
    match option.map(str::trim).filter(|option| !option.is_empty()) {
        None => Ok(None),
        Some(text) => OptionId::parse(text)
            .and_then(|option| Among::find(survey, option))
            .map(Some)
            .ok_or_else(|| AppError::invalid("among", Message::new("error-survey-among-unknown"))),
    }
}

/// The results as this reader may read them, in the language the survey is shown in.
pub async fn results(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
    among: Option<&Among>,
) -> Result<Results, AppError> {
    may_read_results(participant, survey)?;
    let counted = store.count_results(survey, among).await?;
    Ok(Results::of(survey, counted, among.is_some()))
}

/// Every response, for the organisers' CSV: raw rows would let anyone rebuild groups smaller
/// than five, so only organisers export them.
pub async fn responses(
    store: &impl SurveyStore,
    participant: &Participant,
    survey: &Survey,
) -> Result<Vec<ResponseRow>, AppError> {
    participant.organiser()?;
    store.response_rows(survey).await
}

/// One page of a community's surveys, newest first, with their titles in `locale` where
/// translated; drafts for its organisers only.
pub async fn list(
    store: &impl SurveyStore,
    community: &Community,
    participant: &Participant,
    locale: Option<Locale>,
    after: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Survey>, AppError> {
    let rows = store
        .surveys(
            community.id,
            participant.is_organiser(),
            locale,
            after,
            limit + 1,
        )
        .await?;
    Ok(Page::of(rows, limit, |survey| PageCursor {
        at: survey.created_at,
        id: survey.id.0,
    }))
}
