use crate::accounts::{AccountId, DisplayName, Email};
use crate::communities::CommunityId;
use crate::declare::id_type;
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Locale, Message, text};

id_type!(
    /// One helper relationship: a person, the helper they trust, and how it was set up.
    HelperId
);

id_type!(
    /// One recorded change a helper made while acting for someone.
    HelperActionId
);

/// How long the consent note an organiser records may be.
pub const CONSENT_NOTE_MAX_CHARS: usize = 1000;

/// The reserved top-level domain (RFC 2606) of the addresses given to residents registered at
/// the desk: nobody can receive mail there, and the mailer never tries.
pub const DESK_EMAIL_DOMAIN: &str = "desk.invalid";

/// A helper relationship as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Helping {
    pub id: HelperId,
    pub person: Person,
    pub helper: Person,
    /// The person themselves, or the organiser at the desk.
    pub set_up_by: Person,
    /// The community whose desk set it up: `(id, slug, name)`.
    pub desk: Option<(CommunityId, String, String)>,
    pub consent_note: String,
    pub created_at: Instant,
    pub ended_at: Option<Instant>,
}

impl Helping {
    pub fn is_active(&self) -> bool {
        self.ended_at.is_none()
    }

    /// Whether the person named the helper themselves (rather than an organiser at the desk).
    pub fn named_by_person(&self) -> bool {
        self.set_up_by.id == self.person.id
    }
}

/// What a new relationship is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHelping {
    pub id: HelperId,
    pub person: AccountId,
    pub helper: AccountId,
    pub set_up_by: AccountId,
    pub community: Option<CommunityId>,
    pub consent_note: String,
}

/// One change a helper made while acting for someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperAction {
    pub id: HelperActionId,
    pub helper: Person,
    pub person: Person,
    pub method: String,
    /// The route template the request matched (`/c/{slug}/events/{id}/rsvp`).
    pub route: String,
    /// The address actually used.
    pub path: String,
    pub created_at: Instant,
}

/// A change to record: who, for whom, and which request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHelperAction {
    pub helper: AccountId,
    pub person: AccountId,
    pub method: String,
    pub route: String,
    pub path: String,
}

impl NewHelperAction {
    /// Longest route or path kept; longer ones are cut (they are for people to read).
    pub const MAX_CHARS: usize = 500;

    pub fn new(
        helper: AccountId,
        person: AccountId,
        method: &str,
        route: &str,
        path: &str,
    ) -> Self {
        let cut = |text: &str| text.chars().take(Self::MAX_CHARS).collect::<String>();
        Self {
            helper,
            person,
            method: cut(method),
            route: cut(route),
            path: cut(path),
        }
    }
}

/// A resident registered at the centre's desk, as the organiser typed them in.
#[derive(Debug, Clone)]
pub struct ResidentDraft {
    pub display_name: DisplayName,
    pub locale: Locale,
    pub consent_note: String,
    /// The member who will help; the organiser themselves when `None`.
    pub helper: Option<AccountId>,
}

/// The desk form's fields as typed.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResidentInput<'a> {
    pub display_name: &'a str,
    pub locale: Option<&'a str>,
    pub consent: bool,
    pub consent_note: &'a str,
    pub helper_account_id: Option<&'a str>,
}

impl ResidentDraft {
    /// Parses every field, reporting all that are wrong at once. Without the resident's consent
    /// nothing is registered.
    pub fn parse(input: &ResidentInput<'_>, fallback_locale: Locale) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let display_name = errors.check("display_name", DisplayName::parse(input.display_name));
        let locale = match input.locale.map(str::trim).filter(|code| !code.is_empty()) {
            Some(code) => errors.check("locale", Locale::parse(code)),
            None => Some(fallback_locale),
        };
        if !input.consent {
            errors.add("consent", Message::new("error-helpers-consent-required"));
        }
        let consent_note = errors.check(
            "consent_note",
            text::required(input.consent_note, CONSENT_NOTE_MAX_CHARS),
        );
        let helper = match input
            .helper_account_id
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            Some(id) => errors.check(
                "helper_account_id",
                AccountId::parse(id).ok_or(Message::new("error-helpers-helper-not-eligible")),
            ),
            None => None,
        };
        errors.into_result()?;
        match (display_name, locale, consent_note) {
            (Some(display_name), Some(locale), Some(consent_note)) => Ok(Self {
                display_name,
                locale,
                consent_note,
                helper,
            }),
            _ => Err(AppError::internal("resident draft checked without errors")),
        }
    }
}

/// The address a resident without e-mail is given: unique, and under a reserved domain that
/// cannot receive mail.
pub fn desk_email(resident: AccountId) -> Result<Email, AppError> {
    Email::parse(&format!("resident-{resident}@{DESK_EMAIL_DOMAIN}"))
        .map_err(|message| AppError::internal(message.key))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn input() -> ResidentInput<'static> {
        ResidentInput {
            display_name: "Zofia Mazur",
            locale: None,
            consent: true,
            consent_note: "Agreed at the desk on 3 March; paper form in the folder.",
            helper_account_id: None,
        }
    }

    #[test]
    fn a_resident_needs_a_name_consent_and_a_note() {
        let draft = ResidentDraft::parse(&input(), Locale::Pl).unwrap();
        assert_eq!(draft.locale, Locale::Pl);
        assert!(draft.helper.is_none());
        let Err(AppError::Validation(errors)) = ResidentDraft::parse(
            &ResidentInput {
                display_name: " ",
                consent: false,
                consent_note: "",
                helper_account_id: Some("nobody"),
                locale: Some("de"),
            },
            Locale::Pl,
        ) else {
            panic!("expected a validation error");
        };
        for field in [
            "display_name",
            "locale",
            "consent",
            "consent_note",
            "helper_account_id",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }

    #[test]
    fn consent_alone_is_checked() {
        let Err(AppError::Validation(errors)) = ResidentDraft::parse(
            &ResidentInput {
                consent: false,
                ..input()
            },
            Locale::En,
        ) else {
            panic!("expected a validation error");
        };
        assert_eq!(
            errors.for_field("consent").map(|m| m.key),
            Some("error-helpers-consent-required")
        );
    }

    #[test]
    fn desk_addresses_are_reserved_and_unique() {
        let a = desk_email(AccountId::generate()).unwrap();
        let b = desk_email(AccountId::generate()).unwrap();
        assert_ne!(a, b);
        assert!(a.as_str().ends_with("@desk.invalid"));
    }

    #[test]
    fn long_paths_are_cut() {
        let action = NewHelperAction::new(
            AccountId::generate(),
            AccountId::generate(),
            "POST",
            "/c/{slug}/support",
            &"x".repeat(900),
        );
        assert_eq!(action.path.chars().count(), NewHelperAction::MAX_CHARS);
    }
}
