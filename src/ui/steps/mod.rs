//! One component per screen of the journey.

mod check;
mod sent;
mod start;
mod what_happened;

pub use check::CheckStep;
pub use sent::SentStep;
pub use start::StartStep;
pub use what_happened::WhatHappenedStep;
