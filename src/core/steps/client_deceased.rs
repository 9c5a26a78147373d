//! "Leeft de cliënt nog?", where next of kin may file for a client who has died.

use chrono::NaiveDate;

use super::{Ask, Choices, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{FilerRole, Regulation};

/// Whether the question is asked at all: about someone else, where next of kin may file.
pub fn asked(r: &Regulation, a: &Answers) -> bool {
    a.for_whom() == Some(ForWhom::SomeoneElse) && r.allows(FilerRole::NextOfKin)
}

pub struct ClientDeceased;

impl Screen for ClientDeceased {
    fn step(&self) -> Step {
        Step::ClientDeceased
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        asked(r, a)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Choose(Choices::yes_no(
            field::CLIENT_DECEASED,
            [false, true],
            |a| a.client_deceased,
            |a| &mut a.client_deceased,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::ClientDeceased) {
            a.client_deceased = None;
        }
    }
}
