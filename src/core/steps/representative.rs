//! "Wat voor vertegenwoordiger ben je?": the kinds of legal representative the regulation
//! names, each with what they may complain about.

use chrono::NaiveDate;

use super::{role, Ask, Choice, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{FilerRole, Regulation, RepresentativeKind};

/// The plain explanation of a representative's role (a parent needs none).
fn what_it_is(kind: RepresentativeKind) -> Option<&'static str> {
    match kind {
        RepresentativeKind::ParentWithAuthority => None,
        RepresentativeKind::Guardian => Some("term.voogd"),
        RepresentativeKind::Mentor => Some("term.mentor"),
        RepresentativeKind::Curator => Some("term.curator"),
        RepresentativeKind::Bewindvoerder => Some("term.bewindvoerder"),
    }
}

pub struct Representative;

impl Screen for Representative {
    fn step(&self) -> Step {
        Step::Representative
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        a.for_whom() == Some(ForWhom::SomeoneElse)
            && role::filer_role(r, a) == Some(FilerRole::LegalRepresentative)
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = r
            .filers
            .representatives
            .iter()
            .map(|rep| {
                let mut choice = Choice::named(field::REPRESENTATIVE, rep.kind.name(), None);
                // What the role is, then what this representative may complain about.
                let scope = Label::Key(format!("scope.{}", rep.scope.name()));
                choice.hint = Some(match what_it_is(rep.kind) {
                    Some(term) => Label::Joined(vec![Label::Key(term.into()), scope]),
                    None => scope,
                });
                (rep.kind, choice)
            })
            .collect();
        Ask::Choose(Choices::one(
            field::REPRESENTATIVE,
            options,
            |a| a.representative,
            |a| &mut a.representative,
        ))
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Representative) {
            a.representative = None;
        }
    }
}
