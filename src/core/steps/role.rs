//! "Wie ben jij voor de cliënt?": the filer's role when the complaint is about a living
//! client who is someone else. Also where the filer's role is worked out from the answers.

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
        ForWhom::SomeoneElse
            if a.client_deceased == Some(true) && r.allows(FilerRole::NextOfKin) =>
        {
            Some(FilerRole::NextOfKin)
        }
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
        let deceased = client_deceased::asked(r, a) && a.client_deceased == Some(true);
        a.for_whom() == Some(ForWhom::SomeoneElse) && !deceased && !options(r).is_empty()
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let options = options(r)
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
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Role) {
            a.role = None;
        }
    }
}
