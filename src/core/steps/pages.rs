//! Pages that tell rather than ask: the start, the check page and the confirmation.

use chrono::NaiveDate;

use super::{Screen, Step};
use crate::core::answers::Answers;
use crate::core::regulation::Regulation;

/// A page that is always in the journey and asks nothing.
pub struct Page(pub Step);

impl Screen for Page {
    fn step(&self) -> Step {
        self.0
    }
    fn applies(&self, _r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        true
    }
}
