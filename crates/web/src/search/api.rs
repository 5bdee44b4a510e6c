//! `GET /search` in the JSON API: mixed results `{type, id, title, url}` with what a client needs
//! to show them (community, excerpt, why they matched), grouped by type.

use axum::Json;
use axum::extract::{Query, State};
use domain::profiles::SpokenLanguage;
use domain::search::{Hit, Reason};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{Asked, hit_path};
use crate::api::ListQuery;
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::MaybeSignedIn;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search))
}

/// `?q=&community=&type=&limit=&cursor=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQueryParams {
    /// The words (at most 200 characters, 8 words of 2 letters or more). Case and accents do not
    /// matter; each word also finds longer words it starts, and its usual other forms.
    #[param(min_length = 1, max_length = 200)]
    q: Option<String>,
    /// Only this community's items and members (a community's slug). Guidebook chapters, which
    /// belong to the whole network, are then left out.
    community: Option<String>,
    /// Only this type, a page at a time.
    #[param(inline, value_type = Option<String>,
        pattern = "^(initiative|event|course|story|survey|support|place|chapter|person)$")]
    r#type: Option<String>,
    /// Results per type without `type` (default 5), or per page with it (default 20); 1 to 100.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// With `type`: the `next_cursor` of the previous page.
    cursor: Option<String>,
}

/// Why a result matched: its `title`, its `text`, or one of its details (`skill`, `language`
/// as an ISO 639-1 code, `tag`, `category`, `address`) with the detail's value.
#[derive(Serialize, ToSchema)]
pub struct MatchBody {
    field: &'static str,
    value: Option<String>,
    /// For a language: its name in itself ("українська").
    name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResultBody {
    /// initiative, event, course, story, support, place, chapter or person.
    r#type: &'static str,
    /// The item's id; a guidebook chapter's slug.
    id: String,
    title: String,
    url: String,
    /// The community's slug (for a person: one they share with the caller, if any); null for a
    /// guidebook chapter.
    community: Option<String>,
    /// The start of the item's text (for a person: what they show of their bio).
    summary: String,
    /// The language of the chapter translation that matched.
    locale: Option<String>,
    matched: Vec<MatchBody>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchBody {
    /// Grouped by type, in the order initiative, event, course, story, support, place, chapter,
    /// person; best first within a type.
    items: Vec<SearchResultBody>,
    /// With `type`: the next page, when there is one.
    next_cursor: Option<String>,
    /// The types with more results than shown: ask again with `type`.
    more: Vec<&'static str>,
}

fn match_body(reason: &Reason) -> MatchBody {
    match reason {
        Reason::Title => MatchBody {
            field: "title",
            value: None,
            name: None,
        },
        Reason::Text => MatchBody {
            field: "text",
            value: None,
            name: None,
        },
        Reason::Detail(detail) => MatchBody {
            field: detail.label.name(),
            value: Some(detail.value.clone()),
            name: SpokenLanguage::parse(&detail.value)
                .ok()
                .filter(|_| detail.label == domain::search::DetailLabel::Language)
                .map(|language| language.native_name().to_owned()),
        },
    }
}

fn result_body(state: &AppState, hit: &Hit) -> SearchResultBody {
    SearchResultBody {
        r#type: hit.kind.name(),
        id: hit.item_id.clone(),
        title: hit.title.clone(),
        url: state.config.url(&hit_path(hit)),
        community: hit.community_slug.clone(),
        summary: hit.summary.clone(),
        locale: hit.locale.clone(),
        matched: hit.reasons.iter().map(match_body).collect(),
    }
}

/// Searches initiatives, events, courses, stories, offers and requests, places, guidebook
/// chapters and people at once. Only what the caller may read is found: never anything hidden by
/// moderators, a sensitive request, a closed or expired offer, another community's members-only
/// story or offer, or a profile field its person did not show the caller (a person is found by
/// the fields they show everyone, or, by people who share a community with them, by the fields
/// they show members too).
#[utoipa::path(get, path = "/search", tag = "search", params(SearchQueryParams),
    responses((status = 200, body = SearchBody),
        (status = 404, description = "No community with this slug", body = Problem),
        (status = 422, description = "No words, too many, an unknown type, a bad limit or cursor", body = Problem)))]
async fn search(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(params): Query<SearchQueryParams>,
) -> Result<Json<SearchBody>, Failure> {
    let limit = match params.limit {
        None => None,
        limit => Some(
            ListQuery {
                limit,
                cursor: None,
            }
            .limit()?,
        ),
    };
    let asked = Asked::parse(
        &state,
        params.q.as_deref().unwrap_or_default(),
        params.community.as_deref(),
        params.r#type.as_deref(),
        params.cursor.as_deref(),
        limit,
    )
    .await?;
    let reader = signed_in.map(|signed_in| signed_in.account.id);
    let groups = asked.run(&state, reader).await?;
    Ok(Json(SearchBody {
        items: groups
            .iter()
            .flat_map(|group| &group.hits)
            .map(|hit| result_body(&state, hit))
            .collect(),
        next_cursor: groups
            .first()
            .and_then(|group| asked.next_skip(group))
            .map(|skip| skip.to_string()),
        more: groups
            .iter()
            .filter(|group| group.more && asked.kind.is_none())
            .map(|group| group.kind.name())
            .collect(),
    }))
}
