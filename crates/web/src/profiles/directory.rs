//! The talent directory (`/c/{slug}/people`) and a person's page (`/c/{slug}/people/{id}`) with
//! the "send a message" form: each shows exactly what the person chose to show this viewer.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::accounts::AccountId;
use domain::communities::{self, Community, CommunityStore as _};
use domain::profiles::{
    self, DirectoryFilter, Field, PersonCursor, ProfileStore as _, ProfileView, Skill,
    SpokenLanguage,
};
use domain::support::{ConversationId, ConversationStore as _};
use domain::{AppError, Message, time};
use serde::Deserialize;

use super::{ProfileWords, person_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/people", get(list))
        .route("/c/{slug}/people/{id}", get(person))
        .route("/c/{slug}/people/{id}/message", post(message))
}

/// How many people one page of the directory lists.
const DIRECTORY_PAGE: u32 = 20;
/// How many skill tags the filter suggests.
pub(crate) const SUGGESTIONS: u32 = 300;

/// The directory's filters as the query holds them.
#[derive(Deserialize, Default, Clone, Debug, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct DirectoryQuery {
    /// A skill tag (matched whole, after the same normalisation as on profiles: lower case,
    /// single spaces).
    pub skill: Option<String>,
    /// An ISO 639-1 code.
    pub language: Option<String>,
    /// Words found in the name, the bio or the skills.
    pub q: Option<String>,
}

impl DirectoryQuery {
    pub fn filter(&self) -> Result<DirectoryFilter, AppError> {
        DirectoryFilter::parse(
            self.skill.as_deref().unwrap_or_default(),
            self.language.as_deref().unwrap_or_default(),
            self.q.as_deref().unwrap_or_default(),
        )
    }

    /// The filters as query pairs, to keep them on the next page's link.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("skill", &self.skill),
            ("language", &self.language),
            ("q", &self.q),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.clone().map(|value| (name, value)))
        .filter(|(_, value)| !value.is_empty())
        .collect()
    }
}

pub fn parse_cursor(text: Option<&str>) -> Result<Option<PersonCursor>, AppError> {
    match text.filter(|text| !text.is_empty()) {
        Some(text) => PersonCursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CursorQuery {
    cursor: Option<String>,
}

#[derive(Template)]
#[template(path = "profiles/directory.html")]
struct DirectoryPage {
    page: PageContext,
    community: Community,
    people: Vec<ProfileView>,
    query: DirectoryQuery,
    errors: FormErrors,
    suggestions: Vec<Skill>,
    is_member: bool,
    next: Option<String>,
}

impl DirectoryPage {
    fn chosen<'a>(&self, value: Option<&'a String>) -> &'a str {
        value.map_or("", String::as_str)
    }

    /// Every language: people may speak any of them.
    fn languages(&self) -> &'static [SpokenLanguage] {
        SpokenLanguage::all()
    }

    fn is_chosen_language(&self, language: &SpokenLanguage) -> bool {
        self.query
            .language
            .as_deref()
            .is_some_and(|code| code.trim().eq_ignore_ascii_case(language.code()))
    }

    fn path(&self, person: &ProfileView) -> String {
        person_path(self.community.slug.as_str(), person.account_id)
    }

    fn filtered(&self) -> bool {
        !self.query.pairs().is_empty()
    }
}

impl ProfileWords for DirectoryPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

