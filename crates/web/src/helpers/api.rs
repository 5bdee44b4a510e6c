//! Helpers in the JSON API: naming and ending one's helpers, the people one helps, acting for
//! one of them, the record of what helpers did, and for a community: the desk that registers
//! residents without e-mail, and its moderators' view of helpers.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::accounts::AccountId;
use domain::communities;
use domain::helpers::{self, HelperAction, HelperId, Helping, ResidentDraft, ResidentInput};
use domain::moderation::{Page, PageCursor};
use domain::support::Person;
use domain::{AppError, Message, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::labels::kind_of;
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::{OwnAccount, SignedIn};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_helpers, name_helper))
        .routes(routes!(end_helper))
        .routes(routes!(people_i_help))
        .routes(routes!(done_for_me))
        .routes(routes!(done_by_me))
        .routes(routes!(acting_for, start_acting, stop_acting))
        .routes(routes!(register_resident))
        .routes(routes!(community_helpers))
        .routes(routes!(community_actions))
        .routes(routes!(end_in_community))
}

#[derive(Serialize, ToSchema)]
pub struct PersonBody {
    id: String,
    /// Empty for someone who erased their account.
    display_name: String,
}

impl PersonBody {
    fn new(person: &Person) -> Self {
        Self {
            id: person.id.to_string(),
            display_name: person.name.clone(),
        }
    }
}

/// A helper relationship.
#[derive(Serialize, ToSchema)]
pub struct HelpingBody {
    id: String,
    /// Who is helped.
    person: PersonBody,
    helper: PersonBody,
    /// The person themselves, or the organiser at the desk.
    set_up_by: PersonBody,
    /// The slug of the community whose desk set it up; null when the person named the helper.
    desk: Option<String>,
    /// How the resident consented, as the organiser recorded it (not shown to the helper).
    consent_note: Option<String>,
    created_at: String,
}

impl HelpingBody {
    fn new(helping: &Helping, with_note: bool) -> Self {
        Self {
            id: helping.id.to_string(),
            person: PersonBody::new(&helping.person),
            helper: PersonBody::new(&helping.helper),
            set_up_by: PersonBody::new(&helping.set_up_by),
            desk: helping.desk.as_ref().map(|(_, slug, _)| slug.clone()),
            consent_note: with_note.then(|| helping.consent_note.clone()),
            created_at: helping.created_at.to_rfc3339(),
        }
    }
}

/// One change a helper made while acting for someone.
#[derive(Serialize, ToSchema)]
pub struct ActionBody {
    id: String,
    helper: PersonBody,
    person: PersonBody,
    /// What it was: `rsvp`, `rsvp_cancelled`, `enrolment`, `withdrawn`, `support_posted`,
    /// `support_answered`, `support_changed`, `message`, `comment`, `comment_changed`,
    /// `initiative`, `initiative_supported`, `volunteered`, `followed`, `vote`, `project`,
    /// `exchange`, `exchange_answered`, `joined`, `report`, `survey`, `story`, `profile` or
    /// `other`.
    kind: String,
    method: String,
    /// The route template the request matched.
    route: String,
    /// The address used.
    path: String,
    created_at: String,
}

impl ActionBody {
    fn new(action: &HelperAction) -> Self {
        Self {
            id: action.id.to_string(),
            helper: PersonBody::new(&action.helper),
            person: PersonBody::new(&action.person),
            kind: kind_of(&action.method, &action.route).word.to_owned(),
            method: action.method.clone(),
            route: action.route.clone(),
            path: action.path.clone(),
            created_at: action.created_at.to_rfc3339(),
        }
    }
}

fn cursor(list: &ListQuery) -> Result<Option<PageCursor>, Failure> {
    match list.cursor.as_deref().filter(|text| !text.is_empty()) {
        Some(text) => Ok(Some(PageCursor::decode(text).ok_or_else(|| {
            AppError::invalid("cursor", Message::new("error-cursor-invalid"))
        })?)),
        None => Ok(None),
    }
}

fn list_of<T, B>(page: Page<T>, body: impl Fn(&T) -> B) -> Json<ListPage<B>> {
    Json(ListPage {
        items: page.items.iter().map(body).collect(),
        next_cursor: page.next.map(|next| next.encode()),
    })
}

/// The caller's helpers: the people who may act for them.
#[utoipa::path(get, path = "/me/helpers", tag = "helpers", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<HelpingBody>), (status = 401, body = Problem),
        (status = 403, description = "While acting for someone", body = Problem)))]
