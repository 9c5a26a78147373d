//! Every question screen: one question, its help, the answer field(s), and "Verder". What
//! is asked comes from the step's module in `core::steps`; this only draws an [`Ask`].

use leptos::prelude::*;

use crate::core::regulation::Need;
use crate::core::steps::{Ask, Choice, Choices, DateAsk, Label, TextAsk, TextKind};
use crate::ui::icons::Pictogram;
use crate::ui::parts::{
    described_by, BackButton, ErrorSummary, FieldMessage, Progress, ReadAloud, Terms, Why,
};
use crate::ui::Wizard;

fn key(w: Wizard, suffix: &str) -> String {
    format!("{}.{suffix}", w.step.get_untracked().key())
}

/// The whole screen read aloud: question, help and choices.
fn spoken(w: Wizard, choices: &[Choice]) -> String {
    let mut parts = vec![w.t(&key(w, "heading")), w.t(&key(w, "hint"))];
    parts.extend(choices.iter().map(|c| w.label(&c.label)));
    parts.join(". ")
}

/// Everything the screen says, its choices' help too: where hard words are looked for.
fn shown(w: Wizard, choices: &[Choice]) -> String {
    let hints = choices.iter().filter_map(|c| match &c.hint {
        Some(Label::Key(k)) if !w.has_text(k) => None,
        Some(hint) => Some(w.label(hint)),
        None => None,
    });
    let why = key(w, "why");
    let why = w.has_text(&why).then(|| w.t(&why));
    std::iter::once(spoken(w, choices))
        .chain(hints)
        .chain(why)
        .collect::<Vec<_>>()
        .join(". ")
}

#[component]
pub fn QuestionStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let ask = w.ask(w.step.get_untracked());
    let heading = move || w.t(&key(w, "heading"));
    let hint_field = match &ask {
        Ask::Choose(choices) => choices.field,
        Ask::Date(date) => date.field,
        Ask::Text(text) => text.field,
        Ask::Fields { fields, .. } => fields.first().map_or("info", |f| f.field),
        Ask::Info => "info",
    };
    let hint_id = w.dom_id(&format!("{hint_field}-hint"));
    let options = match &ask {
        Ask::Choose(choices) => choices.options.clone(),
        _ => Vec::new(),
    };
    let body = match ask {
        Ask::Choose(choices) => choice_list(w, choices, heading, hint_id).into_any(),
        Ask::Date(date) => date_field(w, date, heading, hint_id).into_any(),
        Ask::Text(text) => text_field(w, text, heading, hint_id).into_any(),
        Ask::Fields {
            fields,
            reach,
            note,
        } => several_fields(w, fields, reach, note, heading, hint_id).into_any(),
        Ask::Info => ().into_any(),
    };
    let terms_text = {
        let options = options.clone();
        Signal::derive(move || shown(w, &options))
    };
    let read = Signal::derive(move || spoken(w, &options));
    view! {
        <section class="kw-step">
            <BackButton wizard=w/>
            <ErrorSummary wizard=w/>
            <form novalidate on:submit=move |ev| {
                ev.prevent_default();
                w.continue_on();
            }>
                <Progress wizard=w/>
                {body}
                <Why wizard=w key=key(w, "why")/>
                <Terms wizard=w text=terms_text/>
                <div class="kw-actions">
                    <button type="submit" class="kw-button kw-primary">{w.text("nav.continue")}</button>
                    <ReadAloud wizard=w text=read/>
                </div>
            </form>
        </section>
    }
}

