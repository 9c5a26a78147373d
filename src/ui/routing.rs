//! The step in the address bar (`#stap-wat-is-er-gebeurd`... by slug), so the browser's back
//! button moves between steps and a reload lands on the same step. Only the first wizard on
//! a page uses the address bar; others would fight over it.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::Wizard;
use crate::core::flow::Step;

const PREFIX: &str = "#stap-";

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn step_in_hash() -> Option<Step> {
    current_hash()
        .strip_prefix(PREFIX)
        .and_then(Step::from_slug)
}

/// Whether the page was opened on a step (a reload, or back from elsewhere).
pub fn names_a_step(w: Wizard) -> bool {
    w.instance == 0 && step_in_hash().is_some()
}

pub fn sync_with_address_bar(w: Wizard) {
    if w.instance != 0 {
        return;
    }
    // Opening (or reloading) on a step: go there if it applies to the answers so far.
    if let Some(step) = step_in_hash() {
        w.go_to(step);
    }
    // Each step change adds a history entry; the first step replaces the entry.
    Effect::new(move |previous: Option<Step>| {
        let step = w.step.get();
        let hash = format!("{PREFIX}{}", step.slug());
        if current_hash() != hash {
            if let Some(history) = web_sys::window().and_then(|win| win.history().ok()) {
                let _ = if previous.is_some() {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&hash))
                } else {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&hash))
                };
            }
        }
        step
    });
    // Back and forward buttons.
    let on_pop = Closure::<dyn Fn()>::new(move || match step_in_hash() {
        Some(step) => w.go_to(step),
        None => w.go_to(Step::Start),
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    // The wizard lives as long as the page.
    on_pop.forget();
}
