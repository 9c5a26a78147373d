//! "Wat moet er gebeuren om het op te lossen?", where the regulation asks it.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::Regulation;
use crate::core::validation::{text, FieldError, MAX_TEXT_CHARS};

pub struct DesiredOutcome;

impl Screen for DesiredOutcome {
    fn step(&self) -> Step {
        Step::DesiredOutcome
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.complaint_fields.desired_outcome.asked()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        Ask::Text(TextAsk::new(
            field::DESIRED_OUTCOME,
            TextKind::Area,
            r.complaint_fields.desired_outcome,
            |a| &a.desired_outcome,
            |a| &mut a.desired_outcome,
        ))
    }
    fn validate(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> Vec<FieldError> {
        let mut e = Vec::new();
        text(
            &mut e,
            &a.desired_outcome,
            r.complaint_fields.desired_outcome,
            MAX_TEXT_CHARS,
            field::DESIRED_OUTCOME,
            "error.desired_outcome.empty",
            "error.too_long",
        );
        e
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::DesiredOutcome) {
            a.desired_outcome.clear();
        }
    }
}
