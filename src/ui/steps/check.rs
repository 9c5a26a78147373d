use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::flow::Step;
use crate::core::payload::{self, SubmissionMeta};
use crate::platform::{clock, http, ids};
use crate::ui::parts::{BackButton, Progress};
use crate::ui::{SendState, Wizard};

#[component]
pub fn CheckStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let sending = move || w.send.get() == SendState::Sending;
    view! {
        <section class="kw-step">
            <BackButton wizard=w/>
            <Progress wizard=w/>
            <h1 tabindex="-1">{move || w.t("check.heading")}</h1>
            <p>{move || w.t("check.intro")}</p>
            <dl class="kw-summary">
                <div class="kw-summary-row">
                    <dt>{move || w.t("what_happened.heading")}</dt>
                    <dd class="kw-answer">{move || w.answers.with(|a| a.what_happened.clone())}</dd>
                    <dd>
                        <a href="#" class="kw-change" on:click=move |ev| {
                            ev.prevent_default();
                            w.change(Step::WhatHappened);
                        }>
                            {move || w.t("check.change")}
                            <span class="kw-visually-hidden">
                                " " {move || w.t("what_happened.heading")}
                            </span>
                        </a>
                    </dd>
                </div>
            </dl>
            {move || (w.send.get() == SendState::Failed).then(|| view! {
                <p class="kw-error-message" role="alert">{w.t("send.failed")}</p>
            })}
            <button
                type="button"
                class="kw-button kw-primary"
                aria-disabled=move || sending().then_some("true")
                on:click=move |_| send(w)
            >
                {move || if sending() { w.t("check.sending") } else { w.t("check.send") }}
            </button>
        </section>
    }
}

/// Builds the document and posts it. A second click while sending does nothing; a retry
/// after a failure reuses the same submission id.
fn send(w: Wizard) {
    if w.send.get_untracked() == SendState::Sending {
        return;
    }
    let submission_id = match w.submission_id.get_untracked() {
        Some(id) => id,
        None => {
            let id = ids::new_submission_id();
            w.submission_id.set(Some(id.clone()));
            id
        }
    };
    let meta = SubmissionMeta {
        submission_id: submission_id.clone(),
        created_at: clock::now(),
        locale: w.locale.get_untracked().code().to_string(),
    };
    let document = w
        .regulation
        .with_value(|r| w.answers.with_untracked(|a| payload::build(r, a, meta)));
    let reference = document.reference.clone();
    let Ok(body) = serde_json::to_string(&document) else {
        w.send.set(SendState::Failed);
        return;
    };
    w.send.set(SendState::Sending);
    let endpoint = w.endpoint.get_value();
    spawn_local(async move {
        match http::post_json(&endpoint, body, &submission_id).await {
            Ok(_) => {
                w.send.set(SendState::Sent { reference });
                w.step.set(Step::Sent);
            }
            Err(_) => w.send.set(SendState::Failed),
        }
    });
}