fn choice_list(
    w: Wizard,
    choices: Choices,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let field = choices.field;
    let many = choices.many;
    let name = w.dom_id(field);
    let input_type = if many { "checkbox" } else { "radio" };
    let options = choices.options.clone();
    let note = choices.note.clone();
    let choices = StoredValue::new(choices);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            // The first option carries the field's id, so the error summary can focus it.
            let id = if i == 0 { w.dom_id(field) } else { w.dom_id(&format!("{field}-{i}")) };
            let checked = move || choices.with_value(|c| w.answers.with(|a| c.is_chosen(a, i)));
            let on_change = move |_| choices.with_value(|c| w.answer(|a| c.toggle(a, i)));
            let label = StoredValue::new(choice.label.clone());
            let label_text = move || label.with_value(|l| w.label(l));
            let hint = choice.hint.clone().filter(|h| match h {
                Label::Key(k) => w.has_text(k),
                _ => true,
            });
            let hint_text = hint.clone().map(|h| move || w.label(&h));
            let spoken = Signal::derive({
                let hint = hint.clone();
                move || match &hint {
                    Some(h) => format!("{}. {}", label_text(), w.label(h)),
                    None => label_text(),
                }
            });
            let speak_label = Signal::derive(move || format!("{}: {}", w.t("read_aloud"), label_text()));
            view! {
                <div class="kw-choice">
                    <input type=input_type id=id.clone() name=name.clone() prop:checked=checked on:change=on_change/>
                    <label for=id>
                        {choice.icon.map(|icon| view! { <Pictogram icon/> })}
                        <span class="kw-choice-text">
                            <span class="kw-choice-label">{label_text}</span>
                            {hint_text.map(|h| view! { <span class="kw-choice-hint">{h}</span> })}
                        </span>
                    </label>
                    <ReadAloud wizard=w text=spoken small=true label=speak_label/>
                </div>
            }
        })
        .collect_view();
    let none = many.then(|| {
        let id = w.dom_id(&format!("{field}-none"));
        view! {
            <p class="kw-or">{w.text("choice.or")}</p>
            <div class="kw-choice">
                <input type="checkbox" id=id.clone()
                    prop:checked=move || choices.with_value(|c| w.answers.with(|a| c.is_none(a)))
                    on:change=move |_| choices.with_value(|c| w.answer(|a| c.toggle_none(a)))/>
                <label for=id><span class="kw-choice-text"><span class="kw-choice-label">{w.text("choice.none")}</span></span></label>
            </div>
        }
    });
    let note = note.map(|note| move || format!(" {}", w.label(&note)));
    view! {
        <fieldset class="kw-field" class:kw-field-error=move || w.error_for(field).is_some()
            aria-describedby=described_by(w, field)>
            <legend><h1 tabindex="-1">{heading}</h1></legend>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))}{note}</p>
            <FieldMessage wizard=w field/>
            <div class="kw-choices">{items}{none}</div>
        </fieldset>
    }
}

fn optional_mark(w: Wizard, need: Need) -> impl IntoView {
    (need == Need::Optional).then(
        || view! { <span class="kw-optional">{move || format!(" {}", w.t("optional"))}</span> },
    )
}

fn date_field(
    w: Wizard,
    date: DateAsk,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let DateAsk {
        field,
        unknown_field,
        unknown_allowed,
        need,
        unknown,
        set_unknown,
        ..
    } = date;
    let unknown_id = w.dom_id(unknown_field);
    // Day, month and year as typed: they show again as typed, also when not a date yet.
    let parts = RwSignal::new(w.answers.with_untracked(|a| date.parts(a)));
    let date = StoredValue::new(date);
    let inputs = [("date.day", "day", 2), ("date.month", "month", 2), ("date.year", "year", 4)]
        .into_iter()
        .enumerate()
        .map(|(i, (label, part, size))| {
            // The day carries the field's id, so the error summary can focus it.
            let id = if i == 0 { w.dom_id(field) } else { w.dom_id(&format!("{field}-{part}")) };
            let on_input = move |ev| {
                parts.update(|p| p[i] = event_target_value(&ev));
                let typed = parts.get_untracked();
                date.with_value(|d| w.answer(|a| d.type_parts(a, typed, w.today)));
            };
            view! {
                <div class="kw-date-part">
                    <label for=id.clone()>{w.text(label)}</label>
                    <input type="text" inputmode="numeric" id=id class="kw-input kw-date" class:kw-year={size == 4}
                        maxlength=size prop:value=parts.get_untracked()[i].clone()
                        aria-invalid=move || w.error_for(field).map(|_| "true")
                        on:input=on_input/>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="kw-field" class:kw-field-error=move || w.error_for(field).is_some()
            aria-describedby=described_by(w, field)>
            <legend><h1 tabindex="-1">{heading}{optional_mark(w, need)}</h1></legend>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))}</p>
            <FieldMessage wizard=w field/>
            <div class="kw-date-parts">{inputs}</div>
            {unknown_allowed.then(|| view! {
                <div class="kw-choice kw-choice-inline">
                    <input type="checkbox" id=unknown_id.clone()
                        prop:checked=move || w.answers.with(unknown)
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            w.answer(|a| set_unknown(a, checked));
                        }/>
                    <label for=unknown_id>{w.text("date.unknown")}</label>
                </div>
            })}
        </fieldset>
    }
}

