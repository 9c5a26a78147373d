//! The screens of the journey: question screens share one component; the start, result,
//! check and confirmation pages have their own.

mod check;
mod contact;
mod other_ways;
mod outcome;
mod question;
mod sent;
mod start;

pub use check::{summary_text, CheckStep};
pub use outcome::{findings, verdict_key as outcome_key, OutcomeStep};
pub use question::QuestionStep;
pub use sent::SentStep;
pub use start::StartStep;
