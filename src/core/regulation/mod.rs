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
