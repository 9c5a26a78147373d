use leptos::prelude::*;

use crate::ui::{SendState, Wizard};

#[component]
pub fn SentStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let reference = move || match w.send.get() {
        SendState::Sent { reference } => reference,
        _ => String::new(),
    };
    view! {
        <section class="kw-step kw-sent">
            <div class="kw-panel">
                <h1 tabindex="-1">{move || w.t("sent.heading")}</h1>
                <p>
                    {move || w.t("sent.reference")} " "
                    <strong class="kw-reference">{reference}</strong>
                </p>
            </div>
            <p>{move || w.t("sent.reference_hint")}</p>
            <p>{move || w.t("sent.next")}</p>
        </section>
    }
}
