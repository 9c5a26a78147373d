//! "Wie ben jij voor de cliënt?": the filer's role when the complaint is about someone else
//! (after a death: next of kin, or staff). Also where the filer's role is worked out.

use chrono::NaiveDate;

use super::{client_deceased, Ask, Choice, Choices, Icon, Screen, Step};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{FilerRole, Regulation};

/// The roles offered. Employees are offered where the regulation names them, so they hear,
/// kindly, why they cannot file.
pub fn options(r: &Regulation) -> Vec<FilerRole> {
    let mut roles: Vec<FilerRole> = [FilerRole::LegalRepresentative, FilerRole::AuthorisedPerson]
        .into_iter()
        .filter(|role| r.allows(*role))
        .collect();
    if r.filers.never.contains(&FilerRole::Employee) {
        roles.push(FilerRole::Employee);
    }
    roles
}

/// The roles asked about for a client who has died: next of kin, and staff where the
/// regulation says staff may never file (so they hear why, instead of counting as family).
fn options_after_death(r: &Regulation) -> Vec<FilerRole> {
    let mut roles = vec![FilerRole::NextOfKin];
    if r.filers.never.contains(&FilerRole::Employee) {
        roles.push(FilerRole::Employee);
    }
    roles
}

fn client_died(r: &Regulation, a: &Answers) -> bool {
    client_deceased::asked(r, a) && a.client_deceased == Some(true)
}

/// The roles this person is asked to choose from.
fn offered(r: &Regulation, a: &Answers) -> Vec<FilerRole> {
    if client_died(r, a) {
        options_after_death(r)
    } else {
        options(r)
    }
}

/// Who may file here, for a refusal to name: every allowed role but staff.
pub fn who_may_file(r: &Regulation) -> Vec<FilerRole> {
    r.filers
        .allowed
        .iter()
        .copied()
        .filter(|role| *role != FilerRole::Employee)
        .collect()
}

/// The filer's role, from who the complaint is about. Whether the client has died only
/// counts where the regulation asks it (it lets next of kin file).
pub fn filer_role(r: &Regulation, a: &Answers) -> Option<FilerRole> {
    match a.for_whom()? {
        ForWhom::Myself => Some(FilerRole::Client),
        ForWhom::Group => Some(FilerRole::Group),
        ForWhom::NotAClient => Some(FilerRole::AffectedParty),
        // Next of kin, unless the one question asked says otherwise.
        ForWhom::SomeoneElse if client_died(r, a) => match options_after_death(r).len() {
            1 => Some(FilerRole::NextOfKin),
            _ => a.role.filter(|role| options_after_death(r).contains(role)),
        },
        // Only a role the regulation offers counts; anything else is a stale answer.
        ForWhom::SomeoneElse => a.role.filter(|role| options(r).contains(role)),
    }
}

pub struct Role;

impl Screen for Role {
    fn step(&self) -> Step {
        Step::Role
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        // A choice of one is no question: after a death that is next of kin.
        let asked = if client_died(r, a) { 2 } else { 1 };
        a.for_whom() == Some(ForWhom::SomeoneElse) && offered(r, a).len() >= asked
    }
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        let options = offered(r, a)
            .into_iter()
            .map(|role| {
                let choice = Choice::named(field::ROLE, role.name(), Some(Icon::Badge));
                (role, choice)
            })
            .collect();
        Ask::Choose(Choices::one(
            field::ROLE,
            options,
            |a| a.role,
            |a| &mut a.role,
        ))
    }
    fn prune(&self, r: &Regulation, steps: &[Step], a: &mut Answers) {
        // Gone with the question, or a role this person is no longer offered.
        if !steps.contains(&Step::Role) || a.role.is_some_and(|role| !offered(r, a).contains(&role))
        {
            a.role = None;
        }
    }
}
