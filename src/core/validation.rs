//! What each step's answers must satisfy. Errors are locale keys, so the UI can say them in
//! any language; the typed values are never touched.

use chrono::{Datelike, NaiveDate};

use super::answers::{field, Answers, ForWhom, FundingAnswer};
use super::flow::{self, Step};
use super::regulation::{ContactChannel, Need, Regulation};

pub const MAX_STORY_CHARS: usize = 10_000;
pub const MAX_TEXT_CHARS: usize = 5_000;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_ADDRESS_CHARS: usize = 500;

/// One problem with one field. `message` is a locale key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

fn err(field: &'static str, message: &'static str) -> FieldError {
    FieldError { field, message }
}

fn text(
    errors: &mut Vec<FieldError>,
    value: &str,
    need: Need,
    max: usize,
    field: &'static str,
    empty: &'static str,
    too_long: &'static str,
) {
    let value = value.trim();
    if value.is_empty() {
        if need == Need::Required {
            errors.push(err(field, empty));
        }
    } else if value.chars().count() > max {
        errors.push(err(field, too_long));
    }
}

fn date(
    errors: &mut Vec<FieldError>,
    value: Option<NaiveDate>,
    unknown: bool,
    today: NaiveDate,
    field: &'static str,
) {
    match value {
        None if !unknown => errors.push(err(field, "error.date.empty")),
        Some(d) if d > today => errors.push(err(field, "error.date.future")),
        Some(d) if d.year() < 1900 => errors.push(err(field, "error.date.too_old")),
        _ => {}
    }
}

/// Whether `email` looks like an address: something@something.something, no spaces.
pub fn is_email(email: &str) -> bool {
    let mut parts = email.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(domain), None)
        if !user.is_empty()
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
        && !email.contains(char::is_whitespace))
}

/// Whether `phone` looks like a phone number: 10 to 15 digits, with optional +, spaces,
/// dashes, dots and brackets.
pub fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
}

/// The channels the person gave, among those the regulation asks.
pub fn given_channels(regulation: &Regulation, answers: &Answers) -> Vec<ContactChannel> {
    let c = &regulation.contact_fields;
    let mut channels = Vec::new();
    if c.email.asked() && !answers.email.trim().is_empty() {
        channels.push(ContactChannel::Email);
    }
    if c.phone.asked() && !answers.phone.trim().is_empty() {
        channels.push(ContactChannel::Phone);
    }
    if c.postal_address.asked() && !answers.postal_address.trim().is_empty() {
        channels.push(ContactChannel::Post);
    }
    channels
}