async fn my_helpers(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<HelpingBody>>, Failure> {
    let found =
        helpers::helpers_of(&state.db, &signed_in.account, cursor(&list)?, list.limit()?).await?;
    Ok(list_of(found, |helping| HelpingBody::new(helping, true)))
}

#[derive(Deserialize, ToSchema)]
pub struct NameHelperBody {
    /// The address the helper signed up with.
    email: String,
}

/// Name a helper by the e-mail address of their account. An address with no account → 422
/// (ask them to sign up first); yourself → 422; already your helper → 409.
#[utoipa::path(post, path = "/me/helpers", tag = "helpers", security(("bearer" = [])), request_body = NameHelperBody,
    responses((status = 201, body = HelpingBody), (status = 403, description = "While acting for someone", body = Problem),
        (status = 409, description = "Already your helper", body = Problem), (status = 422, body = Problem)))]
async fn name_helper(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    ApiJson(body): ApiJson<NameHelperBody>,
) -> Result<Response, Failure> {
    let helping =
        helpers::name_helper(&state.db, &signed_in.account, &body.email, time::now()).await?;
    Ok(created(HelpingBody::new(&helping, true)))
}

/// End a helper's relationship: their sessions stop acting for you at once.
#[utoipa::path(delete, path = "/me/helpers/{account_id}", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = String, Path, description = "The helper's account id")),
    responses((status = 204, description = "Ended"), (status = 403, description = "While acting for someone", body = Problem),
        (status = 404, description = "Not your helper", body = Problem)))]
async fn end_helper(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Path(account_id): Path<String>,
) -> Result<StatusCode, Failure> {
    let helper = AccountId::parse(&account_id).ok_or(AppError::NotFound)?;
    helpers::end_as_person(&state.db, &signed_in.account, helper, time::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The people the caller helps: whom they may act for.
#[utoipa::path(get, path = "/me/helping", tag = "helpers", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<HelpingBody>), (status = 401, body = Problem),
        (status = 403, description = "While acting for someone", body = Problem)))]
async fn people_i_help(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<HelpingBody>>, Failure> {
    let found =
        helpers::helped_by(&state.db, &signed_in.account, cursor(&list)?, list.limit()?).await?;
    Ok(list_of(found, |helping| HelpingBody::new(helping, false)))
}

/// What helpers did for the caller, newest first.
#[utoipa::path(get, path = "/me/helper-actions", tag = "helpers", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<ActionBody>), (status = 401, body = Problem),
        (status = 403, description = "While acting for someone", body = Problem)))]
async fn done_for_me(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ActionBody>>, Failure> {
    let found =
        helpers::actions_for(&state.db, &signed_in.account, cursor(&list)?, list.limit()?).await?;
    Ok(list_of(found, ActionBody::new))
}

/// What the caller did as a helper, newest first.
#[utoipa::path(get, path = "/me/helping/actions", tag = "helpers", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<ActionBody>), (status = 401, body = Problem),
        (status = 403, description = "While acting for someone", body = Problem)))]
async fn done_by_me(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ActionBody>>, Failure> {
    let found =
        helpers::actions_by(&state.db, &signed_in.account, cursor(&list)?, list.limit()?).await?;
    Ok(list_of(found, ActionBody::new))
}

#[derive(Serialize, ToSchema)]
pub struct ActingBody {
    /// Whom the session acts for.
    person: PersonBody,
    /// Whose session it is.
    helper: PersonBody,
}

fn person_of(account: &domain::accounts::Account) -> PersonBody {
    PersonBody {
        id: account.id.to_string(),
        display_name: account.display_name.as_str().to_owned(),
    }
}

/// Whom this session acts for; 404 while it acts for no one.
#[utoipa::path(get, path = "/me/acting-for", tag = "helpers", security(("bearer" = [])),
    responses((status = 200, body = ActingBody), (status = 401, body = Problem),
        (status = 404, description = "Not acting for anyone", body = Problem)))]
async fn acting_for(signed_in: SignedIn) -> Result<Json<ActingBody>, Failure> {
    let helper = signed_in.helper.as_ref().ok_or(AppError::NotFound)?;
    Ok(Json(ActingBody {
        person: person_of(&signed_in.account),
        helper: person_of(helper),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ActForBody {
    /// The person who named the caller as their helper.
    account_id: String,
}

/// Make this session act for a person who named the caller as helper: from now on it has the
/// person's rights and only theirs, and every change it makes is recorded. Someone who did not
/// name the caller → 403; while already acting for someone → 409.
#[utoipa::path(post, path = "/me/acting-for", tag = "helpers", security(("bearer" = [])), request_body = ActForBody,
    responses((status = 200, body = PersonBody), (status = 403, description = "Not named as their helper", body = Problem),
        (status = 409, description = "Already acting for someone", body = Problem), (status = 422, body = Problem)))]
async fn start_acting(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<ActForBody>,
) -> Result<Json<PersonBody>, Failure> {
    let person = helpers::start_acting(
        &state.db,
        &signed_in.session_id,
        signed_in.session_owner(),
        signed_in.is_acting(),
        AccountId::parse(body.account_id.trim()),
    )
    .await?;
    Ok(Json(person_of(&person)))
}

/// Stop acting for someone: the session is the caller's own again.
#[utoipa::path(delete, path = "/me/acting-for", tag = "helpers", security(("bearer" = [])),
    responses((status = 204, description = "Acting as oneself"), (status = 401, body = Problem)))]
