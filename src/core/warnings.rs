//! Warnings about a regulation that loads: what a visitor would see wrongly or find hard to
//! read. They never stop the wizard; the checker and the studio show them to the
//! organisation with where to change it.

use chrono::NaiveDate;

use super::regulation::{shown_texts, IfNotTalked, Regulation, Sector};
use crate::core::readability;
use crate::core::steps::{Ask, Label};
use crate::core::tour;
use crate::i18n::{self, Locale};

pub use crate::core::readability::Warning;

fn warning(path: impl Into<String>, message: impl Into<String>) -> Warning {
    Warning {
        path: path.into(),
        message: message.into(),
    }
}

/// Every warning for a regulation that loads (`r`, from the file `json`).
pub fn all(r: &Regulation, json: &str, today: NaiveDate) -> Vec<Warning> {
    let mut out = placeholders_not_filled(r);
    out.extend(hints_kept(r));
    out.extend(care_words(r, today));
    out.extend(in_file(json));
    out
}

/// The warnings the file alone gives, also while it does not load: places without contact,
/// and how easy its texts are.
pub fn in_file(json: &str) -> Vec<Warning> {
    let mut out = destinations_without_contact(json);
    for (at, text) in shown_texts(json) {
        out.extend(readability::warnings(&at, &text));
    }
    out
}

/// The `{names}` in a text.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The organisation's rewordings of our texts (`texts`): a `{name}` the text cannot fill
/// would be shown as it is to visitors (`{organisatie}` for `{organisation}`). A text knows
/// the placeholders of the text it rewords, and `{organisation}`.
pub fn placeholders_not_filled(r: &Regulation) -> Vec<Warning> {
    let mut out = Vec::new();
    for (lang, texts) in &r.texts {
        let Some(locale) = Locale::from_code(lang) else {
            continue;
        };
        for (key, text) in texts {
            let ours = i18n::t(locale, key);
            let mut known = placeholders(&ours);
            known.push("organisation");
            for name in placeholders(text) {
                if !known.contains(&name) {
                    let names: Vec<String> = known.iter().map(|k| format!("{{{k}}}")).collect();
                    out.push(warning(
                        format!("texts.{lang}.{key}"),
                        format!(
                            "{{{name}}} is not filled in and would be shown as it is; this text knows {}",
                            names.join(", ")
                        ),
                    ));
                }
            }
        }
    }
    out
}

/// A reworded heading or choice whose hint is still ours: the hint may no longer fit.
pub fn hints_kept(r: &Regulation) -> Vec<Warning> {
    let mut out = Vec::new();
    for (lang, texts) in &r.texts {
        let Some(locale) = Locale::from_code(lang) else {
            continue;
        };
        for key in texts.keys() {
            let hint = match key.strip_suffix(".heading") {
                Some(screen) => format!("{screen}.hint"),
                None if key.split('.').next() == Some("choice") && !key.ends_with(".hint") => {
                    format!("{key}.hint")
                }
                None => continue,
            };
            if i18n::has_key(locale, &hint) && !texts.contains_key(&hint) {
                out.push(warning(
                    format!("texts.{lang}.{key}"),
                    format!(
                        "you reworded this, but its hint is still ours: \"{}\"; reword texts.{lang}.{hint} too if it no longer fits",
                        i18n::t(locale, &hint)
                    ),
                ));
            }
        }
    }
    out
}

