//! "Hoe wordt je zorg betaald?", asked where some help or escalation depends on it.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Screen, Step};
use crate::core::answers::{field, Answers, FundingAnswer};
use crate::core::regulation::{Funding, Regulation};

/// The ways of paying for care the question offers: those the regulation mentions.
pub fn options(r: &Regulation) -> Vec<Funding> {
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

pub struct FundingScreen;

impl Screen for FundingScreen {
    fn step(&self) -> Step {
        Step::Funding
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        r.asks_funding()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let mut options: Vec<_> = options(r)
            .into_iter()
            .map(|f| {
                let choice = Choice::named(field::FUNDING, f.name(), None);
                (FundingAnswer::Known(f), choice)
            })
            .collect();
        options.push((
            FundingAnswer::Unknown,
            Choice::named(field::FUNDING, "unknown", None),
        ));
        Ask::Choose(Choices::one(
            field::FUNDING,
            options,
            |a| a.funding,
            |a| &mut a.funding,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Funding) {
            a.funding = None;
        }
    }
}
