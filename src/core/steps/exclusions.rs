//! Situations the regulation handles elsewhere or differently (already before a court, an
//! anonymous complaint, …), in the organisation's words where it wrote its own question.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::eligibility;
use crate::core::regulation::Regulation;

pub struct Exclusions;

impl Screen for Exclusions {
    fn step(&self) -> Step {
        Step::Exclusions
    }
    fn applies(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> bool {
        !r.exclusions.is_empty() && !eligibility::refused_as_late(r, a, today)
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = r
            .exclusions
            .iter()
            .map(|e| {
                let mut choice = Choice::named(field::EXCLUSIONS, e.kind.name(), None);
                if let Some(own) = &e.question {
                    choice.label = Label::Own(own.clone());
                }
                (e.kind, choice)
            })
            .collect();
        Ask::Choose(Choices::many(
            field::EXCLUSIONS,
            options,
            |a| a.exclusions.as_ref(),
            |a| &mut a.exclusions,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Exclusions) {
            a.exclusions = None;
        }
    }
}
