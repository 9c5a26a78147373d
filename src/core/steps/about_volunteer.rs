//! "Gaat je klacht over een vrijwilliger of stagiair?", where the regulation names someone
//! else to talk to first about volunteers and interns (Lentl: the volunteer coordinator).

use chrono::NaiveDate;

use super::{Ask, Choices, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{Regulation, StaffRole};

/// Who this person talks to first about a volunteer or intern, when they said it is one.
pub fn coordinator(r: &Regulation, a: &Answers) -> Option<StaffRole> {
    let role = r.talk_first.as_ref()?.volunteers_and_interns?;
    (a.about_volunteer == Some(true)).then_some(role)
}

pub struct AboutVolunteer;

impl Screen for AboutVolunteer {
    fn step(&self) -> Step {
        Step::AboutVolunteer
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.talk_first
            .as_ref()
            .is_some_and(|t| t.volunteers_and_interns.is_some())
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Choose(Choices::yes_no(
            field::ABOUT_VOLUNTEER,
            [true, false],
            |a| a.about_volunteer,
            |a| &mut a.about_volunteer,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::AboutVolunteer) {
            a.about_volunteer = None;
        }
    }
}
