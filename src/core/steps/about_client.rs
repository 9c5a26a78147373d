//! The name of the client (or of the group) the complaint is about, when it is not about
//! the person themselves.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::MAX_NAME_CHARS;

pub struct AboutClient;

impl Screen for AboutClient {
    fn step(&self) -> Step {
        Step::AboutClient
    }
    fn applies(&self, _r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        matches!(a.for_whom(), Some(ForWhom::SomeoneElse | ForWhom::Group))
    }
    fn ask(&self, _r: &Regulation, a: &Answers) -> Ask {
        Ask::Text(if a.for_whom() == Some(ForWhom::Group) {
            TextAsk::new(
                field::GROUP_NAME,
                TextKind::Line,
                Need::Required,
                |a| &a.group_name,
                |a| &mut a.group_name,
            )
            .checked(MAX_NAME_CHARS, "error.group_name.empty")
        } else {
            TextAsk::new(
                field::CLIENT_NAME,
                TextKind::Line,
                Need::Required,
                |a| &a.client_name,
                |a| &mut a.client_name,
            )
            .checked(MAX_NAME_CHARS, "error.client_name.empty")
        })
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        let asked = steps.contains(&Step::AboutClient);
        if !asked || a.for_whom() != Some(ForWhom::SomeoneElse) {
            a.client_name.clear();
        }
        if !asked || a.for_whom() != Some(ForWhom::Group) {
            a.group_name.clear();
        }
    }
}
