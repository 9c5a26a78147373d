//! The form fields of the studio, each bound to one place in the regulation file: what is
//! typed is written there at once (an empty field is left out), and the problems and tips
//! the check finds there are shown with it.

use leptos::prelude::*;
use serde_json::{json, Value};

use super::plain::in_dutch;
use super::{st, Studio};
use crate::core::editing::{self, at_index, with, Path};

/// The id of a field's control, from its place in the file.
pub fn dom_id(at: &Path) -> String {
    let text: String = editing::text(at)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("f-{text}")
}

/// The problems and tips about the field at `at` (`exact`: at it, not in it), read out when
/// they change.
fn messages(s: Studio, at: Path, id: String, exact: bool) -> impl IntoView {
    view! {
        <ul class="st-messages" id=id aria-live="polite">
            {move || s.messages(&at, exact).into_iter().map(|(problem, text)| {
                let (class, label) = if problem {
                    ("st-problem", "studio.check.problem")
                } else {
                    ("st-tip", "studio.check.warning")
                };
                view! { <li class=class><strong>{st(label)}": "</strong>{in_dutch(&text)}</li> }
            }).collect_view()}
        </ul>
    }
}

/// A label, a hint, the messages and the control, with the control described by them.
fn field(
    s: Studio,
    at: &Path,
    label: &str,
    hint: Option<&str>,
    control: impl FnOnce(String, String) -> AnyView,
) -> AnyView {
    let id = dom_id(at);
    let hint_id = format!("{id}-hint");
    let messages_id = format!("{id}-messages");
    let described = match hint {
        Some(_) => format!("{hint_id} {messages_id}"),
        None => messages_id.clone(),
    };
    view! {
        <div class="st-field">
            <label for=id.clone()>{st(label)}</label>
            {hint.map(|h| view! { <p class="st-hint" id=hint_id>{st(h)}</p> })}
            {messages(s, at.clone(), messages_id, false)}
            {control(id, described)}
        </div>
    }
    .into_any()
}

/// The value at `at` as the field shows it, following changes made elsewhere (an id that
/// follows the name, a file opened). Writing the same text back leaves the cursor alone.
fn shown(s: Studio, at: &Path) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    let at = at.clone();
    move || {
        s.doc.with(|d| match editing::get(d, &at) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        })
    }
}

/// A line of text (`area`: several lines).
pub fn line(s: Studio, label: &str, hint: Option<&str>, at: Path, area: bool) -> AnyView {
    let initial = shown(s, &at);
    let write = at.clone();
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        s.set(&write, (!value.is_empty()).then(|| json!(value)));
    };
    field(s, &at, label, hint, move |id, described| {
        text_input(id, described, area, initial, on_input)
    })
}

/// A text box (`area`: of several lines) showing `value`, telling `on_input` what is typed.
fn text_input(
    id: String,
    described: String,
    area: bool,
    value: impl Fn() -> String + Send + Sync + 'static,
    on_input: impl Fn(leptos::ev::Event) + 'static,
) -> AnyView {
    if area {
        view! { <textarea id=id rows="3" aria-describedby=described prop:value=value on:input=on_input></textarea> }
            .into_any()
    } else {
        view! { <input type="text" id=id aria-describedby=described prop:value=value on:input=on_input/> }
            .into_any()
    }
}

/// A list of short texts (locations, dates), one per line.
pub fn lines(s: Studio, label: &str, hint: Option<&str>, at: Path) -> AnyView {
    let shown = {
        let at = at.clone();
        move || {
            s.doc.with(|d| {
                editing::get(d, &at)
                    .and_then(Value::as_array)
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_default()
            })
        }
    };
    let write = at.clone();
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let items: Vec<Value> = typed
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| json!(l))
            .collect();
        s.set(&write, (!items.is_empty()).then_some(Value::Array(items)));
    };
    field(s, &at, label, hint, move |id, described| {
        text_input(id, described, true, shown, on_input)
    })
}

/// A whole number; what is not a number is kept as typed, so the check can say so.
pub fn number(s: Studio, label: &str, at: Path) -> AnyView {
    let initial = shown(s, &at);
    let write = at.clone();
    field(s, &at, label, None, move |id, described| {
        view! {
            <input type="text" inputmode="numeric" id=id class="st-number" aria-describedby=described
                prop:value=initial
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    let value = match typed.trim().parse::<i64>() {
                        Ok(n) => Some(json!(n)),
                        Err(_) if typed.trim().is_empty() => None,
                        Err(_) => Some(json!(typed)),
                    };
                    s.set(&write, value);
                }/>
        }
        .into_any()
    })
}

