//! Where the regulation makes people wait for an answer after talking (or complaining)
//! first: "Heb je al een antwoord gekregen?" and, without one, "Wanneer heb je het
//! gevraagd?". The waiting time itself is checked on the talk result page.

use chrono::NaiveDate;

use super::{Ask, Choices, DateAsk, Screen, Step};
use crate::core::answers::{field, Answers, Talked};
use crate::core::regulation::{Need, Regulation};

fn waits(r: &Regulation, a: &Answers) -> bool {
    r.talk_first.as_ref().is_some_and(|t| t.wait.is_some()) && a.talked == Some(Talked::Yes)
}

pub struct TalkAnswered;

impl Screen for TalkAnswered {
    fn step(&self) -> Step {
        Step::TalkAnswered
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        waits(r, a)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Choose(Choices::yes_no(
            field::TALK_ANSWERED,
            [true, false],
            |a| a.talk_answered,
            |a| &mut a.talk_answered,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::TalkAnswered) {
            a.talk_answered = None;
        }
    }
}

pub struct TalkedOn;

impl Screen for TalkedOn {
    fn step(&self) -> Step {
        Step::TalkedOn
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        waits(r, a) && a.talk_answered == Some(false)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Date(DateAsk {
            field: field::TALKED_ON,
            unknown_field: "talked_on_unknown",
            unknown_allowed: false,
            need: Need::Required,
            get: |a| a.talked_on,
            set: |a, d| a.talked_on = d,
            unknown: |_| false,
            set_unknown: |_, _| {},
        })
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::TalkedOn) {
            a.talked_on = None;
        }
    }
}
