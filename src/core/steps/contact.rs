//! "Hoe kunnen we je bereiken?": name, e-mail, phone and address, as the regulation asks
//! them, with at least one way to reach the person where it says so. Someone who wants to
//! stay anonymous is not asked their name and may leave everything empty.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{ContactChannel, ContactFields, ExclusionKind, Need, Regulation};
use crate::core::validation::{
    err, is_email, is_phone, text, FieldError, MAX_ADDRESS_CHARS, MAX_NAME_CHARS,
};

/// Whether the person said they want to stay anonymous, where the regulation lets them go on.
fn anonymous(r: &Regulation, a: &Answers) -> bool {
    let chosen = a.exclusions.as_deref().unwrap_or_default();
    r.exclusions
        .iter()
        .any(|e| e.kind == Some(ExclusionKind::Anonymous) && chosen.iter().any(|c| c == e.id()))
}

/// The contact fields as asked from this person: as the regulation says, except that
/// someone who wants to stay anonymous is not asked their name and needs give nothing.
pub fn fields(r: &Regulation, a: &Answers) -> ContactFields {
    let mut c = r.contact_fields.clone();
    if anonymous(r, a) {
        c.name = Need::Hidden;
        for need in [&mut c.email, &mut c.phone, &mut c.postal_address] {
            if *need == Need::Required {
                *need = Need::Optional;
            }
        }
        c.at_least_one_of.clear();
    }
    c
}

/// The channels the person gave, among those the regulation asks.
pub fn given_channels(r: &Regulation, a: &Answers) -> Vec<ContactChannel> {
    let c = &fields(r, a);
    let mut channels = Vec::new();
    if c.email.asked() && !a.email.trim().is_empty() {
        channels.push(ContactChannel::Email);
    }
    if c.phone.asked() && !a.phone.trim().is_empty() {
        channels.push(ContactChannel::Phone);
    }
    if c.postal_address.asked() && !a.postal_address.trim().is_empty() {
        channels.push(ContactChannel::Post);
    }
    channels
}

/// The locale key that names a channel: "e-mail", "telefoon", "post".
pub fn channel_key(channel: ContactChannel) -> &'static str {
    match channel {
        ContactChannel::Email => "channel.email",
        ContactChannel::Phone => "channel.phone",
        ContactChannel::Post => "channel.post",
    }
}

fn row(
    field: &'static str,
    kind: TextKind,
    need: Need,
    get: fn(&Answers) -> &String,
    slot: fn(&mut Answers) -> &mut String,
) -> TextAsk {
    let mut ask = TextAsk::new(field, kind, need, get, slot);
    ask.label = Some(format!("contact.{field}"));
    ask
}

pub struct Contact;

impl Screen for Contact {
    fn step(&self) -> Step {
        Step::Contact
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
    }
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        let c = &fields(r, a);
        let fields = vec![
            row(
                field::NAME,
                TextKind::Name,
                c.name,
                |a| &a.name,
                |a| &mut a.name,
            ),
            row(
                field::EMAIL,
                TextKind::Email,
                c.email,
                |a| &a.email,
                |a| &mut a.email,
            ),
            row(
                field::PHONE,
                TextKind::Phone,
                c.phone,
                |a| &a.phone,
                |a| &mut a.phone,
            ),
            row(
                field::POSTAL_ADDRESS,
                TextKind::Address,
                c.postal_address,
                |a| &a.postal_address,
                |a| &mut a.postal_address,
            ),
        ];
        Ask::Fields {
            fields: fields.into_iter().filter(|f| f.need.asked()).collect(),
            reach: c
                .at_least_one_of
                .iter()
                .map(|ch| channel_key(*ch))
                .collect(),
            note: anonymous(r, a).then_some("contact.anonymous"),
        }
    }
    fn validate(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> Option<Vec<FieldError>> {
        let c = &fields(r, a);
        let mut e = Vec::new();
        let too_long = "error.too_long";
        text(
            &mut e,
            &a.name,
            c.name,
            MAX_NAME_CHARS,
            field::NAME,
            "error.name.empty",
            too_long,
        );
        let email = a.email.trim();
        if c.email.asked() {
            if email.is_empty() {
                if c.email == Need::Required {
                    e.push(err(field::EMAIL, "error.email.empty"));
                }
            } else if !is_email(email) || email.len() > 254 {
                e.push(err(field::EMAIL, "error.email.invalid"));
            }
        }
        let phone = a.phone.trim();
        if c.phone.asked() {
            if phone.is_empty() {
                if c.phone == Need::Required {
                    e.push(err(field::PHONE, "error.phone.empty"));
                }
            } else if !is_phone(phone) {
                e.push(err(field::PHONE, "error.phone.invalid"));
            }
        }
        text(
            &mut e,
            &a.postal_address,
            c.postal_address,
            MAX_ADDRESS_CHARS,
            field::POSTAL_ADDRESS,
            "error.postal_address.empty",
            too_long,
        );
        let reachable = given_channels(r, a)
            .iter()
            .any(|ch| c.at_least_one_of.contains(ch));
        // Reported with the other problems, in one round; never twice on one field.
        if !reachable && !c.at_least_one_of.is_empty() {
            let first = match c.at_least_one_of[0] {
                ContactChannel::Email => field::EMAIL,
                ContactChannel::Phone => field::PHONE,
                ContactChannel::Post => field::POSTAL_ADDRESS,
            };
            if !e.iter().any(|problem| problem.field == first) {
                e.push(err(first, "error.contact.unreachable"));
            }
        }
        Some(e)
    }
    fn prune(&self, r: &Regulation, steps: &[Step], a: &mut Answers) {
        let asked = steps.contains(&Step::Contact);
        let c = &fields(r, a);
        for (need, value) in [
            (c.name, &mut a.name),
            (c.email, &mut a.email),
            (c.phone, &mut a.phone),
            (c.postal_address, &mut a.postal_address),
        ] {
            if !asked || !need.asked() {
                value.clear();
            }
        }
    }
}
