//! The date of what happened as a detail of the complaint, where the regulation asks it and
//! it was not already asked for the time limit (`event_date`).

use chrono::NaiveDate;

use super::{event_date, Ask, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::{date, FieldError};

pub struct ComplaintDate;

impl Screen for ComplaintDate {
    fn step(&self) -> Step {
        Step::ComplaintDate
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.complaint_fields.event_date.asked() && !event_date::in_eligibility(r)
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let need = r.complaint_fields.event_date;
        event_date::ask(need != Need::Required, need)
    }
    fn validate(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> Vec<FieldError> {
        // "I do not know" only when the date is not required; an optional date may stay empty.
        let need = r.complaint_fields.event_date;
        let may_be_empty =
            need == Need::Optional || (a.event_date_unknown && need != Need::Required);
        let mut e = Vec::new();
        date(&mut e, a.event_date, may_be_empty, today, field::EVENT_DATE);
        e
    }
    // The date is pruned with `event_date`, which owns it.
}
