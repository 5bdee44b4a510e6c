//! The contract's rule for a round's results, as one pure function: projects in order of votes
//! (ties: the lower cost first, then the earlier created); walking that order, a project is
//! selected when it still fits in what is left of the budget, and the walk goes on past the
//! projects that do not fit. A project nobody voted for is walked like any other.

use super::Project;

/// One project's place in the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub project: Project,
    pub selected: bool,
}

/// The results of a round: every project in order, and what the selected ones cost together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub total_amount: i64,
    pub spent: i64,
    pub projects: Vec<Placed>,
}

impl Outcome {
    pub fn left(&self) -> i64 {
        self.total_amount - self.spent
    }

    /// The most votes any project got (zero when nobody voted): the full length of a bar.
    pub fn most_votes(&self) -> i64 {
        self.projects
            .iter()
            .map(|placed| placed.project.votes)
            .max()
            .unwrap_or(0)
    }
}

pub fn select(total_amount: i64, mut projects: Vec<Project>) -> Outcome {
    // The id last only makes the order total; the contract's three keys decide every real case.
    projects.sort_by(|a, b| {
        b.votes
            .cmp(&a.votes)
            .then(a.cost.cmp(&b.cost))
            .then(a.created_at.cmp(&b.created_at))
            .then(a.id.0.cmp(&b.id.0))
    });
    let mut left = total_amount;
    let projects = projects
        .into_iter()
        .map(|project| {
            let selected = project.cost <= left;
            if selected {
                left -= project.cost;
            }
            Placed { project, selected }
        })
        .collect();
    Outcome {
        total_amount,
        spent: total_amount - left,
        projects,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration};

    use super::*;
    use crate::budgets::{BudgetId, ProjectId};

    /// Projects created one minute apart, in the order given: (name, cost, votes).
    fn projects(specs: &[(&str, i64, i64)]) -> Vec<Project> {
        let start = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        let budget = BudgetId::generate();
        specs
            .iter()
            .enumerate()
            .map(|(minute, (title, cost, votes))| Project {
                id: ProjectId::generate(),
                budget_id: budget,
                title: (*title).to_owned(),
                body: String::new(),
                cost: *cost,
                votes: *votes,
                created_at: start + Duration::minutes(i64::try_from(minute).unwrap_or(0)),
            })
            .collect()
    }

    /// The titles in result order, the selected ones marked with `+`.
    fn walk(outcome: &Outcome) -> Vec<String> {
        outcome
            .projects
            .iter()
            .map(|placed| {
                let mark = if placed.selected { "+" } else { "-" };
                format!("{mark}{}", placed.project.title)
            })
            .collect()
    }

    #[test]
    fn the_most_voted_come_first_and_are_selected_while_they_fit() {
        let outcome = select(
            100,
            projects(&[("park", 50, 10), ("library", 40, 30), ("bikes", 20, 20)]),
        );
        assert_eq!(walk(&outcome), ["+library", "+bikes", "-park"]);
        assert_eq!((outcome.spent, outcome.left()), (60, 40));
        assert_eq!(outcome.most_votes(), 30);
    }

    #[test]
    fn ties_go_to_the_lower_cost_then_to_the_earlier_project() {
        let outcome = select(
            1000,
            projects(&[("first", 300, 5), ("cheap", 100, 5), ("second", 300, 5)]),
        );
        assert_eq!(walk(&outcome), ["+cheap", "+first", "+second"]);
    }

    #[test]
    fn the_walk_goes_on_past_a_project_that_does_not_fit() {
        let outcome = select(
            100,
            projects(&[
                ("playground", 70, 40),
                ("pool", 50, 30),
                ("benches", 30, 20),
                ("trees", 10, 10),
            ]),
        );
        assert_eq!(
            walk(&outcome),
            ["+playground", "-pool", "+benches", "-trees"]
        );
        assert_eq!(outcome.spent, 100);
    }

    #[test]
    fn a_project_that_fits_exactly_is_selected_and_leaves_nothing() {
        let outcome = select(100, projects(&[("a", 60, 3), ("b", 40, 2), ("c", 1, 1)]));
        assert_eq!(walk(&outcome), ["+a", "+b", "-c"]);
        assert_eq!(outcome.left(), 0);
    }

    #[test]
    fn with_no_votes_the_order_is_by_cost_then_creation_and_the_rule_still_selects() {
        let outcome = select(
            100,
            projects(&[("older", 60, 0), ("newer", 60, 0), ("small", 30, 0)]),
        );
        assert_eq!(walk(&outcome), ["+small", "+older", "-newer"]);
        assert_eq!(outcome.most_votes(), 0);
        let nothing = select(100, Vec::new());
        assert_eq!((nothing.spent, nothing.projects.len()), (0, 0));
    }
}
