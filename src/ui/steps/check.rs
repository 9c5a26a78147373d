//! "Kijk je antwoorden na": every answer with a change link, then send.

use chrono::Datelike;
use leptos::prelude::*;

use super::other_ways::OtherWays;
use crate::core::answers::Answers;
use crate::core::delivery::MAX_ATTEMPTS;
use crate::core::flow::Step;
use crate::core::steps::Ask;
use crate::ui::delivery;
use crate::ui::parts::{BackButton, Progress};
use crate::ui::{format_date, heading_key, SendState, Wizard};

/// One line of the summary: question, answer, and the step that changes it.
struct Row {
    question: String,
    answer: String,
    step: Step,
}

/// The summary lines of one step: what it asked and what was answered.
fn answer_text(w: &Wizard, step: Step, a: &Answers) -> Vec<Row> {
    let row = |answer: String| {
        vec![Row {
            question: w.t(&heading_key(step)),
            answer,
            step,
        }]
    };
    let empty = || w.t("check.empty");
    let typed = |text: &str| match text.trim() {
        "" => empty(),
        text => text.to_string(),
    };
    let ask = w
        .regulation
        .with_value(|r| crate::core::flow::ask(r, a, step));
    match ask {
        Ask::Choose(choices) => {
            let labels = |chosen: Vec<usize>| -> Vec<String> {
                chosen
                    .iter()
                    .map(|i| w.label(&choices.options[*i].label))
                    .collect()
            };
            row(match choices.chosen(a) {
                None => empty(),
                Some(chosen) if chosen.is_empty() && choices.many => w.t("choice.none"),
                Some(chosen) if chosen.is_empty() => empty(),
                Some(chosen) => labels(chosen).join("\n"),
            })
        }
        Ask::Date(date) => row(match (date.get)(a) {
            // Given as month and year only: shown as given.
            Some(day) if a.typed_dates.contains_key(date.field) => {
                format!("{} {}", w.t(&format!("month.{}", day.month())), day.year())
            }
            Some(day) => format_date(w, day),
            None if (date.unknown)(a) => w.t("date.unknown"),
            None => empty(),
        }),
        Ask::Text(text) => row(typed((text.get)(a))),
        Ask::Fields { fields, .. } => fields
            .into_iter()
            .map(|f| Row {
                question: w.t(&f.label.unwrap_or_default()),
                answer: typed((f.get)(a)),
                step,
            })
            .collect(),
        Ask::Info => Vec::new(),
    }
}

/// Every answered step's lines (reactive).
fn rows(w: &Wizard) -> Vec<Row> {
    let answers = w.answers.get();
    w.steps
        .get()
        .into_iter()
        .flat_map(|step| answer_text(w, step, &answers))
        .collect()
}

/// Every answer as plain text, "question: answer" per line: for e-mail and print.
pub fn summary_text(w: &Wizard) -> String {
    rows(w)
        .into_iter()
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
        SendState::Queued { retry_at } => Some(view! {
            <div class="kw-error-message" role="alert">
                <p>{w.t("send.queued")}</p>
                {retry_at.map(|time| view! { <p>{w.t_with("send.retry_at", &[("time", &time)])}</p> })}
            </div>
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
        rows(&w)
            .into_iter()
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
                        {(!w.frozen()).then(|| view! {
                            <dd class="kw-summary-change">
                                <a href="#" class="kw-change" on:click=move |ev| {
                                    ev.prevent_default();
                                    w.change(step);
                                }>
                                    {w.t("check.change")}
                                    <span class="kw-visually-hidden">" " {context}</span>
                                </a>
                            </dd>
                        })}
                    </div>
                }
            })
            .collect_view()
    };
    // On its way: what was sent stays as it is; how to add something later.
    let frozen = move || {
        w.frozen().then(|| {
            let reference = w
                .outbox
                .with_value(|k| k.as_ref().map(|k| k.receipt.reference.clone()))
                .unwrap_or_default();
            view! {
                <p class="kw-notice">{w.t_with("check.frozen", &[("reference", &reference)])}</p>
            }
        })
    };
    view! {
        <section class="kw-step">
            {move || (!w.frozen()).then(|| view! { <BackButton wizard=w/> })}
            <Progress wizard=w/>
            <h1 tabindex="-1">{w.text("check.heading")}</h1>
            <p>{w.text("check.intro")}</p>
            {frozen}
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
