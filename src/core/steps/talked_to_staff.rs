//! "Heb je al met {who} gepraat?": yes, no, (where the regulation has a direct route)
//! straight to the committee, or "no: it is about that person / I do not feel safe".

use chrono::NaiveDate;

use super::{about_volunteer, Ask, Choice, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers, Talked};
use crate::core::regulation::{IfNotTalked, Regulation, Route, TalkPolicy};

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
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        let option = |value: Talked| (value, Choice::named(field::TALKED, value.name(), None));
        let mut options = vec![option(Talked::Yes), option(Talked::No)];
        if has_direct_route(r) {
            options.push(option(Talked::DirectRoute));
        }
        // Nobody has to talk first to the person their complaint is about, or to someone they
        // do not feel safe with: the complaint goes on without that talk. Unless the
        // regulation handles nothing before that talk (then its go_to says where to talk).
        if r.talk_first
            .as_ref()
            .is_none_or(|t| t.if_not != IfNotTalked::NotHandled)
        {
            options.push(option(Talked::NotSafe));
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
        choices.note = about_volunteer::coordinator(r, a).map(|role| Label::Filled {
            key: "talked_to_staff.volunteer",
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
