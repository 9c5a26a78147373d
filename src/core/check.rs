//! What the checker and the studio tell an organisation about its regulation file: every
//! problem in one pass, and the warnings of a file that loads.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;

use super::regulation::{
    check_consistency, format::REGULATION, load, Problem, Regulation, FORMAT_VERSION,
};
use super::warnings::{self, Warning};

/// What the checker and the studio tell about a file: every problem in one pass (the rules
/// across fields too, where the parts they read are whole), and the warnings of a file that
/// loads.
#[derive(Debug, PartialEq)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Warning>,
    pub regulation: Option<Regulation>,
}

/// Checks a file as [`load`] does, but reports every problem at once: where the shape has
/// problems, each part with one is stood in for (or left out where it may be), the rules
/// across fields run on the rest, and only what does not read a stand-in is reported.
pub fn check(json: &str, today: NaiveDate) -> Report {
    let problems = match load(json) {
        Ok(regulation) => {
            return Report {
                warnings: warnings::all(&regulation, json, today),
                problems: Vec::new(),
                regulation: Some(regulation),
            }
        }
        Err(problems) => problems,
    };
    let mut report = Report {
        problems,
        warnings: warnings::in_file(json),
        regulation: None,
    };
    let Ok(mut value) = serde_json::from_str::<Value>(json) else {
        return report;
    };
    let mut shape = Vec::new();
    REGULATION.check(&value, "", &mut shape);
    if shape.is_empty() {
        return report;
    }
    let broken: BTreeSet<String> = shape.iter().map(|p| part_of(&p.path)).collect();
    let Some(object) = value.as_object_mut() else {
        return report;
    };
    for part in &broken {
        match stand_in(part) {
            Some(stand_in) => object.insert(part.clone(), stand_in),
            None => object.remove(part),
        };
    }
    if let Ok(regulation) = serde_json::from_value::<Regulation>(value) {
        let mut across = Vec::new();
        check_consistency(&regulation, &mut across);
        let reads_stand_in = |p: &Problem| {
            broken.contains(&part_of(&p.path))
                || (p.path.starts_with("talk_first.direct_route")
                    && broken.contains("organisation"))
        };
        report
            .problems
            .extend(across.into_iter().filter(|p| !reads_stand_in(p)));
    }
    report
}

/// The top-level field a path is in: `organisation` for `organisation.contact.email`.
fn part_of(path: &str) -> String {
    let end = path.find(['.', '[']).unwrap_or(path.len());
    path[..end].to_string()
}

/// A whole value for a required part, to check the rest against; `None` for a part that
/// may be left out.
fn stand_in(part: &str) -> Option<Value> {
    Some(match part {
        "format_version" => serde_json::json!(FORMAT_VERSION),
        "regulation_version" => serde_json::json!("-"),
        "organisation" => serde_json::json!({
            "id": "stand-in", "name": "-", "contact": { "email": "a@b.nl" }
        }),
        "filers" => serde_json::json!({ "allowed": ["client"] }),
        "complaint_fields" => serde_json::json!({
            "event_date": "hidden", "location": "hidden",
            "employee_name": "hidden", "desired_outcome": "hidden"
        }),
        "contact_fields" => serde_json::json!({
            "name": "optional", "email": "optional", "phone": "optional",
            "postal_address": "optional", "at_least_one_of": ["email"]
        }),
        "timeline" => serde_json::json!({}),
        _ => return None,
    })
}
