use leptos::prelude::*;

use crate::ui::Wizard;

#[component]
pub fn StartStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    view! {
        <section class="kw-step">
            <h1 tabindex="-1">{move || w.t("start.heading")}</h1>
            <p>{move || w.t("start.intro")}</p>
            <p>{move || w.t("start.example_intro")}</p>
            <ul>
                <li>{move || w.t("start.example_1")}</li>
                <li>{move || w.t("start.example_2")}</li>
                <li>{move || w.t("start.example_3")}</li>
            </ul>
            <p>{move || w.t("start.how_long")}</p>
            <p>{move || w.t("start.keep")}</p>
            <button type="button" class="kw-button kw-primary" on:click=move |_| {
                w.continue_on();
            }>{move || w.t("start.begin")}</button>
        </section>
    }
}
