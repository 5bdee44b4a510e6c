//! Initiatives in the JSON API: list and propose (with an optional photo uploaded first with
//! `POST /images`), read one with its history, change its photo (its author), support and
//! withdraw, volunteer, follow, and the organisers' answer that moves its state.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::accounts::Account;
use domain::communities::{self, Participant};
use domain::initiatives::{
    self, Answer, IMAGE_FIELD, Initiative, InitiativeDetail, InitiativeDraft, InitiativeId,
    StateChange, Volunteer,
};
use domain::media::{ImageId, PhotoChange};
use domain::{AppError, Message, time};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{ListQuery as FilterQuery, parse_cursor};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::media::api::ImageBody;
use crate::openapi::Problem;
use crate::session::{MaybeSignedIn, SignedIn};
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_initiatives, propose_initiative))
        .routes(routes!(get_initiative, change_initiative))
        .routes(routes!(support_initiative, withdraw_support))
        .routes(routes!(volunteer, withdraw_volunteer))
        .routes(routes!(follow, unfollow))
        .routes(routes!(answer_initiative))
        .merge(crate::comments::api::router())
}

/// An initiative as lists show it.
#[derive(Serialize, ToSchema)]
pub struct InitiativeBody {
    id: String,
    community: String,
    title: String,
    /// Markdown, as its author wrote it.
    body: String,
    /// `body` rendered and sanitised.
    body_html: String,
    /// `open`, `accepted`, `declined`, `in_progress` or `done`.
    state: &'static str,
    support_count: i64,
    /// Comments and replies not deleted by their authors.
    comment_count: i64,
    volunteer_count: i64,
    author: PersonBody,
    /// Its photo, or null.
    image: Option<ImageBody>,
    /// Hidden by moderators; only moderators receive hidden initiatives at all.
    hidden: bool,
    created_at: String,
    updated_at: String,
    url: String,
}

impl InitiativeBody {
    pub fn new(state: &AppState, initiative: &Initiative) -> Self {
        Self {
            id: initiative.id.to_string(),
            community: initiative.community_slug.clone(),
            title: initiative.title.clone(),
            body: initiative.body.clone(),
            body_html: to_safe_html(&initiative.body),
            state: initiative.state.name(),
            support_count: initiative.support_count,
            comment_count: initiative.comment_count,
            volunteer_count: initiative.volunteer_count,
            author: PersonBody::new(&initiative.author),
            image: initiative
                .picture
                .as_ref()
                .map(|picture| ImageBody::new(state, picture)),
            hidden: initiative.hidden,
            created_at: initiative.created_at.to_rfc3339(),
            updated_at: initiative.updated_at.to_rfc3339(),
            url: state.config.url(&super::initiative_path(initiative)),
        }
    }
}

/// A change of state with the organiser's public answer.
#[derive(Serialize, ToSchema)]
pub struct AnswerBody {
    from: &'static str,
    to: &'static str,
    answer: String,
    by: PersonBody,
    at: String,
}

