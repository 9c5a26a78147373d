//! Every screen a regulation's journey can show, each with answers that lead to it: found by
//! answering each question every way it can be answered, one screen at a time. The studio
//! walks every screen with it, and the checker knows which of our texts a visitor can see.

use std::collections::{BTreeSet, VecDeque};

use chrono::{Days, Months, NaiveDate};

use super::answers::Answers;
use super::flow::{self, Step};
use super::regulation::Regulation;
use super::steps::{Ask, TextAsk, TextKind};

/// A bound on the answers tried; the seeds need far fewer.
const MOST_TRIED: usize = 5000;

/// Each screen the journey can show, in the journey's order, with the first answers found
/// that lead to it. Every way of answering a question is tried, but only the first goes on
/// unless another shows a screen not found yet: so each new branch is followed to its end
/// without trying every combination.
pub fn screens(r: &Regulation, today: NaiveDate) -> Vec<(Step, Answers)> {
    let mut found: Vec<Option<Answers>> = vec![None; Step::ALL.len()];
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from([(Answers::default(), true)]);
    while let Some((a, first)) = queue.pop_front() {
        if seen.len() >= MOST_TRIED || !seen.insert(format!("{a:?}")) {
            continue;
        }
        let steps = flow::steps(r, &a, today);
        let open = steps
            .iter()
            .position(|s| !flow::validate(r, &a, today, *s).is_empty());
        let shown = open.map_or(steps.len(), |i| i + 1);
        let mut new = false;
        for step in &steps[..shown] {
            let slot = &mut found[*step as usize];
            if slot.is_none() {
                *slot = Some(a.clone());
                new = true;
            }
        }
        if let Some(i) = open.filter(|_| new || first) {
            let next = answered(r, &a, today, steps[i]);
            queue.extend(next.into_iter().enumerate().map(|(i, a)| (a, i == 0)));
        }
    }
    Step::ALL
        .iter()
        .zip(found)
        .filter_map(|(step, a)| a.map(|a| (*step, a)))
        .collect()
}

/// The answers after answering `step` in each way it can be answered.
fn answered(r: &Regulation, a: &Answers, today: NaiveDate, step: Step) -> Vec<Answers> {
    let with = |change: &dyn Fn(&mut Answers)| {
        let mut next = a.clone();
        change(&mut next);
        next
    };
    match flow::ask(r, a, step) {
        Ask::Choose(choices) => {
            let mut out: Vec<Answers> = (0..choices.options.len())
                .map(|i| with(&|a| choices.toggle(a, i)))
                .collect();
            if choices.many {
                out.push(with(&|a| choices.toggle_none(a)));
            }
            out
        }
        Ask::Date(date) => {
            let recent = today.checked_sub_days(Days::new(7)).unwrap_or(today);
            let long_ago = today.checked_sub_months(Months::new(60)).unwrap_or(today);
            let mut out = vec![
                with(&|a| (date.set)(a, Some(recent))),
                with(&|a| (date.set)(a, Some(long_ago))),
            ];
            if date.unknown_allowed {
                out.push(with(&|a| (date.set_unknown)(a, true)));
            }
            out
        }
        Ask::Text(text) => vec![with(&|a| fill(&text, a))],
        Ask::Fields { fields, .. } => vec![with(&|a| fields.iter().for_each(|f| fill(f, a)))],
        Ask::Info => Vec::new(),
    }
}

/// A text that passes the field's checks.
fn fill(text: &TextAsk, a: &mut Answers) {
    let value = match text.kind {
        TextKind::Email => "naam@voorbeeld.nl",
        TextKind::Phone => "0612345678",
        TextKind::Name => "Sam de Vries",
        TextKind::Address => "Voorbeeldstraat 1\n1234 AB Voorbeeld",
        TextKind::Line | TextKind::Area => "Voorbeeld",
    };
    *(text.slot)(a) = value.to_string();
}