async fn stop_acting(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<StatusCode, Failure> {
    helpers::stop_acting(&state.db, &signed_in.session_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ResidentBody {
    #[schema(min_length = 1, max_length = 80)]
    display_name: String,
    /// `en`, `pl`, `da`, `it` or `uk`; the community's language when left out.
    #[serde(default)]
    locale: Option<String>,
    /// The resident agreed to have an account and a helper: must be true.
    #[serde(default)]
    consent: bool,
    /// How and when the resident consented (a signed paper form, say).
    #[schema(min_length = 1, max_length = 1000)]
    consent_note: String,
    /// A member who is an organiser or a trusted helper of the community; the organiser
    /// themselves when left out.
    #[serde(default)]
    helper_account_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RegisteredBody {
    id: String,
    display_name: String,
    locale: String,
    community: String,
    helping: HelpingBody,
}

/// Register, at the centre's desk, a resident who has no e-mail (the community's organisers):
/// a new member no one can sign in as, helped by the organiser or the member named. Without
/// `consent: true` → 422 and nothing is created.
#[utoipa::path(post, path = "/communities/{slug}/residents", tag = "helpers", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = ResidentBody,
    responses((status = 201, body = RegisteredBody), (status = 403, description = "Not an organiser", body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn register_resident(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ResidentBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    communities::participant_in(&state.db, community.id, Some(&signed_in.account))
        .await?
        .organiser()?;
    let draft = ResidentDraft::parse(
        &ResidentInput {
            display_name: &body.display_name,
            locale: body.locale.as_deref(),
            consent: body.consent,
            consent_note: &body.consent_note,
            helper_account_id: body.helper_account_id.as_deref(),
        },
        community.default_locale,
    )?;
    let (account, helping) = helpers::register_resident(
        &state.db,
        &community,
        &signed_in.account,
        draft,
        time::now(),
    )
    .await?;
    Ok(created(RegisteredBody {
        id: account.id.to_string(),
        display_name: account.display_name.as_str().to_owned(),
        locale: account.locale.code().to_owned(),
        community: community.slug.to_string(),
        helping: HelpingBody::new(&helping, true),
    }))
}

/// The active helper relationships of the community's members (its moderators and admins).
#[utoipa::path(get, path = "/communities/{slug}/helpers", tag = "helpers", security(("bearer" = [])),
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<HelpingBody>), (status = 403, description = "Not a moderator", body = Problem),
        (status = 404, body = Problem)))]
async fn community_helpers(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<HelpingBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let found = helpers::community_helpers(
        &state.db,
        &community,
        &signed_in.account,
        cursor(&list)?,
        list.limit()?,
    )
    .await?;
    Ok(list_of(found, |helping| HelpingBody::new(helping, true)))
}

/// What helpers did for the community's members, newest first (its moderators and admins).
#[utoipa::path(get, path = "/communities/{slug}/helper-actions", tag = "helpers", security(("bearer" = [])),
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<ActionBody>), (status = 403, description = "Not a moderator", body = Problem),
        (status = 404, body = Problem)))]
async fn community_actions(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ActionBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let found = helpers::community_actions(
        &state.db,
        &community,
        &signed_in.account,
        cursor(&list)?,
        list.limit()?,
    )
    .await?;
    Ok(list_of(found, ActionBody::new))
}

/// End a helper relationship of one of the community's members, or one its desk set up (the
/// community's organisers and above); it goes into the audit log.
#[utoipa::path(delete, path = "/communities/{slug}/helpers/{id}", tag = "helpers", security(("bearer" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "The relationship's id")),
    responses((status = 204, description = "Ended"), (status = 403, description = "Not an organiser", body = Problem),
        (status = 404, body = Problem)))]
async fn end_in_community(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<StatusCode, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let id = HelperId::parse(&id).ok_or(AppError::NotFound)?;
    helpers::end_in_community(&state.db, &community, &signed_in.account, id, time::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