impl AnswerBody {
    fn new(answer: &Answer) -> Self {
        Self {
            from: answer.from.name(),
            to: answer.to.name(),
            answer: answer.answer.clone(),
            by: PersonBody::new(&answer.by),
            at: answer.at.to_rfc3339(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct VolunteerBody {
    person: PersonBody,
    note: String,
    since: String,
}

impl VolunteerBody {
    fn new(volunteer: &Volunteer) -> Self {
        Self {
            person: PersonBody::new(&volunteer.person),
            note: volunteer.note.clone(),
            since: volunteer.at.to_rfc3339(),
        }
    }
}

/// An initiative with its history, its volunteers, and what the caller has done about it.
#[derive(Serialize, ToSchema)]
pub struct InitiativeDetailBody {
    #[serde(flatten)]
    initiative: InitiativeBody,
    /// Every change of state, oldest first.
    history: Vec<AnswerBody>,
    volunteers: Vec<VolunteerBody>,
    /// Whether the caller supports it, volunteers for it, follows it (false when anonymous).
    supported: bool,
    volunteering: bool,
    following: bool,
}

impl InitiativeDetailBody {
    fn new(state: &AppState, detail: &InitiativeDetail) -> Self {
        Self {
            initiative: InitiativeBody::new(state, &detail.initiative),
            history: detail.answers.iter().map(AnswerBody::new).collect(),
            volunteers: detail.volunteers.iter().map(VolunteerBody::new).collect(),
            supported: detail.involvement.supports,
            volunteering: detail.involvement.volunteers,
            following: detail.involvement.follows,
        }
    }
}

/// The initiative at `id`, if the caller may see it, with how the caller stands in its community.
async fn visible(
    state: &AppState,
    account: Option<&Account>,
    id: &str,
) -> Result<(Initiative, Participant), Failure> {
    use domain::initiatives::InitiativeStore;
    let id = InitiativeId::parse(id).ok_or(domain::AppError::NotFound)?;
    let initiative = state
        .db
        .initiative(id)
        .await?
        .ok_or(domain::AppError::NotFound)?;
    let participant =
        communities::participant_in(&state.db, initiative.community_id, account).await?;
    Ok((
        initiatives::visible_to(&participant, initiative)?,
        participant,
    ))
}

async fn detail_body(
    state: &AppState,
    participant: &Participant,
    id: InitiativeId,
) -> Result<InitiativeDetailBody, Failure> {
    let initiative = initiatives::find(&state.db, participant, id).await?;
    let detail = initiatives::detail(&state.db, participant, initiative).await?;
    Ok(InitiativeDetailBody::new(state, &detail))
}

/// A community's initiatives: newest first, or most supported first; optionally one state.
/// Public: anyone may read them. Keyset-paged, so every page is as fast as the first.
#[utoipa::path(get, path = "/communities/{slug}/initiatives", tag = "initiatives",
    params(("slug" = String, Path), FilterQuery, ListQuery),
    responses((status = 200, body = ListPage<InitiativeBody>), (status = 404, body = Problem),
        (status = 422, description = "Unknown sort or state, bad limit or cursor", body = Problem)))]
async fn list_initiatives(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(filter): Query<FilterQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<InitiativeBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, community.id, account).await?;
    let filter = filter.filter()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let page = initiatives::list(
        &state.db,
        &community,
        &participant,
        filter,
        after,
        list.limit()?,
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|item| InitiativeBody::new(&state, item))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewInitiativeBody {
    #[schema(min_length = 1, max_length = 140)]
    title: String,
    /// Markdown.
    #[schema(min_length = 1, max_length = 20000)]
    body: String,
    /// A picture the caller uploaded (`POST /images`).
    #[serde(default)]
    image_id: Option<String>,
}

/// Propose an initiative (members of the community), with an optional photo.
#[utoipa::path(post, path = "/communities/{slug}/initiatives", tag = "initiatives", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewInitiativeBody,
    responses((status = 201, body = InitiativeBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "A field is missing or invalid, or `image_id` is not a picture the caller uploaded",
            body = Problem)))]
async fn propose_initiative(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewInitiativeBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.member()?;
    let draft = InitiativeDraft::parse(&body.title, &body.body)?;
    let photo = body
        .image_id
        .as_deref()
        .map(|text| {
            ImageId::parse(text)
                .ok_or_else(|| AppError::invalid(IMAGE_FIELD, Message::new("error-image-unknown")))
        })
        .transpose()?;
    let initiative = initiatives::propose(
        &state.db,
        &community,
        &participant,
        &draft,
        photo,
        time::now(),
    )
    .await?;
    Ok(created(InitiativeBody::new(&state, &initiative)))
}

/// `null` and absent differ for `image_id`: `null` removes the photo, absent keeps it.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

#[derive(Deserialize, ToSchema)]
pub struct InitiativeChangeBody {
    /// A new picture the caller uploaded, or `null` to remove the photo; absent keeps it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    image_id: Option<Option<String>>,
}

/// Change an initiative (its author): its photo. Its title and text stay as people supported
/// them. A photo replaced or removed is deleted.
#[utoipa::path(patch, path = "/initiatives/{id}", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = InitiativeChangeBody,
    responses((status = 200, body = InitiativeDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not its author", body = Problem), (status = 404, body = Problem),
        (status = 422, description = "`image_id` is not a picture the caller uploaded", body = Problem)))]
async fn change_initiative(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(change): ApiJson<InitiativeChangeBody>,
) -> Result<Json<InitiativeDetailBody>, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::require_author(&participant, &initiative)?;
    let photo = PhotoChange::from_field(
        change.image_id.as_ref().map(Option::as_deref),
        initiative.picture.as_ref(),
        IMAGE_FIELD,
    )?;
    let changed = initiatives::change_photo(
        &state.db,
        &state.media,
        &participant,
        &initiative,
        photo,
        time::now(),
    )
    .await?;
    let detail = initiatives::detail(&state.db, &participant, changed).await?;
    Ok(Json(InitiativeDetailBody::new(&state, &detail)))
}

