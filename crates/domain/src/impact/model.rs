//! Months, the period chosen, and the figures of each month.

use chrono::{Datelike, TimeZone};
use serde::Serialize;

use crate::time::{Instant, Utc};
use crate::{AppError, FieldErrors, Message};

/// A calendar month in UTC, kept as `yyyymm` (the form the store keeps too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(i64);

impl Month {
    /// `YYYY-MM`, as an `<input type="month">` sends it.
    pub fn parse(text: &str) -> Result<Self, Message> {
        let invalid = || Message::new("impact-error-month");
        let (year, month) = text.trim().split_once('-').ok_or_else(invalid)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(invalid());
        }
        let year: i64 = year.parse().map_err(|_| invalid())?;
        let month: i64 = month.parse().map_err(|_| invalid())?;
        if !(2000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(invalid());
        }
        Ok(Self(year * 100 + month))
    }

    /// The month an instant falls in.
    pub fn of(at: Instant) -> Self {
        Self(i64::from(at.year()) * 100 + i64::from(at.month()))
    }

    /// The month of a time kept in milliseconds.
    pub fn of_millis(millis: i64) -> Self {
        Self::of(
            chrono::DateTime::from_timestamp_millis(millis).unwrap_or(chrono::DateTime::UNIX_EPOCH),
        )
    }

    /// From `yyyymm` as stored.
    pub fn from_number(number: i64) -> Self {
        Self(number)
    }

    /// `yyyymm`.
    pub fn number(self) -> i64 {
        self.0
    }

    fn year(self) -> i64 {
        self.0 / 100
    }

    fn month(self) -> i64 {
        self.0 % 100
    }

    /// Months since year 0, for arithmetic.
    fn index(self) -> i64 {
        self.year() * 12 + self.month() - 1
    }

    fn from_index(index: i64) -> Self {
        Self(index.div_euclid(12) * 100 + index.rem_euclid(12) + 1)
    }

    #[must_use]
    pub fn plus(self, months: i64) -> Self {
        Self::from_index(self.index() + months)
    }

    /// Its first instant.
    pub fn start(self) -> Instant {
        let year = i32::try_from(self.year()).unwrap_or(2000);
        let month = u32::try_from(self.month()).unwrap_or(1);
        Utc.with_ymd_and_hms(year, month, 1, 0, 0, 0)
            .single()
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The months a dashboard shows, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

impl Period {
    /// The longest period one dashboard shows.
    pub const LONGEST: i64 = 36;
    /// The period shown when none is chosen: the last twelve months, this one included.
    pub const DEFAULT: i64 = 12;

    /// `?from=&to=`, each optional (a missing end is taken from the default period); a month
    /// that is not one, an end before the start or more than three years give field errors.
    pub fn parse(from: Option<&str>, to: Option<&str>, now: Instant) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        fn given(text: Option<&str>) -> Option<&str> {
            text.map(str::trim).filter(|text| !text.is_empty())
        }
        let to = match given(to) {
            Some(text) => errors.check("to", Month::parse(text)),
            None => Some(Month::of(now)),
        };
        let from = match given(from) {
            Some(text) => errors.check("from", Month::parse(text)),
            None => to.map(|to| to.plus(1 - Self::DEFAULT)),
        };
        let (Some(from), Some(to)) = (from, to) else {
            return Err(AppError::Validation(errors));
        };
        let period = Self { from, to };
        if from > to {
            errors.add("to", Message::new("impact-error-order"));
        } else if period.len() > Self::LONGEST {
            errors.add(
                "to",
                Message::new("impact-error-too-long").with("count", Self::LONGEST),
            );
        }
        errors.into_result().map(|()| period)
    }

    /// How many months it holds.
    pub fn len(&self) -> i64 {
        self.to.index() - self.from.index() + 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() <= 0
    }

    pub fn months(&self) -> Vec<Month> {
        (0..self.len()).map(|n| self.from.plus(n)).collect()
    }

    /// Its first instant.
    pub fn start(&self) -> Instant {
        self.from.start()
    }

    /// The first instant after it.
    pub fn end(&self) -> Instant {
        self.to.plus(1).start()
    }
}

