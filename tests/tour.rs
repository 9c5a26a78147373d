//! Every screen a journey can show is found with answers that lead to it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::tour;
use support::*;

#[test]
fn every_seed_journey_is_walked_to_every_screen_it_can_show() {
    for name in EXAMPLES {
        let r = regulation(name);
        let screens = tour::screens(&r, today());
        let steps: Vec<Step> = screens.iter().map(|(s, _)| *s).collect();
        for must in [Step::Start, Step::WhatHappened, Step::Check, Step::Sent] {
            assert!(steps.contains(&must), "{name}: {must:?} in {steps:?}");
        }
        for (step, answers) in &screens {
            assert!(
                flow::steps(&r, answers, today()).contains(step),
                "{name}: the answers for {step:?} lead there"
            );
        }
        println!("{name}: {steps:?}");
    }
}
