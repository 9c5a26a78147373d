//! Small pieces every step uses.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::icons::{Icon, Pictogram};
use super::Wizard;
use crate::core::terms;
use crate::i18n::{self, Locale};
use crate::platform::{dom, speech};

/// Switches between Dutch and English; absent when the regulation offers one language.
#[component]
pub fn LanguageSwitch(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let offered = w
        .regulation
        .with_value(|r| r.languages.iter().any(|l| l == "en"));
    offered.then(|| {
        view! {
            <button
                type="button"
                class="kw-language"
                data-kw-needs-wizard=""
                lang=move || w.locale.get().other().code()
                aria-label=w.text("language.other_label")
                on:click=move |_| {
                    speech::stop();
                    super::choose_language(w, w.locale.get_untracked().other());
                }
            >
                {w.text("language.other")}
            </button>
        }
    })
}

/// Leaves the page at once for a neutral site, for someone who must not be seen here.
#[component]
pub fn QuickExit(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let url = w.regulation.with_value(|r| {
        r.quick_exit_url
            .clone()
            .unwrap_or_else(|| "https://www.google.nl/".to_string())
    });
    view! {
        <a class="kw-quick-exit" href=url.clone() on:click=move |ev| {
            ev.prevent_default();
            speech::stop();
            dom::leave_for(&url);
        }>{w.text("quick_exit")}</a>
    }
}

/// "Wis mijn antwoorden": removes everything typed, here and in the browser's storage.
#[component]
pub fn ClearButton(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    view! {
        <button type="button" class="kw-language" data-kw-needs-wizard="" on:click=move |_| super::drafts::clear_all(w)>
            {w.text("draft.clear")}
        </button>
    }
}

/// "Deel 2 van 5: Eerst praten", above the question.
#[component]
pub fn Progress(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    move || {
        w.progress_text()
            .map(|text| view! { <p class="kw-progress">{text}</p> })
    }
}

#[component]
pub fn BackButton(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    view! {
        <button type="button" class="kw-back" on:click=move |_| w.back()>
            {w.text("nav.back")}
        </button>
    }
}

/// "Waarom vragen we dit?" with a one-line answer, folded away.
#[component]
pub fn Why(wizard: Wizard, key: String) -> impl IntoView {
    let w = wizard;
    let shown = w.has_text(&key);
    shown.then(|| {
        view! {
            <details class="kw-why">
                <summary>{w.text("why")}</summary>
                <p>{move || w.t(&key)}</p>
            </details>
        }
    })
}

/// "Wat is dat?": a plain explanation of each hard word that `text` (the screen) uses,
/// folded away; nothing when it uses none.
#[component]
pub fn Terms(wizard: Wizard, #[prop(into)] text: Signal<String>) -> impl IntoView {
    let w = wizard;
    move || {
        let found = terms::found(&text.get());
        (!found.is_empty()).then(|| {
            let items = found
                .into_iter()
                .map(|id| {
                    view! {
                        <dt>{w.t(&format!("term.{id}.word"))}</dt>
                        <dd>{w.t(&format!("term.{id}"))}</dd>
                    }
                })
                .collect_view();
            view! {
                <details class="kw-why kw-terms">
                    <summary>{w.text("terms")}</summary>
                    <dl>{items}</dl>
                </details>
            }
        })
    }
}

/// The text of `section` once it is drawn: what a page shows, for [`Terms`]. Read after the
/// first render, once (the explanations it leads to are not read again).
pub fn drawn_text(section: NodeRef<leptos::html::Section>) -> Signal<String> {
    let text = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(s) = section.get() {
            text.set(s.text_content().unwrap_or_default());
        }
    });
    text.into()
}

/// Reads the screen aloud: what `text` returns at the moment of the click.
#[component]
pub fn ReadAloud(
    wizard: Wizard,
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] small: bool,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    let w = wizard;
    // Idle, reading, or no voice for this language (then the person is told what to do).
    let reading = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    speech::is_supported().then(|| {
        let press = move |_| {
            if reading.get_untracked() {
                speech::stop();
                reading.set(false);
                return;
            }
            let lang = match w.locale.get_untracked() {
                Locale::Nl => "nl-NL",
                Locale::En => "en-GB",
            };
            let text = text.get_untracked();
            leptos::task::spawn_local(async move {
                reading.set(true);
                let spoken = speech::speak(&text, lang, move || reading.set(false)).await;
                if !spoken {
                    reading.set(false);
                    no_voice.set(true);
                }
            });
        };
        let aria = move || {
            if reading.get() {
                Some(w.t("read_aloud.stop"))
            } else {
                label.map(|l| l.get())
            }
        };
        view! {
            <button
                type="button"
                class=if small { "kw-speak kw-speak-small" } else { "kw-speak" }
                aria-label=aria
                on:click=press
            >
                <Pictogram icon=Icon::Speaker/>
                {(!small).then(|| view! {
                    <span>{move || if reading.get() { w.t("read_aloud.stop") } else { w.t("read_aloud") }}</span>
                })}
            </button>
            {move || no_voice.get().then(|| view! {
                <p class="kw-hint kw-no-voice" role="status">{w.text("read_aloud.no_voice")}</p>
            })}
        }
    })
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
            role="alert"
            tabindex="-1"
            aria-labelledby=labelled_by
            node_ref=summary
            hidden=move || w.errors.with(Vec::is_empty)
        >
            <h2 id=title_id class="kw-error-summary-title">{w.text("error.summary_heading")}</h2>
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
                                            if let Some(link) = ev
                                                .current_target()
                                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                            {
                                                dom::focus_in_wizard(&link, &target);
                                            }
                                        }
                                    >
                                        {w.error_text(&error)}
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

