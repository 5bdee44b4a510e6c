//! The support API: offers and requests, matches, conversations and messages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::support::{
    self, BoardFilter, Category, Cursor, Kind, Language, Status, SupportDraft, SupportId,
    SupportInput, SupportItem,
};
use domain::{AppError, Message, communities, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;

pub(crate) mod conversations;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_support, create_support))
        .routes(routes!(get_support, edit_support))
        .routes(routes!(support_matches))
        .merge(conversations::router())
}

/// Someone as others see them: a name, never an address. `name` is the empty string for a
/// former member who erased their account (pages say "former member" in the reader's language).
#[derive(Serialize, ToSchema)]
pub struct PersonBody {
    id: String,
    name: String,
}

impl PersonBody {
    pub fn new(person: &support::Person) -> Self {
        Self {
            id: person.id.to_string(),
            name: person.name.clone(),
        }
    }
}

/// An offer or request.
#[derive(Serialize, ToSchema)]
pub struct SupportBody {
    id: String,
    community: String,
    /// `offer` or `request`.
    kind: &'static str,
    /// `time`, `ideas`, `talents`, `knowledge`, `digital`, `language`, `business`, `emotional`
    /// or `material`.
    category: &'static str,
    title: String,
    body: String,
    /// ISO 639-1 codes of the languages the author speaks for it.
    languages: Vec<&'static str>,
    area: String,
    /// `open`, `matched` or `closed`.
    status: &'static str,
    /// Seen only by its author, the community's moderators and admins, and trusted helpers.
    sensitive: bool,
    /// `YYYY-MM-DD`: after this day it no longer shows on the board.
    expires_on: Option<String>,
    author: PersonBody,
    created_at: String,
    updated_at: String,
    url: String,
}

