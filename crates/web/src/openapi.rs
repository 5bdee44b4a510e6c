//! The OpenAPI 3.1 document, generated from the API's routes so that it cannot drift from them.

use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{OpenApi, Server};
use utoipa::{Modify, ToSchema};

/// RFC 9457 problem details, as every error under `/api` is answered.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status code says what kind of problem it is.
    r#type: String,
    /// A short summary in the caller's language (`Accept-Language`).
    title: String,
    status: u16,
    /// What went wrong, in the caller's language.
    detail: String,
    /// One message per invalid field (422, and 409 when a field's value conflicts).
    errors: Option<std::collections::BTreeMap<String, String>>,
    /// Quote it when reporting a problem; it is also in the server's log line.
    request_id: String,
}

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Micropolis API",
        description = "The public JSON API of a Micropolis installation. Bodies are JSON (UTF-8). \
            Errors are RFC 9457 problem details with `application/problem+json`: 400 malformed body, \
            401 not signed in, 403 not allowed, 404 absent or hidden from the caller (also unknown paths), \
            405 wrong method, 409 conflict with the current state, 413 body over 1 MiB, 415 not JSON, \
            422 invalid or missing field values (with `errors` naming each field, also for a value of the \
            wrong type), 429 rate limited (with `Retry-After`). Lists take `?limit=` (1–100, default 20) \
            and `?cursor=` and answer `{items, next_cursor}`. Messages are in the language of \
            `Accept-Language` (en, pl, da, it, uk).",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "accounts", description = "Accounts, sessions, e-mail confirmation and password reset"),
        (name = "communities", description = "Communities and memberships"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Paths in the document are relative to the API's base, `/api/v1`.
pub fn finish(mut openapi: OpenApi) -> OpenApi {
    openapi.servers = Some(vec![Server::new("/api/v1")]);
    openapi
}
