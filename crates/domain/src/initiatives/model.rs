use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::media::Picture;
use crate::support::Person;
use crate::time::Instant;
use crate::{AppError, FieldErrors, text};

id_type!(
    /// An initiative.
    InitiativeId
);

named_enum!(
    /// Where an initiative stands. Organisers move it on, each time with a public answer.
    State, "error-initiative-state-unknown", {
        Open = "open",
        Accepted = "accepted",
        Declined = "declined",
        InProgress = "in_progress",
        Done = "done",
    }
);

impl State {
    /// The states an organiser may move an initiative to from this one. A declined initiative
    /// may be reopened when the organisers reconsider; a done one stays done.
    pub const fn next(self) -> &'static [State] {
        match self {
            State::Open => &[State::Accepted, State::Declined],
            State::Accepted => &[State::InProgress, State::Declined],
            State::InProgress => &[State::Done],
            State::Declined => &[State::Open],
            State::Done => &[],
        }
    }

    pub fn may_become(self, next: State) -> bool {
        self.next().contains(&next)
    }

    /// Whether people can still support it: once declined or done, support means nothing.
    pub const fn takes_support(self) -> bool {
        matches!(self, State::Open | State::Accepted | State::InProgress)
    }
}

pub const TITLE_MAX_CHARS: usize = 140;
pub const BODY_MAX_CHARS: usize = 20_000;
pub const ANSWER_MAX_CHARS: usize = 5_000;
pub const VOLUNTEER_NOTE_MAX_CHARS: usize = 500;

/// What a resident proposes: a title and a text in Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeDraft {
    pub title: String,
    pub body: String,
}

impl InitiativeDraft {
    pub fn parse(title: &str, body: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", text::required(title, TITLE_MAX_CHARS));
        let body = errors.check("body", text::required(body, BODY_MAX_CHARS));
        match (title, body) {
            (Some(title), Some(body)) if errors.is_empty() => Ok(Self { title, body }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// An organiser's decision: the new state and the public answer that explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChange {
    pub state: State,
    pub answer: String,
}

impl StateChange {
    pub fn parse(state: &str, answer: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let state = errors.check("state", State::parse(state));
        let answer = errors.check("answer", text::required(answer, ANSWER_MAX_CHARS));
        match (state, answer) {
            (Some(state), Some(answer)) if errors.is_empty() => Ok(Self { state, answer }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// What a volunteer says they can do; may be empty.
pub fn volunteer_note(text: &str) -> Result<String, AppError> {
    text::optional(text, VOLUNTEER_NOTE_MAX_CHARS).map_err(|message| {
        let mut errors = FieldErrors::new();
        errors.add("note", message);
        AppError::Validation(errors)
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Initiative {
    pub id: InitiativeId,
    pub community_id: CommunityId,
    pub community_slug: String,
    /// Its author; the name is empty for a former member.
    pub author: Person,
    pub title: String,
    pub body: String,
    pub state: State,
    pub support_count: i64,
    pub comment_count: i64,
    pub volunteer_count: i64,
    /// Its photo, if its author gave one.
    pub picture: Option<Picture>,
    /// Hidden by a moderator: only moderators still see it.
    pub hidden: bool,
    pub created_at: Instant,
    pub updated_at: Instant,
}

/// One step of an initiative's history: a change of state with its public answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub from: State,
    pub to: State,
    pub answer: String,
    pub by: Person,
    pub at: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volunteer {
    pub person: Person,
    pub note: String,
    pub at: Instant,
}

/// What the reader has done about an initiative, to show the right buttons.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Involvement {
    pub supports: bool,
    pub volunteers: bool,
    pub follows: bool,
}

/// An initiative's page: the initiative, its history and volunteers, and the reader's part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeDetail {
    pub initiative: Initiative,
    pub answers: Vec<Answer>,
    pub volunteers: Vec<Volunteer>,
    pub involvement: Involvement,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_move_forward_and_a_declined_one_may_reopen() {
        assert!(State::Open.may_become(State::Accepted));
        assert!(State::Open.may_become(State::Declined));
        assert!(State::Accepted.may_become(State::InProgress));
        assert!(State::InProgress.may_become(State::Done));
        assert!(State::Declined.may_become(State::Open));
        assert!(!State::Open.may_become(State::Done));
        assert!(!State::Open.may_become(State::Open));
        assert!(State::Done.next().is_empty());
    }

    #[test]
    fn a_draft_names_each_missing_field() {
        let Err(AppError::Validation(errors)) = InitiativeDraft::parse(" ", "") else {
            panic!("expected a validation error");
        };
        assert!(errors.for_field("title").is_some());
        assert!(errors.for_field("body").is_some());
    }

    #[test]
    fn a_state_change_needs_a_known_state_and_an_answer() {
        let Err(AppError::Validation(errors)) = StateChange::parse("finished", "") else {
            panic!("expected a validation error");
        };
        assert!(errors.for_field("state").is_some());
        assert!(errors.for_field("answer").is_some());
        assert!(StateChange::parse("in_progress", "We start in May.").is_ok());
    }
}
