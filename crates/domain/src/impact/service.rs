//! Who may see a dashboard, and the figures month by month from what the store read.

use super::store::ImpactStore;
use super::{Figures, Impact, ImpactSources, Month, MonthFigures, Period};
use crate::accounts::Account;
use crate::communities::{Community, Membership, Participant, Role};
use crate::{AppError, Message};

/// Roles that see their community's figures: organisers and every role above (moderators,
/// admins), as for everything organisers run.
fn sees_figures(role: Role) -> bool {
    role >= Role::Organiser
}

/// A community's dashboard: its organisers, moderators and admins, and coordinators; 401 for a
/// visitor.
pub fn may_see_community(participant: &Participant) -> Result<(), AppError> {
    match (participant.account, participant.role) {
        (None, _) => Err(AppError::unauthorised()),
        _ if participant.coordinator => Ok(()),
        (Some(_), Some(role)) if sees_figures(role) => Ok(()),
        (Some(_), _) => Err(AppError::Forbidden(Message::new("impact-error-forbidden"))),
    }
}

/// The network's dashboard: coordinators, and organisers (or moderators, admins) of any
/// community.
pub fn may_see_network(
    account: Option<&Account>,
    memberships: &[Membership],
) -> Result<(), AppError> {
    match account {
        None => Err(AppError::unauthorised()),
        Some(account)
            if account.is_coordinator
                || memberships.iter().any(|member| sees_figures(member.role)) =>
        {
            Ok(())
        }
        Some(_) => Err(AppError::Forbidden(Message::new("impact-error-forbidden"))),
    }
}

/// A community's figures for the period, for one who may see them.
pub async fn community_impact(
    store: &impl ImpactStore,
    community: &Community,
    participant: &Participant,
    period: Period,
) -> Result<Impact, AppError> {
    may_see_community(participant)?;
    let sources = store.impact_sources(Some(community.id), &period).await?;
    Ok(figures(period, &sources))
}

/// The whole network's figures for the period, for one who may see them.
pub async fn network_impact(
    store: &impl ImpactStore,
    account: Option<&Account>,
    memberships: &[Membership],
    period: Period,
) -> Result<Impact, AppError> {
    may_see_network(account, memberships)?;
    let sources = store.impact_sources(None, &period).await?;
    Ok(figures(period, &sources))
}

/// Sorts the sources into the months of the period, and adds up the totals.
pub fn figures(period: Period, sources: &ImpactSources) -> Impact {
    let mut months: Vec<MonthFigures> = period
        .months()
        .into_iter()
        .map(|month| MonthFigures {
            month,
            figures: Figures::default(),
        })
        .collect();
    for kept in &sources.months {
        if let Some(figures) = of_month(&mut months, Month::from_number(kept.month)) {
            figures.active_residents = kept.active;
            figures.hours_exchanged = hours(kept.minutes);
            figures.exchanges = kept.exchanges;
        }
    }
    for joins in &sources.joins {
        if let Some(figures) = of_month(&mut months, Month::of(joins.day)) {
            // Who joined in the month, until the running total below.
            figures.members += joins.joined;
            figures.newcomers_taking_part += joins.took_part;
        }
    }
    let mut members = sources.members_before;
    for month in &mut months {
        members += month.figures.members;
        month.figures.members = members;
    }
    for event in &sources.events {
        if let Some(figures) = of_month(&mut months, Month::of(event.starts_at)) {
            figures.events_held += 1;
            figures.event_attendance += event.going;
        }
    }
    for course in &sources.courses {
        if let Some(figures) = of_month(&mut months, Month::of(course.ends_at)) {
            figures.courses_ended += 1;
            figures.course_enrolled += course.enrolled;
            figures.course_completed += course.completed;
        }
    }
    for month in &mut months {
        let (start, end) = (month.month.start(), month.month.plus(1).start());
        for survey in &sources.surveys {
            if survey.opened_at < end && survey.closed_at.is_none_or(|closed| closed >= start) {
                month.figures.surveys += 1;
                month.figures.survey_responses += survey.responses;
                month.figures.survey_members_answered += survey.members_answered;
            }
        }
        month.figures.finish();
    }
    let each: Vec<Figures> = months.iter().map(|month| month.figures.clone()).collect();
    Impact {
        from: period.from,
        to: period.to,
        totals: totals(&each, sources),
        months,
    }
}

fn of_month(months: &mut [MonthFigures], month: Month) -> Option<&mut Figures> {
    months
        .iter_mut()
        .find(|each| each.month == month)
        .map(|each| &mut each.figures)
}