/// Places the person is sent to (`go_to`) without a way to reach them: the page then offers
/// the organisation's own contact instead, which may not be what it wants.
pub fn destinations_without_contact(json: &str) -> Vec<Warning> {
    fn walk(value: &serde_json::Value, path: &str, out: &mut Vec<Warning>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    let no_contact = item.get("contact").is_none_or(|c| {
                        c.as_object()
                            .is_none_or(|c| c.keys().all(|k| k == "assumed" || k == "source"))
                    });
                    if key == "go_to" && no_contact {
                        out.push(warning(
                            at.clone(),
                            "no contact (phone, e-mail or website): the page offers your own contact instead",
                        ));
                    }
                    walk(item, &at, out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(json) {
        walk(&value, "", &mut out);
    }
    out
}

/// Words of care and support, out of place for a housing association or a municipality
/// (the start of a word, or two words).
const CARE_WORDS: [&str; 7] = [
    "zorg",
    "cliënt",
    "begeleid",
    "de hulp",
    "hulpverlen",
    "locatie",
    "team",
];

/// Our texts a visitor of this regulation can see (the screens its journey can show, their
/// choices, the start and confirmation pages), by locale key.
pub fn keys_shown(r: &Regulation, today: NaiveDate) -> Vec<String> {
    // What happens first without a talk is told only where the regulation says so.
    let talk = r.talk_first.as_ref();
    let first_told = |key: &str| match key.split('@').next() {
        Some("sent.appointment_first") => {
            talk.is_some_and(|t| t.if_not == IfNotTalked::AppointmentFirst)
        }
        Some("sent.referred_to_employee") => {
            talk.is_some_and(|t| t.if_not == IfNotTalked::ReferredToEmployee)
        }
        Some("sent.referred_to_coordinator") => {
            talk.is_some_and(|t| t.volunteers_and_interns.is_some())
        }
        Some("sent.not_safe") => talk.is_some_and(|t| t.if_not != IfNotTalked::NotHandled),
        _ => true,
    };
    let mut keys: Vec<String> = i18n::keys(Locale::Nl)
        .filter(|k| ["start", "sent", "check"].contains(&k.split('.').next().unwrap_or_default()))
        .filter(|k| first_told(k))
        .map(str::to_string)
        .collect();
    for (step, answers) in tour::screens(r, today) {
        let prefix = format!("{}.", step.key());
        keys.extend(
            i18n::keys(Locale::Nl)
                .filter(|k| k.starts_with(&prefix))
                .map(str::to_string),
        );
        if let Ask::Choose(choices) = crate::core::flow::ask(r, &answers, step) {
            for choice in choices.options {
                for label in [Some(choice.label), choice.hint].into_iter().flatten() {
                    if let Label::Key(key) = label {
                        keys.push(key.clone());
                        keys.push(format!("{key}@helper"));
                    }
                }
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys.retain(|k| i18n::has_key(Locale::Nl, k));
    keys
}

/// Outside care and welfare: each of our texts this journey shows that speaks of care, and
/// is not reworded by the organisation.
pub fn care_words(r: &Regulation, today: NaiveDate) -> Vec<Warning> {
    if !matches!(
        r.organisation.sector,
        Sector::Housing | Sector::Municipality | Sector::Other
    ) {
        return Vec::new();
    }
    let own = r.texts.get("nl");
    keys_shown(r, today)
        .into_iter()
        .filter(|key| own.is_none_or(|texts| !texts.contains_key(key)))
        .filter_map(|key| {
            let text = crate::core::wording::text(r, Locale::Nl, &key);
            let lower = format!(" {}", text.to_lowercase());
            let word = CARE_WORDS.iter().find(|care| {
                lower
                    .match_indices(*care)
                    .any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
            })?;
            Some(warning(
                format!("texts.nl.{key}"),
                format!("\"{word}\" speaks of care: \"{text}\"; write your own text here"),
            ))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_destination_without_contact_is_warned_about() {
        let warnings: Vec<String> =
            destinations_without_contact(include_str!("../../public/regulations/lentl.json"))
                .iter()
                .map(Warning::to_string)
                .collect();
        assert!(
            warnings.contains(&"exclusions[0].go_to: no contact (phone, e-mail or website): the page offers your own contact instead".to_string()),
            "{warnings:?}"
        );
        assert!(
            !warnings.iter().any(|w| w.starts_with("exclusions[5]")),
            "it has a website"
        );
    }

    #[test]
    fn a_misspelt_placeholder_is_warned_about() {
        let mut r: Regulation =
            serde_json::from_str(include_str!("../../public/regulations/permens.json")).unwrap();
        r.texts.entry("nl".into()).or_default().insert(
            "sent.decision_by".into(),
            "Uiterlijk {datum} hoor je het van {organisatie}. Vragen? Bel {organisation}.".into(),
        );
        let warnings: Vec<String> = placeholders_not_filled(&r)
            .iter()
            .map(Warning::to_string)
            .collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("texts.nl.sent.decision_by: {datum} is not filled in"));
        assert!(
            warnings[0].ends_with("this text knows {date}, {organisation}"),
            "{warnings:?}"
        );
    }
}
