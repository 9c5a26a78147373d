//! Small pieces every step uses.

use leptos::prelude::*;

use super::Wizard;
use crate::i18n::{self, Locale};
use crate::platform::dom;

#[component]
pub fn LanguageSwitch(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    view! {
        <button
            type="button"
            class="kw-language"
            lang=move || w.locale.get().other().code()
            aria-label=move || w.t("language.other_label")
            on:click=move |_| w.locale.update(|l| *l = l.other())
        >
            {move || w.t("language.other")}
        </button>
    }
}

/// "Stap 2 van 3", above the question.
#[component]
pub fn Progress(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    move || {
        w.progress().map(|p| {
            view! {
                <p class="kw-progress">
                    {w.t_with(
                        "progress",
                        &[("number", &p.number.to_string()), ("total", &p.total.to_string())],
                    )}
                </p>
            }
        })
    }
}

#[component]
pub fn BackButton(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    view! {
        <button type="button" class="kw-back" on:click=move |_| w.back()>
            {move || w.t("nav.back")}
        </button>
    }
}

/// The list of problems at the top of a step. It takes focus when it appears, and each
/// line links to its field.
#[component]
pub fn ErrorSummary(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !w.errors.with(Vec::is_empty) {
            request_animation_frame(move || {
                if let Some(summary) = summary.get_untracked() {
                    let _ = summary.focus();
                }
            });
        }
    });
    let title_id = w.dom_id("error-summary-title");
    let labelled_by = title_id.clone();
    view! {
        <div
            class="kw-error-summary"
            tabindex="-1"
            aria-labelledby=labelled_by
            node_ref=summary
            hidden=move || w.errors.with(Vec::is_empty)
        >
            <h2 id=title_id class="kw-error-summary-title">{move || w.t("error.summary_heading")}</h2>
            <ul>
                {move || {
                    w.errors
                        .get()
                        .into_iter()
                        .map(|error| {
                            let target = w.dom_id(error.field);
                            let href = format!("#{target}");
                            view! {
                                <li>
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            dom::focus_id(&target);
                                        }
                                    >
                                        {w.t(error.message)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// Shown instead of the wizard when the host page is set up wrongly: a precise message for
/// the integrator and a plain one for the visitor.
#[component]
pub fn ConfigError(problems: Vec<String>) -> impl IntoView {
    view! {
        <div class="kw kw-config-error" role="alert">
            <p>{i18n::t(Locale::Nl, "config.problem")}</p>
            <div class="kw-config-detail" lang="en">
                <p>{i18n::t(Locale::En, "config.heading")}</p>
                <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </div>
        </div>
    }
}
