//! "Wanneer gebeurde het?", asked first where the time limit runs from the event. "I do not
//! know exactly" is always fine here: nobody is turned away on a date they cannot give.

use chrono::NaiveDate;

use super::{Ask, DateAsk, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{MeasuredFrom, Need, Regulation};

/// Whether the time limit runs from the event (then its date is asked for eligibility).
pub fn in_eligibility(r: &Regulation) -> bool {
    r.time_limit
        .as_ref()
        .is_some_and(|l| l.measured_from.contains(&MeasuredFrom::Event))
}

/// The event date field, asked here or later as the complaint's own date.
pub fn ask(unknown_allowed: bool, need: Need) -> Ask {
    Ask::Date(DateAsk {
        field: field::EVENT_DATE,
        unknown_field: "event_date_unknown",
        unknown_allowed,
        need,
        get: |a| a.event_date,
        set: |a, d| a.event_date = d,
        unknown: |a| a.event_date_unknown,
        set_unknown: |a, u| a.event_date_unknown = u,
    })
}

pub struct EventDate;

impl Screen for EventDate {
    fn step(&self) -> Step {
        Step::EventDate
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        in_eligibility(r)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        ask(true, Need::Required)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::EventDate) && !steps.contains(&Step::ComplaintDate) {
            a.event_date = None;
            a.event_date_unknown = false;
        }
    }
}
