//! Every question screen: one question, its help, the answer field(s), and "Verder".

use leptos::prelude::*;
use serde_json::{json, Value};

use crate::core::answers::field;
use crate::core::regulation::{ContactChannel, Need};
use crate::ui::icons::Pictogram;
use crate::ui::parts::{
    described_by, BackButton, ErrorSummary, FieldMessage, Progress, ReadAloud, Why,
};
use crate::ui::questions::{question, Choice, Question, TextKind};
use crate::ui::{heading_key, Wizard};

fn key(w: Wizard, suffix: &str) -> String {
    format!(
        "{}.{suffix}",
        heading_key(w.step.get_untracked()).trim_end_matches(".heading")
    )
}

/// The whole screen read aloud: question, help and choices.
fn spoken(w: Wizard, q: &Question) -> String {
    let mut parts = vec![w.t(&key(w, "heading")), w.t(&key(w, "hint"))];
    if let Question::One { choices, .. } | Question::Many { choices, .. } = q {
        parts.extend(choices.iter().map(|c| c.label.show(&w)));
    }
    parts.join(". ")
}

#[component]
pub fn QuestionStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let q = question(&w, w.step.get_untracked());
    let heading = move || w.t(&key(w, "heading"));
    let hint_field = match &q {
        Question::One { field, .. } | Question::Many { field, .. } => *field,
        Question::Date { field, .. } | Question::Text { field, .. } => *field,
        Question::Contact => field::NAME,
        Question::Info => "info",
    };
    let hint_id = w.dom_id(&format!("{hint_field}-hint"));
    let body = match q.clone() {
        Question::One { field, choices } => {
            choice_list(w, field, choices, false, heading, hint_id).into_any()
        }
        Question::Many { field, choices } => {
            choice_list(w, field, choices, true, heading, hint_id).into_any()
        }
        Question::Date {
            field,
            unknown_field,
            unknown_allowed,
            need,
        } => date_field(
            w,
            field,
            unknown_field,
            unknown_allowed,
            need,
            heading,
            hint_id,
        )
        .into_any(),
        Question::Text {
            field,
            kind,
            need,
            suggestions,
        } => text_field(w, field, kind, need, suggestions, heading, hint_id).into_any(),
        Question::Contact => contact_fields(w, heading, hint_id).into_any(),
        Question::Info => ().into_any(),
    };
    let read = Signal::derive({
        let q = q.clone();
        move || spoken(w, &q)
    });
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
                <div class="kw-actions">
                    <button type="submit" class="kw-button kw-primary">{w.text("nav.continue")}</button>
                    <ReadAloud wizard=w text=read/>
                </div>
            </form>
        </section>
    }
}

fn optional_mark(w: Wizard, need: Need) -> impl IntoView {
    (need == Need::Optional).then(
        || view! { <span class="kw-optional">{move || format!(" {}", w.t("optional"))}</span> },
    )
}

fn choice_list(
    w: Wizard,
    field: &'static str,
    choices: Vec<Choice>,
    many: bool,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let name = w.dom_id(field);
    let input_type = if many { "checkbox" } else { "radio" };
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            // The first option carries the field's id, so the error summary can focus it.
            let id = if i == 0 { w.dom_id(field) } else { w.dom_id(&format!("{field}-{i}")) };
            let value = choice.value.clone();
            let checked = {
                let value = value.clone();
                move || {
                    let answer = w.answer(field);
                    if many {
                        answer.as_array().is_some_and(|list| list.contains(&value))
                    } else {
                        answer == value
                    }
                }
            };
            let on_change = move |_| {
                if many {
                    let mut list = w.answer(field).as_array().cloned().unwrap_or_default();
                    if let Some(at) = list.iter().position(|v| *v == value) {
                        list.remove(at);
                    } else {
                        list.push(value.clone());
                    }
                    // Unticking the last one means "not answered", not "none of these".
                    w.set_answer(field, if list.is_empty() { Value::Null } else { Value::Array(list) });
                } else {
                    w.set_answer(field, value.clone());
                }
            };
            let label = StoredValue::new(choice.label.clone());
            let label_text = move || label.with_value(|l| l.show(&w));
            let hint = choice.hint.clone().filter(|h| match h {
                crate::ui::questions::Label::Key(k) => w.has_text(k),
                crate::ui::questions::Label::Own(_) => true,
            });
            let hint_text = hint.clone().map(|h| move || h.show(&w));
            let spoken = Signal::derive({
                let hint = hint.clone();
                move || match &hint {
                    Some(h) => format!("{}. {}", label_text(), h.show(&w)),
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
                    prop:checked=move || w.answer(field).as_array().is_some_and(Vec::is_empty)
                    on:change=move |_| {
                        let none = w.answer(field).as_array().is_some_and(Vec::is_empty);
                        w.set_answer(field, if none { Value::Null } else { json!([]) });
                    }/>
                <label for=id><span class="kw-choice-text"><span class="kw-choice-label">{w.text("choice.none")}</span></span></label>
            </div>
        }
    });
    view! {
        <fieldset class="kw-field" class:kw-field-error=move || w.error_for(field).is_some()
            aria-describedby=described_by(w, field)>
            <legend><h1 tabindex="-1">{heading}</h1></legend>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))} {move || volunteers_hint(w, field)}</p>
            <FieldMessage wizard=w field/>
            <div class="kw-choices">{items}{none}</div>
        </fieldset>
    }
}

