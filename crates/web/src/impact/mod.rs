//! Impact on the web: the dashboard of a community (`/c/{slug}/impact`) and of the whole network
//! (`/impact`) for a period of months chosen in a form, each figure as a bar chart with its data
//! table, the same figures as CSV (`…/impact.csv`, a row per month), and the JSON API (`api`).

pub mod api;
mod pages;

use axum::Router;
use domain::communities::Participant;
use domain::impact::{self, Figures, Impact};
use domain::{AppError, time};
use serde::Deserialize;

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

/// `?from=YYYY-MM&to=YYYY-MM`, both optional.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct PeriodQuery {
    /// The first month (`YYYY-MM`); by default eleven months before `to`.
    from: Option<String>,
    /// The last month (`YYYY-MM`); by default this month. At most 36 months in all.
    to: Option<String>,
}

impl PeriodQuery {
    fn period(&self) -> Result<impact::Period, AppError> {
        impact::Period::parse(self.from.as_deref(), self.to.as_deref(), time::now())
    }
}

/// Whether the signed-in person sees this community's dashboard (for its link in the nav).
pub fn sees_community(page: &PageContext, slug: &str) -> bool {
    let membership = page
        .memberships
        .iter()
        .find(|membership| membership.community_slug.as_str() == slug);
    let participant = Participant::of(page.account.as_ref(), membership);
    impact::may_see_community(&participant).is_ok()
}

/// Whether the signed-in person sees the network's dashboard (for its link on the home page).
pub fn sees_network(page: &PageContext) -> bool {
    impact::may_see_network(page.account.as_ref(), &page.memberships).is_ok()
}

/// One column of the CSV: its header and its value in a month's figures.
type Column = (&'static str, fn(&Figures) -> String);

fn whole(value: i64) -> String {
    value.to_string()
}

fn rate(value: Option<f64>) -> String {
    value.map(|value| format!("{value:.1}")).unwrap_or_default()
}

const COLUMNS: [Column; 14] = [
    ("active_residents", |f| whole(f.active_residents)),
    ("newcomers_taking_part", |f| whole(f.newcomers_taking_part)),
    ("members", |f| whole(f.members)),
    ("hours_exchanged", |f| format!("{:.2}", f.hours_exchanged)),
    ("exchanges", |f| whole(f.exchanges)),
    ("events_held", |f| whole(f.events_held)),
    ("event_attendance", |f| whole(f.event_attendance)),
    ("courses_ended", |f| whole(f.courses_ended)),
    ("course_enrolled", |f| whole(f.course_enrolled)),
    ("course_completed", |f| whole(f.course_completed)),
    ("course_completion_rate", |f| rate(f.completion_rate())),
    ("surveys", |f| whole(f.surveys)),
    ("survey_responses", |f| whole(f.survey_responses)),
    ("survey_response_rate", |f| rate(f.survey_response_rate)),
];

/// The figures as CSV: a header row, then a row per month (rates in per cent, empty when there
/// is nothing to divide by).
pub(crate) fn csv(impact: &Impact) -> Result<String, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = std::iter::once("month").chain(COLUMNS.iter().map(|(name, _)| *name));
    writer.write_record(header).map_err(AppError::internal)?;
    for month in &impact.months {
        let row = std::iter::once(month.month.to_string())
            .chain(COLUMNS.iter().map(|(_, value)| value(&month.figures)));
        writer.write_record(row).map_err(AppError::internal)?;
    }
    let bytes = writer.into_inner().map_err(AppError::internal)?;
    String::from_utf8(bytes).map_err(AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::impact::{MonthFigures, Period};

    #[test]
    fn the_csv_has_a_header_and_a_row_per_month() {
        let period = Period::parse(Some("2026-01"), Some("2026-02"), time::now()).unwrap();
        let impact = Impact {
            from: period.from,
            to: period.to,
            months: period
                .months()
                .into_iter()
                .map(|month| MonthFigures {
                    month,
                    figures: Figures {
                        active_residents: 3,
                        hours_exchanged: 1.5,
                        ..Figures::default()
                    },
                })
                .collect(),
            totals: Figures::default(),
        };
        let text = csv(&impact).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("month,active_residents,newcomers_taking_part,"));
        assert!(lines[1].starts_with("2026-01,3,0,0,1.50,"), "{}", lines[1]);
        assert!(lines[2].ends_with(",0,0,"), "{}", lines[2]);
    }
}
