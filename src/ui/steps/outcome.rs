//! The answer to "can your complaint be handled here?" (and "may you file it?") when it is
//! not a plain yes: why, in plain words, and what to do now. Never a dead end.

use leptos::prelude::*;

use super::contact::{DestinationView, OrganisationContact, WayButton};
use crate::core::eligibility::{self, verdict, Finding, Rule, Verdict};
use crate::core::flow::Step;
use crate::core::regulation::{Effect, FilerRole, Regulation};
use crate::core::steps::{exclusions, outcomes, role, Label};
use crate::ui::parts::{drawn_text, BackButton, ReadAloud, Terms};
use crate::ui::{format_date, period_text, Wizard};

/// The findings this page is about.
pub fn findings(w: &Wizard, step: Step) -> Vec<Finding> {
    w.regulation
        .with_value(|r| w.answers.with(|a| outcomes::findings(r, a, w.today, step)))
}

pub fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::NotHandled => "outcome.not_handled.heading",
        Verdict::MayDecline => "outcome.may_decline.heading",
        Verdict::OwnRoute => "outcome.own_route.heading",
        Verdict::Handled => "outcome.handled.heading",
    }
}

/// Why this finding applies, in the organisation's words where it wrote them.
fn explanation(r: &Regulation, finding: &Finding) -> Label {
    match &finding.rule {
        Rule::Exclusion(id) => r
            .exclusions
            .iter()
            .find(|e| e.id() == id)
            .map(exclusions::explanation)
            .unwrap_or_else(|| {
                Label::Key(format!("finding.exclusion.own.{}", finding.effect.name()))
            }),
        Rule::TimeLimit => Label::Key(format!("finding.time_limit.{}", finding.effect.name())),
        Rule::Filer(FilerRole::Employee) => r
            .filers
            .never_explanation
            .clone()
            .map(Label::Own)
            .unwrap_or_else(|| Label::Key("finding.filer.employee".into())),
        Rule::Filer(_) => Label::Key("finding.filer.not_allowed".into()),
        Rule::MissingAuthorisation => Label::Key("finding.missing_authorisation".into()),
        Rule::OnBehalfNotAllowed => Label::Key("finding.on_behalf".into()),
        Rule::OutsideScope => Label::Key("finding.outside_scope".into()),
        Rule::NotTalkedFirst => Label::Key("finding.not_talked_first".into()),
        Rule::StillWaiting => Label::Key("finding.still_waiting".into()),
    }
}

#[component]
pub fn OutcomeStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let step = w.step.get_untracked();
    let found = findings(&w, step);
    let v = verdict(&found);
    let late = w.regulation.with_value(|r| {
        w.answers
            .with_untracked(|a| eligibility::lateness(r, a, w.today))
    });
    let may_file_from = w.regulation.with_value(|r| {
        w.answers
            .with_untracked(|a| eligibility::may_file_from(r, a))
    });
    let may_file = w.regulation.with_value(role::who_may_file);
    let items = found
        .iter()
        .map(|finding| {
            let label = w.regulation.with_value(|r| explanation(r, finding));
            let text = move || {
                let mut text = w.label(&label);
                if let Some((period, from)) = late {
                    text = text
                        .replace("{period}", &period_text(&w, period))
                        .replace("{from}", &w.t(&format!("late_from.{}", from.name())));
                }
                if let Some(day) = may_file_from {
                    text = text.replace("{date}", &format_date(&w, day));
                }
                text
            };
            let who_may = matches!(finding.rule, Rule::Filer(_) | Rule::OnBehalfNotAllowed)
                .then(|| may_file.clone())
                .filter(|roles| !roles.is_empty())
                .map(|roles| {
                    move || {
                        let names: Vec<String> = roles
                            .iter()
                            .map(|role| w.t(&format!("filer_role.{}", role.name())))
                            .collect();
                        w.t_with("finding.who_may_file", &[("roles", &names.join(", "))])
                    }
                });
            let route = (finding.effect == Effect::OwnRoute)
                .then(|| w.regulation.with_value(|r| eligibility::own_route(r, &w.answers.get_untracked()).and_then(|e| e.route.clone())))
                .flatten();
            let go_to = finding.go_to.clone();
            let stops = finding.effect == Effect::NotHandled;
            view! {
                <div class="kw-finding">
                    <p>{text}</p>
                    {who_may.map(|who| view! { <p>{who}</p> })}
                    {route.map(|route| view! {
                        {route.decision_within.map(|p| view! {
                            <p>{move || w.t_with("outcome.route_term", &[("period", &period_text(&w, p))])}</p>
                        })}
                        {route.notes.into_iter().map(|n| view! { <p>{move || w.own(&n.text)}</p> }).collect_view()}
                    })}
                    {match (go_to, stops) {
                        // A destination without a way to reach it: we can be asked.
                        (Some(destination), _) if destination.contact.as_ref().is_none_or(|c| c.is_empty()) => Some(view! {
                            <h2>{w.text("outcome.go_to")}</h2>
                            <DestinationView wizard=w destination/>
                            <h2>{w.text("outcome.ask_us")}</h2>
                            <OrganisationContact wizard=w/>
                        }.into_any()),
                        (Some(destination), _) => Some(view! {
                            <h2>{w.text("outcome.go_to")}</h2>
                            <DestinationView wizard=w destination/>
                        }.into_any()),
                        (None, true) => Some(view! {
                            <h2>{w.text("outcome.ask_us")}</h2>
                            <OrganisationContact wizard=w/>
                        }.into_any()),
                        (None, false) => None,
                    }}
                </div>
            }
        })
        .collect_view();
    let only_client = found.iter().any(|f| f.rule == Rule::OnBehalfNotAllowed);
    // Where the journey ends here, the main action is where to go; else to ask us.
    let way = (v == Verdict::NotHandled && !only_client)
        .then(|| {
            found
                .iter()
                .filter(|f| f.effect == Effect::NotHandled)
                .find_map(|f| f.go_to.as_ref()?.contact.as_ref()?.main_way())
                .or_else(|| {
                    w.regulation
                        .with_value(|r| r.organisation.contact.main_way())
                })
        })
        .flatten();
    let help_typing = move |_| {
        w.answer(outcomes::help_typing_instead);
        w.continue_on();
    };
    let section = NodeRef::<leptos::html::Section>::new();
    let read = Signal::derive(move || {
        section
            .get_untracked()
            .map(|s| s.inner_text())
            .unwrap_or_default()
    });
    // The page as first drawn: the hard words it uses are explained below it.
    let shown = drawn_text(section);
    view! {
        <section class="kw-step" node_ref=section>
            <BackButton wizard=w/>
            <h1 tabindex="-1">{move || w.t(verdict_key(v))}</h1>
            {items}
            <Terms wizard=w text=shown/>
            <div class="kw-actions">
                {if v == Verdict::NotHandled {
                    view! {
                        {way.map(|way| view! { <WayButton wizard=w way/> })}
                        <button type="button" class="kw-button kw-secondary" on:click=move |_| w.back()>
                            {w.text("outcome.change_answer")}
                        </button>
                        {only_client.then(|| view! {
                            <button type="button" class="kw-button kw-primary" on:click=help_typing>
                                {w.text("outcome.help_typing")}
                            </button>
                        })}
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="kw-button kw-primary" on:click=move |_| w.continue_on()>
                            {w.text("nav.continue")}
                        </button>
                    }.into_any()
                }}
                <ReadAloud wizard=w text=read/>
            </div>
        </section>
    }
}
