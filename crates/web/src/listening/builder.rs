//! The organisers' survey builder: one form holding the whole survey, that works without
//! script. Adding, removing and moving a question are buttons of the same form: the server
//! sends the form back changed and saves nothing until "Save". A survey can be rewritten while
//! nobody has answered it.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use domain::communities::{self, Community, Participant};
use domain::listening::{self, QuestionInput, QuestionKind, Survey, SurveyInput};
use domain::{AppError, Locale, time};

use super::errors::SurveyErrors;
use super::{survey_in, survey_path};
use crate::error::Failure;
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/surveys", get(super::pages::list).post(create))
        .route("/c/{slug}/surveys/new", get(new_form))
        .route("/c/{slug}/surveys/{id}/edit", get(edit_form).post(save))
}

/// One question's fields as typed: the options one per line.
#[derive(Debug, Clone, Default)]
pub(super) struct QuestionValues {
    pub id: String,
    pub kind: String,
    pub prompt: String,
    pub required: bool,
    pub options: String,
}

#[derive(Debug, Clone, Default)]
pub(super) struct SurveyValues {
    pub title: String,
    pub description: String,
    pub locale: String,
    pub anonymous: bool,
    pub results_public: bool,
    pub questions: Vec<QuestionValues>,
}

/// What the form's button asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Save,
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
}

impl Action {
    fn parse(text: &str) -> Self {
        let at = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|number| number.parse::<usize>().ok())
        };
        if text == "add" {
            Action::Add
        } else if let Some(index) = at("remove-") {
            Action::Remove(index)
        } else if let Some(index) = at("up-") {
            Action::Up(index)
        } else if let Some(index) = at("down-") {
            Action::Down(index)
        } else {
            Action::Save
        }
    }
}

impl SurveyValues {
    fn blank(locale: Locale) -> Self {
        Self {
            locale: locale.code().to_owned(),
            anonymous: true,
            results_public: true,
            questions: vec![QuestionValues {
                kind: "single".into(),
                required: true,
                ..QuestionValues::default()
            }],
            ..Self::default()
        }
    }

    fn of(survey: &Survey) -> Self {
        Self {
            title: survey.title.clone(),
            description: survey.description.clone(),
            locale: survey.source_locale.code().to_owned(),
            anonymous: survey.anonymous,
            results_public: survey.results_public,
            questions: survey
                .questions
                .iter()
                .map(|question| QuestionValues {
                    id: question.id.to_string(),
                    kind: question.kind.name().to_owned(),
                    prompt: question.prompt.clone(),
                    required: question.required,
                    options: question
                        .options
                        .iter()
                        .map(|choice| choice.label.as_str())
                        .collect::<Vec<_>>()
                        .join("\n"),
                })
                .collect(),
        }
    }

    /// The form's fields (`q3-prompt` for the fourth question's prompt) and its button.
    fn from_fields(fields: &[(String, String)]) -> (Self, Action) {
        let mut values = Self::default();
        let mut questions: BTreeMap<usize, QuestionValues> = BTreeMap::new();
        let mut action = Action::Save;
        for (name, value) in fields {
            match name.as_str() {
                "title" => values.title.clone_from(value),
                "description" => values.description.clone_from(value),
                "locale" => values.locale.clone_from(value),
                "anonymous" => values.anonymous = true,
                "results_public" => values.results_public = true,
                "action" => action = Action::parse(value),
                _ => {
                    let Some((index, field)) = name
                        .strip_prefix('q')
                        .and_then(|rest| rest.split_once('-'))
                        .and_then(|(index, field)| Some((index.parse::<usize>().ok()?, field)))
                    else {
                        continue;
                    };
                    let question = questions.entry(index).or_default();
                    match field {
                        "id" => question.id.clone_from(value),
                        "kind" => question.kind.clone_from(value),
                        "prompt" => question.prompt.clone_from(value),
                        "required" => question.required = true,
                        "options" => question.options.clone_from(value),
                        _ => {}
                    }
                }
            }
        }
        values.questions = questions.into_values().collect();
        (values, action)
    }

    /// Applies a button other than "Save" to the form; `false` for "Save".
    fn apply(&mut self, action: Action) -> bool {
        let count = self.questions.len();
        match action {
            Action::Save => return false,
            Action::Add => self.questions.push(QuestionValues {
                kind: "single".into(),
                required: true,
                ..QuestionValues::default()
            }),
            Action::Remove(index) if index < count => {
                self.questions.remove(index);
            }
            Action::Up(index) if index > 0 && index < count => {
                self.questions.swap(index - 1, index)
            }
            Action::Down(index) if index + 1 < count => self.questions.swap(index, index + 1),
            Action::Remove(_) | Action::Up(_) | Action::Down(_) => {}
        }
        true
    }

