//! The studio's forms, one per part of a regulation, in the order a complaints officer reads
//! their own regulation.

use leptos::prelude::*;
use serde_json::{json, Value};

use super::fields::*;
use super::{st, Studio};
use crate::core::editing::{self, path, with, Path};
use crate::core::regulation::{
    BodyRole, ContactChannel, Effect as Outcome, ExclusionKind, FilerRole, Funding, HelpKind,
    IfNotTalked, MeasuredFrom, Need, RepresentativeKind, Route, Scope, Sector, SeriousTopic,
    StaffRole, TalkPolicy, Topic,
};
use crate::core::warnings;
use crate::i18n::{self, Locale};
use crate::platform::clock;

type Form = fn(Studio) -> AnyView;

/// Each part: its anchor, its title and its form.
pub const SECTIONS: [(&str, &str, Form); 10] = [
    ("organisatie", "studio.section.organisation", organisation),
    ("wie-mag-klagen", "studio.section.filers", filers),
    ("termijn", "studio.section.time_limit", time_limit),
    ("uitzonderingen", "studio.section.exclusions", exclusions),
    ("eerst-praten", "studio.section.talk_first", talk_first),
    ("hulp", "studio.section.help", help),
    ("wat-we-vragen", "studio.section.fields", asked),
    ("daarna", "studio.section.timeline", timeline),
    ("niet-tevreden", "studio.section.escalation", escalation),
    ("teksten", "studio.section.texts", texts),
];

fn organisation(s: Studio) -> AnyView {
    let name = path(&["organisation", "name"]);
    // The id follows the name until it is changed by hand.
    let name_field = {
        let id_path = path(&["organisation", "id"]);
        let write = name.clone();
        Effect::new(move |previous: Option<String>| {
            let now = s.doc.with(|d| {
                editing::get(d, &write)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            });
            if let Some(before) = previous.filter(|before| *before != now) {
                let id = s
                    .value(&id_path)
                    .and_then(|v| v.as_str().map(str::to_string));
                if id
                    .as_deref()
                    .is_none_or(|id| id.is_empty() || id == editing::id_from(&before))
                {
                    let new = editing::id_from(&now);
                    s.set(&id_path, (!new.is_empty()).then(|| json!(new)));
                }
            }
            now
        });
        line(
            s,
            "studio.organisation.name",
            Some("studio.organisation.name.hint"),
            name,
            false,
        )
    };
    view! {
        {name_field}
        {line(s, "studio.organisation.id", Some("studio.organisation.id.hint"), path(&["organisation", "id"]), false)}
        {choice(s, "studio.organisation.sector", path(&["organisation", "sector"]), Sector::NAMES, "studio.sector", None)}
        <p class="st-hint">{st("studio.organisation.sector.hint")}</p>
        {line(s, "studio.regulation_version", Some("studio.regulation_version.hint"), path(&["regulation_version"]), false)}
        {line(s, "studio.delivery.endpoint", Some("studio.delivery.endpoint.hint"), path(&["delivery", "endpoint"]), false)}
        {lines(s, "studio.organisation.locations", Some("studio.organisation.locations.hint"), path(&["organisation", "locations"]))}
        {line(s, "studio.organisation.privacy_statement_url", None, path(&["organisation", "privacy_statement_url"]), false)}
        <fieldset class="st-group">
            <legend>{st("studio.organisation.contact")}</legend>
            {contact(s, path(&["organisation", "contact"]))}
            {source(s, path(&["organisation", "contact"]))}
        </fieldset>
        {list(s, "studio.bodies.legend", Some("studio.bodies.hint"), path(&["organisation", "bodies"]),
            "studio.bodies.add", || json!({ "id": "", "role": "complaints_officer", "name": "" }), body)}
    }
    .into_any()
}

fn body(s: Studio, at: Path) -> AnyView {
    view! {
        {dutch(s, "studio.body.name", None, with(&at, "name"), false)}
        {line(s, "studio.body.id", None, with(&at, "id"), false)}
        {choice(s, "studio.body.role", with(&at, "role"), BodyRole::NAMES, "studio.body_role", None)}
        {dutch(s, "studio.body.description", None, with(&at, "description"), true)}
        {source(s, at)}
    }
    .into_any()
}

