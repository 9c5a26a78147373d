//! "Heeft de cliënt je schriftelijk toestemming gegeven?", where someone the client asked
//! needs written authorisation.

use chrono::NaiveDate;

use super::{role, Ask, Choices, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{FilerRole, Regulation};

pub struct Authorisation;

impl Screen for Authorisation {
    fn step(&self) -> Step {
        Step::Authorisation
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        a.for_whom() == Some(ForWhom::SomeoneElse)
            && role::filer_role(r, a) == Some(FilerRole::AuthorisedPerson)
            && r.filers.written_authorisation
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Choose(Choices::yes_no(
            field::WRITTEN_AUTHORISATION,
            [true, false],
            |a| a.written_authorisation,
            |a| &mut a.written_authorisation,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Authorisation) {
            a.written_authorisation = None;
        }
    }
}
