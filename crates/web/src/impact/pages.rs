//! The dashboards: `/c/{slug}/impact` and `/impact` with a form of two months (no script: an
//! `<input type="month">`, checked again here), a table of the period's totals and a chart per
//! figure; and their CSV, `/c/{slug}/impact.csv` and `/impact.csv`.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::communities::{self, Community};
use domain::impact::{self, Figures, Impact, MonthFigures};
use domain::{AppError, Locale};

use super::{PeriodQuery, csv};
use crate::charts::{Bar, BarChart};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::i18n;
use crate::page::{PageContext, render};
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/impact", get(community_page))
        .route("/c/{slug}/impact.csv", get(community_csv))
        .route("/impact", get(network_page))
        .route("/impact.csv", get(network_csv))
}

#[derive(Template)]
#[template(path = "impact/dashboard.html")]
struct Dashboard {
    page: PageContext,
    /// None on the network's dashboard.
    community: Option<Community>,
    /// The months as typed, kept when they are wrong.
    from: String,
    to: String,
    errors: FormErrors,
    /// None when the period was wrong.
    impact: Option<Impact>,
    totals: Vec<(String, String)>,
    charts: Vec<BarChart>,
}

impl Dashboard {
    /// `month`, or `text` for a field whose typed value was refused.
    fn input_kind(&self, field: &str) -> &'static str {
        if self.errors.field(field).is_some() {
            "text"
        } else {
            "month"
        }
    }

    fn new(
        page: PageContext,
        community: Option<Community>,
        query: &PeriodQuery,
        impact: Option<Impact>,
    ) -> Self {
        let (totals, charts) = impact
            .as_ref()
            .map(|impact| {
                (
                    totals(page.locale, &impact.totals),
                    charts(page.locale, impact),
                )
            })
            .unwrap_or_default();
        Self {
            from: impact.as_ref().map_or_else(
                || query.from.clone().unwrap_or_default(),
                |impact| impact.from.to_string(),
            ),
            to: impact.as_ref().map_or_else(
                || query.to.clone().unwrap_or_default(),
                |impact| impact.to.to_string(),
            ),
            page,
            community,
            errors: FormErrors::default(),
            impact,
            totals,
            charts,
        }
    }

    fn title(&self) -> String {
        match &self.community {
            Some(_) => self.page.t("impact-title"),
            None => self.page.t("impact-network-title"),
        }
    }

    /// Where the form sends the period, and the CSV of the period shown.
    fn action(&self) -> String {
        match &self.community {
            Some(community) => format!("/c/{}/impact", community.slug),
            None => "/impact".to_owned(),
        }
    }

    fn csv_href(&self) -> String {
        format!("{}.csv?from={}&to={}", self.action(), self.from, self.to)
    }
}

/// The page, or the form again with its field errors (422) when the period is wrong.
fn show(
    page: PageContext,
    community: Option<Community>,
    query: &PeriodQuery,
    impact: Result<Impact, AppError>,
) -> Response {
    match impact {
        Ok(impact) => render(&Dashboard::new(page, community, query, Some(impact))),
        Err(error @ AppError::Validation(_)) => {
            let shown = page.clone();
            form_failure(error, &shown, |errors| {
                let mut dashboard = Dashboard::new(page, community, query, None);
                dashboard.errors = errors;
                render(&dashboard)
            })
        }
        Err(error) => Failure::App(error).into_response(),
    }
}

/// The community's figures, once the reader may see them and the period is right.
async fn community_impact(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    query: &PeriodQuery,
) -> Result<(Community, Result<Impact, AppError>), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    impact::may_see_community(&participant)?;
    let figures = match query.period() {
        Ok(period) => impact::community_impact(&state.db, &community, &participant, period).await,
        Err(error) => Err(error),
    };
    Ok((community, figures))
}

async fn network_impact(
    state: &AppState,
    page: &PageContext,
    query: &PeriodQuery,
) -> Result<Impact, AppError> {
    impact::may_see_network(page.account.as_ref(), &page.memberships)?;
    let period = query.period()?;
    impact::network_impact(&state.db, page.account.as_ref(), &page.memberships, period).await
}

