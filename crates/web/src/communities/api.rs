use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::accounts::AccountId;
use domain::communities::{
    self, Community, CommunityStore as _, Joined, Membership, MembershipChange, NewCommunity, Role,
    Slug,
};
use domain::{AppError, Message, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::session::SignedIn;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_communities, create_community))
        .routes(routes!(
            get_community,
            crate::community_face::api::change_face
        ))
        .routes(routes!(join_community))
        .routes(routes!(change_member))
}

#[derive(Serialize, ToSchema)]
pub struct CommunityBody {
    slug: String,
    name: String,
    description: String,
    /// ISO 3166-1 alpha-2 code, upper case.
    country: String,
    /// The language the community speaks first: `en`, `pl`, `da`, `it` or `uk`.
    default_locale: String,
    member_count: i64,
    created_at: String,
    /// The community's home page.
    url: String,
    /// Its own colour, `#rrggbb`, set by its admins; `null` when it keeps the network's.
    accent_colour: Option<String>,
    /// Its cover photo, set by its admins.
    cover: Option<crate::media::api::ImageBody>,
}

impl CommunityBody {
    pub(crate) fn new(state: &AppState, community: &Community) -> Self {
        Self {
            slug: community.slug.to_string(),
            name: community.name.clone(),
            description: community.description.clone(),
            country: community.country.as_str().to_owned(),
            default_locale: community.default_locale.code().to_owned(),
            member_count: community.member_count,
            created_at: community.created_at.to_rfc3339(),
            url: state.config.url(&format!("/c/{}", community.slug)),
            accent_colour: community.accent.map(|accent| accent.hex()),
            cover: community
                .cover
                .as_ref()
                .map(|picture| crate::media::api::ImageBody::new(state, picture)),
        }
    }
}

/// The communities of this installation, in slug order.
#[utoipa::path(get, path = "/communities", tag = "communities", params(ListQuery),
    responses((status = 200, body = ListPage<CommunityBody>), (status = 422, body = crate::openapi::Problem)))]
async fn list_communities(
    State(state): State<AppState>,
    Query(query): Query<ListQuery>,
) -> Result<Json<ListPage<CommunityBody>>, Failure> {
    let limit = query.limit()?;
    // The cursor is the slug of the last community of the previous page.
    let after = match query.cursor.as_deref().filter(|cursor| !cursor.is_empty()) {
        Some(cursor) => Some(
            Slug::parse(cursor)
                .map_err(|_| AppError::invalid("cursor", Message::new("error-cursor-invalid")))?,
        ),
        None => None,
    };
    let page = state
        .db
        .communities(after.as_ref().map(Slug::as_str), limit)
        .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|c| CommunityBody::new(&state, c))
            .collect(),
        next_cursor: page.next,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewCommunityBody {
    /// `[a-z0-9][a-z0-9-]{1,48}[a-z0-9]`
    slug: String,
    name: String,
    #[serde(default)]
    description: String,
    country: String,
    default_locale: String,
}

/// Create a community (network coordinators only).
#[utoipa::path(post, path = "/communities", tag = "communities", security(("bearer" = [])), request_body = NewCommunityBody,
    responses((status = 201, body = CommunityBody), (status = 401, body = crate::openapi::Problem),
        (status = 403, body = crate::openapi::Problem), (status = 409, description = "Slug taken", body = crate::openapi::Problem),
        (status = 422, body = crate::openapi::Problem)))]
async fn create_community(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<NewCommunityBody>,
) -> Result<Response, Failure> {
    if !signed_in.account.is_coordinator {
        return Err(AppError::forbidden().into());
    }
    let new = NewCommunity::parse(
        &body.slug,
        &body.name,
        &body.description,
        &body.country,
        &body.default_locale,
    )?;
    let community =
        communities::create_community(&state.db, &signed_in.account, new, time::now()).await?;
    Ok(created(CommunityBody::new(&state, &community)))
}

/// One community.
#[utoipa::path(get, path = "/communities/{slug}", tag = "communities", params(("slug" = String, Path)),
    responses((status = 200, body = CommunityBody), (status = 404, body = crate::openapi::Problem)))]
async fn get_community(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<CommunityBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    Ok(Json(CommunityBody::new(&state, &community)))
}

/// A membership as the community sees it.
#[derive(Serialize, ToSchema)]
pub struct MemberBody {
    community: String,
    account_id: String,
    /// `member`, `organiser`, `moderator` or `admin`.
    role: String,
    trusted_helper: bool,
    joined_at: String,
}

impl MemberBody {
    fn new(membership: &Membership) -> Self {
        Self {
            community: membership.community_slug.to_string(),
            account_id: membership.account_id.to_string(),
            role: membership.role.name().to_owned(),
            trusted_helper: membership.trusted_helper,
            joined_at: membership.joined_at.to_rfc3339(),
        }
    }
}

/// Join the community as a member: 201 when new, 200 when already a member.
#[utoipa::path(post, path = "/communities/{slug}/members", tag = "communities", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 201, body = MemberBody), (status = 200, description = "Already a member", body = MemberBody),
        (status = 401, body = crate::openapi::Problem), (status = 404, body = crate::openapi::Problem)))]
async fn join_community(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    Ok(
        match communities::join(&state.db, &community, &signed_in.account, time::now()).await? {
            Joined::New(membership) => created(MemberBody::new(&membership)),
            Joined::Already(membership) => Json(MemberBody::new(&membership)).into_response(),
        },
    )
}

#[derive(Deserialize, ToSchema)]
pub struct MemberChangeBody {
    /// Set by the community's admins.
    role: Option<String>,
    /// Set by its moderators and admins.
    trusted_helper: Option<bool>,
}

/// Change a member's role or trusted-helper mark. 403 when the caller may not; 404 when the
/// person is not a member; 409 when it would leave the community without an admin.
#[utoipa::path(put, path = "/communities/{slug}/members/{account_id}", tag = "communities", security(("bearer" = [])),
    params(("slug" = String, Path), ("account_id" = String, Path)), request_body = MemberChangeBody,
    responses((status = 200, body = MemberBody), (status = 401, body = crate::openapi::Problem),
        (status = 403, body = crate::openapi::Problem), (status = 404, body = crate::openapi::Problem),
        (status = 409, body = crate::openapi::Problem), (status = 422, body = crate::openapi::Problem)))]
async fn change_member(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, account_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<MemberChangeBody>,
) -> Result<Json<MemberBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let member = AccountId::parse(&account_id).ok_or(AppError::NotFound)?;
    let role = match body.role.as_deref() {
        Some(text) => {
            Some(Role::parse(text).map_err(|message| AppError::invalid("role", message))?)
        }
        None => None,
    };
    let change = MembershipChange {
        role,
        trusted_helper: body.trusted_helper,
    };
    let membership = communities::change_membership(
        &state.db,
        &community,
        &signed_in.account,
        member,
        change,
        time::now(),
    )
    .await?;
    Ok(Json(MemberBody::new(&membership)))
}
