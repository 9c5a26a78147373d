//! "Waarom gaat je klacht naar de klachtencommissie?", asked on the direct route (chosen, or
//! after a talk that did not solve it); required where the regulation says so.

use chrono::NaiveDate;

use super::{talked_to_staff, Ask, Screen, Step, TextAsk, TextKind};
use crate::core::answers::{field, Answers};
use crate::core::regulation::{Need, Regulation, Route};
use crate::core::validation::MAX_TEXT_CHARS;

pub struct DirectRouteReason;

impl Screen for DirectRouteReason {
    fn step(&self) -> Step {
        Step::DirectRouteReason
    }
    fn applies(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> bool {
        talked_to_staff::route(r, a) == Route::Direct
    }
    fn ask(&self, r: &Regulation, _a: &Answers) -> Ask {
        let required = r
            .talk_first
            .as_ref()
            .and_then(|t| t.direct_route.as_ref())
            .is_some_and(|d| d.reason_required);
        Ask::Text(
            TextAsk::new(
                field::DIRECT_ROUTE_REASON,
                TextKind::Area,
                if required {
                    Need::Required
                } else {
                    Need::Optional
                },
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