/// `GET /c/{slug}/impact?from=&to=`.
async fn community_page(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, Failure> {
    let (community, figures) = community_impact(&state, &page, &slug, &query).await?;
    Ok(show(page, Some(community), &query, figures))
}

/// `GET /impact?from=&to=`.
async fn network_page(
    State(state): State<AppState>,
    page: PageContext,
    Query(query): Query<PeriodQuery>,
) -> Response {
    let figures = network_impact(&state, &page, &query).await;
    show(page, None, &query, figures)
}

/// `GET /c/{slug}/impact.csv?from=&to=`.
async fn community_csv(
    State(state): State<AppState>,
    page: PageContext,
    Path(slug): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, Failure> {
    let (community, figures) = community_impact(&state, &page, &slug, &query).await?;
    csv_file(community.slug.as_str(), &figures?)
}

/// `GET /impact.csv?from=&to=`.
async fn network_csv(
    State(state): State<AppState>,
    page: PageContext,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, Failure> {
    let figures = network_impact(&state, &page, &query).await?;
    csv_file("network", &figures)
}

/// The CSV as a download named after its community (or the network) and period.
fn csv_file(name: &str, impact: &Impact) -> Result<Response, Failure> {
    let disposition = format!(
        "attachment; filename=\"impact-{name}-{}-{}.csv\"",
        impact.from, impact.to
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv(impact)?,
    )
        .into_response())
}

/// The totals table: each figure's name and its value for the period.
fn totals(locale: Locale, totals: &Figures) -> Vec<(String, String)> {
    let t = |key| i18n::t(locale, key);
    vec![
        (t("impact-active"), totals.active_residents.to_string()),
        (
            t("impact-newcomers"),
            totals.newcomers_taking_part.to_string(),
        ),
        (t("impact-members"), totals.members.to_string()),
        (t("impact-hours"), hours(locale, totals.hours_exchanged)),
        (t("impact-exchanges"), totals.exchanges.to_string()),
        (t("impact-events"), totals.events_held.to_string()),
        (t("impact-attendance"), totals.event_attendance.to_string()),
        (t("impact-courses"), totals.courses_ended.to_string()),
        (t("impact-completion"), completion(locale, totals)),
        (t("impact-surveys"), totals.surveys.to_string()),
        (t("impact-response-rate"), responses(locale, totals)),
    ]
}

fn hours(locale: Locale, hours: f64) -> String {
    i18n::decimal(locale, hours, 1)
}

fn per_cent(locale: Locale, rate: Option<f64>) -> String {
    match rate {
        Some(rate) => format!("{} %", i18n::decimal(locale, rate, 1)),
        None => i18n::t(locale, "impact-none"),
    }
}

/// "3 of 4 (75.0 %)", or "none" without anyone enrolled.
fn completion(locale: Locale, figures: &Figures) -> String {
    if figures.course_enrolled == 0 {
        return i18n::t(locale, "impact-none");
    }
    i18n::t_text(
        locale,
        "impact-part-of-whole",
        &[
            ("part", &figures.course_completed.to_string()),
            ("whole", &figures.course_enrolled.to_string()),
            ("rate", &per_cent(locale, figures.completion_rate())),
        ],
    )
}

/// "11 responses (12.5 %)".
fn responses(locale: Locale, figures: &Figures) -> String {
    let count = i18n::t_count(
        locale,
        "impact-response-count",
        &[("count", figures.survey_responses)],
    );
    format!(
        "{count} ({})",
        per_cent(locale, figures.survey_response_rate)
    )
}

/// A chart per figure, a bar per month.
fn charts(locale: Locale, impact: &Impact) -> Vec<BarChart> {
    let t = |key: &str| i18n::t(locale, key);
    let chart =
        |id: &str, title: &str, unit: &str, bar: &dyn Fn(&MonthFigures) -> (f64, String)| {
            let bars = impact
                .months
                .iter()
                .map(|month| {
                    let (value, shown) = bar(month);
                    Bar::new(month.month.to_string(), value, shown)
                })
                .collect();
            BarChart::new(
                format!("impact-{id}"),
                t(title),
                t("impact-month"),
                t(unit),
                bars,
            )
        };
    let count = |value: i64| (value as f64, value.to_string());
    vec![
        chart("active", "impact-active", "impact-unit-people", &|m| {
            count(m.figures.active_residents)
        }),
        chart(
            "newcomers",
            "impact-newcomers",
            "impact-unit-people",
            &|m| count(m.figures.newcomers_taking_part),
        ),
        chart("hours", "impact-hours", "impact-unit-hours", &|m| {
            (
                m.figures.hours_exchanged,
                hours(locale, m.figures.hours_exchanged),
            )
        }),
        chart("events", "impact-events", "impact-unit-events", &|m| {
            count(m.figures.events_held)
        }),
        chart(
            "attendance",
            "impact-attendance",
            "impact-unit-people",
            &|m| count(m.figures.event_attendance),
        ),
        chart(
            "completion",
            "impact-completion",
            "impact-unit-completed",
            &|m| {
                let rate = m.figures.completion_rate();
                (rate.unwrap_or(0.0), completion(locale, &m.figures))
            },
        ),
        chart(
            "responses",
            "impact-response-rate",
            "impact-unit-rate",
            &|m| {
                let rate = m.figures.survey_response_rate;
                (rate.unwrap_or(0.0), per_cent(locale, rate))
            },
        ),
    ]
}
