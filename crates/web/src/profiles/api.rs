//! Profiles in the JSON API: one's own profile (`GET|PATCH /me/profile`), a community's talent
//! directory and one person in it, and writing to that person.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::accounts::AccountId;
use domain::communities;
use domain::media::PhotoChange;
use domain::profiles::{
    self, FieldVisibility, LanguageSkill, Profile, ProfileInput, ProfileView, Skill,
};
use domain::support::ConversationStore as _;
use domain::{AppError, time};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::directory::{DirectoryQuery, parse_cursor};
use super::person_path;
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::media::api::ImageBody;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::conversations::ConversationBody;

/// Where the API names a photo that is not the caller's.
const AVATAR_FIELD: &str = "avatar_image_id";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_profile, change_my_profile))
        .routes(routes!(directory))
        .routes(routes!(one_person))
        .routes(routes!(write_to_person))
}

/// Who sees each field: `public` (everyone), `members` (signed-in people who share at least one
/// community with the person) or `private` (the person alone; the default).
#[derive(Serialize, ToSchema)]
pub struct VisibilityBody {
    bio: &'static str,
    story: &'static str,
    languages: &'static str,
    skills: &'static str,
    avatar: &'static str,
}

impl VisibilityBody {
    fn new(visibility: &FieldVisibility) -> Self {
        Self {
            bio: visibility.bio.name(),
            story: visibility.story.name(),
            languages: visibility.languages.name(),
            skills: visibility.skills.name(),
            avatar: visibility.avatar.name(),
        }
    }
}

fn codes(languages: &[LanguageSkill]) -> Vec<&'static str> {
    languages
        .iter()
        .map(|language| language.language.code())
        .collect()
}

fn levels(languages: &[LanguageSkill]) -> BTreeMap<&'static str, &'static str> {
    languages
        .iter()
        .filter_map(|language| Some((language.language.code(), language.level?.name())))
        .collect()
}

fn tags(skills: &[Skill]) -> Vec<String> {
    skills
        .iter()
        .map(|skill| skill.as_str().to_owned())
        .collect()
}

/// One's own profile, whole.
#[derive(Serialize, ToSchema)]
pub struct ProfileBody {
    display_name: String,
    /// A line or two (at most 300 characters).
    bio: String,
    /// A short personal story in Markdown (at most 4,000 characters).
    story: String,
    /// ISO 639-1 codes of the languages spoken, any of them, in the person's order.
    languages: Vec<&'static str>,
    /// `basic`, `conversational`, `fluent` or `native`, by code; a language without a level
    /// given is not in it.
    language_levels: BTreeMap<&'static str, &'static str>,
    /// Skill and talent tags, normalised: lower case, single spaces.
    skills: Vec<String>,
    /// The photo (avatar), or null.
    avatar: Option<ImageBody>,
    visibility: VisibilityBody,
    /// The page where the person edits it.
    url: String,
}

impl ProfileBody {
    fn new(state: &AppState, profile: &Profile) -> Self {
        Self {
            display_name: profile.display_name.clone(),
            bio: profile.bio.clone(),
            story: profile.story.clone(),
            languages: codes(&profile.languages),
            language_levels: levels(&profile.languages),
            skills: tags(&profile.skills),
            avatar: profile
                .avatar
                .as_ref()
                .map(|picture| ImageBody::new(state, picture)),
            visibility: VisibilityBody::new(&profile.visibility),
            url: state.config.url("/account/profile"),
        }
    }
}

/// The caller's own profile. Every field is private until they choose otherwise.
#[utoipa::path(get, path = "/me/profile", tag = "profiles", security(("bearer" = [])),
    responses((status = 200, body = ProfileBody), (status = 401, body = Problem)))]