/// A text people read, in Dutch and (optionally) English.
pub fn dutch(s: Studio, label: &str, hint: Option<&str>, at: Path, area: bool) -> AnyView {
    let id = dom_id(&at);
    let field_at = at.clone();
    let input = move |lang: &'static str, id: String, described: String| {
        let initial = {
            let at = at.clone();
            move || s.doc.with(|d| editing::text_in(d, &at, lang))
        };
        let write = at.clone();
        let on_input = move |ev| {
            let value = event_target_value(&ev);
            s.doc
                .update(|d| editing::set_text_in(d, &write, lang, &value));
        };
        text_input(id, described, area, initial, on_input)
    };
    let english = format!("{id}-en");
    let english_hint = format!("{english}-hint");
    view! {
        <fieldset class="st-text">
            <legend>{st(label)}</legend>
            {field(s, &field_at, "studio.lang.nl", hint, |id, described| input("nl", id, described))}
            <details class="st-english">
                <summary>{st("studio.lang.en")}</summary>
                <label for=english.clone()>{st("studio.lang.en")}</label>
                <p class="st-hint" id=english_hint.clone()>{st("studio.lang.en.hint")}</p>
                {input("en", english, english_hint)}
            </details>
        </fieldset>
    }
    .into_any()
}

/// One of `options` (value, label key); `empty`: the label of leaving it out.
pub fn choice(
    s: Studio,
    label: &str,
    at: Path,
    options: &'static [&'static str],
    labels: &'static str,
    empty: Option<&'static str>,
) -> AnyView {
    let value = shown(s, &at);
    let current = untrack(&value);
    let write = at.clone();
    field(s, &at, label, None, move |id, described| {
        view! {
            <select id=id aria-describedby=described prop:value=value on:change=move |ev| {
                let value = event_target_value(&ev);
                s.set(&write, (!value.is_empty()).then(|| json!(value)));
            }>
                {empty.map(|e| view! { <option value="" selected=current.is_empty()>{st(e)}</option> })}
                {options.iter().map(|o| view! {
                    <option value=*o selected=current == *o>{st(&format!("{labels}.{o}"))}</option>
                }).collect_view()}
            </select>
        }
        .into_any()
    })
}

