//! What happens after sending, on the way this complaint goes: the dates (a limit says "at
//! the latest", an aim says "we aim for") and the regulation's notes for that route.

use chrono::NaiveDate;

use super::answers::{Answers, FundingAnswer, Talked};
use super::deadlines::{Deadlines, Milestone};
use super::eligibility;
use super::regulation::{EscalationRoute, IfNotTalked, Note, Regulation, Route};
use super::steps::{about_volunteer, talked_to_staff};

/// What happens first, for someone who has not talked to staff: a locale key, and the staff
/// key that fills its `{coordinator}` where it names one.
pub fn first(r: &Regulation, a: &Answers) -> Option<(&'static str, Option<String>)> {
    let talk = r.talk_first.as_ref()?;
    match a.talked? {
        Talked::NotSafe => Some(("sent.not_safe", None)),
        Talked::No => match (talk.if_not, about_volunteer::coordinator(r, a)) {
            // Not handled: the journey stopped, nothing was sent.
            (IfNotTalked::Continue | IfNotTalked::NotHandled, _) => None,
            (_, Some(role)) => Some((
                "sent.referred_to_coordinator",
                Some(format!("staff.{}", role.name())),
            )),
            (IfNotTalked::AppointmentFirst, None) => Some(("sent.appointment_first", None)),
            (IfNotTalked::ReferredToEmployee, None) => Some(("sent.referred_to_employee", None)),
        },
        Talked::Yes | Talked::DirectRoute => None,
    }
}

/// Each date with the locale key that tells it (`{date}` in the text).
pub fn dated(d: &Deadlines) -> Vec<(&'static str, NaiveDate)> {
    let aim = |m: Milestone| d.aims.contains(&m);
    [
        (
            if aim(Milestone::Receipt) {
                "sent.receipt_aim"
            } else {
                "sent.receipt_by"
            },
            d.receipt_by,
        ),
        (
            if aim(Milestone::FirstContact) {
                "sent.first_contact_aim"
            } else {
                "sent.first_contact_by"
            },
            d.first_contact_by,
        ),
        (
            if aim(Milestone::HandlingStarts) {
                "sent.handling_starts_aim"
            } else {
                "sent.handling_starts_by"
            },
            d.handling_starts_by,
        ),
        (
            if aim(Milestone::Decision) {
                "sent.decision_aim"
            } else {
                "sent.decision_by"
            },
            d.decision_by,
        ),
        ("sent.decision_by_extended", d.decision_by_extended),
    ]
    .into_iter()
    .filter_map(|(key, date)| date.map(|date| (key, date)))
    .collect()
}

/// The regulation's notes for every complaint, then those of the direct route when the
/// complaint goes that way, then how to send attachments.
pub fn notes<'a>(r: &'a Regulation, a: &Answers) -> Vec<&'a Note> {
    let direct = r
        .talk_first
        .as_ref()
        .and_then(|t| t.direct_route.as_ref())
        .filter(|_| talked_to_staff::route(r, a) == Route::Direct);
    r.timeline
        .notes
        .iter()
        .chain(direct.into_iter().flat_map(|d| d.notes.iter()))
        .chain(&r.complaint_fields.attachments)
        .collect()
}

/// Where to go when not satisfied: the own route's escalation where it has one, else the
/// regulation's; only those for this person's funding and the way the complaint went.
pub fn escalation<'a>(r: &'a Regulation, a: &Answers) -> Vec<&'a EscalationRoute> {
    let own = eligibility::own_route(r, a).and_then(|e| e.route.as_ref());
    let routes = match own {
        Some(route) if !route.escalation.is_empty() => &route.escalation,
        _ => &r.escalation,
    };
    let route = talked_to_staff::route(r, a);
    routes
        .iter()
        .filter(|e| match a.funding {
            Some(FundingAnswer::Known(f)) => e.funding.is_empty() || e.funding.contains(&f),
            _ => true,
        })
        .filter(|e| e.route.is_none_or(|only| only == route))
        .collect()
}
