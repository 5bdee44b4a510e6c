//! HTTP for Micropolis: server-rendered pages that work without JavaScript, and the JSON API
//! over the same domain services. Each feature has `pages.rs` and `api.rs`; this file only
//! assembles them with the layers every request passes through.

mod about;
pub mod accounts;
pub mod api;
pub mod budgets;
pub mod calendar;
pub mod charts;
mod client;
pub mod comments;
pub mod communities;
pub mod community_face;
pub mod courses;
mod csrf;
pub mod error;
pub mod events;
pub mod feeds;
mod form;
pub mod guidebook;
pub mod helpers;
pub mod i18n;
pub mod impact;
pub mod initiatives;
pub mod listening;
pub mod markdown;
pub mod media;
pub mod moderation;
pub mod openapi;
pub mod page;
pub mod places;
pub mod privacy;
pub mod profiles;
pub mod search;
pub mod session;
pub mod state;
pub mod stories;
pub mod support;
pub mod system;
pub mod timebank;

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use axum::{Json, Router};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use utoipa::OpenApi as _;
use utoipa_axum::router::OpenApiRouter;

pub use state::{AppState, MetricsRenderer, WebConfig};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request id given to every request; it is in the log line and in every error answer.
pub fn request_id_of(headers: &HeaderMap) -> String {
    headers
        .get(REQUEST_ID)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

/// The whole application: pages, API, feeds and system endpoints.
pub fn app(state: AppState) -> Router {
    let routes = Router::new()
        .nest("/api", api_router(&state))
        .route("/healthz", get(system::health::healthz))
        .route("/metrics", get(system::metrics::metrics))
        .route("/static/{name}", get(system::assets::asset))
        .route("/c/{slug}/theme.css", get(community_face::stylesheet_route))
        .merge(media::router())
        .merge(page_router(&state))
        .layer(from_fn(system::metrics::record));
    with_security_headers(routes)
        .layer(CompressionLayer::new().quality(COMPRESSION))
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// Every log line of a request carries its id, method and path.
fn request_span(request: &axum::extract::Request) -> tracing::Span {
    let request_id = request_id_of(request.headers());
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), %request_id)
}

/// The JSON API under `/api`: `/api/v1/…`, with problem JSON for every failure, unknown paths too.
fn api_router(state: &AppState) -> Router<AppState> {
    let (v1, openapi) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(accounts::api::router())
        .merge(communities::api::router())
        .merge(initiatives::api::router())
        .merge(moderation::api::router())
        .merge(privacy::api::router())
        .merge(support::api::router())
        .merge(timebank::api::router())
        .merge(budgets::api::router())
        .merge(courses::api::router())
        .merge(events::api::router())
        .merge(places::api::router())
        .merge(profiles::api::router())
        .merge(helpers::api::router())
        .merge(media::api::router())
        .merge(stories::api::router())
        .merge(listening::api::router())
        .merge(guidebook::api::router())
        .merge(search::api::router())
        .merge(impact::api::router())
        .split_for_parts();
    let openapi = Arc::new(openapi::finish(openapi));
    let v1 = v1
        .route(
            "/openapi.json",
            get(move || async move { Json(openapi.as_ref().clone()) }),
        )
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(from_fn_with_state(state.clone(), helpers::record::record));
    Router::new()
        .nest("/v1", v1)
        .fallback(api::not_found)
        .layer(from_fn_with_state(state.clone(), session::from_bearer))
        .layer(from_fn(api::render_problems))
}

/// The pages: sessions from the cookie, the visitor's language, CSRF tokens on every form, and
/// failures rendered as pages.
fn page_router(state: &AppState) -> Router<AppState> {
    Router::new()
        .merge(communities::pages::router())
        .merge(accounts::pages::router())
        .merge(about::pages::router())
        .merge(initiatives::router())
        .merge(comments::router())
        .merge(moderation::router())
        .merge(privacy::router())
        .merge(support::router())
        .merge(timebank::router())
        .merge(budgets::router())
        .merge(courses::router())
        .merge(events::router())
        .merge(places::router())
        .merge(stories::router())
        .merge(listening::router())
        .merge(guidebook::router())
        .merge(search::router())
        .merge(impact::router())
        .merge(profiles::router())
        .merge(helpers::router())
        .merge(community_face::router())
        .merge(feeds::router())
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        // Behind the session layer: what a helper changes while acting is recorded.
        .layer(from_fn_with_state(state.clone(), helpers::record::record))
        .layer(
            ServiceBuilder::new()
                .layer(from_fn_with_state(state.clone(), session::from_cookie))
                .layer(from_fn(i18n::resolve))
                .layer(from_fn_with_state(state.clone(), csrf::issue))
                .layer(from_fn(page::render_failures))
                .layer(from_fn_with_state(state.clone(), csrf::verify)),
        )
}

/// Pages are a few kilobytes: the fastest level shrinks them nearly as much as the default one
/// (`docs/benchmarks.md`) at a fraction of the processor time, which was 40 % of a page's.
const COMPRESSION: CompressionLevel = CompressionLevel::Precise(1);

/// Headers on every answer: a strict content security policy (no inline script), no MIME
/// sniffing, no framing, and a referrer that stays on this site. A handler may set its own.
fn with_security_headers(routes: Router<AppState>) -> Router<AppState> {
    const HEADERS: [(HeaderName, &str); 4] = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    HEADERS.into_iter().fold(routes, |routes, (name, value)| {
        routes.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}
