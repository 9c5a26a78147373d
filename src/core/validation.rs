//! The checks the screens share (text lengths, dates, e-mail, phone). Errors are locale keys,
//! so the view can say them in any language; the typed values are never touched. Each
//! screen's own rules are in its module in `steps`.

use chrono::{Datelike, NaiveDate};

use super::regulation::Need;

pub const MAX_STORY_CHARS: usize = 10_000;
pub const MAX_TEXT_CHARS: usize = 5_000;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_ADDRESS_CHARS: usize = 500;

/// One problem with one field. `message` is a locale key; `limit` fills its `{max}` (the
/// most characters accepted) where it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
    pub limit: Option<usize>,
}

pub fn err(field: &'static str, message: &'static str) -> FieldError {
    FieldError {
        field,
        message,
        limit: None,
    }
}

/// A required text is given, and not longer than `max` characters (after trimming): the
/// message then says the limit.
pub fn text(
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
        errors.push(FieldError {
            limit: Some(max),
            ..err(field, too_long)
        });
    }
}

/// A date is given (unless it may be unknown), not in the future and not before 1900.
pub fn date(
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
