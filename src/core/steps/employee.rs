//! "Over welke medewerker gaat het?", where the regulation asks the employee's name.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::Regulation;
use crate::core::validation::MAX_NAME_CHARS;

pub struct Employee;

impl Screen for Employee {
    fn step(&self) -> Step {
        Step::Employee
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.complaint_fields.employee_name.asked()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        Ask::Text(
            TextAsk::new(
                field::EMPLOYEE_NAME,
                TextKind::Line,
                r.complaint_fields.employee_name,
                |a| &a.employee_name,
                |a| &mut a.employee_name,
            )
            .checked(MAX_NAME_CHARS, "error.employee_name.empty"),
        )
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Employee) {
            a.employee_name.clear();
        }
    }
}
