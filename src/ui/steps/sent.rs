//! The confirmation: reference, what happens next with real dates, and where to go when not
//! satisfied. It prints as a clean copy.

use leptos::prelude::*;

use super::contact::{ContactLines, OrganisationContact};
use crate::core::next;
use crate::core::regulation::EscalationRoute;
use crate::platform::dom;
use crate::ui::parts::{drawn_text, Terms};
use crate::ui::{format_date, period_text, SendState, Wizard};

#[component]
pub fn SentStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let SendState::Sent(document) = w.send.get_untracked() else {
        return ().into_any();
    };
    let answers = w.answers.get_untracked();
    // Only the parts this page shows: the whole regulation is not copied.
    let (notes, unreachable_withdrawal, notice, routes) = w.regulation.with_value(|r| {
        let notes: Vec<_> = next::notes(r, &answers)
            .into_iter()
            .map(|n| n.text.clone())
            .collect();
        let routes: Vec<EscalationRoute> =
            next::escalation(r, &answers).into_iter().cloned().collect();
        (
            notes,
            r.timeline
                .unreachable_withdrawal
                .as_ref()
                .map(|t| t.period()),
            r.serious_matters.as_ref().map(|s| s.notice.clone()),
            routes,
        )
    });
    let dated = next::dated(&document.deadlines)
        .into_iter()
        .map(|(key, date)| {
            view! {
                <li>{move || w.t_with(key, &[("date", &format_date(&w, date))])}</li>
            }
        })
        .collect_view();
    let notes = notes
        .into_iter()
        .map(|n| view! { <li>{move || w.own(&n)}</li> })
        .collect_view();
    let first = document.first.clone().map(|(key, who)| {
        let text = move || match &who {
            Some(who) => w.t_with(&key, &[("coordinator", &w.t(who))]),
            None => w.t(&key),
        };
        view! { <li>{text}</li> }
    });
    let withdrawal = unreachable_withdrawal.map(|p| {
        view! {
            <li>{move || w.t_with("sent.unreachable", &[("period", &period_text(&w, p))])}</li>
        }
    });
    let serious = document
        .serious_matters
        .then_some(notice)
        .flatten()
        .map(|notice| view! { <p class="kw-notice">{move || w.own(&notice)}</p> });

    let escalation = (!routes.is_empty()).then(|| {
        let items = routes
            .into_iter()
            .map(|e| {
                let (name, description) = (e.name.clone(), e.description.clone());
                view! {
                    <li>
                        <strong>{move || w.own(&name)}</strong>
                        {description.map(|d| view! { <p>{move || w.own(&d)}</p> })}
                        {e.contact.map(|contact| view! { <ContactLines wizard=w contact/> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{w.text("sent.not_satisfied")}</h2>
            <ol class="kw-escalation">{items}</ol>
        }
    });
    let reference = document.reference.clone();
    // The page as first drawn: the hard words it uses are explained on it.
    let section = NodeRef::<leptos::html::Section>::new();
    let shown = drawn_text(section);
    view! {
        <section class="kw-step kw-sent" node_ref=section>
            <div class="kw-panel">
                <h1 tabindex="-1">{w.text("sent.heading")}</h1>
                <p>{w.text("sent.reference")} " " <strong class="kw-reference">{reference.clone()}</strong></p>
            </div>
            <p>{w.text("sent.reference_hint")}</p>
            <h2>{w.text("sent.next_heading")}</h2>
            <ul class="kw-next">{first}{dated}{notes}{withdrawal}</ul>
            {serious}
            {escalation}
            <Terms wizard=w text=shown/>
            <h2>{w.text("sent.your_complaint")}</h2>
            <p class="kw-answer kw-copy">{move || w.copy.get()}</p>
            <h2>{w.text("sent.questions")}</h2>
            <OrganisationContact wizard=w/>
            <div class="kw-actions">
                <button type="button" class="kw-button kw-secondary" on:click=move |_| dom::print()>
                    {w.text("sent.print")}
                </button>
                <button type="button" class="kw-button kw-secondary" on:click=move |_| crate::ui::delivery::close_confirmation(w)>
                    {w.text("sent.close")}
                </button>
            </div>
        </section>
    }
    .into_any()
}
