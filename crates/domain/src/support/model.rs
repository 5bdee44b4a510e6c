use chrono::NaiveDate;

use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// An offer or a request.
    SupportId
);

named_enum!(
    /// Whether someone gives help or asks for it.
    Kind, "error-support-kind-unknown", { Offer = "offer", Request = "request" }
);

impl Kind {
    pub const fn opposite(self) -> Self {
        match self {
            Kind::Offer => Kind::Request,
            Kind::Request => Kind::Offer,
        }
    }
}

named_enum!(
    /// What kind of help: the nine categories of the brief.
    Category, "error-support-category-unknown", {
        Time = "time",
        Ideas = "ideas",
        Talents = "talents",
        Knowledge = "knowledge",
        Digital = "digital",
        Language = "language",
        Business = "business",
        Emotional = "emotional",
        Material = "material",
    }
);

named_enum!(
    /// Where an offer or request stands.
    Status, "error-support-status-unknown", { Open = "open", Matched = "matched", Closed = "closed" }
);

named_enum!(
    /// A language people speak, as an ISO 639-1 code. The five of the interface, and the ones
    /// newcomers to our communities most often speak.
    Language, "error-language-unknown", {
        En = "en",
        Pl = "pl",
        Da = "da",
        It = "it",
        Uk = "uk",
        De = "de",
        Fr = "fr",
        Es = "es",
        Ru = "ru",
        Ar = "ar",
    }
);

/// A set of languages, in the order of `Language::ALL`, without repeats.
pub fn parse_languages<'a>(
    codes: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<Language>, Message> {
    let mut chosen = Vec::new();
    for code in codes.into_iter().filter(|code| !code.trim().is_empty()) {
        chosen.push(Language::parse(code)?);
    }
    Ok(Language::ALL
        .iter()
        .copied()
        .filter(|language| chosen.contains(language))
        .collect())
}

pub const TITLE_MAX_CHARS: usize = 120;
pub const BODY_MAX_CHARS: usize = 4000;
pub const AREA_MAX_CHARS: usize = 120;

/// An offer or request as its author writes it, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportDraft {
    pub kind: Kind,
    pub category: Category,
    pub title: String,
    pub body: String,
    pub languages: Vec<Language>,
    pub area: String,
    pub sensitive: bool,
    pub expires_on: Option<NaiveDate>,
}

/// The fields of an offer or request as typed, before parsing.
#[derive(Debug, Clone, Default)]
pub struct SupportInput<'a> {
    pub kind: &'a str,
    pub category: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub languages: Vec<&'a str>,
    pub area: &'a str,
    /// `None` leaves it to the rule: requests for emotional support are sensitive.
    pub sensitive: Option<bool>,
    /// `YYYY-MM-DD`, or empty.
    pub expires_on: &'a str,
}

