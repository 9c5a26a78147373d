//! Situations the regulation handles elsewhere or differently (already before a court, an
//! anonymous complaint, …), in the organisation's words where it wrote its own question.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::eligibility;
use crate::core::regulation::{Exclusion, Regulation};

/// Why an exclusion applies: the organisation's words, else ours for a standard situation,
/// else a plain line for its effect.
pub fn explanation(e: &Exclusion) -> Label {
    match (&e.explanation, e.kind) {
        (Some(own), _) => Label::Own(own.clone()),
        (None, Some(kind)) => Label::Key(format!("finding.exclusion.{}", kind.name())),
        (None, None) => Label::Key(format!("finding.exclusion.own.{}", e.effect.name())),
    }
}

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
                let choice = Choice::worded(
                    field::EXCLUSIONS,
                    e.kind.map(|k| k.name()),
                    e.question.as_ref(),
                    e.hint.as_ref(),
                );
                (e.id().to_string(), choice)
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