async fn my_profile(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<ProfileBody>, Failure> {
    let profile = profiles::own(&state.db, &signed_in.account).await?;
    Ok(Json(ProfileBody::new(&state, &profile)))
}

/// Any subset of the profile's fields; those left out stay as they are.
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProfilePatch {
    /// The account's display name (control characters, text-direction marks and zero-width
    /// characters are refused).
    display_name: Option<String>,
    #[schema(max_length = 300)]
    bio: Option<String>,
    /// Markdown.
    #[schema(max_length = 4000)]
    story: Option<String>,
    /// ISO 639-1 codes; replaces the list (at most 20). Languages that stay keep their levels
    /// unless `language_levels` is given.
    languages: Option<Vec<String>>,
    /// Level by code (`basic`, `conversational`, `fluent`, `native`; null or "" for none). When
    /// given it replaces every level: a language it leaves out has none. Each code must be in the
    /// languages (after this change).
    language_levels: Option<BTreeMap<String, Option<String>>>,
    /// Tags (at most 30, 40 characters each); a comma separates tags within one string.
    skills: Option<Vec<String>>,
    /// A picture the caller uploaded (`POST /images`) to be their photo; `null` removes it,
    /// absent keeps it. A photo replaced or removed is deleted.
    #[serde(deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    avatar_image_id: Option<Option<String>>,
    /// Who sees each field, by field: `bio`, `story`, `languages`, `skills`, `avatar`.
    #[schema(value_type = Option<BTreeMap<String, String>>)]
    visibility: Option<BTreeMap<String, String>>,
}

/// `null` and absent differ for `avatar_image_id`: `null` removes the photo, absent keeps it.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// Change the caller's profile. 422 names each field at fault (`languages` for an unknown code,
/// `language_levels`, `visibility.bio` and the like for an unknown audience, `visibility` for an
/// unknown field, `bio`, `story`, `skills` for text that is too long, `avatar_image_id` for a
/// picture the caller did not upload) and changes nothing.
#[utoipa::path(patch, path = "/me/profile", tag = "profiles", security(("bearer" = [])),
    request_body = ProfilePatch,
    responses((status = 200, body = ProfileBody), (status = 401, body = Problem), (status = 422, body = Problem)))]
async fn change_my_profile(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<ProfilePatch>,
) -> Result<Json<ProfileBody>, Failure> {
    let levels: Option<Vec<(&str, &str)>> = body.language_levels.as_ref().map(|levels| {
        levels
            .iter()
            .map(|(code, level)| (code.as_str(), level.as_deref().unwrap_or_default()))
            .collect()
    });
    let input = ProfileInput {
        display_name: body.display_name.as_deref(),
        bio: body.bio.as_deref(),
        story: body.story.as_deref(),
        languages: body
            .languages
            .as_ref()
            .map(|codes| codes.iter().map(String::as_str).collect()),
        language_levels: levels,
        skills: body
            .skills
            .as_ref()
            .map(|skills| skills.iter().map(String::as_str).collect()),
        visibility: body
            .visibility
            .iter()
            .flatten()
            .map(|(field, value)| (field.as_str(), value.as_str()))
            .collect(),
    };
    let current = profiles::own(&state.db, &signed_in.account).await?;
    let photo = PhotoChange::from_field(
        body.avatar_image_id.as_ref().map(Option::as_deref),
        current.avatar.as_ref(),
        AVATAR_FIELD,
    )?;
    let profile = profiles::save_with_photo(
        &state.db,
        &state.media,
        &signed_in.account,
        &input,
        photo,
        AVATAR_FIELD,
        time::now(),
    )
    .await?;
    Ok(Json(ProfileBody::new(&state, &profile)))
}

/// A person as the caller may see them: a field they may not see is null, as is an empty one
/// (the two are not told apart).
#[derive(Serialize, ToSchema)]
pub struct PersonBody {
    id: String,
    display_name: String,
    bio: Option<String>,
    /// Markdown.
    story: Option<String>,
    languages: Option<Vec<&'static str>>,
    language_levels: Option<BTreeMap<&'static str, &'static str>>,
    skills: Option<Vec<String>>,
    /// The person's photo (avatar).
    avatar: Option<ImageBody>,
    /// The caller is this person (who sees every field).
    is_you: bool,
    /// Who sees each field: for the person themself only.
    visibility: Option<VisibilityBody>,
    url: String,
}

