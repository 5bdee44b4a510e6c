use chrono::{DateTime, NaiveDateTime};
use uuid::Uuid;

use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(
    /// A participatory budget round.
    BudgetId
);
id_type!(
    /// A project residents can vote for in one round.
    ProjectId
);

/// A ballot. Random (UUIDv4), not time-ordered: published in id order, the ballots say nothing
/// about who voted when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BallotId(pub Uuid);

impl BallotId {
    pub fn generate() -> Self {
        Self(Uuid::new_v4())
    }
}

impl std::fmt::Display for BallotId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

named_enum!(
    /// Where a round stands at a moment: before, during or after its voting window.
    Phase, "error-budget-phase-unknown", { Upcoming = "upcoming", Open = "open", Closed = "closed" }
);

pub const TITLE_MAX_CHARS: usize = 140;
pub const RULES_MAX_CHARS: usize = 20_000;
pub const PROJECT_BODY_MAX_CHARS: usize = 20_000;
/// A thousand billion: more than any community spends, and sums of costs stay far from
/// overflowing.
pub const AMOUNT_MAX: i64 = 1_000_000_000_000;

/// An ISO 4217 currency code: three capital letters (PLN, DKK, EUR).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency(String);

impl Currency {
    pub fn parse(text: &str) -> Result<Self, Message> {
        let code = text.trim().to_ascii_uppercase();
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Self(code))
        } else {
            Err(Message::new("error-budget-currency-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A whole amount of money as typed in a form: digits, with spaces between thousands allowed.
pub fn whole_amount(text: &str) -> Result<i64, Message> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Err(Message::new("error-required"));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Message::new("error-budget-amount-whole"));
    }
    digits
        .parse()
        .map_err(|_| Message::new("error-budget-amount-too-large").with("max", AMOUNT_MAX))
}

/// An amount of money: whole units, more than nothing and at most `AMOUNT_MAX`.
fn positive_amount(amount: i64) -> Result<i64, Message> {
    if amount <= 0 {
        Err(Message::new("error-budget-amount-positive"))
    } else if amount > AMOUNT_MAX {
        Err(Message::new("error-budget-amount-too-large").with("max", AMOUNT_MAX))
    } else {
        Ok(amount)
    }
}

/// A moment as the API sends it (RFC 3339 with an offset) or as a form's `datetime-local` field
/// does (`2026-03-01T09:00`, read as UTC).
pub fn parse_moment(text: &str) -> Result<Instant, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new("error-required"));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.to_utc());
    }
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .map(|at| at.and_utc())
        .ok_or(Message::new("error-budget-time-invalid"))
}

/// A round as typed, before parsing. Amounts arrive as numbers from the API and as text from
/// forms (see `whole_amount`), so they come already read.
#[derive(Debug, Clone)]
pub struct BudgetInput<'a> {
    pub title: &'a str,
    pub rules: &'a str,
    pub total_amount: Result<i64, Message>,
    pub currency: &'a str,
    pub voting_opens_at: &'a str,
    pub voting_closes_at: &'a str,
}

/// A new round, every field parsed: voting opens in the future (so that organisers can add
/// projects first) and closes after it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetDraft {
    pub title: String,
    pub rules: String,
    pub total_amount: i64,
    pub currency: Currency,
    pub voting_opens_at: Instant,
    pub voting_closes_at: Instant,
}