/// The figures of one month (or, in `Impact::totals`, of the whole period).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// People who took part in anything (in the totals: each person once).
    pub active_residents: i64,
    /// People who joined in the month and took part in anything in the period.
    pub newcomers_taking_part: i64,
    /// Members at the end of the month (in the totals: at the end of the period).
    pub members: i64,
    /// Hours exchanged in the time bank: confirmed exchanges, to the minute.
    pub hours_exchanged: f64,
    pub exchanges: i64,
    /// Events that started in the month, and the people who said they would go.
    pub events_held: i64,
    pub event_attendance: i64,
    /// Courses that ended in the month: people with a seat, and those who came to at least half
    /// of the sessions.
    pub courses_ended: i64,
    pub course_enrolled: i64,
    pub course_completed: i64,
    /// Surveys open at some time in the month, and their responses (paper forms included).
    pub surveys: i64,
    pub survey_responses: i64,
    /// Members who answered them, online or through their helper.
    pub survey_members_answered: i64,
    /// Members who answered per member asked (members × surveys), in per cent; none without a
    /// survey. Paper forms are left out: they may come from people who are not members.
    pub survey_response_rate: Option<f64>,
}

impl Figures {
    /// Course completion in per cent; none without anyone enrolled.
    pub fn completion_rate(&self) -> Option<f64> {
        percent(self.course_completed, self.course_enrolled)
    }

    pub(crate) fn finish(&mut self) {
        self.survey_response_rate =
            percent(self.survey_members_answered, self.members * self.surveys);
    }
}

/// `part` of `whole` in per cent, to one decimal.
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

/// One month's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthFigures {
    pub month: Month,
    #[serde(flatten)]
    pub figures: Figures,
}

/// A dashboard: every month of the period and the totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Impact {
    pub from: Month,
    pub to: Month,
    pub months: Vec<MonthFigures>,
    pub totals: Figures,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 15, 12, 0, 0).unwrap()
    }

    fn field(error: AppError, name: &str) -> &'static str {
        match error {
            AppError::Validation(errors) => errors.for_field(name).map_or("", |m| m.key),
            _ => "",
        }
    }

    #[test]
    fn months_parse_and_count() {
        let may = Month::parse("2026-05").unwrap();
        assert_eq!(may.number(), 202_605);
        assert_eq!(may.to_string(), "2026-05");
        assert_eq!(may.plus(8).to_string(), "2027-01");
        assert_eq!(may.plus(-5).to_string(), "2025-12");
        for bad in [
            "2026-13", "2026-00", "26-05", "2026/05", "", "x-yz", "1999-12",
        ] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(may.start().to_rfc3339(), "2026-05-01T00:00:00+00:00");
        assert_eq!(
            Month::of_millis(may.start().timestamp_millis() - 1).number(),
            202_604
        );
    }

    #[test]
    fn the_default_period_is_the_last_twelve_months() {
        let period = Period::parse(None, Some(""), now()).unwrap();
        assert_eq!(period.from.to_string(), "2025-04");
        assert_eq!(period.to.to_string(), "2026-03");
        assert_eq!(period.months().len(), 12);
        assert_eq!(period.end(), Month::parse("2026-04").unwrap().start());
    }

    #[test]
    fn a_bad_period_says_which_field() {
        let bad = |from, to| Period::parse(Some(from), Some(to), now()).unwrap_err();
        assert_eq!(
            field(bad("2026-13", "2026-01"), "from"),
            "impact-error-month"
        );
        assert_eq!(field(bad("2026-02", "2026-01"), "to"), "impact-error-order");
        assert_eq!(
            field(bad("2020-01", "2023-01"), "to"),
            "impact-error-too-long"
        );
        assert!(Period::parse(Some("2020-01"), Some("2022-12"), now()).is_ok());
    }

    #[test]
    fn rates_need_a_whole() {
        assert_eq!(percent(1, 3), Some(33.3));
        assert_eq!(percent(0, 0), None);
    }
}
