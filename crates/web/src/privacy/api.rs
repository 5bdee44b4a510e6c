use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::privacy;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::ApiJson;
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::OwnAccount;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(export_me))
        .routes(routes!(erase_me))
}

/// Everything the platform holds about the caller (GDPR Art. 20), one JSON document:
/// `{format, exported_at, data: {feature: {section: [rows]}}}`.
#[utoipa::path(get, path = "/me/export", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Object), (status = 401, body = Problem),
        (status = 403, description = "Refused while a helper acts for the person", body = Problem)))]
async fn export_me(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
) -> Result<Json<serde_json::Value>, Failure> {
    Ok(Json(privacy::export(&state.db, &signed_in.account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct EraseBody {
    password: String,
}

/// Erase the caller's account (GDPR Art. 17): profile data removed, sessions ended, what they
/// wrote kept under "former member", their time-bank postings kept under an anonymous holder so
/// the ledger still balances. Wrong password → 403.
#[utoipa::path(delete, path = "/me", tag = "accounts", security(("bearer" = [])), request_body = EraseBody,
    responses((status = 204, description = "Erased"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 422, body = Problem), (status = 429, body = Problem)))]
async fn erase_me(
    State(state): State<AppState>,
    OwnAccount(signed_in): OwnAccount,
    ApiJson(body): ApiJson<EraseBody>,
) -> Result<Response, Failure> {
    super::erase(&state, &signed_in.account, &body.password).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
