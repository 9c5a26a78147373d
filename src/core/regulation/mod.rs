//! An organisation's regulation: the file format, its checks and its typed form.

pub mod format;
mod load;
pub mod shape;
mod types;

pub use load::{check_consistency, load};
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