fn filers(s: Studio) -> AnyView {
    let at = path(&["filers"]);
    view! {
        {flags(s, "studio.filers.allowed", Some("studio.filers.allowed.hint"), with(&at, "allowed"),
            &FilerRole::NAMES[..6], "studio.filer")}
        {list(s, "studio.representatives.legend", None, with(&at, "representatives"),
            "studio.representatives.add", || json!({ "kind": "guardian", "scope": "all" }), representative)}
        {check(s, "studio.filers.written_authorisation", with(&at, "written_authorisation"))}
        {flags(s, "studio.filers.never", None, with(&at, "never"), &FilerRole::NAMES[1..], "studio.filer")}
        {source(s, at)}
    }
    .into_any()
}

fn representative(s: Studio, at: Path) -> AnyView {
    view! {
        {choice(s, "studio.representative.kind", with(&at, "kind"), RepresentativeKind::NAMES, "studio.representative_kind", None)}
        {choice(s, "studio.representative.scope", with(&at, "scope"), Scope::NAMES, "studio.scope", None)}
    }
    .into_any()
}

fn time_limit(s: Studio) -> AnyView {
    fn body(s: Studio, at: Path) -> AnyView {
        view! {
            {period(s, "studio.time_limit.period", with(&at, "period"))}
            {flags(s, "studio.time_limit.measured_from", None, with(&at, "measured_from"), MeasuredFrom::NAMES, "studio.measured_from")}
            {choice(s, "studio.time_limit.effect", with(&at, "effect"), &Outcome::NAMES[..2], "studio.effect", None)}
            {destination(s, "studio.destination.legend", with(&at, "go_to"))}
            {source(s, at.clone())}
            {list(s, "studio.exceptions.legend", None, with(&at, "exceptions"), "studio.exceptions.add",
                || json!({ "id": "", "question": "", "period": { "amount": 3, "unit": "years" } }), exception)}
        }
        .into_any()
    }
    optional(
        s,
        "studio.time_limit.present",
        path(&["time_limit"]),
        || json!({ "period": { "amount": 1, "unit": "years" }, "measured_from": ["event"], "effect": "not_handled" }),
        body,
    )
}

/// A standard one in our words, or the organisation's own (its id, question and hint).
fn standard_or_own(
    s: Studio,
    at: &Path,
    field: &'static str,
    label: &'static str,
    names: &'static [&'static str],
    labels: &'static str,
    own_label: &'static str,
) -> AnyView {
    let standard = with(at, field);
    // Chosen a standard one: the own id goes.
    {
        let (standard, id) = (standard.clone(), with(at, "id"));
        Effect::new(move || {
            let both = s
                .doc
                .with(|d| editing::get(d, &standard).is_some() && editing::get(d, &id).is_some());
            if both {
                s.set(&id, None);
            }
        });
    }
    let own = {
        let standard = standard.clone();
        Memo::new(move |_| s.doc.with(|d| editing::get(d, &standard).is_none()))
    };
    let id_at = with(at, "id");
    view! {
        {choice(s, label, standard, names, labels, Some(own_label))}
        {move || own.get().then(|| untrack(|| line(s, "studio.own.id", Some("studio.own.id.hint"), id_at.clone(), false)))}
        {dutch(s, "studio.own.question", None, with(at, "question"), false)}
        {dutch(s, "studio.own.hint", None, with(at, "hint"), false)}
    }
    .into_any()
}

fn exception(s: Studio, at: Path) -> AnyView {
    let no_limit = {
        let at = with(&at, "period");
        Memo::new(move |_| s.doc.with(|d| editing::get(d, &at) == Some(&Value::Null)))
    };
    let period_at = with(&at, "period");
    let id = dom_id(&period_at);
    view! {
        {standard_or_own(s, &at, "topic", "studio.exception.topic", Topic::NAMES, "studio.topic", "studio.topic.own")}
        <div class="st-check">
            <input type="checkbox" id=format!("{id}-none") prop:checked=move || no_limit.get()
                on:change={
                    let period_at = period_at.clone();
                    move |ev| {
                        let value = if event_target_checked(&ev) { Value::Null } else { json!({ "amount": 3, "unit": "years" }) };
                        s.set(&period_at, Some(value));
                    }
                }/>
            <label for=format!("{id}-none")>{st("studio.exception.no_limit")}</label>
        </div>
        {let at = at.clone(); move || (!no_limit.get()).then(|| untrack(|| period(s, "studio.exception.period", with(&at, "period"))))}
        {source(s, at.clone())}
    }
    .into_any()
}

