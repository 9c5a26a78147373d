//! "Vul je dit alleen in?": alone, with someone who helps type, or a support person files
//! for the client.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Icon, Screen, Step};
use crate::core::answers::{field, Answers, Support};
use crate::core::regulation::Regulation;

pub struct SupportScreen;

impl Screen for SupportScreen {
    fn step(&self) -> Step {
        Step::Support
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
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
                option(Support::FilesForClient, Icon::ForOther),
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
