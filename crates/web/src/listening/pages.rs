//! The surveys pages: `/c/{slug}/surveys`, and a survey's page with its short, plain answering
//! form (one fieldset per question, no script), what the organisers may do with it, and the
//! answering itself.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::{self, Community, Participant};
use domain::listening::{self, Question, QuestionKind, RawAnswer, RawValue, SCALE, Survey};
use domain::{AppError, time};
use serde::Deserialize;

use super::errors::SurveyErrors;
use super::{SurveyWords, survey_in, survey_path};
use crate::error::Failure;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/surveys/{id}", get(detail))
        .route("/c/{slug}/surveys/{id}/responses", post(answer))
}

const LIST_PAGE: u32 = 20;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ListQuery {
    cursor: Option<String>,
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "listening/list.html")]
struct ListPage {
    page: PageContext,
    community: Community,
    items: Vec<Survey>,
    is_organiser: bool,
    next: Option<String>,
    notice: String,
}

impl ListPage {
    fn path(&self, survey: &Survey) -> String {
        survey_path(survey)
    }

    fn title(&self, survey: &Survey) -> String {
        survey.in_locale(self.page.locale).title
    }
}

impl SurveyWords for ListPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

/// `GET /c/{slug}/surveys` (routed with the builder's `POST`).
pub(super) async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let after = crate::moderation::parse_cursor(query.cursor.as_deref())?;
    let found = listening::list(
        &state.db,
        &community,
        &participant,
        Some(page.locale),
        after,
        LIST_PAGE,
    )
    .await?;
    let next = found
        .next
        .map(|cursor| format!("/c/{}/surveys?cursor={}", community.slug, cursor.encode()));
    let notice = match query.done.as_deref() {
        Some("deleted") => page.t("survey-notice-deleted"),
        _ => String::new(),
    };
    Ok(render(&ListPage {
        page,
        is_organiser: participant.is_organiser(),
        community,
        items: found.items,
        next,
        notice,
    }))
}

/// What a person typed into the answering form, by question: kept when the form comes back
/// with errors.
#[derive(Debug, Clone, Default)]
pub(super) struct Typed(pub Vec<(String, String)>);

impl Typed {
    /// The value of a field that is not an answer.
    pub(super) fn single(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    }

    fn values(&self, question: &Question) -> Vec<&str> {
        let name = field_name(question);
        self.0
            .iter()
            .filter(|(field, _)| *field == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    pub(super) fn raw_answers(&self, survey: &Survey) -> Vec<RawAnswer> {
        survey
            .questions
            .iter()
            .map(|question| {
                let values = self.values(question);
                RawAnswer {
                    question_id: question.id.to_string(),
                    value: match question.kind {
                        QuestionKind::Multiple => {
                            RawValue::List(values.into_iter().map(str::to_owned).collect())
                        }
                        _ => RawValue::Text(values.first().copied().unwrap_or_default().to_owned()),
                    },
                }
            })
            .collect()
    }
}

/// The form field of a question's answer.
fn field_name(question: &Question) -> String {
    format!("q-{}", question.id)
}

#[derive(Template)]
#[template(path = "listening/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    survey: Survey,
    /// What the reader may do: answer, or why not.
    standing: Standing,
    is_organiser: bool,
    sees_results: bool,
    typed: Typed,
    errors: SurveyErrors,
    notice: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    MayAnswer,
    Answered,
    Draft,
    Closed,
    SignIn,
    NotMember,
}

impl DetailPage {
    fn path(&self) -> String {
        survey_path(&self.survey)
    }

    fn may_answer(&self) -> bool {
        self.standing == Standing::MayAnswer
    }

    fn why_not(&self) -> String {
        self.page.t(match self.standing {
            Standing::Answered => "survey-answered-already",
            Standing::Draft => "survey-draft-note",
            Standing::Closed => "survey-closed-note",
            Standing::SignIn => "survey-sign-in-to-answer",
            Standing::NotMember | Standing::MayAnswer => "survey-members-answer",
        })
    }