fn exclusions(s: Studio) -> AnyView {
    list(
        s,
        "studio.section.exclusions",
        Some("studio.exclusions.hint"),
        path(&["exclusions"]),
        "studio.exclusions.add",
        || json!({ "id": "", "question": "", "effect": "not_handled" }),
        exclusion,
    )
}

fn exclusion(s: Studio, at: Path) -> AnyView {
    view! {
        {standard_or_own(s, &at, "kind", "studio.exclusion.kind", ExclusionKind::NAMES, "studio.exclusion_kind", "studio.exclusion_kind.own")}
        {choice(s, "studio.exclusion.effect", with(&at, "effect"), Outcome::NAMES, "studio.effect", None)}
        {dutch(s, "studio.exclusion.explanation", Some("studio.exclusion.explanation.hint"), with(&at, "explanation"), true)}
        {destination(s, "studio.destination.legend", with(&at, "go_to"))}
        {optional(s, "studio.route.present", with(&at, "route"), || json!({}), own_route)}
        {source(s, at)}
    }
    .into_any()
}

/// What is different on an own route: its term, and what happens.
fn own_route(s: Studio, at: Path) -> AnyView {
    fn decision(s: Studio, at: Path) -> AnyView {
        period(s, "studio.route.decision_within", at)
    }
    view! {
        {optional(s, "studio.route.decision_within.present", with(&at, "decision_within"), || json!({ "amount": 4, "unit": "weeks" }), decision)}
        {list(s, "studio.notes.legend", None, with(&at, "notes"), "studio.notes.add", || json!({ "text": "" }), note)}
    }
    .into_any()
}

fn note(s: Studio, at: Path) -> AnyView {
    view! {
        {dutch(s, "studio.note.text", None, with(&at, "text"), true)}
        {source(s, at)}
    }
    .into_any()
}

fn talk_first(s: Studio) -> AnyView {
    fn body(s: Studio, at: Path) -> AnyView {
        fn wait(s: Studio, at: Path) -> AnyView {
            period(s, "studio.talk_first.wait", at)
        }
        fn direct(s: Studio, at: Path) -> AnyView {
            view! {
                {line(s, "studio.direct_route.to", None, with(&at, "to"), false)}
                {check(s, "studio.direct_route.reason_required", with(&at, "reason_required"))}
                {check(s, "studio.direct_route.also_after_talking", with(&at, "also_after_talking"))}
                {list(s, "studio.notes.legend", None, with(&at, "notes"), "studio.notes.add", || json!({ "text": "" }), note)}
            }
            .into_any()
        }
        view! {
            {choice(s, "studio.talk_first.policy", with(&at, "policy"), TalkPolicy::NAMES, "studio.policy", None)}
            {flags(s, "studio.talk_first.with", None, with(&at, "with"), StaffRole::NAMES, "studio.staff")}
            {choice(s, "studio.talk_first.volunteers_and_interns", with(&at, "volunteers_and_interns"), StaffRole::NAMES, "studio.staff", Some("studio.talk_first.volunteers_and_interns.same"))}
            {choice(s, "studio.talk_first.if_not", with(&at, "if_not"), IfNotTalked::NAMES, "studio.if_not", None)}
            {destination(s, "studio.talk_first.go_to", with(&at, "go_to"))}
            {optional(s, "studio.talk_first.wait.present", with(&at, "wait"), || json!({ "amount": 6, "unit": "weeks" }), wait)}
            {optional(s, "studio.direct_route.present", with(&at, "direct_route"), || json!({ "to": "", "reason_required": false }), direct)}
            {source(s, at)}
        }
        .into_any()
    }
    optional(
        s,
        "studio.talk_first.present",
        path(&["talk_first"]),
        || json!({ "policy": "recommended", "with": ["employee"], "if_not": "continue" }),
        body,
    )
}

fn help(s: Studio) -> AnyView {
    fn option(s: Studio, at: Path) -> AnyView {
        view! {
            {choice(s, "studio.help.kind", with(&at, "kind"), HelpKind::NAMES, "studio.help_kind", None)}
            {dutch(s, "studio.help.name", None, with(&at, "name"), false)}
            {dutch(s, "studio.help.description", None, with(&at, "description"), true)}
            {contact(s, with(&at, "contact"))}
            {check(s, "studio.help.own_cost", with(&at, "own_cost"))}
            {flags(s, "studio.funding.only", Some("studio.funding.only.hint"), with(&at, "funding"), Funding::NAMES, "studio.funding")}
            {source(s, at)}
        }
        .into_any()
    }
    list(
        s,
        "studio.section.help",
        Some("studio.help.hint"),
        path(&["help"]),
        "studio.help.add",
        || json!({ "kind": "trusted_person" }),
        option,
    )
}

