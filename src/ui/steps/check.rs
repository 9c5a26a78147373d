//! "Kijk je antwoorden na": every answer with a change link, then send.

use leptos::prelude::*;
use serde_json::Value;

use super::other_ways::OtherWays;
use crate::core::answers::field;
use crate::core::delivery::MAX_ATTEMPTS;
use crate::core::flow::Step;
use crate::ui::delivery;
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
            let date = w
                .answer(field)
                .as_str()
                .and_then(crate::core::iso::parse_date);
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

/// Every answer as plain text, "question: answer" per line: for e-mail and print.
pub fn summary_text(w: &Wizard) -> String {
    w.steps()
        .into_iter()
        .flat_map(|step| answer_text(w, step, &question(w, step)))
        .map(|row| format!("{}\n{}\n", row.question, row.answer))
        .collect::<Vec<_>>()
        .join("\n")
}

#[component]
pub fn CheckStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let sending = move || w.send.get().busy();
    let status = move || {
        match w.send.get() {
        SendState::Retrying { attempt } => Some(view! {
            <p class="kw-notice" role="status">
                {w.t_with("send.retrying", &[("attempt", &attempt.to_string()), ("max", &MAX_ATTEMPTS.to_string())])}
            </p>
        }.into_any()),
        SendState::Queued => Some(view! {
            <div class="kw-error-message" role="alert"><p>{w.t("send.queued")}</p></div>
            <OtherWays wizard=w/>
        }.into_any()),
        SendState::Refused(status) => Some(view! {
            <div class="kw-error-message" role="alert">
                <p>{w.t_with("send.refused", &[("status", &status.to_string())])}</p>
            </div>
            <OtherWays wizard=w/>
        }.into_any()),
        _ => None,
    }
    };
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
            <h1 tabindex="-1">{w.text("check.heading")}</h1>
            <p>{w.text("check.intro")}</p>
            <dl class="kw-summary">{rows}</dl>
            {status}
            <button
                type="button"
                class="kw-button kw-primary"
                aria-disabled=move || sending().then_some("true")
                on:click=move |_| delivery::send(w)
            >
                {move || if sending() { w.t("check.sending") } else { w.t("check.send") }}
            </button>
        </section>
    }
}
