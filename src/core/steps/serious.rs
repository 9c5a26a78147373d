//! Serious matters the organisation must report (a calamity, abuse, …), where the
//! regulation names them.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::Regulation;

pub struct Serious;

impl Screen for Serious {
    fn step(&self) -> Step {
        Step::Serious
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.serious_matters.is_some()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = r
            .serious_matters
            .iter()
            .flat_map(|s| s.topics.iter())
            .map(|t| (*t, Choice::named(field::SERIOUS, t.name(), None)))
            .collect();
        Ask::Choose(Choices::many(
            field::SERIOUS,
            options,
            |a| a.serious.as_ref(),
            |a| &mut a.serious,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Serious) {
            a.serious = None;
        }
    }
}
