//! "Waarom ga je meteen naar de klachtencommissie?", where the direct route needs a reason.

use chrono::NaiveDate;

use super::{Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers, Talked};
use crate::core::regulation::{Need, Regulation};
use crate::core::validation::MAX_TEXT_CHARS;

pub struct DirectRouteReason;

impl Screen for DirectRouteReason {
    fn step(&self) -> Step {
        Step::DirectRouteReason
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        let reason_required = r
            .talk_first
            .as_ref()
            .and_then(|t| t.direct_route.as_ref())
            .is_some_and(|d| d.reason_required);
        reason_required && a.talked == Some(Talked::DirectRoute)
    }
    fn ask(&self, _r: &Regulation, _a: &Answers) -> Ask {
        Ask::Text(
            TextAsk::new(
                field::DIRECT_ROUTE_REASON,
                TextKind::Area,
                Need::Required,
                |a| &a.direct_route_reason,
                |a| &mut a.direct_route_reason,
            )
            .checked(MAX_TEXT_CHARS, "error.direct_route_reason.empty"),
        )
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::DirectRouteReason) {
            a.direct_route_reason.clear();
        }
    }
}