impl SupportDraft {
    /// Parses every field and names each one at fault. `today` bounds the expiry date.
    pub fn parse(input: &SupportInput<'_>, today: NaiveDate) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let kind = errors.check("kind", Kind::parse(input.kind));
        let category = errors.check("category", Category::parse(input.category));
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(input.body, BODY_MAX_CHARS));
        let languages = errors.check(
            "languages",
            parse_languages(input.languages.iter().copied()),
        );
        let area = errors.check("area", text::optional(input.area, AREA_MAX_CHARS));
        let expires_on = errors.check("expires_on", parse_expiry(input.expires_on, today));
        let sensitive = match (kind, category, input.sensitive) {
            (Some(Kind::Offer), _, Some(true)) => {
                errors.add("sensitive", Message::new("error-support-offer-sensitive"));
                None
            }
            (Some(kind), Some(category), chosen) => {
                Some(chosen.unwrap_or(kind == Kind::Request && category == Category::Emotional))
            }
            _ => None,
        };
        match (
            kind, category, title, body, languages, area, sensitive, expires_on,
        ) {
            (
                Some(kind),
                Some(category),
                Some(title),
                Some(body),
                Some(languages),
                Some(area),
                Some(sensitive),
                Some(expires_on),
            ) if errors.is_empty() => Ok(Self {
                kind,
                category,
                title,
                body,
                languages,
                area,
                sensitive,
                expires_on,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

fn parse_expiry(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| Message::new("error-date-invalid"))?;
    if date < today {
        return Err(Message::new("error-date-past"));
    }
    if date > today + chrono::Days::new(366) {
        return Err(Message::new("error-date-too-far"));
    }
    Ok(Some(date))
}

/// The end of the day an item expires, in UTC.
pub fn expiry_instant(date: NaiveDate) -> Instant {
    date.and_hms_opt(23, 59, 59).unwrap_or_default().and_utc()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportItem {
    pub id: SupportId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub author_id: AccountId,
    /// Empty when the author erased their account; pages show "former member".
    pub author_name: String,
    pub kind: Kind,
    pub category: Category,
    pub title: String,
    pub body: String,
    pub languages: Vec<Language>,
    pub area: String,
    pub status: Status,
    pub sensitive: bool,
    /// Closed by a moderator, not by its author: it stays closed.
    pub closed_by_moderator: bool,
    /// Hidden by a moderator after a report: only moderators see it, marked as hidden.
    pub hidden: bool,
    pub expires_at: Option<Instant>,
    pub created_at: Instant,
    pub updated_at: Instant,
}

impl SupportItem {
    pub fn is_expired(&self, now: Instant) -> bool {
        self.expires_at.is_some_and(|at| at < now)
    }

    /// Open, and not past its expiry: others may still answer it.
    pub fn is_active(&self, now: Instant) -> bool {
        self.status == Status::Open && !self.is_expired(now)
    }

    /// The languages both this item and `other` name.
    pub fn shared_languages(&self, other: &SupportItem) -> Vec<Language> {
        self.languages
            .iter()
            .copied()
            .filter(|language| other.languages.contains(language))
            .collect()
    }

    pub fn expires_on(&self) -> Option<NaiveDate> {
        self.expires_at.map(|at| at.date_naive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    fn input<'a>(kind: &'a str, category: &'a str) -> SupportInput<'a> {
        SupportInput {
            kind,
            category,
            title: "Help with a tax form",
            body: "In Polish or Ukrainian.",
            languages: vec!["uk", "pl", "uk"],
            ..SupportInput::default()
        }
    }

    #[test]
    fn emotional_requests_are_sensitive_unless_the_author_says_otherwise() {
        let draft = SupportDraft::parse(&input("request", "emotional"), today()).unwrap();
        assert!(draft.sensitive);
        let mut open = input("request", "emotional");
        open.sensitive = Some(false);
        assert!(!SupportDraft::parse(&open, today()).unwrap().sensitive);
        assert!(
            !SupportDraft::parse(&input("request", "language"), today())
                .unwrap()
                .sensitive
        );
    }

    #[test]
    fn only_requests_can_be_sensitive() {
        let mut offer = input("offer", "emotional");
        offer.sensitive = Some(true);
        let Err(AppError::Validation(errors)) = SupportDraft::parse(&offer, today()) else {
            panic!("an offer cannot be sensitive");
        };
        assert!(errors.for_field("sensitive").is_some());
    }

    #[test]
    fn languages_are_kept_once_in_a_fixed_order() {
        let draft = SupportDraft::parse(&input("offer", "language"), today()).unwrap();
        assert_eq!(draft.languages, vec![Language::Pl, Language::Uk]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = SupportInput {
            kind: "gift",
            category: "cooking",
            title: " ",
            body: "",
            languages: vec!["xx"],
            area: "",
            sensitive: None,
            expires_on: "2020-01-01",
        };
        let Err(AppError::Validation(errors)) = SupportDraft::parse(&bad, today()) else {
            panic!("expected a validation error");
        };
        for field in [
            "kind",
            "category",
            "title",
            "body",
            "languages",
            "expires_on",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }
}
