//! "Vul je dit alleen in?": alone, or with someone who helps type. Asked after "Voor wie is
//! de klacht?" unless the complaint is for someone else: then the one filing is the support
//! person, and every later screen speaks of "de cliënt".

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Icon, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom, Support};
use crate::core::regulation::Regulation;

pub struct SupportScreen;

impl Screen for SupportScreen {
    fn step(&self) -> Step {
        Step::Support
    }
    fn applies(&self, _r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        a.for_whom().is_some_and(|w| w != ForWhom::SomeoneElse)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        let option = |value: Support, icon| {
            (
                value,
                Choice::named(field::SUPPORT, value.name(), Some(icon)),
            )
        };
        Ask::Choose(Choices::one(
            field::SUPPORT,
            vec![
                option(Support::Alone, Icon::Person),
                option(Support::HelpsTyping, Icon::Helper),
            ],
            |a| a.support,
            |a| &mut a.support,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Support) {
            a.support = None;
        }
    }
}