fn text_field(
    w: Wizard,
    text: TextAsk,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let TextAsk {
        field,
        kind,
        need,
        suggestions,
        note,
        get,
        slot,
        ..
    } = text;
    let note = note.map(|note| move || format!(" {}", w.label(&note)));
    let id = w.dom_id(field);
    // What was typed before shows again, and is not rewritten while typing (no jumping cursor).
    let initial = w.answers.with_untracked(|a| get(a).clone());
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        w.answer(|a| *slot(a) = value);
    };
    let list_id = w.dom_id(&format!("{field}-list"));
    let input = match kind {
        TextKind::Area => view! {
            <textarea id=id.clone() name=field rows="8" prop:value=initial
                aria-describedby=described_by(w, field)
                aria-invalid=move || w.error_for(field).map(|_| "true")
                on:input=on_input></textarea>
        }
        .into_any(),
        _ => view! {
            <input type="text" id=id.clone() name=field class="kw-input" prop:value=initial
                list=(!suggestions.is_empty()).then(|| list_id.clone())
                aria-describedby=described_by(w, field)
                aria-invalid=move || w.error_for(field).map(|_| "true")
                on:input=on_input/>
            {(!suggestions.is_empty()).then(|| view! {
                <datalist id=list_id.clone()>
                    {suggestions.into_iter().map(|s| view! { <option value=s/> }).collect_view()}
                </datalist>
            })}
        }
        .into_any(),
    };
    view! {
        <div class="kw-field" class:kw-field-error=move || w.error_for(field).is_some()>
            <h1 tabindex="-1"><label for=id>{heading}{optional_mark(w, need)}</label></h1>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))}{note}</p>
            <FieldMessage wizard=w field/>
            {input}
        </div>
    }
}

/// Several text fields on one screen, each with its own label, and which of them is needed.
fn several_fields(
    w: Wizard,
    fields: Vec<TextAsk>,
    reach: Vec<&'static str>,
    note: Option<&'static str>,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let inputs = fields
        .into_iter()
        .map(|TextAsk { field, kind, need, label, get, slot, .. }| {
            let (input_type, autocomplete) = match kind {
                TextKind::Email => ("email", "email"),
                TextKind::Phone => ("tel", "tel"),
                TextKind::Address => ("area", "street-address"),
                TextKind::Name => ("text", "name"),
                TextKind::Line | TextKind::Area => ("text", "on"),
            };
            let id = w.dom_id(field);
            let initial = w.answers.with_untracked(|a| get(a).clone());
            let on_input = move |ev| {
                let value = event_target_value(&ev);
                w.answer(|a| *slot(a) = value);
            };
            let input = if input_type == "area" {
                view! {
                    <textarea id=id.clone() name=field rows="3" autocomplete=autocomplete prop:value=initial
                        aria-invalid=move || w.error_for(field).map(|_| "true")
                        aria-describedby=move || w.error_for(field).map(|_| w.dom_id(&format!("{field}-error")))
                        on:input=on_input></textarea>
                }
                .into_any()
            } else {
                view! {
                    <input type=input_type id=id.clone() name=field class="kw-input" autocomplete=autocomplete
                        spellcheck="false" prop:value=initial
                        aria-invalid=move || w.error_for(field).map(|_| "true")
                        aria-describedby=move || w.error_for(field).map(|_| w.dom_id(&format!("{field}-error")))
                        on:input=on_input/>
                }
                .into_any()
            };
            let label = label.unwrap_or_default();
            view! {
                <div class="kw-subfield" class:kw-field-error=move || w.error_for(field).is_some()>
                    <label for=id>{move || w.t(&label)}{optional_mark(w, need)}</label>
                    <FieldMessage wizard=w field/>
                    {input}
                </div>
            }
        })
        .collect_view();
    let reach = move || {
        if reach.is_empty() {
            return String::new();
        }
        let names: Vec<String> = reach.iter().map(|k| w.t(k)).collect();
        w.t_with(
            "contact.at_least_one",
            &[("channels", &names.join(&format!(" {} ", w.t("or"))))],
        )
    };
    view! {
        <div class="kw-field">
            <h1 tabindex="-1">{heading}</h1>
            <p class="kw-hint" id=hint_id>
                {move || w.t(&key(w, "hint"))} " " {reach} {note.map(|k| view! { " " {w.text(k)} })}
            </p>
            {inputs}
        </div>
    }
}
