//! "Over wie gaat de klacht?": yourself, someone else, a group, or (not a client) you are
//! bothered by what the organisation does. The first question: it decides who may file, and
//! for someone else every later screen speaks of "de cliënt".

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Icon, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{FilerRole, Regulation};

/// Who may be chosen. "Someone else" is always offered: where only clients may file, the
/// person is told so and how they can still help.
pub fn options(r: &Regulation) -> Vec<ForWhom> {
    let mut options = vec![ForWhom::Myself, ForWhom::SomeoneElse];
    if r.allows(FilerRole::Group) {
        options.push(ForWhom::Group);
    }
    if r.allows(FilerRole::AffectedParty) {
        options.push(ForWhom::NotAClient);
    }
    options
}

fn icon(choice: ForWhom) -> Icon {
    match choice {
        ForWhom::Myself => Icon::Person,
        ForWhom::SomeoneElse => Icon::ForOther,
        ForWhom::Group => Icon::Group,
        ForWhom::NotAClient => Icon::House,
    }
}

pub struct ForWhomScreen;

impl Screen for ForWhomScreen {
    fn step(&self) -> Step {
        Step::ForWhom
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = options(r)
            .into_iter()
            .map(|o| (o, Choice::named(field::FOR_WHOM, o.name(), Some(icon(o)))))
            .collect();
        Ask::Choose(Choices::one(
            field::FOR_WHOM,
            options,
            |a| a.for_whom,
            |a| &mut a.for_whom,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::ForWhom) {
            a.for_whom = None;
        }
    }
}