    /// The survey in the other languages it can be read in: link, name and code.
    fn other_languages(&self) -> Vec<(String, &'static str, &'static str)> {
        let original = self.survey.source_locale;
        std::iter::once(original)
            .chain(self.survey.translated_into())
            .filter(|locale| *locale != self.page.locale)
            .map(|locale| {
                (
                    format!("{}?lang={}", self.path(), locale.code()),
                    locale.native_name(),
                    locale.code(),
                )
            })
            .collect()
    }
}

/// What `listening/questions.html` needs of its page: the answering form and the paper form.
pub(super) trait QuestionFields {
    fn page(&self) -> &PageContext;
    fn typed(&self) -> &Typed;
    /// The language of the survey's texts where it is not the page's.
    fn content_lang(&self) -> Option<&'static str>;

    fn field(&self, question: &Question) -> String {
        field_name(question)
    }

    fn is_chosen(&self, question: &Question, value: &str) -> bool {
        self.typed().values(question).contains(&value)
    }

    fn typed_text(&self, question: &Question) -> String {
        self.typed()
            .values(question)
            .first()
            .copied()
            .unwrap_or_default()
            .to_owned()
    }

    fn scale_points(&self) -> Vec<String> {
        SCALE.map(|point| point.to_string()).collect()
    }

    fn scale_label(&self, point: &str) -> String {
        match point {
            "1" => format!("1 · {}", self.page().t("survey-scale-lowest")),
            "5" => format!("5 · {}", self.page().t("survey-scale-highest")),
            other => other.to_owned(),
        }
    }

    fn kind_hint(&self, question: &Question) -> String {
        self.page().t(match question.kind {
            QuestionKind::Single => "survey-hint-single",
            QuestionKind::Multiple => "survey-hint-multiple",
            QuestionKind::Scale => "survey-hint-scale",
            QuestionKind::Text => "survey-hint-text",
        })
    }
}

impl QuestionFields for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }

    fn typed(&self) -> &Typed {
        &self.typed
    }

    fn content_lang(&self) -> Option<&'static str> {
        super::content_lang(&self.survey, &self.page)
    }
}

impl SurveyWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

fn standing_of(participant: &Participant, survey: &Survey, answered: bool) -> Standing {
    if participant.account.is_none() {
        Standing::SignIn
    } else if participant.role.is_none() {
        Standing::NotMember
    } else if answered {
        Standing::Answered
    } else if survey.is_draft() {
        Standing::Draft
    } else if !survey.is_open() {
        Standing::Closed
    } else {
        Standing::MayAnswer
    }
}

async fn load(
    state: &AppState,
    page: PageContext,
    slug: &str,
    id: &str,
) -> Result<(DetailPage, Participant), AppError> {
    let (community, survey, participant) = survey_in(state, &page, slug, id).await?;
    let answered = listening::has_answered(&state.db, &participant, &survey).await?;
    let detail = DetailPage {
        standing: standing_of(&participant, &survey, answered),
        is_organiser: participant.is_organiser(),
        sees_results: listening::may_read_results(&participant, &survey).is_ok(),
        page,
        community,
        survey,
        typed: Typed::default(),
        errors: SurveyErrors::default(),
        notice: String::new(),
    };
    Ok((detail, participant))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailQuery {
    done: Option<String>,
}

fn notice_key(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "answered" => "survey-notice-answered",
        "saved" => "survey-notice-saved",
        "opened" => "survey-notice-opened",
        "closed" => "survey-notice-closed",
        "translated" => "survey-notice-translated",
        "paper" => "survey-notice-paper",
        _ => return None,
    })
}

async fn detail(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let (mut detail, _) = load(&state, page, &slug, &id).await?;
    if let Some(key) = notice_key(query.done.as_deref()) {
        detail.notice = detail.page.t(key);
    }
    Ok(render(&detail))
}

async fn answer(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (mut detail, participant) = load(&state, page, &slug, &id).await?;
    let typed = Typed(fields);
    let done = listening::respond(
        &state.db,
        &participant,
        &detail.survey,
        &typed.raw_answers(&detail.survey),
        time::now(),
    )
    .await;
    match done {
        Ok(()) => Ok(see_other(&format!("{}?done=answered", detail.path()))),
        Err(error) => match SurveyErrors::of(&error, detail.page.locale) {
            Some(errors) => {
                let status = Failure::App(error).status();
                detail.errors = errors;
                detail.typed = typed;
                let mut response = render(&detail);
                *response.status_mut() = status;
                Ok(response)
            }
            None => Err(error.into()),
        },
    }
}
