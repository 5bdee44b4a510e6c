//! The OpenAPI 3.1 document, generated from the API's routes so that it cannot drift from them.

use serde::Serialize;
use serde_json::{Value, json};
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
        (name = "initiatives", description = "Initiatives and their comments. Anyone may read a community's \
            initiatives; members propose, support (one support each), volunteer, follow and comment; organisers \
            answer, which moves the state and is kept as history. Hidden initiatives and comments are 404 for all \
            but the community's moderators. Comments have one level of replies and may be edited for 15 minutes."),
        (name = "moderation", description = "Reports to a community's moderators on any content, message or person; \
            the moderators' queue; hiding (404 for everyone but moderators), restoring and dismissing; blocking members \
            from the community; and the audit log of every moderation and administration action. The queue, decisions, \
            blocks and log are for the community's moderators and admins, and network coordinators (403 for others)."),
        (name = "support", description = "Mutual support: offers and requests, matches and private conversations. \
            Members only. A sensitive request is returned only to its author, the community's moderators and admins, \
            and members marked as trusted helpers (not to network coordinators who are none of these); everyone else \
            gets 404 and never sees it in lists, matches or counts."),
        (name = "timebank", description = "The time bank: exchanges confirmed by the other party write one transfer \
            of two postings that sum to zero; balances derive from the postings; admins correct with reversing transfers."),
        (name = "budgets", description = "Participatory budgets: organisers open a round (a total amount in whole \
            currency units, a voting window) and add projects until voting opens; each member casts one ballot within \
            the total while voting is open, online or on paper at the centre (typed in by an organiser). Rounds and \
            projects are public. Results follow the contract's rule and are public once voting has closed; while it \
            is open only organisers see the running tally, and everyone else gets 409. The anonymous ballots (CSV, \
            no voter, no time, random ids) let anyone recount them."),
        (name = "courses", description = "Adult-education courses: organisers create a course with sessions (each \
            with an IANA time zone); members enrol while seats are free and nobody waits, otherwise they join the \
            waiting list; a withdrawal gives the seat to the first person waiting, who is told by e-mail. Organisers \
            take attendance per session; whoever attended a session downloads a certificate of participation (PDF, \
            in their language). Courses are public."),
        (name = "events", description = "Events and places. Anyone may read a community's events and places; \
            organisers describe places and put events on (members get 403). An event has a start and end in an IANA \
            time zone (times are answered with that zone's offset), a place or an online link, an optional capacity, \
            accessibility features and the languages spoken. Members sign up with `POST /events/{id}/rsvp`: `going` \
            while places are free, else `waitlisted`; signing up again is idempotent (200 with the status held). \
            `DELETE /events/{id}/rsvp` cancels; the first person waiting then moves up and is told by e-mail. \
            Calendars: `/c/{slug}/events.ics` and each event's `calendar_url`."),
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

/// The served document: paths relative to the API's base, `/api/v1`, and the answers every
/// operation can give written out once here rather than on every handler — errors as
/// `application/problem+json`; 400, 413, 415 and 422 wherever a body is taken; 401 wherever a
/// session is needed.
pub fn finish(mut openapi: OpenApi) -> Value {
    openapi.servers = Some(vec![Server::new("/api/v1")]);
    let mut document = serde_json::to_value(&openapi).unwrap_or(Value::Null);
    let operations = document
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|methods| methods.values_mut());
    for operation in operations {
        let takes_body = operation.get("requestBody").is_some();
        let needs_session = operation.get("security").is_some();
        let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let mut implied = Vec::new();
        if takes_body {
            implied.extend([
                ("400", "The body is not well-formed JSON"),
                ("413", "The body is over 1 MiB"),
                ("415", "The body is not JSON"),
                (
                    "422",
                    "A field is missing or invalid; `errors` names each one",
                ),
            ]);
        }
        if needs_session {
            implied.push(("401", "Not signed in: no valid bearer token"));
        }
        for (status, description) in implied {
            responses
                .entry(status)
                .or_insert_with(|| json!({ "description": description }));
        }
        for (status, response) in responses.iter_mut() {
            if status.starts_with('4') || status.starts_with('5') {
                let schema = response
                    .pointer("/content/application~1json/schema")
                    .cloned();
                let problem =
                    schema.unwrap_or_else(|| json!({ "$ref": "#/components/schemas/Problem" }));
                if let Some(response) = response.as_object_mut() {
                    response.insert(
                        "content".to_owned(),
                        json!({ "application/problem+json": { "schema": problem } }),
                    );
                }
            }
        }
    }
    document
}