fn asked(s: Studio) -> AnyView {
    let c = path(&["complaint_fields"]);
    let k = path(&["contact_fields"]);
    let need = |s: Studio, label: &'static str, at: Path| {
        choice(s, label, at, Need::NAMES, "studio.need", None)
    };
    view! {
        {need(s, "studio.complaint_fields.event_date", with(&c, "event_date"))}
        {need(s, "studio.complaint_fields.location", with(&c, "location"))}
        {need(s, "studio.complaint_fields.employee_name", with(&c, "employee_name"))}
        {need(s, "studio.complaint_fields.desired_outcome", with(&c, "desired_outcome"))}
        {dutch(s, "studio.complaint_fields.attachments", Some("studio.complaint_fields.attachments.hint"),
            with(&with(&c, "attachments"), "text"), true)}
        {optional(s, "studio.serious.present", path(&["serious_matters"]), || json!({ "topics": ["calamity"], "notice": "" }), serious)}
        {source(s, c.clone())}
        <fieldset class="st-group">
            <legend>{st("studio.contact_fields.legend")}</legend>
            {need(s, "studio.contact_fields.name", with(&k, "name"))}
            {need(s, "studio.contact_fields.email", with(&k, "email"))}
            {need(s, "studio.contact_fields.phone", with(&k, "phone"))}
            {need(s, "studio.contact_fields.postal_address", with(&k, "postal_address"))}
            {flags(s, "studio.contact_fields.at_least_one_of", None, with(&k, "at_least_one_of"), ContactChannel::NAMES, "studio.channel")}
            {source(s, k.clone())}
        </fieldset>
    }
    .into_any()
}

/// Serious matters the organisation must report, and what it tells the person.
fn serious(s: Studio, at: Path) -> AnyView {
    view! {
        {flags(s, "studio.serious.topics", None, with(&at, "topics"), SeriousTopic::NAMES, "studio.serious_topic")}
        {dutch(s, "studio.serious.notice", None, with(&at, "notice"), true)}
        {source(s, at)}
    }
    .into_any()
}

fn timeline(s: Studio) -> AnyView {
    fn own_term(s: Studio, at: Path) -> AnyView {
        view! {
            {number(s, "studio.period.amount", with(&at, "amount"))}
            {choice(s, "studio.period.unit", with(&at, "unit"), &["working_days", "days", "weeks", "months", "years"], "studio.unit", None)}
            {check(s, "studio.term.aim", with(&at, "aim"))}
            {source(s, at)}
        }
        .into_any()
    }
    fn term(s: Studio, at: Path) -> AnyView {
        const AFTER: &[&str] = &["receipt", "first_contact", "handling_starts", "decision"];
        view! {
            {own_term(s, at.clone())}
            {choice(s, "studio.term.after", with(&at, "after"), AFTER, "studio.after", Some("studio.after.sending"))}
        }
        .into_any()
    }
    let t = path(&["timeline"]);
    let terms = [
        "receipt_within",
        "first_contact_within",
        "handling_starts_within",
        "decision_within",
        "extension",
        "retention",
        "unreachable_withdrawal",
    ]
    .map(|name| {
        let at = with(&t, name);
        // Only the four moments after sending can count from each other.
        let form: fn(Studio, Path) -> AnyView = match name {
            "extension" | "retention" | "unreachable_withdrawal" => own_term,
            _ => term,
        };
        view! {
            <fieldset class="st-group">
                <legend>{st(&format!("studio.term.{name}"))}</legend>
                {optional(s, "studio.term.present", at, || json!({ "amount": 2, "unit": "weeks" }), form)}
            </fieldset>
        }
    });
    view! {
        <p class="st-hint">{st("studio.timeline.hint")}</p>
        {terms.into_iter().collect_view()}
        {lines(s, "studio.timeline.closing_days", Some("studio.timeline.closing_days.hint"), with(&t, "closing_days"))}
        {list(s, "studio.notes.legend", None, with(&t, "notes"), "studio.notes.add", || json!({ "text": "" }), note)}
    }
    .into_any()
}

