//! What the impact dashboard reads from storage: small monthly totals kept on write, and the
//! few rows (joins, events, courses, surveys) of the period that the service sorts into months.

use std::future::Future;

use super::Period;
use crate::AppError;
use crate::communities::CommunityId;
use crate::time::Instant;

/// A month's totals kept on write (`month` is `yyyymm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthTotals {
    pub month: i64,
    pub active: i64,
    pub minutes: i64,
    pub exchanges: i64,
}

/// The people who joined on one day (UTC) of the period, and how many of them took part in
/// anything in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Joins {
    pub day: Instant,
    pub joined: i64,
    pub took_part: i64,
}

/// An event of the period: when it started and how many said they would go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventHeld {
    pub starts_at: Instant,
    pub going: i64,
}

/// A course that ended in the period: seats taken, and people who came to at least half of its
/// sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseEnded {
    pub ends_at: Instant,
    pub enrolled: i64,
    pub completed: i64,
}

/// A survey that was open at some time in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SurveyOpen {
    pub opened_at: Instant,
    pub closed_at: Option<Instant>,
    /// Every response, paper forms from people who are not members included.
    pub responses: i64,
    /// The members who answered it (online, or through their helper).
    pub members_answered: i64,
}

/// Everything one dashboard needs, read in one go.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImpactSources {
    pub months: Vec<MonthTotals>,
    /// Distinct people who took part in anything in the period.
    pub active_in_period: i64,
    /// Members who had joined before the period began.
    pub members_before: i64,
    pub joins: Vec<Joins>,
    pub events: Vec<EventHeld>,
    pub courses: Vec<CourseEnded>,
    pub surveys: Vec<SurveyOpen>,
}

pub trait ImpactStore: Sync {
    /// The sources of one community's dashboard, or the network's (`None`).
    fn impact_sources(
        &self,
        community: Option<CommunityId>,
        period: &Period,
    ) -> impl Future<Output = Result<ImpactSources, AppError>> + Send;
}