impl BudgetDraft {
    pub fn parse(input: &BudgetInput<'_>, now: Instant) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let rules = errors.check("rules", text::optional(input.rules, RULES_MAX_CHARS));
        let total_amount = errors.check(
            "total_amount",
            input.total_amount.clone().and_then(positive_amount),
        );
        let currency = errors.check("currency", Currency::parse(input.currency));
        let opens = errors.check("voting_opens_at", parse_moment(input.voting_opens_at));
        let closes = errors.check("voting_closes_at", parse_moment(input.voting_closes_at));
        if opens.is_some_and(|opens| opens <= now) {
            errors.add("voting_opens_at", Message::new("error-budget-opens-past"));
        }
        if let (Some(opens), Some(closes)) = (opens, closes)
            && closes <= opens
        {
            errors.add(
                "voting_closes_at",
                Message::new("error-budget-closes-before-opens"),
            );
        }
        match (title, rules, total_amount, currency, opens, closes) {
            (
                Some(title),
                Some(rules),
                Some(total_amount),
                Some(currency),
                Some(voting_opens_at),
                Some(voting_closes_at),
            ) if errors.is_empty() => Ok(Self {
                title,
                rules,
                total_amount,
                currency,
                voting_opens_at,
                voting_closes_at,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// A round of a participatory budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub id: BudgetId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub title: String,
    /// Markdown, as the organisers wrote it.
    pub rules: String,
    pub total_amount: i64,
    pub currency: Currency,
    pub voting_opens_at: Instant,
    pub voting_closes_at: Instant,
    /// Kept on write with each ballot.
    pub ballot_count: i64,
    pub created_at: Instant,
}

impl Budget {
    /// Voting is open from `voting_opens_at` (included) to `voting_closes_at` (excluded).
    pub fn phase(&self, now: Instant) -> Phase {
        if now < self.voting_opens_at {
            Phase::Upcoming
        } else if now < self.voting_closes_at {
            Phase::Open
        } else {
            Phase::Closed
        }
    }
}

/// Where the next page of rounds starts: after the round closing at `closes_at` with `id`
/// (the list runs from the latest closing to the earliest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundCursor {
    pub closes_at: Instant,
    pub id: BudgetId,
}

impl RoundCursor {
    pub fn of(round: &Budget) -> Self {
        Self {
            closes_at: round.voting_closes_at,
            id: round.id,
        }
    }

    pub fn encode(&self) -> String {
        format!("{}_{}", self.closes_at.timestamp_millis(), self.id)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (millis, id) = text.split_once('_')?;
        Some(Self {
            closes_at: DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            id: BudgetId::parse(id)?,
        })
    }
}

/// A project as typed, before parsing.
#[derive(Debug, Clone)]
pub struct ProjectInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub cost: Result<i64, Message>,
}

/// A project, every field parsed: it costs more than nothing and at most the round's total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectDraft {
    pub title: String,
    pub body: String,
    pub cost: i64,
}

impl ProjectDraft {
    pub fn parse(input: &ProjectInput<'_>, round: &Budget) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(input.title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(input.body, PROJECT_BODY_MAX_CHARS));
        let cost = errors.check("cost", input.cost.clone().and_then(positive_amount));
        if cost.is_some_and(|cost| cost > round.total_amount) {
            errors.add(
                "cost",
                Message::new("error-budget-cost-over-total").with("total", round.total_amount),
            );
        }
        match (title, body, cost) {
            (Some(title), Some(body), Some(cost)) if errors.is_empty() => {
                Ok(Self { title, body, cost })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: ProjectId,
    pub budget_id: BudgetId,
    pub title: String,
    /// Markdown, as the organisers wrote it.
    pub body: String,
    pub cost: i64,
    /// Kept on write with each ballot; the ballots themselves recount it.
    pub votes: i64,
    pub created_at: Instant,
}

/// The projects of one ballot: at least one, each of the round, together within its total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Each once, in the order of the round's projects.
    pub projects: Vec<ProjectId>,
    pub cost: i64,
}

impl Choice {
    /// The projects named by `ids` (texts from a form or the API), checked against the round's
    /// `projects` and its `total`. Every error is about the field `project_ids`.
    pub fn parse(ids: &[String], projects: &[Project], total: i64) -> Result<Self, AppError> {
        let invalid = |message| Err(AppError::invalid("project_ids", message));
        if ids.iter().all(|id| id.trim().is_empty()) {
            return invalid(Message::new("error-budget-choose-one"));
        }
        let known = ids.iter().filter(|id| !id.trim().is_empty()).all(|id| {
            ProjectId::parse(id.trim()).is_some_and(|id| projects.iter().any(|p| p.id == id))
        });
        if !known {
            return invalid(Message::new("error-budget-project-unknown"));
        }
        let choice = Self::of_known(ids, projects);
        if choice.cost > total {
            return invalid(
                Message::new("error-budget-over")
                    .with("cost", choice.cost)
                    .with("total", total),
            );
        }
        Ok(choice)
    }

    /// The round's projects that `ids` name, whatever else they name, and what they cost
    /// together: what a ballot form shows back while someone is choosing.
    pub fn of_known(ids: &[String], projects: &[Project]) -> Self {
        let chosen: Vec<&Project> = projects
            .iter()
            .filter(|project| {
                ids.iter()
                    .any(|id| ProjectId::parse(id.trim()) == Some(project.id))
            })
            .collect();
        Self {
            projects: chosen.iter().map(|project| project.id).collect(),
            cost: chosen.iter().map(|project| project.cost).sum(),
        }
    }
}

/// A ballot as it is stored: who cast it stays in the database (one per person), never in
/// what is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBallot {
    pub id: BallotId,
    pub budget: BudgetId,
    pub voter: crate::accounts::AccountId,
    /// Typed in at the centre by `recorded_by` for a resident who voted on paper.
    pub recorded_by: Option<crate::accounts::AccountId>,
    pub choice: Choice,
}

/// A person's own ballot, as they see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    pub id: BallotId,
    pub budget_id: BudgetId,
    pub projects: Vec<ProjectId>,
    pub paper: bool,
    pub created_at: Instant,
}

/// A ballot as anyone may read it to recount: no voter, no time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedBallot {
    pub id: BallotId,
    pub paper: bool,
    pub projects: Vec<ProjectId>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn now() -> Instant {
        DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default()
    }

    fn input<'a>(opens: &'a str, closes: &'a str) -> BudgetInput<'a> {
        BudgetInput {
            title: "Budżet obywatelski 2027",
            rules: "",
            total_amount: Ok(200_000),
            currency: "pln",
            voting_opens_at: opens,
            voting_closes_at: closes,
        }
    }