fn escalation(s: Studio) -> AnyView {
    fn route(s: Studio, at: Path) -> AnyView {
        view! {
            {dutch(s, "studio.escalation.name", None, with(&at, "name"), false)}
            {dutch(s, "studio.escalation.description", None, with(&at, "description"), true)}
            {contact(s, with(&at, "contact"))}
            {flags(s, "studio.funding.only", Some("studio.funding.only.hint"), with(&at, "funding"), Funding::NAMES, "studio.funding")}
            {choice(s, "studio.escalation.route", with(&at, "route"), Route::NAMES, "studio.route", Some("studio.route.every"))}
            {source(s, at)}
        }
        .into_any()
    }
    list(
        s,
        "studio.section.escalation",
        Some("studio.escalation.hint"),
        path(&["escalation"]),
        "studio.escalation.add",
        || json!({ "name": "" }),
        route,
    )
}

/// Our texts this regulation's visitors can see (all of them while it does not load).
fn rewordable(s: Studio) -> Vec<String> {
    s.report.with_untracked(|r| match &r.regulation {
        Some(regulation) => warnings::keys_shown(regulation, clock::today()),
        None => i18n::keys(Locale::Nl).map(str::to_string).collect(),
    })
}

fn texts(s: Studio) -> AnyView {
    let own = Memo::new(move |_| {
        s.doc.with(|d| {
            d.pointer("/texts/nl")
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(String::new());
    let choose_id = "f-texts-choose";
    let rows = move || {
        let keys = own.get();
        untrack(|| {
            keys
            .into_iter()
            .map(|key| {
                let nl = path(&["texts", "nl", &key]);
                let en = path(&["texts", "en", &key]);
                let remove = key.clone();
                view! {
                    <div class="st-item">
                        <p class="st-key"><code>{key.clone()}</code></p>
                        <p class="st-hint">{st("studio.texts.ours")}" "{i18n::t(Locale::Nl, &key)}</p>
                        {line(s, "studio.lang.nl", None, nl, true)}
                        <details class="st-english">
                            <summary>{st("studio.lang.en")}</summary>
                            {line(s, "studio.lang.en", Some("studio.lang.en.hint"), en, true)}
                        </details>
                        <button type="button" class="st-remove" on:click=move |_| {
                            s.set(&path(&["texts", "nl", &remove]), None);
                            s.set(&path(&["texts", "en", &remove]), None);
                        }>{st("studio.remove")}</button>
                    </div>
                }
            })
            .collect_view()
        })
    };
    let t = path(&["theme"]);
    view! {
        <p class="st-hint">{st("studio.texts.hint")}</p>
        {move || { s.generation.track(); rows() }}
        <div class="st-field">
            <label for=choose_id>{st("studio.texts.choose")}</label>
            <select id=choose_id on:change=move |ev| chosen.set(event_target_value(&ev))>
                <option value="">"—"</option>
                {move || {
                    own.track();
                    rewordable(s).into_iter().map(|key| {
                        let text = i18n::t(Locale::Nl, &key);
                        view! { <option value=key.clone()>{format!("{key}: {text}")}</option> }
                    }).collect_view()
                }}
            </select>
            <button type="button" class="st-add" on:click=move |_| {
                let key = chosen.get_untracked();
                if !key.is_empty() {
                    s.set(&path(&["texts", "nl", &key]), Some(json!(i18n::t(Locale::Nl, &key))));
                }
            }>{st("studio.texts.add")}</button>
        </div>
        {line(s, "studio.theme.primary_colour", Some("studio.theme.primary_colour.hint"), with(&t, "primary_colour"), false)}
        {line(s, "studio.theme.focus_colour", None, with(&t, "focus_colour"), false)}
        {line(s, "studio.theme.logo_url", None, with(&t, "logo_url"), false)}
        {line(s, "studio.theme.font_family", Some("studio.theme.font_family.hint"), with(&t, "font_family"), false)}
        {number(s, "studio.theme.corner_radius", with(&t, "corner_radius"))}
        {flags(s, "studio.languages", Some("studio.languages.hint"), path(&["languages"]), &["nl", "en"], "studio.lang")}
        {line(s, "studio.delivery.fallback_email", None, path(&["delivery", "fallback_email"]), false)}
        {line(s, "studio.quick_exit_url", None, path(&["quick_exit_url"]), false)}
    }
    .into_any()
}
