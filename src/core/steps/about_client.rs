//! The name of the client (or of the group) the complaint is about, when it is not about
//! the person themselves.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers, ForWhom};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::{text, FieldError, MAX_NAME_CHARS};

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
        } else {
            TextAsk::new(
                field::CLIENT_NAME,
                TextKind::Line,
                Need::Required,
                |a| &a.client_name,
                |a| &mut a.client_name,
            )
        })
    }
    fn validate(&self, _r: &Regulation, a: &Answers, _today: NaiveDate) -> Vec<FieldError> {
        let mut e = Vec::new();
        let (value, field, empty) = match a.for_whom() {
            Some(ForWhom::Group) => (&a.group_name, field::GROUP_NAME, "error.group_name.empty"),
            _ => (
                &a.client_name,
                field::CLIENT_NAME,
                "error.client_name.empty",
            ),
        };
        let need = Need::Required;
        text(
            &mut e,
            value,
            need,
            MAX_NAME_CHARS,
            field,
            empty,
            "error.too_long",
        );
        e
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
