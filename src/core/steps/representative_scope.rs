//! "Waar gaat je klacht over?": a representative who may complain about only part of
//! the client's affairs (a bewindvoerder: money; a mentor: care and support) says whether this
//! complaint is about that part. If not, they cannot file it (Lentl, footnote 2).

use chrono::NaiveDate;

use super::{role, Ask, Choices, Label, Screen, Step};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{FilerRole, Regulation, Scope};

/// The part this representative may complain about, when it is not everything.
pub fn limited_scope(r: &Regulation, a: &Answers) -> Option<Scope> {
    if role::filer_role(r, a) != Some(FilerRole::LegalRepresentative) {
        return None;
    }
    let kind = a.representative?;
    r.filers
        .representatives
        .iter()
        .find(|rep| rep.kind == kind)
        .map(|rep| rep.scope)
        .filter(|scope| *scope != Scope::All)
}

/// Whether the complaint lies outside what this representative may complain about.
pub fn outside(r: &Regulation, a: &Answers) -> bool {
    limited_scope(r, a).is_some() && a.within_scope == Some(false)
}

pub struct RepresentativeScope;

impl Screen for RepresentativeScope {
    fn step(&self) -> Step {
        Step::RepresentativeScope
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        limited_scope(r, a).is_some()
    }
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        // Asked only of a representative with a limited scope.
        let Some(scope) = limited_scope(r, a) else {
            return Ask::Info;
        };
        let mut choices = Choices::yes_no(
            field::WITHIN_SCOPE,
            [true, false],
            |a| a.within_scope,
            |a| &mut a.within_scope,
        );
        for (choice, name) in choices.options.iter_mut().zip(["true", "false"]) {
            choice.label = Label::Key(format!("choice.within_scope.{}.{name}", scope.name()));
            choice.hint = None;
        }
        Ask::Choose(choices)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::RepresentativeScope) {
            a.within_scope = None;
        }
    }
}