/// Any of `options`, as a list of their names.
pub fn flags(
    s: Studio,
    label: &str,
    hint: Option<&str>,
    at: Path,
    options: &'static [&'static str],
    labels: &'static str,
) -> AnyView {
    let id = dom_id(&at);
    let messages_id = format!("{id}-messages");
    let chosen = |s: Studio, at: &Path| -> Vec<String> {
        s.value(at)
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    let boxes = options
        .iter()
        .map(|option| {
            let box_id = format!("{id}-{option}");
            let checked = chosen(s, &at).iter().any(|c| c == option);
            let write = at.clone();
            view! {
                <div class="st-check">
                    <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        // In the order offered, so the file reads the same every time.
                        let mut now = chosen(s, &write);
                        now.retain(|c| c != option);
                        if on {
                            now.push(option.to_string());
                        }
                        let ordered: Vec<Value> = options
                            .iter()
                            .filter(|o| now.iter().any(|c| c == *o))
                            .map(|o| json!(o))
                            .collect();
                        s.set(&write, (!ordered.is_empty()).then_some(Value::Array(ordered)));
                    }/>
                    <label for=box_id>{st(&format!("{labels}.{option}"))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="st-field" aria-describedby=messages_id.clone()>
            <legend>{st(label)}</legend>
            {hint.map(|h| view! { <p class="st-hint">{st(h)}</p> })}
            {messages(s, at.clone(), messages_id.clone(), false)}
            {boxes}
        </fieldset>
    }
    .into_any()
}

/// Yes or no; no is left out of the file.
pub fn check(s: Studio, label: &str, at: Path) -> AnyView {
    let id = dom_id(&at);
    let checked = s.value(&at).and_then(|v| v.as_bool()).unwrap_or(false);
    let write = at.clone();
    view! {
        <div class="st-check">
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=move |ev| {
                s.set(&write, event_target_checked(&ev).then_some(Value::Bool(true)));
            }/>
            <label for=id>{st(label)}</label>
        </div>
    }
    .into_any()
}

/// A period: how many, and of what.
pub fn period(s: Studio, label: &str, at: Path) -> AnyView {
    const UNITS: &[&str] = &["working_days", "days", "weeks", "months", "years"];
    view! {
        <fieldset class="st-period">
            <legend>{st(label)}</legend>
            {number(s, "studio.period.amount", with(&at, "amount"))}
            {choice(s, "studio.period.unit", with(&at, "unit"), UNITS, "studio.unit", None)}
        </fieldset>
    }
    .into_any()
}

/// A part that may be left out: a box to tick, and its fields while it is there.
pub fn optional(
    s: Studio,
    label: &str,
    at: Path,
    template: fn() -> Value,
    body: fn(Studio, Path) -> AnyView,
) -> AnyView {
    let id = dom_id(&at);
    let present = {
        let at = at.clone();
        Memo::new(move |_| s.doc.with(|d| editing::get(d, &at).is_some()))
    };
    let write = at.clone();
    view! {
        <div class="st-optional">
            <div class="st-check">
                <input type="checkbox" id=format!("{id}-present") prop:checked=move || present.get()
                    on:change=move |ev| {
                        s.set(&write, event_target_checked(&ev).then(template));
                    }/>
                <label for=format!("{id}-present")>{st(label)}</label>
            </div>
            {move || present.get().then(|| untrack(|| body(s, at.clone())))}
        </div>
    }
    .into_any()
}

/// A list of parts, each with its fields and a button to take it out, and one to add one.
pub fn list(
    s: Studio,
    legend: &str,
    hint: Option<&str>,
    at: Path,
    add: &str,
    new_item: fn() -> Value,
    item: fn(Studio, Path) -> AnyView,
) -> AnyView {
    let count = {
        let at = at.clone();
        Memo::new(move |_| s.doc.with(|d| editing::count(d, &at)))
    };
    let id = dom_id(&at);
    let items = {
        let at = at.clone();
        move || {
            let count = count.get();
            // Drawn again only when the count changes: what the items read is not followed here.
            untrack(|| {
                (0..count)
                .map(|i| {
                    let here = at_index(&at, i);
                    let remove = here.clone();
                    let messages_id = format!("{}-messages", dom_id(&here));
                    view! {
                        <div class="st-item">
                            {messages(s, here.clone(), messages_id, true)}
                            {item(s, here)}
                            <button type="button" class="st-remove" on:click=move |_| s.set(&remove, None)>
                                {st("studio.remove")}
                            </button>
                        </div>
                    }
                })
                .collect_view()
            })
        }
    };
    let write = at.clone();
    view! {
        <fieldset class="st-list" id=id.clone()>
            <legend>{st(legend)}</legend>
            {hint.map(|h| view! { <p class="st-hint">{st(h)}</p> })}
            {messages(s, at.clone(), format!("{id}-messages"), true)}
            {items}
            <button type="button" class="st-add" on:click=move |_| {
                s.doc.update(|d| editing::push(d, &write, new_item()));
            }>{st(add)}</button>
        </fieldset>
    }
    .into_any()
}

/// Where a rule comes from in the organisation's regulation, or what was chosen where it is
/// silent.
pub fn source(s: Studio, at: Path) -> AnyView {
    let missing = {
        let at = at.clone();
        Memo::new(move |_| {
            s.doc.with(|d| {
                editing::get(d, &with(&at, "source")).is_none()
                    && editing::get(d, &with(&at, "assumed")).is_none()
            })
        })
    };
    view! {
        <details class="st-source">
            <summary>
                {st("studio.source.legend")}
                {move || missing.get().then(|| view! { " "<span class="st-hint">{st("studio.source.missing")}</span> })}
            </summary>
            {line(s, "studio.source.section", None, with(&with(&at, "source"), "section"), false)}
            {line(s, "studio.source.quote", None, with(&with(&at, "source"), "quote"), true)}
            {line(s, "studio.source.assumed", None, with(&at, "assumed"), true)}
        </details>
    }
    .into_any()
}

/// How to reach someone.
pub fn contact(s: Studio, at: Path) -> AnyView {
    view! {
        {line(s, "studio.contact.email", None, with(&at, "email"), false)}
        {line(s, "studio.contact.phone", None, with(&at, "phone"), false)}
        {line(s, "studio.contact.website", Some("studio.contact.website.hint"), with(&at, "website"), false)}
        {line(s, "studio.contact.postal_address", None, with(&at, "postal_address"), true)}
    }
    .into_any()
}

/// Where to go instead: a name, a plain explanation and how to reach them.
pub fn destination(s: Studio, label: &str, at: Path) -> AnyView {
    fn body(s: Studio, at: Path) -> AnyView {
        view! {
            {dutch(s, "studio.destination.name", None, with(&at, "name"), false)}
            {dutch(s, "studio.destination.description", None, with(&at, "description"), true)}
            {contact(s, with(&at, "contact"))}
        }
        .into_any()
    }
    optional(s, label, at, || json!({ "name": "" }), body)
}