fn totals(each: &[Figures], sources: &ImpactSources) -> Figures {
    let sum = |of: fn(&Figures) -> i64| each.iter().map(of).sum::<i64>();
    let mut totals = Figures {
        active_residents: sources.active_in_period,
        newcomers_taking_part: sum(|f| f.newcomers_taking_part),
        members: each.last().map_or(sources.members_before, |f| f.members),
        hours_exchanged: hours(sources.months.iter().map(|m| m.minutes).sum()),
        exchanges: sum(|f| f.exchanges),
        events_held: sum(|f| f.events_held),
        event_attendance: sum(|f| f.event_attendance),
        courses_ended: sum(|f| f.courses_ended),
        course_enrolled: sum(|f| f.course_enrolled),
        course_completed: sum(|f| f.course_completed),
        surveys: sources.surveys.len() as i64,
        survey_responses: sources.surveys.iter().map(|s| s.responses).sum(),
        survey_members_answered: sources.surveys.iter().map(|s| s.members_answered).sum(),
        survey_response_rate: None,
    };
    totals.finish();
    totals
}

/// Minutes as hours, to a hundredth.
fn hours(minutes: i64) -> f64 {
    (minutes as f64 / 60.0 * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::super::{CourseEnded, EventHeld, Joins, MonthTotals, SurveyOpen};
    use super::*;
    use crate::time::Instant;

    fn at(month: &str, day: u32) -> Instant {
        Month::parse(month).unwrap().start() + chrono::Duration::days(i64::from(day) - 1)
    }

    #[test]
    fn figures_fall_into_their_months() {
        let period = Period::parse(Some("2026-01"), Some("2026-03"), at("2026-03", 5)).unwrap();
        let sources = ImpactSources {
            months: vec![MonthTotals {
                month: 202_602,
                active: 4,
                minutes: 90,
                exchanges: 2,
            }],
            active_in_period: 5,
            members_before: 10,
            joins: vec![
                Joins {
                    day: at("2026-01", 3),
                    joined: 1,
                    took_part: 1,
                },
                Joins {
                    day: at("2026-03", 9),
                    joined: 1,
                    took_part: 0,
                },
            ],
            events: vec![EventHeld {
                starts_at: at("2026-02", 2),
                going: 7,
            }],
            courses: vec![CourseEnded {
                ends_at: at("2026-03", 1),
                enrolled: 4,
                completed: 3,
            }],
            surveys: vec![SurveyOpen {
                opened_at: at("2026-01", 20),
                closed_at: Some(at("2026-02", 10)),
                responses: 15,
                members_answered: 11,
            }],
        };
        let impact = figures(period, &sources);
        let [jan, feb, mar] = &impact.months[..] else {
            panic!("three months")
        };
        assert_eq!(
            (jan.figures.members, jan.figures.newcomers_taking_part),
            (11, 1)
        );
        assert_eq!(mar.figures.members, 12);
        assert_eq!(
            (feb.figures.active_residents, feb.figures.hours_exchanged),
            (4, 1.5)
        );
        assert_eq!(
            (feb.figures.events_held, feb.figures.event_attendance),
            (1, 7)
        );
        assert_eq!(mar.figures.completion_rate(), Some(75.0));
        assert_eq!(jan.figures.survey_response_rate, Some(100.0));
        assert_eq!(feb.figures.surveys, 1);
        assert_eq!(mar.figures.surveys, 0);
        assert_eq!(impact.totals.active_residents, 5);
        assert_eq!(impact.totals.survey_responses, 15);
        assert_eq!(impact.totals.members, 12);
    }

    #[test]
    fn organisers_and_admins_see_a_community_others_do_not() {
        let member = |role| Participant {
            account: Some(crate::accounts::AccountId::generate()),
            role,
            coordinator: false,
        };
        assert!(may_see_community(&member(Some(Role::Organiser))).is_ok());
        assert!(may_see_community(&member(Some(Role::Admin))).is_ok());
        assert!(may_see_community(&member(Some(Role::Moderator))).is_ok());
        assert!(matches!(
            may_see_community(&member(Some(Role::Member))),
            Err(AppError::Forbidden(_))
        ));
        assert!(matches!(
            may_see_community(&member(None)),
            Err(AppError::Forbidden(_))
        ));
        assert!(matches!(
            may_see_community(&Participant::default()),
            Err(AppError::Unauthorised(_))
        ));
    }
}
