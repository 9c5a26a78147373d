//! "Waar gebeurde het?", with the organisation's locations as suggestions.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::Regulation;
use crate::core::validation::MAX_NAME_CHARS;

pub struct Location;

impl Screen for Location {
    fn step(&self) -> Step {
        Step::Location
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.complaint_fields.location.asked()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let mut ask = TextAsk::new(
            field::LOCATION,
            TextKind::Line,
            r.complaint_fields.location,
            |a| &a.location,
            |a| &mut a.location,
        )
        .checked(MAX_NAME_CHARS, "error.location.empty");
        ask.suggestions = r.organisation.locations.clone();
        Ask::Text(ask)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Location) {
            a.location.clear();
        }
    }
}