    fn round(total_amount: i64) -> Budget {
        Budget {
            id: BudgetId::generate(),
            community_id: CommunityId::generate(),
            community_slug: "wawer".into(),
            title: "Round".into(),
            rules: String::new(),
            total_amount,
            currency: Currency("PLN".into()),
            voting_opens_at: now(),
            voting_closes_at: now() + Duration::days(14),
            ballot_count: 0,
            created_at: now(),
        }
    }

    fn project(round: &Budget, cost: i64) -> Project {
        Project {
            id: ProjectId::generate(),
            budget_id: round.id,
            title: format!("Costs {cost}"),
            body: String::new(),
            cost,
            votes: 0,
            created_at: now(),
        }
    }

    #[test]
    fn a_round_opens_in_the_future_and_closes_after_it_opens() {
        let draft = BudgetDraft::parse(
            &input("2026-06-01T09:00", "2026-06-15T20:00:00+02:00"),
            now(),
        )
        .unwrap();
        assert_eq!(draft.currency.as_str(), "PLN");
        assert_eq!(
            draft.voting_opens_at.to_rfc3339(),
            "2026-06-01T09:00:00+00:00"
        );
        assert_eq!(
            draft.voting_closes_at.to_rfc3339(),
            "2026-06-15T18:00:00+00:00"
        );

        let past = BudgetDraft::parse(&input("2020-01-01T09:00", "2030-01-01T09:00"), now());
        let Err(AppError::Validation(errors)) = past else {
            panic!("voting cannot open in the past");
        };
        assert!(errors.for_field("voting_opens_at").is_some());

        let backwards = BudgetDraft::parse(&input("2030-01-02T09:00", "2030-01-01T09:00"), now());
        let Err(AppError::Validation(errors)) = backwards else {
            panic!("voting cannot close before it opens");
        };
        assert!(errors.for_field("voting_closes_at").is_some());
    }

    #[test]
    fn every_bad_field_of_a_round_is_named() {
        let bad = BudgetInput {
            title: " ",
            rules: "",
            total_amount: Ok(0),
            currency: "zł",
            voting_opens_at: "tomorrow",
            voting_closes_at: "",
        };
        let Err(AppError::Validation(errors)) = BudgetDraft::parse(&bad, now()) else {
            panic!("expected a validation error");
        };
        for field in [
            "title",
            "total_amount",
            "currency",
            "voting_opens_at",
            "voting_closes_at",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
    }

    #[test]
    fn amounts_are_whole_and_may_group_thousands_with_spaces() {
        assert_eq!(whole_amount("200 000"), Ok(200_000));
        assert_eq!(whole_amount("1\u{a0}500"), Ok(1500));
        assert!(whole_amount("1.5").is_err());
        assert!(whole_amount("-3").is_err());
        assert!(whole_amount("").is_err());
        assert!(positive_amount(AMOUNT_MAX + 1).is_err());
    }

    #[test]
    fn a_project_costs_at_most_the_whole_budget() {
        let round = round(1000);
        let fits = ProjectInput {
            title: "Benches",
            body: "Five benches by the river.",
            cost: Ok(1000),
        };
        assert!(ProjectDraft::parse(&fits, &round).is_ok());
        let over = ProjectInput {
            cost: Ok(1001),
            ..fits.clone()
        };
        let free = ProjectInput {
            cost: Ok(0),
            ..fits
        };
        for input in [over, free] {
            let Err(AppError::Validation(errors)) = ProjectDraft::parse(&input, &round) else {
                panic!("expected a validation error");
            };
            assert!(errors.for_field("cost").is_some());
        }
    }

    #[test]
    fn a_choice_names_projects_of_the_round_within_its_total() {
        let round = round(100);
        let projects = vec![
            project(&round, 60),
            project(&round, 40),
            project(&round, 30),
        ];
        let id = |index: usize| {
            projects
                .get(index)
                .map(|p| p.id.to_string())
                .unwrap_or_default()
        };
        let choice = Choice::parse(&[id(1), id(0), id(1)], &projects, 100).unwrap();
        assert_eq!(choice.cost, 100);
        assert_eq!(choice.projects.len(), 2);

        let elsewhere = ProjectId::generate().to_string();
        for ids in [
            vec![],
            vec![String::new()],
            vec![elsewhere],
            vec!["x".into()],
        ] {
            assert!(Choice::parse(&ids, &projects, 100).is_err(), "{ids:?}");
        }
        let Err(AppError::Validation(errors)) =
            Choice::parse(&[id(0), id(1), id(2)], &projects, 100)
        else {
            panic!("over the budget");
        };
        assert_eq!(
            errors.for_field("project_ids").map(|m| m.key),
            Some("error-budget-over")
        );
    }

    #[test]
    fn a_round_is_upcoming_then_open_then_closed() {
        let round = round(100);
        assert_eq!(round.phase(now() - Duration::seconds(1)), Phase::Upcoming);
        assert_eq!(round.phase(now()), Phase::Open);
        assert_eq!(round.phase(round.voting_closes_at), Phase::Closed);
    }

    #[test]
    fn a_cursor_reads_back_what_it_wrote() {
        let cursor = RoundCursor::of(&round(1));
        assert_eq!(RoundCursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(RoundCursor::decode("nonsense"), None);
    }
}
