//! The date of what happened as a detail of the complaint, where the regulation asks it and
//! it was not already asked for the time limit (`event_date`).

use chrono::NaiveDate;

use super::{event_date, Ask, Screen, Step};
use crate::core::answers::Answers;
use crate::core::regulation::{Need, Regulation};

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
}
