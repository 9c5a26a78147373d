//! "Kijk je antwoorden na": every answer with a change link, then send.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use crate::core::answers::field;
use crate::core::flow::Step;
use crate::core::payload::{self, SubmissionMeta};
use crate::core::validation;
use crate::platform::{clock, http, ids};
use crate::ui::parts::{BackButton, Progress};
use crate::ui::questions::{question, Question};
use crate::ui::{format_date, heading_key, SendState, Wizard};

/// One line of the summary: question, answer, and the step that changes it.
struct Row {
    question: String,
    answer: String,
    step: Step,
}

fn answer_text(w: &Wizard, step: Step, q: &Question) -> Vec<Row> {
    let row = |answer: String| {
        vec![Row {
            question: w.t(&heading_key(step)),
            answer,
            step,
        }]
    };
    let empty = || w.t("check.empty");
    match q {
        Question::One { field, choices } => {
            let value = w.answer(field);
            row(choices
                .iter()
                .find(|c| c.value == value)
                .map(|c| c.label.show(w))
                .unwrap_or_else(empty))
        }
        Question::Many { field, choices } => {
            let value = w.answer(field);
            let chosen: Vec<String> = choices
                .iter()
                .filter(|c| value.as_array().is_some_and(|l| l.contains(&c.value)))
                .map(|c| c.label.show(w))
                .collect();
            row(match (value.as_array(), chosen.is_empty()) {
                (Some(_), true) => w.t("choice.none"),
                (None, _) => empty(),
                (Some(_), false) => chosen.join("\n"),
            })
        }
        Question::Date {
            field,
            unknown_field,
            ..
        } => {
            let date = w.answer(field).as_str().and_then(|d| d.parse().ok());
            row(match date {
                Some(date) => format_date(w, date),
                None if w.answer(unknown_field) == Value::Bool(true) => w.t("date.unknown"),
                None => empty(),
            })
        }
        Question::Text { field, .. } => {
            let text = w.answer(field).as_str().unwrap_or("").trim().to_string();
            row(if text.is_empty() { empty() } else { text })
        }
        Question::Contact => {
            let fields = w.regulation.with_value(|r| r.contact_fields.clone());
            [
                (field::NAME, fields.name),
                (field::EMAIL, fields.email),
                (field::PHONE, fields.phone),
                (field::POSTAL_ADDRESS, fields.postal_address),
            ]
            .into_iter()
            .filter(|(_, need)| need.asked())
            .map(|(f, _)| {
                let text = w.answer(f).as_str().unwrap_or("").trim().to_string();
                Row {
                    question: w.t(&format!("contact.{f}")),
                    answer: if text.is_empty() { empty() } else { text },
                    step,
                }
            })
            .collect()
        }
        Question::Info => Vec::new(),
    }
}

#[component]
pub fn CheckStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let sending = move || w.send.get() == SendState::Sending;
    let rows = move || {
        w.steps()
            .into_iter()
            .flat_map(|step| answer_text(&w, step, &question(&w, step)))
            .map(|row| {
                let Row {
                    question,
                    answer,
                    step,
                } = row;
                let context = question.clone();
                view! {
                    <div class="kw-summary-row">
                        <dt>{question}</dt>
                        <dd class="kw-answer">{answer}</dd>
                        <dd class="kw-summary-change">
                            <a href="#" class="kw-change" on:click=move |ev| {
                                ev.prevent_default();
                                w.change(step);
                            }>
                                {w.t("check.change")}
                                <span class="kw-visually-hidden">" " {context}</span>
                            </a>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="kw-step">
            <BackButton wizard=w/>
            <Progress wizard=w/>
            <h1 tabindex="-1">{move || w.t("check.heading")}</h1>
            <p>{move || w.t("check.intro")}</p>
            <dl class="kw-summary">{rows}</dl>
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
    // Nothing incomplete is sent: if anything is missing, go there.
    let problems = w.regulation.with_value(|r| {
        w.answers
            .with_untracked(|a| validation::validate_all(r, a, w.today))
    });
    if let Some((step, _)) = problems.first() {
        w.change(*step);
        w.continue_on();
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
    let Ok(body) = serde_json::to_string(&document) else {
        w.send.set(SendState::Failed);
        return;
    };
    w.send.set(SendState::Sending);
    let endpoint = w.endpoint.get_value();
    spawn_local(async move {
        match http::post_json(&endpoint, body, &submission_id).await {
            Ok(_) => {
                crate::ui::drafts::sent(w);
                w.send.set(SendState::Sent(Box::new(document)));
                w.step.set(Step::Sent);
            }
            Err(_) => w.send.set(SendState::Failed),
        }
    });
}
