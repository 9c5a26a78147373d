use leptos::prelude::*;

use crate::core::answers::field;
use crate::ui::parts::{BackButton, ErrorSummary, Progress};
use crate::ui::Wizard;

#[component]
pub fn WhatHappenedStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let input_id = w.dom_id(field::WHAT_HAPPENED);
    let hint_id = w.dom_id("what_happened-hint");
    let error_id = w.dom_id("what_happened-error");
    let error = move || w.error_for(field::WHAT_HAPPENED);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    // The field shows what was typed before (going back, changing) and is not rewritten
    // while typing, so the cursor never jumps.
    let initial = w.answers.with_untracked(|a| a.what_happened.clone());
    view! {
        <section class="kw-step">
            <BackButton wizard=w/>
            <ErrorSummary wizard=w/>
            <form novalidate on:submit=move |ev| {
                ev.prevent_default();
                w.continue_on();
            }>
                <div class="kw-field" class:kw-field-error=move || error().is_some()>
                    <Progress wizard=w/>
                    <h1 tabindex="-1">
                        <label for=input_id.clone()>{move || w.t("what_happened.heading")}</label>
                    </h1>
                    <p class="kw-hint" id=hint_id>{move || w.t("what_happened.hint")}</p>
                    {move || error().map(|e| view! {
                        <p class="kw-error-message" id=error_id.clone()>{w.t(e.message)}</p>
                    })}
                    <textarea
                        id=input_id
                        name="what_happened"
                        rows="8"
                        aria-describedby=described_by
                        aria-invalid=move || error().map(|_| "true")
                        prop:value=initial
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            w.answers.update(|a| a.what_happened = text);
                        }
                    ></textarea>
                </div>
                <button type="submit" class="kw-button kw-primary">{move || w.t("nav.continue")}</button>
            </form>
        </section>
    }
}
