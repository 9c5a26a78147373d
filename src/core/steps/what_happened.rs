//! "Wat is er gebeurd?": the complaint in the person's own words. Always asked.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::{text, FieldError, MAX_STORY_CHARS};

pub struct WhatHappened;

impl Screen for WhatHappened {
    fn step(&self) -> Step {
        Step::WhatHappened
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Text(TextAsk::new(
            field::WHAT_HAPPENED,
            TextKind::Area,
            Need::Required,
            |a| &a.what_happened,
            |a| &mut a.what_happened,
        ))
    }
    fn validate(&self, _r: &Regulation, a: &Answers, _today: NaiveDate) -> Vec<FieldError> {
        let mut e = Vec::new();
        text(
            &mut e,
            &a.what_happened,
            Need::Required,
            MAX_STORY_CHARS,
            field::WHAT_HAPPENED,
            "error.what_happened.empty",
            "error.what_happened.too_long",
        );
        e
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::WhatHappened) {
            a.what_happened.clear();
        }
    }
}
