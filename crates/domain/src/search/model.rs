use super::words::{fold, stem};
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::declare::named_enum;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

named_enum!(
    /// What a search finds, in the order results are grouped.
    Kind, "error-search-type-unknown", {
        Initiative = "initiative",
        Event = "event",
        Course = "course",
        Story = "story",
        Survey = "survey",
        Support = "support",
        Place = "place",
        Chapter = "chapter",
        Person = "person",
    }
);

/// Who may find an entry. Members-only entries of a community are found by its members; a
/// person's members-level entry by people who share at least one community with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    Members,
}

impl Audience {
    pub const fn level(self) -> i64 {
        match self {
            Self::Everyone => 0,
            Self::Members => 1,
        }
    }
}

named_enum!(
    /// What a detail of a result is, so that a match in it can be told ("speaks Ukrainian").
    DetailLabel, "error-search-detail-unknown", {
        Skill = "skill",
        Language = "language",
        Tag = "tag",
        Category = "category",
        Address = "address",
    }
);

/// A short fact shown with a result and searched: a skill, a spoken language (its code, found
/// also by its names), a tag, a category, an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub label: DetailLabel,
    pub value: String,
    /// Other words that find it: a language's names.
    pub also: String,
}

impl Detail {
    pub fn new(label: DetailLabel, value: impl Into<String>) -> Self {
        Self {
            label,
            value: value.into(),
            also: String::new(),
        }
    }

    fn words(&self) -> String {
        fold(&format!("{} {}", self.value, self.also))
    }

    /// How a detail is kept in an entry: one per line, `label<TAB>value<TAB>also`.
    pub fn stored(details: &[Detail]) -> String {
        details
            .iter()
            .map(|detail| format!("{}\t{}\t{}", detail.label.name(), detail.value, detail.also))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn parse_stored(text: &str) -> Vec<Detail> {
        text.lines()
            .filter_map(|line| {
                let mut parts = line.splitn(3, '\t');
                let label = DetailLabel::parse(parts.next()?).ok()?;
                Some(Detail {
                    label,
                    value: parts.next()?.to_owned(),
                    also: parts.next().unwrap_or_default().to_owned(),
                })
            })
            .collect()
    }
}

/// One entry of the index: what is shown of an item in results, and the words it is found by.
/// A store builds it from the item itself, only when the item may be found at all (not hidden,
/// not sensitive, not a private field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub kind: Kind,
    /// The item's id (a chapter's slug).
    pub item_id: String,
    /// `None` for what belongs to the whole network: guidebook chapters and people.
    pub community_id: Option<CommunityId>,
    pub audience: Audience,
    /// The person an entry is about, or who wrote it: erasure finds entries by it.
    pub account_id: Option<AccountId>,
    /// The language of a guidebook chapter's translation.
    pub locale: Option<String>,
    pub title: String,
    /// Searched, never shown whole: the item's text.
    pub body: String,
    pub details: Vec<Detail>,
    /// After it the item is no longer found (an offer that expires).
    pub until: Option<Instant>,
    /// Among equally good matches, the newer first.
    pub ranked_at: Instant,
}

/// Length of the excerpt shown under a result's title.
const SUMMARY_CHARS: usize = 160;

impl Document {
    pub fn title_words(&self) -> String {
        fold(&self.title)
    }

    pub fn body_words(&self) -> String {
        fold(&self.body)
    }

    pub fn detail_words(&self) -> String {
        self.details
            .iter()
            .map(Detail::words)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The start of the text, as plain words on one line.
    pub fn summary(&self) -> String {
        let plain: String = self
            .body
            .split_whitespace()
            .map(|word| word.trim_matches(|c: char| "#*_`>[]()!|".contains(c)))
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if plain.chars().count() <= SUMMARY_CHARS {
            return plain;
        }
        let cut: String = plain.chars().take(SUMMARY_CHARS).collect();
        let cut = cut
            .rsplit_once(' ')
            .map_or(cut.as_str(), |(start, _)| start);
        format!("{cut}…")
    }
}

/// What was asked: at most eight words, each looked for by its stem as a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// As typed, for showing back.
    pub text: String,
    /// Folded and stemmed, without repeats; every one must be found.
    pub prefixes: Vec<String>,
}

const MAX_QUERY_CHARS: usize = 200;
const MAX_WORDS: usize = 8;
/// Shorter words would match almost everything.
const SHORTEST_WORD: usize = 2;

impl SearchQuery {
    pub fn parse(typed: &str) -> Result<Self, AppError> {
        let refuse = |key| AppError::Validation(FieldErrors::single("q", key));
        let text = text::required(typed, MAX_QUERY_CHARS).map_err(|message| {
            AppError::Validation({
                let mut errors = FieldErrors::new();
                errors.add("q", message);
                errors
            })
        })?;
        let folded = fold(&text);
        let mut prefixes: Vec<String> = Vec::new();
        for word in folded.split(' ') {
            if word.chars().count() < SHORTEST_WORD {
                continue;
            }
            let prefix = stem(word).to_owned();
            if !prefixes.contains(&prefix) {
                prefixes.push(prefix);
            }
        }
        if prefixes.is_empty() {
            return Err(refuse("error-search-too-short"));
        }
        if prefixes.len() > MAX_WORDS {
            return Err(AppError::Validation({
                let mut errors = FieldErrors::new();
                errors.add(
                    "q",
                    Message::new("error-search-too-many-words").with("max", MAX_WORDS as i64),
                );
                errors
            }));
        }
        Ok(Self { text, prefixes })
    }

    /// Whether any of the asked words starts a word of `text`.
    pub fn touches(&self, text: &str) -> bool {
        let words = fold(text);
        words.split(' ').any(|word| {
            self.prefixes
                .iter()
                .any(|prefix| word.starts_with(prefix.as_str()))
        })
    }
}

/// Why a result was found, as it is told beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Title,
    Detail(Detail),
    /// In the text (description, story, bio).
    Text,
}

/// One result: what is shown of it, and why it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub item_id: String,
    /// The community whose pages show it (for people: one they share with the reader, or one
    /// they belong to).
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub locale: Option<String>,
    pub title: String,
    pub summary: String,
    pub details: Vec<Detail>,
    pub reasons: Vec<Reason>,
}

impl Hit {
    /// Works out why it matched from what it shows: its title, its details, else its text.
    pub fn explained(mut self, query: &SearchQuery) -> Self {
        let mut reasons = Vec::new();
        if query.touches(&self.title) {
            reasons.push(Reason::Title);
        }
        for detail in &self.details {
            if query.touches(&format!("{} {}", detail.value, detail.also)) {
                reasons.push(Reason::Detail(detail.clone()));
            }
        }
        if reasons.is_empty() {
            reasons.push(Reason::Text);
        }
        self.reasons = reasons;
        self
    }
}

/// Where to look and for whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The reader, when signed in: members-only entries of their communities are theirs to find.
    pub reader: Option<AccountId>,
    /// Only this community's items (and its members).
    pub community: Option<CommunityId>,
    /// Only this kind, a page at a time; otherwise the best few of every kind.
    pub kind: Option<Kind>,
    /// Results of one kind to skip (a page of one kind).
    pub skip: u32,
    /// Results per kind.
    pub limit: u32,
}