/// One initiative with its history and volunteers. Hidden ones are 404 for all but moderators.
#[utoipa::path(get, path = "/initiatives/{id}", tag = "initiatives",
    params(("id" = String, Path)),
    responses((status = 200, body = InitiativeDetailBody), (status = 404, body = Problem)))]
async fn get_initiative(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(id): Path<String>,
) -> Result<Json<InitiativeDetailBody>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let (initiative, participant) = visible(&state, account, &id).await?;
    let detail = initiatives::detail(&state.db, &participant, initiative).await?;
    Ok(Json(InitiativeDetailBody::new(&state, &detail)))
}

/// Support it (members; one support each). Again → 409; a declined or done initiative → 409.
#[utoipa::path(post, path = "/initiatives/{id}/supports", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 201, body = InitiativeDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Already supported, or no longer open to support", body = Problem)))]
async fn support_initiative(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::support(&state.db, &participant, &initiative, time::now()).await?;
    Ok(created(
        detail_body(&state, &participant, initiative.id).await?,
    ))
}

/// Withdraw the caller's support. Withdrawing a support that is not there also answers 204.
#[utoipa::path(delete, path = "/initiatives/{id}/supports", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "No longer supported"), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem)))]
async fn withdraw_support(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::withdraw_support(&state.db, &participant, &initiative).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct VolunteerRequest {
    /// What the volunteer can do, for the author and organisers.
    #[schema(max_length = 500)]
    note: String,
}

/// Offer to help make it happen (members). Offering again changes the note.
#[utoipa::path(post, path = "/initiatives/{id}/volunteers", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = VolunteerRequest,
    responses((status = 201, body = InitiativeDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Declined or done", body = Problem), (status = 422, body = Problem)))]
async fn volunteer(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<VolunteerRequest>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::volunteer(
        &state.db,
        &participant,
        &initiative,
        &body.note,
        time::now(),
    )
    .await?;
    Ok(created(
        detail_body(&state, &participant, initiative.id).await?,
    ))
}

/// No longer volunteer.
#[utoipa::path(delete, path = "/initiatives/{id}/volunteers", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "No longer volunteering"), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem)))]
async fn withdraw_volunteer(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::withdraw_volunteer(&state.db, &participant, &initiative).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Follow it: the caller is listed among its followers and is told of its answers as
/// notifications arrive.
#[utoipa::path(post, path = "/initiatives/{id}/followers", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 201, body = InitiativeDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem)))]
async fn follow(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::follow(&state.db, &participant, &initiative, true, time::now()).await?;
    Ok(created(
        detail_body(&state, &participant, initiative.id).await?,
    ))
}

/// Stop following it.
#[utoipa::path(delete, path = "/initiatives/{id}/followers", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "No longer following"), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem)))]
async fn unfollow(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    initiatives::follow(&state.db, &participant, &initiative, false, time::now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct StateChangeBody {
    /// The new state. Allowed moves: open → accepted or declined; accepted → in_progress or
    /// declined; in_progress → done; declined → open.
    state: String,
    /// The organisers' public answer, kept in the initiative's history.
    #[schema(min_length = 1, max_length = 5000)]
    answer: String,
}

/// Move it to a new state with a public answer (organisers and above). A move the states do not
/// allow → 409.
#[utoipa::path(post, path = "/initiatives/{id}/state", tag = "initiatives", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = StateChangeBody,
    responses((status = 200, body = InitiativeDetailBody), (status = 401, body = Problem),
        (status = 403, description = "Not an organiser", body = Problem), (status = 404, body = Problem),
        (status = 409, description = "Not a move its current state allows", body = Problem),
        (status = 422, body = Problem)))]
async fn answer_initiative(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<StateChangeBody>,
) -> Result<Json<InitiativeDetailBody>, Failure> {
    let (initiative, participant) = visible(&state, Some(&signed_in.account), &id).await?;
    participant.organiser()?;
    let change = StateChange::parse(&body.state, &body.answer)?;
    initiatives::answer(&state.db, &participant, &initiative, &change, time::now()).await?;
    Ok(Json(
        detail_body(&state, &participant, initiative.id).await?,
    ))
}