/// Who to talk to when the complaint is about a volunteer or intern, where the regulation says.
fn volunteers_hint(w: Wizard, field: &str) -> Option<String> {
    if field != field::TALKED {
        return None;
    }
    let role = w
        .regulation
        .with_value(|r| r.talk_first.as_ref().and_then(|t| t.volunteers_and_interns))?;
    let who = w.t(&format!(
        "staff.{}",
        crate::core::regulation::name_of(&role)
    ));
    Some(w.t_with("talked_to_staff.volunteers", &[("coordinator", &who)]))
}

fn date_field(
    w: Wizard,
    field: &'static str,
    unknown_field: &'static str,
    unknown_allowed: bool,
    need: Need,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let id = w.dom_id(field);
    let unknown_id = w.dom_id(unknown_field);
    let initial = w.answer(field).as_str().unwrap_or("").to_string();
    view! {
        <div class="kw-field" class:kw-field-error=move || w.error_for(field).is_some()>
            <h1 tabindex="-1"><label for=id.clone()>{heading}{optional_mark(w, need)}</label></h1>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))}</p>
            <FieldMessage wizard=w field/>
            <input type="date" id=id class="kw-date" max=w.today.to_string() prop:value=initial
                aria-describedby=described_by(w, field)
                aria-invalid=move || w.error_for(field).map(|_| "true")
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    w.set_answer(field, if value.is_empty() { Value::Null } else { Value::String(value) });
                }/>
            {unknown_allowed.then(|| view! {
                <div class="kw-choice kw-choice-inline">
                    <input type="checkbox" id=unknown_id.clone()
                        prop:checked=move || w.answer(unknown_field) == json!(true)
                        on:change=move |ev| w.set_answer(unknown_field, Value::Bool(event_target_checked(&ev)))/>
                    <label for=unknown_id>{w.text("date.unknown")}</label>
                </div>
            })}
        </div>
    }
}

fn text_field(
    w: Wizard,
    field: &'static str,
    kind: TextKind,
    need: Need,
    suggestions: Vec<String>,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let id = w.dom_id(field);
    // What was typed before shows again, and is not rewritten while typing (no jumping cursor).
    let initial = w.answer(field).as_str().unwrap_or("").to_string();
    let on_input = move |ev| w.set_answer(field, Value::String(event_target_value(&ev)));
    let list_id = w.dom_id(&format!("{field}-list"));
    let input = match kind {
        TextKind::Area => view! {
            <textarea id=id.clone() name=field rows="8" prop:value=initial
                aria-describedby=described_by(w, field)
                aria-invalid=move || w.error_for(field).map(|_| "true")
                on:input=on_input></textarea>
        }
        .into_any(),
        TextKind::Line => view! {
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
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))}</p>
            <FieldMessage wizard=w field/>
            {input}
        </div>
    }
}

fn contact_fields(
    w: Wizard,
    heading: impl Fn() -> String + Send + Sync + Copy + 'static,
    hint_id: String,
) -> impl IntoView {
    let fields = w.regulation.with_value(|r| r.contact_fields.clone());
    let one_of = fields
        .at_least_one_of
        .iter()
        .map(|c| match c {
            ContactChannel::Email => "channel.email",
            ContactChannel::Phone => "channel.phone",
            ContactChannel::Post => "channel.post",
        })
        .collect::<Vec<_>>();
    let rows: Vec<(&'static str, Need, &'static str, &'static str)> = vec![
        (field::NAME, fields.name, "text", "name"),
        (field::EMAIL, fields.email, "email", "email"),
        (field::PHONE, fields.phone, "tel", "tel"),
        (
            field::POSTAL_ADDRESS,
            fields.postal_address,
            "area",
            "street-address",
        ),
    ];
    let inputs = rows
        .into_iter()
        .filter(|(_, need, _, _)| need.asked())
        .map(|(field, need, input_type, autocomplete)| {
            let id = w.dom_id(field);
            let initial = w.answer(field).as_str().unwrap_or("").to_string();
            let on_input = move |ev| w.set_answer(field, Value::String(event_target_value(&ev)));
            let input = if input_type == "area" {
                view! {
                    <textarea id=id.clone() name=field rows="3" autocomplete=autocomplete prop:value=initial
                        aria-invalid=move || w.error_for(field).map(|_| "true")
                        aria-describedby=w.dom_id(&format!("{field}-error"))
                        on:input=on_input></textarea>
                }
                .into_any()
            } else {
                view! {
                    <input type=input_type id=id.clone() name=field class="kw-input" autocomplete=autocomplete
                        spellcheck="false" prop:value=initial
                        aria-invalid=move || w.error_for(field).map(|_| "true")
                        aria-describedby=w.dom_id(&format!("{field}-error"))
                        on:input=on_input/>
                }
                .into_any()
            };
            view! {
                <div class="kw-subfield" class:kw-field-error=move || w.error_for(field).is_some()>
                    <label for=id>{move || w.t(&format!("contact.{field}"))}{optional_mark(w, need)}</label>
                    <FieldMessage wizard=w field/>
                    {input}
                </div>
            }
        })
        .collect_view();
    let reach = move || {
        let names: Vec<String> = one_of.iter().map(|k| w.t(k)).collect();
        w.t_with(
            "contact.at_least_one",
            &[("channels", &names.join(&format!(" {} ", w.t("or"))))],
        )
    };
    view! {
        <div class="kw-field">
            <h1 tabindex="-1">{heading}</h1>
            <p class="kw-hint" id=hint_id>{move || w.t(&key(w, "hint"))} " " {reach}</p>
            {inputs}
        </div>
    }
}