async fn list(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<DirectoryQuery>,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let viewer = profiles::directory_viewer(&state.db, &community, page.account.as_ref()).await?;
    let (filter, errors) = match query.filter() {
        Ok(filter) => (filter, FormErrors::default()),
        Err(error) => (
            DirectoryFilter::default(),
            FormErrors::from_error(&error, page.locale).unwrap_or_default(),
        ),
    };
    let after = parse_cursor(cursor.cursor.as_deref())?;
    let found = profiles::directory(
        &state.db,
        &community,
        viewer,
        &filter,
        after.as_ref(),
        DIRECTORY_PAGE,
    )
    .await?;
    let next = found.next.map(|cursor| {
        let mut pairs = query.pairs();
        pairs.push(("cursor", cursor.encode()));
        format!(
            "/c/{}/people?{}",
            community.slug,
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    let suggestions = state
        .db
        .skills_shown_in(community.id, viewer, SUGGESTIONS)
        .await?;
    let status = if errors.any() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    let mut response = render(&DirectoryPage {
        page,
        community,
        people: found.items,
        query,
        errors,
        suggestions,
        is_member: viewer.member,
        next,
    });
    *response.status_mut() = status;
    Ok(response)
}

#[derive(Template)]
#[template(path = "profiles/person.html")]
struct PersonPage {
    page: PageContext,
    community: Community,
    person: ProfileView,
    /// The story as safe HTML.
    story_html: String,
    /// Whether the viewer may write to the person: a signed-in member, not the person.
    can_write: bool,
    /// Their conversation in this community, when they have one.
    conversation: Option<ConversationId>,
    errors: FormErrors,
    message: String,
}

impl PersonPage {
    fn fields(&self) -> [Field; 5] {
        Field::ALL
    }

    fn field_name(&self, field: &Field) -> String {
        self.page.t(match field {
            Field::Bio => "profile-field-bio",
            Field::Story => "profile-field-story",
            Field::Languages => "profile-field-languages",
            Field::Skills => "profile-field-skills",
            Field::Avatar => "profile-field-avatar",
        })
    }

    /// The person's photo, small, when the viewer may see it.
    fn avatar(&self) -> Option<crate::media::Photo> {
        self.person
            .avatar
            .as_ref()
            .map(crate::media::Photo::thumbnail)
    }

    /// The directory, filtered by this skill.
    fn skill_link(&self, skill: &Skill) -> String {
        format!(
            "/c/{}/people?skill={}",
            self.community.slug,
            crate::page::urlencode(skill.as_str())
        )
    }

    /// This page, to come back to after signing in.
    fn here(&self) -> String {
        crate::page::urlencode(&self.page.path)
    }

    /// For the person themself: who sees the field, in words.
    fn audience(&self, field: &Field) -> String {
        self.person
            .visibility
            .map_or_else(String::new, |visibility| {
                self.visibility_name(&visibility.of(*field))
            })
    }
}

impl ProfileWords for PersonPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl PersonPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        slug: &str,
        id: &str,
    ) -> Result<Self, AppError> {
        let community = communities::community(&state.db, slug).await?;
        let id = AccountId::parse(id).ok_or(AppError::NotFound)?;
        let account = page.account.as_ref();
        let person = profiles::person(&state.db, &community, account, id).await?;
        let is_member = match account {
            Some(account) => state
                .db
                .membership(community.id, account.id)
                .await?
                .is_some(),
            None => false,
        };
        let can_write = is_member && !person.is_themself();
        let conversation = match account {
            Some(account) if can_write => {
                state
                    .db
                    .direct_conversation(community.id, account.id, id)
                    .await?
            }
            _ => None,
        };
        Ok(Self {
            story_html: person
                .story
                .as_deref()
                .map(crate::markdown::to_safe_html)
                .unwrap_or_default(),
            page,
            community,
            person,
            can_write,
            conversation,
            errors: FormErrors::default(),
            message: String::new(),
        })
    }
}

async fn person(
    State(state): State<AppState>,
    page: PageContext,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    Ok(render(&PersonPage::load(&state, page, &slug, &id).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MessageForm {
    message: String,
}

async fn message(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<MessageForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let person = AccountId::parse(&id).ok_or(AppError::NotFound)?;
    let written = profiles::write_to(
        &state.db,
        &community,
        &signed_in.account,
        person,
        &form.message,
        state.config.unread_reminder_after,
        time::now(),
    )
    .await;
    match written {
        Ok(conversation) => Ok(see_other(&format!("/conversations/{}", conversation.id))),
        Err(error) => {
            let mut shown = PersonPage::load(&state, page.clone(), &slug, &id).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.errors = errors;
                shown.message = form.message;
                render(&shown)
            }))
        }
    }
}
