use crate::accounts::AccountId;
use crate::communities::{CommunityId, Slug};
use crate::declare::{id_type, named_enum};
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

named_enum!(
    /// Why something is reported (the same reasons for content, messages and people).
    ReportReason, "error-report-reason-unknown", {
        Spam = "spam",
        Abuse = "abuse",
        Harassment = "harassment",
        Illegal = "illegal",
        Safety = "safety",
        Other = "other",
    }
);

named_enum!(
    /// What a report is about: any content, a private message, or a person. Events and stories
    /// can be named now; their features bring the content.
    ReportTarget, "error-report-target-unknown", {
        Initiative = "initiative",
        Comment = "comment",
        Support = "support",
        Message = "message",
        Story = "story",
        Event = "event",
        Account = "account",
    }
);

named_enum!(
    /// Where a report stands: open until a moderator hides what it names or dismisses it.
    ReportStatus, "error-report-status-unknown", {
        Open = "open",
        Hidden = "hidden",
        Dismissed = "dismissed",
    }
);

named_enum!(
    /// A moderator's decision on an open report. Hiding a person blocks them from the community.
    Resolution, "error-report-action-unknown", { Hide = "hide", Dismiss = "dismiss" }
);

id_type!(
    /// A report to the moderators.
    ReportId
);

pub const REPORT_NOTE_MAX_CHARS: usize = 2000;
/// A moderator's note on a decision, or the reason for a block.
pub const DECISION_NOTE_MAX_CHARS: usize = 2000;

/// A report as filed: the reason parsed, the note within its length. A report on a person names
/// the community they are reported to, where they must be a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    pub target: ReportTarget,
    pub target_id: uuid::Uuid,
    pub reason: ReportReason,
    pub note: String,
    pub community: Option<Slug>,
}

/// The fields of a report as typed, before parsing.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportInput<'a> {
    pub target_type: &'a str,
    pub target_id: &'a str,
    pub reason: &'a str,
    pub note: &'a str,
    /// A community's slug, or empty.
    pub community: &'a str,
}

impl NewReport {
    pub fn parse(input: &ReportInput<'_>) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let target = errors.check("target_type", ReportTarget::parse(input.target_type));
        let target_id = errors.check(
            "target_id",
            uuid::Uuid::parse_str(input.target_id.trim())
                .map_err(|_| Message::new("error-report-target-missing")),
        );
        let reason = errors.check("reason", ReportReason::parse(input.reason));
        let note = errors.check("note", text::optional(input.note, REPORT_NOTE_MAX_CHARS));
        let community = match input.community.trim() {
            "" if target == Some(ReportTarget::Account) => {
                errors.add("community", Message::new("error-report-community-missing"));
                None
            }
            "" => Some(None),
            slug => errors.check("community", Slug::parse(slug).map(Some)),
        };
        match (target, target_id, reason, note, community) {
            (Some(target), Some(target_id), Some(reason), Some(note), Some(community))
                if errors.is_empty() =>
            {
                Ok(Self {
                    target,
                    target_id,
                    reason,
                    note,
                    community,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// What a report names, as the filing needs it: where it lives, who wrote it, and whether a
/// moderator hid it. For a person, `author` is the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    pub community: CommunityId,
    pub author: AccountId,
    pub hidden: bool,
}

/// The reported thing as moderators see it beside the report: its words, its author, and
/// whether it is hidden now. `exists` is false when its author deleted it or left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetPreview {
    pub exists: bool,
    /// A title, or the reported person's name.
    pub title: String,
    pub text: String,
    pub author: Option<Person>,
    /// Hidden now (for a person: blocked from the community now).
    pub hidden: bool,
    /// Where it sits: the conversation of a message, `type:id` of what a comment is on.
    pub context: String,
}

/// A report with what moderators need to decide it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: ReportId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub target: ReportTarget,
    pub target_id: String,
    pub reporter: Person,
    pub reason: ReportReason,
    pub note: String,
    pub status: ReportStatus,
    pub created_at: Instant,
    pub resolved_by: Option<Person>,
    pub resolved_at: Option<Instant>,
    pub resolution_note: String,
    /// Reports on the same target in this community, this one included.
    pub reports_on_target: i64,
    pub preview: TargetPreview,
}

/// Which reports a list shows: the open ones (newest first) or the decided ones (the latest
/// decision first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    Open,
    Decided,
}

/// A person blocked from a community, by whom and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub community_id: CommunityId,
    pub account: Person,
    pub blocked_by: Person,
    pub reason: String,
    pub created_at: Instant,
}

/// Where the next page of a list ordered newest first starts: after the row at `at` with `id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageCursor {
    pub at: Instant,
    pub id: uuid::Uuid,
}

