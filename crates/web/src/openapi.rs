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
            405 wrong method, 409 conflict with the current state, 413 body over 1 MiB (an uploaded \
            file over 10 MiB), 415 not JSON, \
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
            answer, which moves the state and is kept as history. An initiative may have a photo: `image_id` from \
            `POST /images` when proposing it, and its author changes or removes it later with `PATCH` \
            (`image_id`, or `null`); answers carry it as `image` (or null). Hidden initiatives and comments are 404 for all \
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
        (name = "helpers", description = "Helpers (proxies): a person names someone they trust by e-mail, \
            or an organiser at the centre's desk registers a resident who has no e-mail (with the resident's \
            recorded consent) and names their helper. A helper's session acts for the person with \
            `POST /me/acting-for`: from then on it has the person's rights and only theirs (the helper's own roles \
            do not apply), account security (password, sessions, helpers, export, erasure, settings) answers 403, \
            and every successful change is recorded and shown to the person, the helper and the moderators of the \
            person's communities. The person, or an organiser of the community, ends it at any time; a session \
            acting for someone whose relationship ended quietly acts as its own account again."),
        (name = "profiles", description = "Profiles and the talent directory. A profile has a bio, a story \
            (Markdown), the languages spoken (any ISO 639-1 code, each with an optional level: basic, \
            conversational, fluent, native), skill tags (normalised: lower case, single spaces) and a photo \
            (`avatar`: a picture the person uploaded with `POST /images`, set by `avatar_image_id`, `null` \
            removes it; one replaced or removed is deleted; it is served members-only unless public); the name is \
            the account's display name. Each field has its own audience: `public` (everyone, visitors too), \
            `members` (signed-in people who share at least one community with the person; network coordinators \
            and moderators get no more than anyone else) or `private` (the person alone), and every field is \
            private until its person chooses otherwise. The directory lists a community's members who show the \
            caller at least one field (being listed is itself information), by name then id, each with only \
            what they show the caller; a field the caller may not see is null, like an empty one, and never \
            matches a filter. Contact goes through a private conversation, never an address."),
        (name = "events", description = "Events and places. Anyone may read a community's events and places; \
            organisers describe places and put events on (members get 403). An event has a start and end in an IANA \
            time zone (times are answered with that zone's offset), a place or an online link, an optional capacity, \
            accessibility features and the languages spoken. Members sign up with `POST /events/{id}/rsvp`: `going` \
            while places are free, else `waitlisted`; signing up again is idempotent (200 with the status held). \
            `DELETE /events/{id}/rsvp` cancels; the first person waiting then moves up and is told by e-mail. \
            Calendars: `/c/{slug}/events.ics` and each event's `calendar_url`. An event may have a photo: \
            `image_id` from `POST /images` when putting it on or changing it (`null` removes it, leaving it out \
            keeps it); answers carry it as `image` (or null)."),
        (name = "media", description = "Pictures. `POST /images` takes one file (multipart/form-data: `file`, \
            and `alt`, the text that says what it shows, required) of at most 10 MiB (413 above) and 40 megapixels; \
            JPEG, PNG and WebP are recognised by their bytes, not their name or type (anything else: 422). It is \
            decoded within memory limits, turned upright by its EXIF orientation and re-encoded as JPEG, so no \
            EXIF or GPS position survives, in widths of 320, 640 and 1280 pixels, never wider than it was. Attach \
            it by its `id` as `image_id` (only its uploader may). Variants are served at `/media/{id}/{width}.jpg` \
            with an `ETag` and a year's `Cache-Control: immutable`. Image ids are random and listed nowhere: the \
            address is the key. Pictures of members-only content are sent `Cache-Control: private`, so that shared \
            caches keep none; the address of such a picture is to be shared no further than the content itself. \
            When a person erases their account, their pictures are deleted, files included."),
        (name = "listening", description = "Needs surveys. Organisers write a survey (`single`, `multiple`, \
            `scale` 1–5 and `text` questions, each `required` or not), in one language with translations into others \
            (`PUT /surveys/{id}/translations/{locale}`; `?locale=` reads one); it starts `closed` as a draft that only \
            organisers see (404 for others) until opened; it can be rewritten (`PUT`) or deleted while nobody has \
            answered (409 after). Members answer an open survey once (a helper acting for a member answers as them); \
            organisers type in paper forms by the number written on each (409 when typed in twice), also after closing. \
            An anonymous survey keeps who answered apart from what was answered, with no link, time or order between \
            them. Results: organisers always; members of the community and coordinators when `results_public`; \
            others 403, visitors 401. `?among=<option id>` gives the figures among the responses that chose an \
            option; a group of fewer than 5 is `withheld` (not even its size is shown). The CSV of every response is \
            for organisers only, since raw rows would let anyone rebuild groups smaller than five."),
        (name = "stories", description = "Stories of the place. Anyone may read a community's public stories; its \
            members also read the members-only ones (404 for everyone else, as for hidden stories, which only \
            moderators see). Members tell stories (`title`, Markdown `body`, free `tags`, `audience` `public` or \
            `members`, and an optional `image_id` from `POST /images`); their author changes (`PATCH`, only the \
            fields given) and deletes them; moderators hide them through reports (`target_type: story`). Lists \
            filter by `tag` and by words (`q`). Comments work as on initiatives."),
        (name = "guidebook", description = "The network's guidebook: chapters (addressed by `slug`, in an order) \
            written in one source language and translated into the others. Anyone reads it; network coordinators \
            and the organisers of any community write it. Every `PUT` of a chapter's text in a language is a new \
            revision (numbered per chapter and language, with its author and time); a new slug creates the \
            chapter with that language as its source (201). A translation records the source revision it was \
            written against: `translations[].status` is `source`, `current`, `out_of_date` (the source has a \
            newer revision) or `missing`. A chapter asked for in a language it has no text in answers its \
            source's text with `fallback: true`. Restoring an old revision makes a new one with its text. \
            `PUT /guidebook/order` takes every chapter's slug once. Pages: `/guidebook`, `/guidebook/{slug}`, \
            `/guidebook/print?lang=` and `/guidebook.epub?lang=` (EPUB 3 with the chapters' photos)."),
        (name = "search", description = "One search over initiatives, events, courses, stories, offers and \
            requests, places, guidebook chapters and people. Words are matched without regard to case or accents, \
            each as the start of a word, after a light rule takes off a common inflection ending (so \"biblioteka\" \
            finds \"bibliotece\"). Every word must match. Results are grouped by type, best first, each with why it \
            matched. Only what the caller may read is found; the index follows every change (writing, editing, \
            hiding, erasure) in the same transaction. Without `type` the best `limit` (default 5) of each type are \
            given and `more` names the types that have more; with `type` one type is paged with `cursor`. The \
            ranking reads the newest 500 entries that match and that the caller may find: a word found in more \
            entries than that gives the best of its newest matches."),
        (name = "impact", description = "The figures a funder's report asks for, month by month for a period \
            (`from` and `to`, `YYYY-MM`, at most 36 months; by default the last twelve): active residents (people \
            who took part in anything), newcomers who took part, members, hours exchanged in the time bank, events \
            held and the people going, course completion (people who came to at least half of the sessions of \
            courses that ended) and survey response rates. A community's figures are for its organisers, \
            moderators and admins and for coordinators; the network's for coordinators and the organisers, \
            moderators and admins of any community. Pages: `/c/{slug}/impact`, `/impact`, and CSV at `/c/{slug}/impact.csv`, `/impact.csv`."),
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
