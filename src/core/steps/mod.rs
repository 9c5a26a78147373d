//! One module per screen of the journey. Each says when it applies, what it asks (typed:
//! which answer field, which choices the regulation offers), what it accepts, and what it
//! forgets when it no longer applies. `flow` puts them in order; the view draws any [`Ask`].
//! A screen's texts are the locale keys under its [`Step::key`] (`<key>.heading`, `.hint`,
//! `.why`) and its choices' keys (`choice.<field>.<name>`, `.hint`).

mod ask;
mod step;

pub mod about_client;
pub mod about_volunteer;
pub mod authorisation;
pub mod client_deceased;
pub mod complaint_date;
pub mod contact;
pub mod contact_preference;
pub mod desired_outcome;
pub mod direct_route_reason;
pub mod employee;
pub mod event_date;
pub mod exclusions;
pub mod for_whom;
pub mod funding;
pub mod help;
pub mod last_contact;
pub mod location;
pub mod outcomes;
pub mod pages;
pub mod representative;
pub mod representative_scope;
pub mod role;
pub mod serious;
pub mod support;
pub mod talk_wait;
pub mod talked_to_staff;
pub mod topics;
pub mod what_happened;

pub use ask::{Ask, Choice, Choices, DateAsk, Icon, Label, TextAsk, TextCheck, TextKind};
pub use step::Step;

use chrono::NaiveDate;

use super::answers::Answers;
use super::regulation::Regulation;
use super::validation::FieldError;

/// One screen of the journey.
pub trait Screen: Sync {
    fn step(&self) -> Step;

    /// Whether the screen is part of the journey for these answers.
    fn applies(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> bool;

    /// Whether the journey ends here (a page that says where to go instead).
    fn stops(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        false
    }

    /// What the screen asks. Pages that tell rather than ask: [`Ask::Info`].
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Info
    }

    /// Problems that stop the person from continuing, where the screen checks more than its
    /// ask says. `None`: what follows from the ask ([`Ask::problems`]); see `flow::validate`.
    fn validate(
        &self,
        _r: &Regulation,
        _a: &Answers,
        _today: NaiveDate,
    ) -> Option<Vec<FieldError>> {
        None
    }

    /// Forgets this screen's answers when it is not in `steps` (or the part of them that no
    /// longer fits), so a changed earlier answer never leaves stale answers in the payload.
    fn prune(&self, _r: &Regulation, _steps: &[Step], _a: &mut Answers) {}
}
