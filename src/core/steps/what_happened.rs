//! "Wat is er gebeurd?": the complaint in the person's own words. Always asked.

use chrono::NaiveDate;

use super::{Ask, Label, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::MAX_STORY_CHARS;

pub struct WhatHappened;

impl Screen for WhatHappened {
    fn step(&self) -> Step {
        Step::WhatHappened
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let mut ask = TextAsk::new(
            field::WHAT_HAPPENED,
            TextKind::Area,
            Need::Required,
            |a| &a.what_happened,
            |a| &mut a.what_happened,
        )
        .checked(MAX_STORY_CHARS, "error.what_happened.empty");
        if let Some(check) = &mut ask.check {
            check.too_long = "error.what_happened.too_long";
        }
        ask.note = r
            .complaint_fields
            .attachments
            .as_ref()
            .map(|note| Label::Own(note.text.clone()));
        Ask::Text(ask)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::WhatHappened) {
            a.what_happened.clear();
        }
    }
}
