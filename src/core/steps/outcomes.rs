//! The answers to "can it be handled here?" and "may you file it?" when they are not a plain
//! yes. Shown when a finding applies; a finding that it cannot be handled here ends the
//! journey (the page says where to go instead).

use chrono::NaiveDate;

use super::{Screen, Step};
use crate::core::answers::{Answers, ForWhom, Support};
use crate::core::eligibility::{self, verdict, Finding, Verdict};
use crate::core::regulation::Regulation;

/// The findings the page for `step` is about.
pub fn findings(r: &Regulation, a: &Answers, today: NaiveDate, step: Step) -> Vec<Finding> {
    match step {
        Step::FilerResult => eligibility::assess_filer(r, a),
        Step::TalkResult => eligibility::assess_talk(r, a, today),
        _ => eligibility::assess_eligibility(r, a, today),
    }
}

/// Where only the client may file: the person helps the client type the complaint instead,
/// and it becomes the client's own.
pub fn help_typing_instead(a: &mut Answers) {
    a.support = Some(Support::HelpsTyping);
    a.for_whom = Some(ForWhom::Myself);
}

pub struct Outcome(pub Step);

impl Screen for Outcome {
    fn step(&self) -> Step {
        self.0
    }
    fn applies(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> bool {
        !findings(r, a, today, self.0).is_empty()
    }
    fn stops(&self, r: &Regulation, a: &Answers, today: NaiveDate) -> bool {
        verdict(&findings(r, a, today, self.0)) == Verdict::NotHandled
    }
}
