//! An organisation's regulation: the file format, its checks and its typed form.

pub mod format;
mod load;
pub mod shape;
mod types;

pub use load::load;
pub use shape::Problem;
pub use types::*;

/// The JSON Schema of a regulation file, generated from [`format::REGULATION`].
pub fn json_schema() -> serde_json::Value {
    let mut schema = format::REGULATION.schema();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
    schema["$id"] = "https://klachtwijzer.nl/schema/regulation-1.json".into();
    schema["title"] = "Klachtwijzer regulation (format_version 1)".into();
    schema
}

/// Every Dutch sentence text of a regulation file that the wizard can show, with its JSON
/// path: the organisation's texts and its overrides of ours; names (of bodies, help and
/// routes) are not prose and are left out. Empty when the file is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn shown_texts(json: &str) -> Vec<(String, String)> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    format::REGULATION.dutch_texts(&value, "", &mut out);
    out.retain(|(path, _)| !path.ends_with(".name") && !path.ends_with(".name.nl"));
    if let Some(serde_json::Value::Object(overrides)) = value.pointer("/texts/nl") {
        for (key, text) in overrides {
            if let Some(text) = text.as_str() {
                out.push((format!("texts.nl.{key}"), text.to_string()));
            }
        }
    }
    out
}

/// The `{names}` in a text.
#[cfg(not(target_arch = "wasm32"))]
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Warnings for the organisation's rewordings of our texts (`texts`): a `{name}` the text
/// cannot fill would be shown as it is to visitors (`{organisatie}` for `{organisation}`).
/// A text knows the placeholders of the text it rewords, and `{organisation}`.
#[cfg(not(target_arch = "wasm32"))]
pub fn placeholder_warnings(r: &Regulation) -> Vec<String> {
    let mut out = Vec::new();
    for (lang, texts) in &r.texts {
        let Some(locale) = crate::i18n::Locale::from_code(lang) else {
            continue;
        };
        for (key, text) in texts {
            let ours = crate::i18n::t(locale, key);
            let mut known = placeholders(&ours);
            known.push("organisation");
            for name in placeholders(text) {
                if !known.contains(&name) {
                    let names: Vec<String> = known.iter().map(|k| format!("{{{k}}}")).collect();
                    out.push(format!(
                        "texts.{lang}.{key}: {{{name}}} is not filled in and would be shown as it is; this text knows {}",
                        names.join(", ")
                    ));
                }
            }
        }
    }
    out
}

/// Warnings for places the person is sent to (`go_to`) without a way to reach them: the page
/// then offers the organisation's own contact instead, which may not be what it wants.
#[cfg(not(target_arch = "wasm32"))]
pub fn destination_warnings(json: &str) -> Vec<String> {
    fn walk(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
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
                        out.push(format!(
                            "{at}: no contact (phone, e-mail or website): the page offers your own contact instead"
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_destination_without_contact_is_warned_about() {
        let warnings = destination_warnings(include_str!("../../../public/regulations/lentl.json"));
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
            serde_json::from_str(include_str!("../../../public/regulations/permens.json")).unwrap();
        r.texts.entry("nl".into()).or_default().insert(
            "sent.decision_by".into(),
            "Uiterlijk {datum} hoor je het van {organisatie}. Vragen? Bel {organisation}.".into(),
        );
        let warnings = placeholder_warnings(&r);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("texts.nl.sent.decision_by: {datum} is not filled in"));
        assert!(
            warnings[0].ends_with("this text knows {date}, {organisation}"),
            "{warnings:?}"
        );
    }
}
