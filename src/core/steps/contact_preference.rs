//! "Hoe wil je het liefst bereikt worden?", when the person gave more than one way.

use chrono::NaiveDate;

use super::contact::given_channels;
use super::{Ask, Choice, Choices, Icon, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{ContactChannel, Regulation};

fn icon(channel: ContactChannel) -> Icon {
    match channel {
        ContactChannel::Email => Icon::Email,
        ContactChannel::Phone => Icon::Phone,
        ContactChannel::Post => Icon::Letter,
    }
}

pub struct ContactPreference;

impl Screen for ContactPreference {
    fn step(&self) -> Step {
        Step::ContactPreference
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        given_channels(r, a).len() > 1
    }
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        let options = given_channels(r, a)
            .into_iter()
            .map(|c| {
                let choice = Choice::named(field::PREFERRED_CONTACT, c.name(), Some(icon(c)));
                (c, choice)
            })
            .collect();
        Ask::Choose(Choices::one(
            field::PREFERRED_CONTACT,
            options,
            |a| a.preferred_contact,
            |a| &mut a.preferred_contact,
        ))
    }
    fn prune(&self, r: &Regulation, steps: &[Step], a: &mut Answers) {
        let given = given_channels(r, a);
        if !steps.contains(&Step::ContactPreference)
            || !a.preferred_contact.is_some_and(|c| given.contains(&c))
        {
            a.preferred_contact = None;
        }
    }
}
