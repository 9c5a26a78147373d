//! What happens after sending, on the way this complaint goes: the dates (a limit says "at
//! the latest", an aim says "we aim for") and the regulation's notes for that route.

use chrono::NaiveDate;

use super::answers::Answers;
use super::deadlines::{Deadlines, Milestone};
use super::regulation::{Note, Regulation, Route};
use super::steps::talked_to_staff;

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
/// complaint goes that way.
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
        .collect()
}
