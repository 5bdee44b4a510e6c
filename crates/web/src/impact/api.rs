//! Impact in the JSON API: a community's figures and the network's, month by month, for a
//! period of at most 36 months (by default the last twelve).

use axum::Json;
use axum::extract::{Path, Query, State};
use domain::communities::{self, CommunityStore as _};
use domain::impact::{self, Figures, Impact};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::PeriodQuery;
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::MaybeSignedIn;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(community_impact))
        .routes(routes!(network_impact))
}

/// The figures of a month, or of the whole period (`totals`).
#[derive(Serialize, ToSchema)]
pub struct FiguresBody {
    /// People who took part in anything (in the totals: each person once).
    active_residents: i64,
    /// People who joined in the month and took part in anything in the period.
    newcomers_taking_part: i64,
    /// Members at the end of the month (of the period, in the totals).
    members: i64,
    /// Hours exchanged in the time bank (confirmed exchanges).
    hours_exchanged: f64,
    exchanges: i64,
    /// Events that started in the month.
    events_held: i64,
    /// People who said they would go to those events.
    event_attendance: i64,
    /// Courses that ended in the month.
    courses_ended: i64,
    /// Seats taken in those courses.
    course_enrolled: i64,
    /// People who came to at least half of a course's sessions.
    course_completed: i64,
    /// `course_completed` per `course_enrolled`, in per cent; null without anyone enrolled.
    course_completion_rate: Option<f64>,
    /// Surveys open at some time in the month.
    surveys: i64,
    survey_responses: i64,
    /// Responses per member asked (members × surveys), in per cent; null without a survey.
    survey_response_rate: Option<f64>,
}

impl From<&Figures> for FiguresBody {
    fn from(f: &Figures) -> Self {
        Self {
            active_residents: f.active_residents,
            newcomers_taking_part: f.newcomers_taking_part,
            members: f.members,
            hours_exchanged: f.hours_exchanged,
            exchanges: f.exchanges,
            events_held: f.events_held,
            event_attendance: f.event_attendance,
            courses_ended: f.courses_ended,
            course_enrolled: f.course_enrolled,
            course_completed: f.course_completed,
            course_completion_rate: f.completion_rate(),
            surveys: f.surveys,
            survey_responses: f.survey_responses,
            survey_response_rate: f.survey_response_rate,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MonthBody {
    /// `YYYY-MM`.
    #[schema(example = "2026-05")]
    month: String,
    #[serde(flatten)]
    figures: FiguresBody,
}

#[derive(Serialize, ToSchema)]
pub struct ImpactBody {
    /// The first month, `YYYY-MM`.
    from: String,
    /// The last month, `YYYY-MM`.
    to: String,
    /// Every month of the period, oldest first.
    months: Vec<MonthBody>,
    totals: FiguresBody,
}

impl From<&Impact> for ImpactBody {
    fn from(impact: &Impact) -> Self {
        Self {
            from: impact.from.to_string(),
            to: impact.to.to_string(),
            months: impact
                .months
                .iter()
                .map(|month| MonthBody {
                    month: month.month.to_string(),
                    figures: FiguresBody::from(&month.figures),
                })
                .collect(),
            totals: FiguresBody::from(&impact.totals),
        }
    }
}

/// A community's figures by month (its organisers, moderators and admins, and coordinators).
#[utoipa::path(get, path = "/communities/{slug}/impact", tag = "impact", security(("bearer" = [])),
    params(("slug" = String, Path), PeriodQuery),
    responses((status = 200, body = ImpactBody),
        (status = 401, body = Problem), (status = 403, description = "Not an organiser or admin of the community", body = Problem),
        (status = 404, body = Problem),
        (status = 422, description = "`from` or `to` is not a month, `to` is before `from`, or the period is longer than 36 months",
            body = Problem)))]
async fn community_impact(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Path(slug): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Json<ImpactBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let participant = communities::participant_in(&state.db, community.id, account).await?;
    impact::may_see_community(&participant)?;
    let period = query.period()?;
    let figures = impact::community_impact(&state.db, &community, &participant, period).await?;
    Ok(Json(ImpactBody::from(&figures)))
}

/// The whole network's figures by month (coordinators, and organisers, moderators and admins of any
/// community). A person active in two communities counts once in `active_residents`.
#[utoipa::path(get, path = "/impact", tag = "impact", security(("bearer" = [])),
    params(PeriodQuery),
    responses((status = 200, body = ImpactBody),
        (status = 401, body = Problem), (status = 403, description = "Neither a coordinator nor an organiser or admin", body = Problem),
        (status = 422, description = "`from` or `to` is not a month, `to` is before `from`, or the period is longer than 36 months",
            body = Problem)))]
async fn network_impact(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(query): Query<PeriodQuery>,
) -> Result<Json<ImpactBody>, Failure> {
    let account = signed_in.as_ref().map(|signed_in| &signed_in.account);
    let memberships = match account {
        Some(account) => state.db.memberships_of(account.id).await?,
        None => Vec::new(),
    };
    impact::may_see_network(account, &memberships)?;
    let period = query.period()?;
    let figures = impact::network_impact(&state.db, account, &memberships, period).await?;
    Ok(Json(ImpactBody::from(&figures)))
}