impl PageCursor {
    pub fn encode(&self) -> String {
        format!("{}_{}", self.at.timestamp_millis(), self.id)
    }

    /// `None` for anything that is not a cursor.
    pub fn decode(text: &str) -> Option<Self> {
        let (millis, id) = text.split_once('_')?;
        Some(Self {
            at: chrono::DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            id: uuid::Uuid::parse_str(id).ok()?,
        })
    }
}

/// One page of a list, and where the next one starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<PageCursor>,
}

impl<T> Page<T> {
    /// Keeps `limit` of the `limit + 1` rows asked for; the extra row says a next page exists.
    pub fn of(mut items: Vec<T>, limit: u32, cursor: impl Fn(&T) -> PageCursor) -> Self {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let next = if items.len() > limit {
            items.truncate(limit);
            items.last().map(cursor)
        } else {
            None
        };
        Self { items, next }
    }
}

/// A moderator's note on a decision: optional, within its length.
pub fn parse_note(note: &str) -> Result<String, AppError> {
    text::optional(note, DECISION_NOTE_MAX_CHARS)
        .map_err(|message| AppError::invalid("note", message))
}

/// The reason for a block: required, within its length.
pub fn parse_block_reason(reason: &str) -> Result<String, AppError> {
    text::required(reason, DECISION_NOTE_MAX_CHARS)
        .map_err(|message| AppError::invalid("reason", message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(target_type: &'a str, community: &'a str) -> ReportInput<'a> {
        ReportInput {
            target_type,
            target_id: "0190f5a2-7c4e-7b1a-9f00-000000000001",
            reason: "spam",
            note: "",
            community,
        }
    }

    #[test]
    fn a_report_names_each_bad_field() {
        let bad = ReportInput {
            target_type: "person",
            target_id: "x",
            reason: "rude",
            note: "",
            community: "Not A Slug",
        };
        let Err(AppError::Validation(errors)) = NewReport::parse(&bad) else {
            panic!("expected a validation error");
        };
        for field in ["target_type", "target_id", "reason", "community"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }

    #[test]
    fn a_report_on_a_person_names_the_community() {
        let Err(AppError::Validation(errors)) = NewReport::parse(&input("account", " ")) else {
            panic!("a person is reported to one community");
        };
        assert!(errors.for_field("community").is_some());
        let report = NewReport::parse(&input("account", "wawer")).unwrap();
        assert_eq!(
            report.community.map(|slug| slug.to_string()),
            Some("wawer".into())
        );
        assert_eq!(
            NewReport::parse(&input("support", "")).unwrap().community,
            None
        );
    }

    #[test]
    fn a_cursor_reads_back_what_it_wrote() {
        let cursor = PageCursor {
            at: chrono::DateTime::from_timestamp_millis(1_700_000_000_123).unwrap(),
            id: uuid::Uuid::now_v7(),
        };
        assert_eq!(PageCursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(PageCursor::decode("yesterday"), None);
    }

    #[test]
    fn a_page_keeps_its_limit_and_says_where_the_next_starts() {
        let at = chrono::DateTime::from_timestamp_millis(0).unwrap();
        let ids: Vec<uuid::Uuid> = (0..3).map(|_| uuid::Uuid::now_v7()).collect();
        let page = Page::of(ids.clone(), 2, |id| PageCursor { at, id: *id });
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next.map(|next| next.id), ids.get(1).copied());
        assert_eq!(Page::of(ids, 3, |id| PageCursor { at, id: *id }).next, None);
    }
}