/// Problems that stop the person from continuing past `step`. Empty means: go on.
pub fn validate(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
    step: Step,
) -> Vec<FieldError> {
    let r = regulation;
    let a = answers;
    let mut e = Vec::new();
    match step {
        Step::Start | Step::Eligibility | Step::FilerResult | Step::Check | Step::Sent => {}
        Step::Support if a.support.is_none() => e.push(err(field::SUPPORT, "error.choose")),
        Step::Support => {}
        Step::EventDate | Step::ComplaintDate => {
            // "I do not know" is always fine for eligibility; for the complaint's own date
            // only when the date is not required, and an optional date may stay empty.
            let need = r.complaint_fields.event_date;
            let optional = step == Step::ComplaintDate && need == Need::Optional;
            let unknown_allowed = step == Step::EventDate || need != Need::Required;
            let may_be_empty = optional || (a.event_date_unknown && unknown_allowed);
            date(&mut e, a.event_date, may_be_empty, today, field::EVENT_DATE)
        }
        Step::LastContact => date(
            &mut e,
            a.last_contact_date,
            a.last_contact_unknown,
            today,
            field::LAST_CONTACT_DATE,
        ),
        Step::Topics if a.topics.is_none() => e.push(err(field::TOPICS, "error.choose_or_none")),
        Step::Topics => {}
        Step::Exclusions if a.exclusions.is_none() => {
            e.push(err(field::EXCLUSIONS, "error.choose_or_none"))
        }
        Step::Exclusions => {}
        Step::TalkedToStaff => match a.talked {
            None => e.push(err(field::TALKED, "error.choose")),
            Some(super::answers::Talked::DirectRoute)
                if r.talk_first
                    .as_ref()
                    .is_none_or(|t| t.direct_route.is_none()) =>
            {
                e.push(err(field::TALKED, "error.choose"))
            }
            Some(_) => {}
        },
        Step::DirectRouteReason => text(
            &mut e,
            &a.direct_route_reason,
            Need::Required,
            MAX_TEXT_CHARS,
            field::DIRECT_ROUTE_REASON,
            "error.direct_route_reason.empty",
            "error.too_long",
        ),
        Step::ForWhom => match a.for_whom {
            Some(choice) if flow::for_whom_options(r).contains(&choice) => {}
            _ => e.push(err(field::FOR_WHOM, "error.choose")),
        },
        Step::ClientDeceased if a.client_deceased.is_none() => {
            e.push(err(field::CLIENT_DECEASED, "error.choose"))
        }
        Step::ClientDeceased => {}
        Step::Role => match a.role {
            Some(role) if flow::role_options(r).contains(&role) => {}
            _ => e.push(err(field::ROLE, "error.choose")),
        },
        Step::Representative => match a.representative {
            Some(kind) if r.filers.representatives.iter().any(|rep| rep.kind == kind) => {}
            _ => e.push(err(field::REPRESENTATIVE, "error.choose")),
        },
        Step::Authorisation if a.written_authorisation.is_none() => {
            e.push(err(field::WRITTEN_AUTHORISATION, "error.choose"))
        }
        Step::Authorisation => {}
        Step::AboutClient => match a.for_whom() {
            Some(ForWhom::Group) => text(
                &mut e,
                &a.group_name,
                Need::Required,
                MAX_NAME_CHARS,
                field::GROUP_NAME,
                "error.group_name.empty",
                "error.too_long",
            ),
            _ => text(
                &mut e,
                &a.client_name,
                Need::Required,
                MAX_NAME_CHARS,
                field::CLIENT_NAME,
                "error.client_name.empty",
                "error.too_long",
            ),
        },
        Step::Funding => match a.funding {
            Some(FundingAnswer::Unknown) => {}
            Some(FundingAnswer::Known(f)) if funding_options(r).contains(&f) => {}
            _ => e.push(err(field::FUNDING, "error.choose")),
        },
        Step::Help => match &a.help {
            None => e.push(err(field::HELP, "error.choose_or_none")),
            Some(kinds) => {
                let offered = flow::help_options(r, a);
                if kinds.iter().any(|k| !offered.iter().any(|h| h.kind == *k)) {
                    e.push(err(field::HELP, "error.choose_or_none"));
                }
                text(
                    &mut e,
                    &a.trusted_person_name,
                    Need::Optional,
                    MAX_NAME_CHARS,
                    field::TRUSTED_PERSON_NAME,
                    "error.too_long",
                    "error.too_long",
                );
            }
        },
        Step::WhatHappened => text(
            &mut e,
            &a.what_happened,
            Need::Required,
            MAX_STORY_CHARS,
            field::WHAT_HAPPENED,
            "error.what_happened.empty",
            "error.what_happened.too_long",
        ),
        Step::Location => text(
            &mut e,
            &a.location,
            r.complaint_fields.location,
            MAX_NAME_CHARS,
            field::LOCATION,
            "error.location.empty",
            "error.too_long",
        ),
        Step::Employee => text(
            &mut e,
            &a.employee_name,
            r.complaint_fields.employee_name,
            MAX_NAME_CHARS,
            field::EMPLOYEE_NAME,
            "error.employee_name.empty",
            "error.too_long",
        ),
        Step::DesiredOutcome => text(
            &mut e,
            &a.desired_outcome,
            r.complaint_fields.desired_outcome,
            MAX_TEXT_CHARS,
            field::DESIRED_OUTCOME,
            "error.desired_outcome.empty",
            "error.too_long",
        ),
        Step::Serious if a.serious.is_none() => e.push(err(field::SERIOUS, "error.choose_or_none")),
        Step::Serious => {}
        Step::Contact => validate_contact(r, a, &mut e),
        Step::ContactPreference => match a.preferred_contact {
            Some(channel) if given_channels(r, a).contains(&channel) => {}
            _ => e.push(err(field::PREFERRED_CONTACT, "error.choose")),
        },
    }
    e
}

fn validate_contact(r: &Regulation, a: &Answers, e: &mut Vec<FieldError>) {
    let c = &r.contact_fields;
    text(
        e,
        &a.name,
        c.name,
        MAX_NAME_CHARS,
        field::NAME,
        "error.name.empty",
        "error.too_long",
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
        e,
        &a.postal_address,
        c.postal_address,
        MAX_ADDRESS_CHARS,
        field::POSTAL_ADDRESS,
        "error.postal_address.empty",
        "error.too_long",
    );
    let reachable = given_channels(r, a)
        .iter()
        .any(|ch| c.at_least_one_of.contains(ch));
    if !reachable && !c.at_least_one_of.is_empty() && e.is_empty() {
        let first = match c.at_least_one_of[0] {
            ContactChannel::Email => field::EMAIL,
            ContactChannel::Phone => field::PHONE,
            ContactChannel::Post => field::POSTAL_ADDRESS,
        };
        e.push(err(first, "error.contact.unreachable"));
    }
}

/// The ways of paying for care the funding question offers: those the regulation mentions.
pub fn funding_options(r: &Regulation) -> Vec<super::regulation::Funding> {
    let mut options: Vec<_> = r
        .help
        .iter()
        .flat_map(|h| h.funding.iter())
        .chain(r.escalation.iter().flat_map(|e| e.funding.iter()))
        .copied()
        .collect();
    options.sort();
    options.dedup();
    options
}

/// Every problem in the whole journey: used before sending, so nothing incomplete is sent.
pub fn validate_all(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
) -> Vec<(Step, FieldError)> {
    flow::steps(regulation, answers, today)
        .into_iter()
        .flat_map(|step| {
            validate(regulation, answers, today, step)
                .into_iter()
                .map(move |e| (step, e))
        })
        .collect()
}

/// Every message key validation can produce, so tests can check each has a text.
pub const MESSAGE_KEYS: &[&str] = &[
    "error.choose",
    "error.choose_or_none",
    "error.date.empty",
    "error.date.future",
    "error.date.too_old",
    "error.direct_route_reason.empty",
    "error.too_long",
    "error.group_name.empty",
    "error.client_name.empty",
    "error.what_happened.empty",
    "error.what_happened.too_long",
    "error.location.empty",
    "error.employee_name.empty",
    "error.desired_outcome.empty",
    "error.name.empty",
    "error.email.empty",
    "error.email.invalid",
    "error.phone.empty",
    "error.phone.invalid",
    "error.postal_address.empty",
    "error.contact.unreachable",
];
