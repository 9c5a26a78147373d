//! "Wanneer had je voor het laatst contact met de medewerker?", where the time limit runs
//! from the last contact.

use chrono::NaiveDate;

use super::{Ask, DateAsk, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{MeasuredFrom, Need, Regulation};

pub struct LastContact;

impl Screen for LastContact {
    fn step(&self) -> Step {
        Step::LastContact
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.time_limit
            .as_ref()
            .is_some_and(|l| l.measured_from.contains(&MeasuredFrom::LastContact))
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Date(DateAsk {
            field: field::LAST_CONTACT_DATE,
            unknown_field: "last_contact_unknown",
            unknown_allowed: true,
            need: Need::Required,
            get: |a| a.last_contact_date,
            set: |a, d| a.last_contact_date = d,
            unknown: |a| a.last_contact_unknown,
            set_unknown: |a, u| a.last_contact_unknown = u,
        })
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::LastContact) {
            a.last_contact_date = None;
            a.last_contact_unknown = false;
        }
    }
}
