//! The view: Leptos components that render what the core decides and send events back.

mod parts;
mod state;
mod steps;

use leptos::prelude::*;

use crate::core::flow::{self, Step};
use crate::i18n;
use crate::platform::dom;
pub use state::{SendState, Wizard};

/// Locale key of the heading of each step; also the page title.
pub fn heading_key(step: Step) -> &'static str {
    match step {
        Step::Start => "start.heading",
        Step::WhatHappened => "what_happened.heading",
        Step::Check => "check.heading",
        Step::Sent => "sent.heading",
    }
}

/// One wizard, or a configuration error panel when the host element is incomplete.
#[component]
pub fn App(instance: usize, endpoint: Option<String>) -> impl IntoView {
    match endpoint {
        Some(endpoint) => view! { <WizardView wizard=Wizard::new(instance, endpoint)/> }.into_any(),
        None => view! { <parts::ConfigError key="config.missing_endpoint"/> }.into_any(),
    }
}

#[component]
fn WizardView(wizard: Wizard) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let w = wizard;

    // Page title: "Fout: " when there are errors, the question, the step, the name.
    Effect::new(move |_| {
        let locale = w.locale.get();
        let step = w.step.get();
        let mut title = String::new();
        if !w.errors.with(Vec::is_empty) {
            title.push_str(&i18n::t(locale, "title.error_prefix"));
        }
        title.push_str(&i18n::t(locale, heading_key(step)));
        if let Some(p) = w.answers.with(|a| flow::progress(step, a)) {
            let progress = i18n::t_with(
                locale,
                "progress",
                &[
                    ("number", &p.number.to_string()),
                    ("total", &p.total.to_string()),
                ],
            );
            title.push_str(&format!(" – {progress}"));
        }
        title.push_str(&format!(" – {}", i18n::t(locale, "app.name")));
        dom::set_document_title(&title);
    });

    // On every step change (not on the first render: the host page keeps its focus),
    // focus moves to the new heading so screen readers start there.
    Effect::new(move |previous: Option<Step>| {
        let step = w.step.get();
        if previous.is_some_and(|p| p != step) {
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    dom::focus_first(&root, "h1");
                }
            });
        }
        step
    });

    view! {
        <div class="kw" lang=move || w.locale.get().code() node_ref=root>
            <div class="kw-bar">
                <parts::LanguageSwitch wizard=w/>
            </div>
            <div class="kw-visually-hidden" role="status" aria-live="polite">
                {move || (w.send.get() == SendState::Sending).then(|| w.t("check.sending"))}
            </div>
            {move || match w.step.get() {
                Step::Start => view! { <steps::StartStep wizard=w/> }.into_any(),
                Step::WhatHappened => view! { <steps::WhatHappenedStep wizard=w/> }.into_any(),
                Step::Check => view! { <steps::CheckStep wizard=w/> }.into_any(),
                Step::Sent => view! { <steps::SentStep wizard=w/> }.into_any(),
            }}
        </div>
    }
}
