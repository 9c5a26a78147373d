//! "Heb je al met {who} gepraat?": yes, no, or (where the regulation has a direct route)
//! straight to the committee.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers, Talked};
use crate::core::regulation::{Regulation, Route, TalkPolicy};

/// Whether the regulation lets people go straight to a committee.
fn has_direct_route(r: &Regulation) -> bool {
    r.talk_first
        .as_ref()
        .is_some_and(|t| t.direct_route.is_some())
}

/// The way this complaint goes: straight to the direct route's body when the person chose it,
/// or talked to staff without a solution where the regulation sends them there too.
pub fn route(r: &Regulation, a: &Answers) -> Route {
    let direct = r.talk_first.as_ref().and_then(|t| t.direct_route.as_ref());
    match (direct, a.talked) {
        (Some(_), Some(Talked::DirectRoute)) => Route::Direct,
        (Some(d), Some(Talked::Yes)) if d.also_after_talking => Route::Direct,
        _ => Route::Usual,
    }
}

pub struct TalkedToStaff;

impl Screen for TalkedToStaff {
    fn step(&self) -> Step {
        Step::TalkedToStaff
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.talk_first.is_some()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let option = |value: Talked| (value, Choice::named(field::TALKED, value.name(), None));
        let mut options = vec![option(Talked::Yes), option(Talked::No)];
        if has_direct_route(r) {
            options.push(option(Talked::DirectRoute));
        }
        // Not talking first is fine here: no hint that says otherwise.
        if r.talk_first
            .as_ref()
            .is_some_and(|t| t.policy == TalkPolicy::Optional)
        {
            options[1].1.hint = None;
        }
        let mut choices = Choices::one(field::TALKED, options, |a| a.talked, |a| &mut a.talked);
        // Who to talk to when it is about a volunteer or intern, where the regulation says.
        choices.note = r
            .talk_first
            .as_ref()
            .and_then(|t| t.volunteers_and_interns)
            .map(|role| Label::Filled {
                key: "talked_to_staff.volunteers",
                placeholder: "coordinator",
                value_key: format!("staff.{}", role.name()),
            });
        Ask::Choose(choices)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::TalkedToStaff) {
            a.talked = None;
        }
    }
}
