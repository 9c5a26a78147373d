//! Helpers shared by the native tests.
#![allow(dead_code)]

use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate};
use klachtwijzer::core::answers::Answers;
use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::payload::{self, Payload, SubmissionMeta};
use klachtwijzer::core::regulation::{self, Regulation};
use serde_json::Value;

pub const TODAY: &str = "2026-05-12";

pub fn today() -> NaiveDate {
    d(TODAY)
}

pub fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn regulation_json(name: &str) -> String {
    std::fs::read_to_string(root().join(format!("public/regulations/{name}.json"))).unwrap()
}

pub fn regulation(name: &str) -> Regulation {
    regulation::load(&regulation_json(name)).unwrap_or_else(|problems| {
        panic!("{name}: {problems:#?}");
    })
}

pub const SEEDS: [&str; 5] = [
    "perspektief",
    "perspectiefplus",
    "permens",
    "perspectief-herstelbemiddeling",
    "lentl",
];

/// The seeds and the worked example from outside care (a housing association).
pub const EXAMPLES: [&str; 6] = [
    "perspektief",
    "perspectiefplus",
    "permens",
    "perspectief-herstelbemiddeling",
    "lentl",
    "woonstichting-voorbeeld",
];

pub fn answers(json: Value) -> Answers {
    serde_json::from_value(json).expect("answers parse")
}

pub fn steps(r: &Regulation, a: &Answers) -> Vec<&'static str> {
    flow::steps(r, a, today())
        .iter()
        .map(|s| s.slug())
        .collect()
}

pub fn schema_file(name: &str) -> Value {
    let text = std::fs::read_to_string(root().join(format!("public/schema/{name}"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Validates a payload against the published schema with an independent validator.
pub fn assert_valid_payload(document: &Value) {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator = VALIDATOR
        .get_or_init(|| jsonschema::validator_for(&schema_file("payload-1.json")).unwrap());
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "payload does not match its schema: {errors:#?}\n{document:#}"
    );
}

pub fn meta() -> SubmissionMeta {
    SubmissionMeta {
        submission_id: "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3".into(),
        created_at: DateTime::parse_from_rfc3339(&format!("{TODAY}T10:00:00+02:00")).unwrap(),
        locale: "nl".into(),
    }
}

/// A complete story: no validation errors on any step, not stopped, and a payload that
/// matches the schema. Returns the payload as JSON.
pub fn submit(r: &Regulation, a: &Answers) -> Value {
    let errors = flow::validate_all(r, a, today());
    assert!(errors.is_empty(), "validation errors: {errors:#?}");
    let all = flow::steps(r, a, today());
    assert_eq!(
        all.last(),
        Some(&Step::Sent),
        "the journey must reach the end: {all:?}"
    );
    let document: Payload = payload::build(r, a, meta());
    let json = serde_json::to_value(&document).unwrap();
    assert_valid_payload(&json);
    json
}

/// The journey ends on a stop page: the last step, and it is a stop.
pub fn assert_stops_at(r: &Regulation, a: &Answers, step: Step) {
    let all = flow::steps(r, a, today());
    assert_eq!(all.last(), Some(&step), "{all:?}");
    assert!(flow::is_stop(r, a, today(), step));
}

/// The message keys of the errors on one step.
pub fn errors_on(r: &Regulation, a: &Answers, step: Step) -> Vec<&'static str> {
    flow::validate(r, a, today(), step)
        .into_iter()
        .map(|e| e.message)
        .collect()
}

/// Every string literal in the code (escapes kept as written; `'"'` is not a string).
pub fn string_literals(code: &str) -> Vec<String> {
    let code = code.replace("'\"'", "").replace("'\\\"'", "");
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let mut escaped = false;
    for c in code.chars() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (None, _) => {}
            (Some(text), '"') if !escaped => {
                out.push(std::mem::take(text));
                current = None;
            }
            (Some(text), c) => {
                escaped = c == '\\' && !escaped;
                text.push(c);
            }
        }
    }
    out
}