/// The message beside a field, when it has a problem.
#[component]
pub fn FieldMessage(wizard: Wizard, field: &'static str) -> impl IntoView {
    let w = wizard;
    let id = w.dom_id(&format!("{field}-error"));
    move || {
        w.error_for(field).map(|e| {
            view! {
                <p class="kw-error-message" id=id.clone()>
                    <span class="kw-visually-hidden">{w.t("error.prefix")} </span>
                    {w.error_text(&e)}
                </p>
            }
        })
    }
}

/// `aria-describedby` for a field: its hint, and its message when there is one.
pub fn described_by(w: Wizard, field: &'static str) -> impl Fn() -> String + Copy {
    move || {
        let hint = w.dom_id(&format!("{field}-hint"));
        match w.error_for(field) {
            Some(_) => format!("{hint} {}", w.dom_id(&format!("{field}-error"))),
            None => hint,
        }
    }
}

/// What is known about a wizard that cannot start: every problem, and what the file still
/// says of how to reach the organisation, for the visitor.
#[derive(Clone, Debug)]
pub struct Broken {
    problems: Vec<String>,
    reach: Option<Reach>,
}

/// The organisation's name and contact details, read field by field, so one wrong field (or a
/// missing name) does not hide the others.
#[derive(Clone, Debug, Default)]
struct Reach {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    postal_address: Option<String>,
}

impl Reach {
    fn read(json: &str) -> Option<Reach> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        let organisation = value.get("organisation")?;
        let text = |v: Option<&serde_json::Value>| {
            v.and_then(serde_json::Value::as_str)
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        let contact = |field| text(organisation.get("contact").and_then(|c| c.get(field)));
        let reach = Reach {
            name: text(organisation.get("name")),
            email: contact("email"),
            phone: contact("phone"),
            website: contact("website")
                .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            postal_address: contact("postal_address"),
        };
        let any = [
            &reach.email,
            &reach.phone,
            &reach.website,
            &reach.postal_address,
        ]
        .iter()
        .any(|c| c.is_some());
        any.then_some(reach)
    }
}

impl Broken {
    pub fn new(problems: Vec<String>, json: Option<&str>) -> Self {
        Self {
            problems,
            reach: json.and_then(Reach::read),
        }
    }

    /// Whether the visitor can be told how to reach the organisation from the file itself.
    pub fn has_contact(&self) -> bool {
        self.reach.is_some()
    }
}

/// The visitor's message and how to reach the organisation; what is wrong, in English for
/// the integrator, only where the host asks for it (`debug`). Always in the browser console.
#[component]
pub fn ConfigError(broken: Broken, debug: bool) -> impl IntoView {
    let Broken { problems, reach } = broken;
    for problem in &problems {
        leptos::logging::error!("klachtwijzer: {problem}");
    }
    let label = |key| format!("{}: ", i18n::t(Locale::Nl, key));
    let contact = reach.map(|r| {
        view! {
            {r.name.map(|name| view! { <p><strong>{name}</strong></p> })}
            <ul class="kw-contact">
                {r.phone.map(|p| view! {
                    <li>{label("channel.phone")}<a href=crate::core::text::tel_href(&p)>{p.clone()}</a></li>
                })}
                {r.email.map(|e| {
                    let href = format!("mailto:{e}");
                    view! { <li>{label("channel.email")}<a href=href>{e}</a></li> }
                })}
                {r.website.map(|u| {
                    let href = u.clone();
                    view! { <li>{label("channel.website")}<a href=href>{u}</a></li> }
                })}
                {r.postal_address.map(|a| view! { <li>{label("channel.post")}{a}</li> })}
            </ul>
        }
    });
    view! {
        <div class="kw kw-config-error" role="alert">
            <p>{i18n::t(Locale::Nl, "config.problem")}</p>
            {contact}
            {debug.then(|| view! {
                <div class="kw-config-detail" lang="en">
                    <p>{i18n::t(Locale::En, "config.heading")}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            })}
        </div>
    }
}
