//! What a recorded helper action was, in words: the route it matched (a page's or the API's)
//! becomes one of a few kinds, each with a message in five languages; anything not in the
//! table is "did something else".

/// One kind of action: the word the API answers and the message pages show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionKind {
    pub word: &'static str,
    pub key: &'static str,
}

const fn kind(word: &'static str, key: &'static str) -> ActionKind {
    ActionKind { word, key }
}

pub const OTHER: ActionKind = kind("other", "helpers-action-other");

/// How a route is recognised: by its method (any when `None`) and how its template ends.
struct Rule {
    method: Option<&'static str>,
    ends: &'static [&'static str],
    kind: ActionKind,
}

const fn rule(
    method: Option<&'static str>,
    ends: &'static [&'static str],
    kind: ActionKind,
) -> Rule {
    Rule { method, ends, kind }
}

/// In order: the first rule that fits wins.
const RULES: &[Rule] = &[
    rule(
        Some("DELETE"),
        &["/rsvp"],
        kind("rsvp_cancelled", "helpers-action-rsvp-cancelled"),
    ),
    rule(None, &["/rsvp"], kind("rsvp", "helpers-action-rsvp")),
    rule(
        Some("DELETE"),
        &["/enrolment"],
        kind("withdrawn", "helpers-action-withdrawn"),
    ),
    rule(
        None,
        &["/enrolment"],
        kind("enrolment", "helpers-action-enrolment"),
    ),
    rule(
        None,
        &["/conversations/{id}/messages"],
        kind("message", "helpers-action-message"),
    ),
    rule(
        None,
        &["/support/{id}/conversations", "/support/{id}/answer"],
        kind("support_answered", "helpers-action-support-answered"),
    ),
    rule(
        None,
        &["/support/{id}/report", "/reports"],
        kind("report", "helpers-action-report"),
    ),
    rule(
        None,
        &[
            "/support/{id}/status",
            "/support/{id}/edit",
            "/support/{id}",
        ],
        kind("support_changed", "helpers-action-support-changed"),
    ),
    rule(
        None,
        &["/{slug}/support"],
        kind("support_posted", "helpers-action-support-posted"),
    ),
    rule(
        None,
        &["/comments"],
        kind("comment", "helpers-action-comment"),
    ),
    rule(
        None,
        &["/comments/{id}", "/comments/{id}/delete"],
        kind("comment_changed", "helpers-action-comment-changed"),
    ),
    rule(
        None,
        &["/{slug}/initiatives"],
        kind("initiative", "helpers-action-initiative"),
    ),
    rule(
        None,
        &["/initiatives/{id}/support", "/initiatives/{id}/supports"],
        kind(
            "initiative_supported",
            "helpers-action-initiative-supported",
        ),
    ),
    rule(
        None,
        &["/volunteer", "/volunteers"],
        kind("volunteered", "helpers-action-volunteered"),
    ),
    rule(
        None,
        &["/follow", "/followers"],
        kind("followed", "helpers-action-followed"),
    ),
    rule(None, &["/ballot"], kind("vote", "helpers-action-vote")),
    rule(
        None,
        &["/budgets/{id}/projects"],
        kind("project", "helpers-action-project"),
    ),
    rule(
        None,
        &["/exchanges"],
        kind("exchange", "helpers-action-exchange"),
    ),
    rule(
        None,
        &["/exchanges/{id}/confirm", "/exchanges/{id}/decline"],
        kind("exchange_answered", "helpers-action-exchange-answered"),
    ),
    rule(
        None,
        &["/{slug}/join", "/communities/{slug}/members"],
        kind("joined", "helpers-action-joined"),
    ),
    rule(
        None,
        &["/responses", "/answers"],
        kind("survey", "helpers-action-survey"),
    ),
    rule(None, &["/stories"], kind("story", "helpers-action-story")),
    rule(
        None,
        &["/profile", "/me/profile"],
        kind("profile", "helpers-action-profile"),
    ),
];

/// The kind of action a request to `route` with `method` was.
pub fn kind_of(method: &str, route: &str) -> ActionKind {
    let route = route.trim_end_matches('/');
    RULES
        .iter()
        .find(|rule| {
            rule.method.is_none_or(|wanted| wanted == method)
                && rule.ends.iter().any(|end| route.ends_with(end))
        })
        .map_or(OTHER, |rule| rule.kind)
}

/// Requests made while acting that are about the session, not the person: switching who the
/// session acts for, and signing out. They are not recorded.
pub fn is_about_the_session(route: &str) -> bool {
    [
        "/acting-for",
        "/acting-for/stop",
        "/sign-out",
        "/sessions/current",
    ]
    .iter()
    .any(|end| route.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_the_api_are_told_the_same() {
        for (method, route, word) in [
            ("POST", "/c/{slug}/events/{id}/rsvp", "rsvp"),
            ("POST", "/api/v1/events/{id}/rsvp", "rsvp"),
            ("DELETE", "/events/{id}/rsvp", "rsvp_cancelled"),
            ("POST", "/c/{slug}/courses/{id}/enrolment", "enrolment"),
            ("DELETE", "/courses/{id}/enrolment", "withdrawn"),
            ("POST", "/c/{slug}/support", "support_posted"),
            ("POST", "/communities/{slug}/support", "support_posted"),
            ("POST", "/c/{slug}/support/{id}/answer", "support_answered"),
            ("PATCH", "/support/{id}", "support_changed"),
            ("POST", "/conversations/{id}/messages", "message"),
            ("POST", "/c/{slug}/initiatives/{id}/comments", "comment"),
            ("PATCH", "/comments/{id}", "comment_changed"),
            ("POST", "/c/{slug}/initiatives", "initiative"),
            ("POST", "/initiatives/{id}/supports", "initiative_supported"),
            ("POST", "/c/{slug}/budgets/{id}/ballot", "vote"),
            ("POST", "/c/{slug}/join", "joined"),
            (
                "POST",
                "/communities/{slug}/surveys/{id}/responses",
                "survey",
            ),
            ("POST", "/c/{slug}/places", "other"),
        ] {
            assert_eq!(kind_of(method, route).word, word, "{method} {route}");
        }
    }

    #[test]
    fn switching_and_signing_out_are_not_recorded() {
        assert!(is_about_the_session("/account/acting-for/stop"));
        assert!(is_about_the_session("/me/acting-for"));
        assert!(is_about_the_session("/sign-out"));
        assert!(!is_about_the_session("/c/{slug}/support"));
    }
}