impl PersonBody {
    fn new(state: &AppState, slug: &str, person: &ProfileView) -> Self {
        Self {
            id: person.account_id.to_string(),
            display_name: person.display_name.clone(),
            bio: person.bio.clone(),
            story: person.story.clone(),
            languages: person.languages.as_deref().map(codes),
            language_levels: person.languages.as_deref().map(levels),
            skills: person.skills.as_deref().map(tags),
            avatar: person
                .avatar
                .as_ref()
                .map(|picture| ImageBody::new(state, picture)),
            is_you: person.is_themself(),
            visibility: person.visibility.as_ref().map(VisibilityBody::new),
            url: state.config.url(&person_path(slug, person.account_id)),
        }
    }
}

/// The community's talent directory, by name: its members who show the caller at least one
/// field, each with only what they show them (visitors see what people made public). `skill`
/// (a whole tag), `language` (ISO 639-1) and `q` (words in the name, the bio or the skills)
/// match only fields the caller may see. 422 for an unknown language, a bad limit or cursor.
#[utoipa::path(get, path = "/communities/{slug}/people", tag = "profiles",
    params(("slug" = String, Path), DirectoryQuery, ListQuery),
    responses((status = 200, body = ListPage<PersonBody>), (status = 404, body = Problem),
        (status = 422, description = "A bad filter, limit or cursor", body = Problem)))]
async fn directory(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(query): Query<DirectoryQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<PersonBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let viewer = profiles::directory_viewer(&state.db, &community, account).await?;
    let filter = query.filter()?;
    let limit = list.limit()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = profiles::directory(
        &state.db,
        &community,
        viewer,
        &filter,
        after.as_ref(),
        limit,
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|person| PersonBody::new(&state, community.slug.as_str(), person))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

fn account_id(text: &str) -> Result<AccountId, AppError> {
    AccountId::parse(text).ok_or(AppError::NotFound)
}

/// One member of the community as the caller may see them; 404 when they are no member or show
/// the caller nothing.
#[utoipa::path(get, path = "/communities/{slug}/people/{account_id}", tag = "profiles",
    params(("slug" = String, Path), ("account_id" = String, Path)),
    responses((status = 200, body = PersonBody), (status = 404, body = Problem)))]
async fn one_person(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<PersonBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let person = profiles::person(&state.db, &community, account, account_id(&id)?).await?;
    Ok(Json(PersonBody::new(
        &state,
        community.slug.as_str(),
        &person,
    )))
}

#[derive(Deserialize, ToSchema)]
pub struct DirectMessageBody {
    #[schema(min_length = 1, max_length = 4000)]
    message: String,
}

/// Write to a member of the community in private: opens the direct conversation between the two
/// in this community, or adds the message to it when they have one (201 either way). Members
/// only (403 otherwise); 404 when the person shows the caller nothing; 422 on oneself.
#[utoipa::path(post, path = "/communities/{slug}/people/{account_id}/conversations", tag = "profiles",
    security(("bearer" = [])), params(("slug" = String, Path), ("account_id" = String, Path)),
    request_body = DirectMessageBody,
    responses((status = 201, body = ConversationBody), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn write_to_person(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<DirectMessageBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let conversation = profiles::write_to(
        &state.db,
        &community,
        &signed_in.account,
        account_id(&id)?,
        &body.message,
        state.config.unread_reminder_after,
        time::now(),
    )
    .await?;
    let messages = state.db.messages(conversation.id).await?;
    Ok(created(ConversationBody::new(
        &state,
        signed_in.account.id,
        &conversation,
        &messages,
    )))
}
