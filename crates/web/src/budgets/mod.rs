//! Participatory budgets on the web: the rounds of a community, a round with its projects and
//! the ballot form, the forms organisers use, and the results with a bar per project (`pages`);
//! the same in the JSON API (`api`), and the anonymous ballots as CSV for anyone to recount.

pub mod api;
mod pages;

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::budgets::{Budget, Currency, Phase, Project, PublishedBallot};
use domain::time::Instant;
use domain::{AppError, Locale};

use crate::i18n;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

/// The page of a round.
pub fn round_path(round: &Budget) -> String {
    format!("/c/{}/budgets/{}", round.community_slug, round.id)
}

pub fn results_path(round: &Budget) -> String {
    format!("{}/results", round_path(round))
}

/// Where a project is shown: on its round's page.
pub fn project_path(round: &Budget, project: &Project) -> String {
    format!("{}#project-{}", round_path(round), project.id)
}

/// An amount as a person reads it, thousands grouped the way their language does:
/// "200,000 PLN" in English, "200 000 PLN" in Polish, "200.000 DKK" in Danish.
pub fn money(locale: Locale, amount: i64, currency: &Currency) -> String {
    let separator = match locale {
        Locale::En => ",",
        Locale::Da | Locale::It => ".",
        Locale::Pl | Locale::Uk => "\u{a0}",
    };
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    let sign = if amount < 0 { "−" } else { "" };
    format!("{sign}{grouped}\u{a0}{}", currency.as_str())
}

/// A moment, the same way in every language (the app's times are in UTC).
pub fn moment(at: &Instant) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// Where the round stands, in a sentence: when voting opens or closes, or that it closed.
pub fn phase_sentence(locale: Locale, round: &Budget, now: Instant) -> String {
    let (until, keys) = match round.phase(now) {
        Phase::Upcoming => (
            round.voting_opens_at,
            [
                "budgets-opens-in-days",
                "budgets-opens-in-hours",
                "budgets-opens-soon",
            ],
        ),
        Phase::Open => (
            round.voting_closes_at,
            [
                "budgets-closes-in-days",
                "budgets-closes-in-hours",
                "budgets-closes-soon",
            ],
        ),
        Phase::Closed => {
            return i18n::t_text(
                locale,
                "budgets-closed-on",
                &[("date", &moment(&round.voting_closes_at))],
            );
        }
    };
    let [days_key, hours_key, soon_key] = keys;
    let left = until - now;
    if left.num_days() >= 1 {
        i18n::t_count(locale, days_key, &[("count", left.num_days())])
    } else if left.num_hours() >= 1 {
        i18n::t_count(locale, hours_key, &[("count", left.num_hours())])
    } else {
        i18n::t(locale, soon_key)
    }
}

/// The name of a phase, as a heading of the list and a label on a round.
pub const fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Upcoming => "budgets-phase-upcoming",
        Phase::Open => "budgets-phase-open",
        Phase::Closed => "budgets-phase-closed",
    }
}

/// The ballots as CSV, one row each in the order of their random ids: the ballot's id, whether
/// it was cast on paper, and the ids of the projects it chose, separated by spaces. No voter and
/// no time, so that nobody can be found in it.
pub fn ballots_csv(ballots: &[PublishedBallot]) -> Result<String, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["ballot_id", "paper", "project_ids"])
        .map_err(AppError::internal)?;
    for ballot in ballots {
        let projects: Vec<String> = ballot.projects.iter().map(ToString::to_string).collect();
        writer
            .write_record([
                ballot.id.to_string(),
                if ballot.paper { "yes" } else { "no" }.to_owned(),
                projects.join(" "),
            ])
            .map_err(AppError::internal)?;
    }
    let bytes = writer.into_inner().map_err(AppError::internal)?;
    String::from_utf8(bytes).map_err(AppError::internal)
}

/// The CSV as a file to download.
pub fn csv_download(round: &Budget, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"ballots-{}.csv\"", round.id),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_thousands_the_way_each_language_does() {
        let pln = Currency::parse("PLN").unwrap();
        assert_eq!(money(Locale::En, 1_250_000, &pln), "1,250,000\u{a0}PLN");
        assert_eq!(money(Locale::Pl, 200_000, &pln), "200\u{a0}000\u{a0}PLN");
        assert_eq!(money(Locale::Da, 999, &pln), "999\u{a0}PLN");
        assert_eq!(money(Locale::It, 1000, &pln), "1.000\u{a0}PLN");
    }
}
