//! "Wat moet er gebeuren om het op te lossen?", where the regulation asks it.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::Regulation;
use crate::core::validation::MAX_TEXT_CHARS;

pub struct DesiredOutcome;

impl Screen for DesiredOutcome {
    fn step(&self) -> Step {
        Step::DesiredOutcome
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.complaint_fields.desired_outcome.asked()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        Ask::Text(
            TextAsk::new(
                field::DESIRED_OUTCOME,
                TextKind::Area,
                r.complaint_fields.desired_outcome,
                |a| &a.desired_outcome,
                |a| &mut a.desired_outcome,
            )
            .checked(MAX_TEXT_CHARS, "error.desired_outcome.empty"),
        )
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::DesiredOutcome) {
            a.desired_outcome.clear();
        }
    }
}
