//! Topics with their own time limit (youth care, sexual harassment, or the organisation's
//! own, such as conduct that still goes on). Asked only when the
//! complaint is late by the default period, so nobody is asked more than needed.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::eligibility;
use crate::core::regulation::Regulation;

pub struct Topics;

impl Screen for Topics {
    fn step(&self) -> Step {
        Step::Topics
    }
    fn applies(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> bool {
        r.time_limit
            .as_ref()
            .is_some_and(|l| !l.exceptions.is_empty())
            && eligibility::late_by_default(r, a, today)
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = r
            .time_limit
            .iter()
            .flat_map(|l| l.exceptions.iter())
            .map(|e| {
                let choice = Choice::worded(
                    field::TOPICS,
                    e.topic.map(|t| t.name()),
                    e.question.as_ref(),
                    e.hint.as_ref(),
                );
                (e.id().to_string(), choice)
            })
            .collect();
        Ask::Choose(Choices::many(
            field::TOPICS,
            options,
            |a| a.topics.as_ref(),
            |a| &mut a.topics,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Topics) {
            a.topics = None;
        }
    }
}