    fn input(&self) -> SurveyInput {
        SurveyInput {
            title: self.title.clone(),
            description: self.description.clone(),
            anonymous: self.anonymous,
            results_public: self.results_public,
            questions: self
                .questions
                .iter()
                .map(|question| QuestionInput {
                    id: Some(question.id.clone()).filter(|id| !id.is_empty()),
                    kind: question.kind.clone(),
                    prompt: question.prompt.clone(),
                    required: question.required,
                    options: question.options.lines().map(str::to_owned).collect(),
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "listening/builder.html")]
struct BuilderPage {
    page: PageContext,
    community: Community,
    /// The survey being rewritten, or none for a new one.
    survey: Option<Survey>,
    values: SurveyValues,
    errors: SurveyErrors,
}

impl BuilderPage {
    fn heading(&self) -> String {
        self.page.t(if self.survey.is_some() {
            "survey-edit"
        } else {
            "survey-new"
        })
    }

    fn action(&self) -> String {
        self.survey.as_ref().map_or_else(
            || format!("/c/{}/surveys", self.community.slug),
            |survey| format!("{}/edit", survey_path(survey)),
        )
    }

    fn back(&self) -> String {
        self.survey.as_ref().map_or_else(
            || format!("/c/{}/surveys", self.community.slug),
            survey_path,
        )
    }

    fn kinds(&self) -> Vec<(&'static str, String)> {
        QuestionKind::ALL
            .iter()
            .map(|kind| {
                (
                    kind.name(),
                    self.page.t(match kind {
                        QuestionKind::Single => "survey-kind-single",
                        QuestionKind::Multiple => "survey-kind-multiple",
                        QuestionKind::Scale => "survey-kind-scale",
                        QuestionKind::Text => "survey-kind-text",
                    }),
                )
            })
            .collect()
    }

    fn locales(&self) -> Vec<(&'static str, &'static str)> {
        Locale::ALL
            .into_iter()
            .map(|locale| (locale.code(), locale.native_name()))
            .collect()
    }

    fn last(&self) -> usize {
        self.values.questions.len().saturating_sub(1)
    }

    fn question_label(&self, number: &usize) -> String {
        self.page
            .tv("survey-question-number", "number", &number.to_string())
    }
}

async fn organiser_in(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.organiser()?;
    Ok((community, participant))
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = organiser_in(&state, &signed_in, &slug).await?;
    let values = SurveyValues::blank(page.locale);
    Ok(render(&BuilderPage {
        page,
        community,
        survey: None,
        values,
        errors: SurveyErrors::default(),
    }))
}

/// The form again (changed by its button, or with the errors), or on to the survey.
fn outcome(mut form: BuilderPage, done: Result<Survey, AppError>) -> Result<Response, Failure> {
    match done {
        Ok(survey) => Ok(see_other(&format!("{}?done=saved", survey_path(&survey)))),
        Err(error) => match SurveyErrors::of(&error, form.page.locale) {
            Some(errors) => {
                let status = Failure::App(error).status();
                form.errors = errors;
                let mut response = render(&form);
                *response.status_mut() = status;
                Ok(response)
            }
            None => Err(error.into()),
        },
    }
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (community, participant) = organiser_in(&state, &signed_in, &slug).await?;
    let (mut values, action) = SurveyValues::from_fields(&fields);
    let changed = values.apply(action);
    let locale = Locale::parse(&values.locale).unwrap_or(page.locale);
    let input = values.input();
    let form = BuilderPage {
        page,
        community,
        survey: None,
        values,
        errors: SurveyErrors::default(),
    };
    if changed {
        return Ok(render(&form));
    }
    let done = listening::create(
        &state.db,
        &form.community,
        &participant,
        &input,
        locale,
        time::now(),
    )
    .await;
    outcome(form, done)
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let survey = state_survey(&state, &survey).await?;
    let values = SurveyValues::of(&survey);
    Ok(render(&BuilderPage {
        page,
        community,
        survey: Some(survey),
        values,
        errors: SurveyErrors::default(),
    }))
}

/// The survey as written, in its own language (`survey_in` reads it in the page's).
async fn state_survey(state: &AppState, survey: &Survey) -> Result<Survey, AppError> {
    use domain::listening::SurveyStore as _;
    state.db.survey(survey.id).await?.ok_or(AppError::NotFound)
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (community, survey, participant) = survey_in(&state, &page, &slug, &id).await?;
    participant.organiser()?;
    let survey = state_survey(&state, &survey).await?;
    let (mut values, action) = SurveyValues::from_fields(&fields);
    let changed = values.apply(action);
    let input = values.input();
    let form = BuilderPage {
        page,
        community,
        survey: Some(survey.clone()),
        values,
        errors: SurveyErrors::default(),
    };
    if changed {
        return Ok(render(&form));
    }
    let done = listening::replace(&state.db, &participant, &survey, &input, time::now()).await;
    outcome(form, done)
}