impl SupportBody {
    pub fn new(state: &AppState, item: &SupportItem) -> Self {
        Self {
            id: item.id.to_string(),
            community: item.community_slug.clone(),
            kind: item.kind.name(),
            category: item.category.name(),
            title: item.title.clone(),
            body: item.body.clone(),
            languages: item.languages.iter().map(|l| l.name()).collect(),
            area: item.area.clone(),
            status: item.status.name(),
            sensitive: item.sensitive,
            expires_on: item.expires_on().map(|date| date.to_string()),
            author: PersonBody {
                id: item.author_id.to_string(),
                name: item.author_name.clone(),
            },
            created_at: item.created_at.to_rfc3339(),
            updated_at: item.updated_at.to_rfc3339(),
            url: state.config.url(&super::item_path(item)),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NewSupportBody {
    /// `offer` or `request`.
    kind: String,
    category: String,
    #[schema(min_length = 1, max_length = 120)]
    title: String,
    #[schema(min_length = 1, max_length = 4000)]
    body: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    #[schema(max_length = 120)]
    area: String,
    /// Requests only. When left out, a request for emotional support is sensitive and any
    /// other is not.
    sensitive: Option<bool>,
    /// `YYYY-MM-DD`, today or later.
    expires_on: Option<String>,
}

/// Post an offer or a request (members only).
#[utoipa::path(post, path = "/communities/{slug}/support", tag = "support", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewSupportBody,
    responses((status = 201, body = SupportBody), (status = 401, body = Problem),
        (status = 403, description = "Not a member", body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn create_support(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewSupportBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let viewer = support::viewer_in(&state.db, community.id, &signed_in.account).await?;
    viewer.require_member()?;
    let now = time::now();
    let input = SupportInput {
        kind: &body.kind,
        category: &body.category,
        title: &body.title,
        body: &body.body,
        languages: body.languages.iter().map(String::as_str).collect(),
        area: &body.area,
        sensitive: body.sensitive,
        expires_on: body.expires_on.as_deref().unwrap_or(""),
    };
    let draft = SupportDraft::parse(&input, now.date_naive())?;
    let item = support::create(&state.db, &community, &viewer, &draft, now).await?;
    Ok(created(SupportBody::new(&state, &item)))
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct BoardQuery {
    /// `offer` or `request`.
    pub(crate) kind: Option<String>,
    pub(crate) category: Option<String>,
    /// An ISO 639-1 code.
    pub(crate) language: Option<String>,
    /// Words in the title or text.
    pub(crate) q: Option<String>,
    /// `all` includes matched, closed and expired items; by default only open ones are listed.
    pub(crate) status: Option<String>,
}

impl BoardQuery {
    /// The filters, or a 422 naming each one that is not known.
    pub fn filter(&self) -> Result<BoardFilter, AppError> {
        fn optional<T>(
            text: Option<&str>,
            parse: impl Fn(&str) -> Result<T, Message>,
        ) -> Result<Option<T>, Message> {
            match text.map(str::trim).filter(|text| !text.is_empty()) {
                Some(text) => parse(text).map(Some),
                None => Ok(None),
            }
        }
        let mut errors = domain::FieldErrors::new();
        let kind = errors.check("kind", optional(self.kind.as_deref(), Kind::parse));
        let category = errors.check(
            "category",
            optional(self.category.as_deref(), Category::parse),
        );
        let language = errors.check(
            "language",
            optional(self.language.as_deref(), Language::parse),
        );
        let include_closed = match self.status.as_deref().map(str::trim) {
            None | Some("" | "open") => false,
            Some("all") => true,
            Some(_) => {
                errors.add("status", Message::new("error-support-status-filter"));
                false
            }
        };
        errors.into_result()?;
        Ok(BoardFilter {
            kind: kind.flatten(),
            category: category.flatten(),
            language: language.flatten(),
            words: self.q.clone().unwrap_or_default(),
            include_closed,
        })
    }
}

/// The cursor of a list ordered newest first, or a 422.
pub fn parse_cursor(cursor: Option<&str>) -> Result<Option<Cursor>, AppError> {
    match cursor.filter(|cursor| !cursor.is_empty()) {
        Some(text) => Cursor::decode(text)
            .map(Some)
            .ok_or_else(|| AppError::invalid("cursor", Message::new("error-cursor-invalid"))),
        None => Ok(None),
    }
}

/// The community's board, newest first (members only). Sensitive requests appear only to
/// those who may see them, and are never counted for anyone else.
#[utoipa::path(get, path = "/communities/{slug}/support", tag = "support", security(("bearer" = [])),
    params(("slug" = String, Path), BoardQuery, ListQuery),
    responses((status = 200, body = ListPage<SupportBody>), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn list_support(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(board): Query<BoardQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<SupportBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let filter = board.filter()?;
    let limit = list.limit()?;
    let after = parse_cursor(list.cursor.as_deref())?;
    let viewer = support::viewer_in(&state.db, community.id, &signed_in.account).await?;
    let page = support::board(
        &state.db,
        &community,
        &viewer,
        &filter,
        after,
        limit,
        time::now(),
    )
    .await?;
    Ok(Json(ListPage {
        items: page
            .items
            .iter()
            .map(|item| SupportBody::new(&state, item))
            .collect(),
        next_cursor: page.next.map(|cursor| cursor.encode()),
    }))
}

pub(super) fn support_id(text: &str) -> Result<SupportId, AppError> {
    SupportId::parse(text).ok_or(AppError::NotFound)
}

/// One offer or request; 404 when it is hidden from the caller.
#[utoipa::path(get, path = "/support/{id}", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = SupportBody), (status = 401, body = Problem), (status = 404, body = Problem)))]
async fn get_support(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<SupportBody>, Failure> {
    let (item, _) = support::find(&state.db, &signed_in.account, support_id(&id)?).await?;
    Ok(Json(SupportBody::new(&state, &item)))
}

/// Fields to change; those left out keep their value.
#[derive(Deserialize, ToSchema)]
pub struct SupportChangeBody {
    pub(crate) category: Option<String>,
    #[schema(min_length = 1, max_length = 120)]
    title: Option<String>,
    #[schema(min_length = 1, max_length = 4000)]
    body: Option<String>,
    languages: Option<Vec<String>>,
    #[schema(max_length = 120)]
    area: Option<String>,
    sensitive: Option<bool>,
    /// `YYYY-MM-DD`; an empty string removes the expiry.
    expires_on: Option<String>,
    /// `open`, `matched` or `closed`. A moderator may only close.
    pub(crate) status: Option<String>,
}

/// Change an offer or request: its author rewrites it; the author or a moderator closes it.
#[utoipa::path(patch, path = "/support/{id}", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = SupportChangeBody,
    responses((status = 200, body = SupportBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn edit_support(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(change): ApiJson<SupportChangeBody>,
) -> Result<Json<SupportBody>, Failure> {
    let id = support_id(&id)?;
    let account = &signed_in.account;
    let (item, _) = support::find(&state.db, account, id).await?;
    let now = time::now();
    let status = match change.status.as_deref() {
        Some(text) => Status::parse(text).map_err(|m| AppError::invalid("status", m))?,
        None => item.status,
    };
    let only_status = change.category.is_none()
        && change.title.is_none()
        && change.body.is_none()
        && change.languages.is_none()
        && change.area.is_none()
        && change.sensitive.is_none()
        && change.expires_on.is_none();
    let item = if only_status {
        support::set_status(&state.db, account, id, status, now).await?
    } else {
        let languages: Vec<&str> = match &change.languages {
            Some(codes) => codes.iter().map(String::as_str).collect(),
            None => item.languages.iter().map(|l| l.name()).collect(),
        };
        let expires_on = item.expires_on().map(|d| d.to_string()).unwrap_or_default();
        let input = SupportInput {
            kind: item.kind.name(),
            category: change.category.as_deref().unwrap_or(item.category.name()),
            title: change.title.as_deref().unwrap_or(&item.title),
            body: change.body.as_deref().unwrap_or(&item.body),
            languages,
            area: change.area.as_deref().unwrap_or(&item.area),
            sensitive: Some(change.sensitive.unwrap_or(item.sensitive)),
            expires_on: change.expires_on.as_deref().unwrap_or(&expires_on),
        };
        let draft = SupportDraft::parse(&input, now.date_naive())?;
        support::edit(&state.db, account, id, &draft, status, now).await?
    };
    Ok(Json(SupportBody::new(&state, &item)))
}

/// An item that fits another, and why.
#[derive(Serialize, ToSchema)]
pub struct MatchBody {
    item: SupportBody,
    /// Languages both name (ISO 639-1).
    shared_languages: Vec<&'static str>,
    /// Why it fits, in the caller's language: "offers language help · speaks Ukrainian".
    reason: String,
}

/// Open items of the other kind in the same category that fit: a shared language first, then
/// the newest (at most 10). Hidden items never appear.
#[utoipa::path(get, path = "/support/{id}/matches", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<MatchBody>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn support_matches(
    State(state): State<AppState>,
    signed_in: SignedIn,
    locale: crate::i18n::ApiLocale,
    Path(id): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<MatchBody>>, Failure> {
    let (item, viewer) = support::find(&state.db, &signed_in.account, support_id(&id)?).await?;
    let matches = support::matches(&state.db, &viewer, &item, time::now()).await?;
    let items = matches
        .iter()
        .map(|found| MatchBody {
            item: SupportBody::new(&state, &found.item),
            shared_languages: found.shared_languages.iter().map(|l| l.name()).collect(),
            reason: super::match_reason(locale.0, found),
        })
        .collect();
    Ok(Json(ListPage::of_short_list(items, &list)?))
}
