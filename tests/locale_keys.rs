//! Every text key the code uses is in both locale files, and every key in the files is used.
//! Keys are used as whole string literals (`"check.heading"`), as `format!` patterns
//! (`"staff.{}"`), as a screen's keys (`<step key>.heading`, `.hint`, `.why`) and as the
//! choices the screens offer for the five seed regulations.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use klachtwijzer::core::answers::{Answers, ForWhom};
use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::steps::{Ask, Label};
use serde_json::Value;

const STEP_TEXTS: [&str; 3] = ["heading", "hint", "why"];

fn locale_keys(code: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{code}.json"));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json.as_object().unwrap().keys().cloned().collect()
}

fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
}

/// Every choice key a screen can show, from the values its answer field can hold.
fn possible_choices() -> BTreeSet<String> {
    use klachtwijzer::core::answers::{field, Support, Talked};
    use klachtwijzer::core::regulation::*;
    let fields: [(&str, &[&str]); 12] = [
        (field::SUPPORT, Support::NAMES),
        (field::TOPICS, Topic::NAMES),
        (field::EXCLUSIONS, ExclusionKind::NAMES),
        (field::TALKED, Talked::NAMES),
        (field::FOR_WHOM, ForWhom::NAMES),
        (field::CLIENT_DECEASED, &["true", "false"]),
        (field::WRITTEN_AUTHORISATION, &["true", "false"]),
        (field::ROLE, FilerRole::NAMES),
        (field::REPRESENTATIVE, RepresentativeKind::NAMES),
        (field::HELP, HelpKind::NAMES),
        (field::SERIOUS, SeriousTopic::NAMES),
        (field::PREFERRED_CONTACT, ContactChannel::NAMES),
    ];
    let funding = Funding::NAMES
        .iter()
        .chain(&["unknown"])
        .map(|n| (field::FUNDING, *n));
    fields
        .iter()
        .flat_map(|(field, names)| names.iter().map(move |n| (*field, *n)))
        .chain(funding)
        .flat_map(|(field, name)| {
            let key = format!("choice.{field}.{name}");
            [format!("{key}.hint"), key]
        })
        .collect()
}

fn is_key_like(text: &str) -> bool {
    text.contains('.')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._@".contains(c))
}

/// Whether `key` fits a `format!` pattern: each `{…}` stands for one name without dots.
fn fits(pattern: &str, key: &str) -> bool {
    let mut rest = key;
    for (i, part) in pattern.split('{').enumerate() {
        let literal = if i == 0 {
            part
        } else {
            let Some(end) = part.find('}') else {
                return false;
            };
            let name_len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            if name_len == 0 {
                return false;
            }
            rest = &rest[name_len..];
            &part[end + 1..]
        };
        match rest.strip_prefix(literal) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Every key the screens show for a regulation: their own keys and their choices'.
fn screen_keys(name: &str, keys: &mut BTreeSet<String>) {
    let r = support::regulation(name);
    let group = Answers {
        for_whom: Some(ForWhom::Group),
        ..Answers::default()
    };
    let everyone = Answers {
        email: "a@b.nl".into(),
        phone: "0612345678".into(),
        postal_address: "Straat 1".into(),
        ..Answers::default()
    };
    for answers in [Answers::default(), group, everyone] {
        for step in Step::ALL {
            if let Ask::Choose(choices) = flow::ask(&r, &answers, step) {
                for choice in choices.options {
                    for label in [Some(choice.label), choice.hint].into_iter().flatten() {
                        if let Label::Key(key) = label {
                            keys.insert(key);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_used_is_there_and_every_key_there_is_used() {
    let nl = locale_keys("nl");
    let en = locale_keys("en");
    let mut code = String::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    let strings = support::string_literals(&code);
    // The choices' own pattern is checked against the values they can have.
    let patterns: Vec<&String> = strings
        .iter()
        .filter(|s| s.contains('{') && !s.starts_with('{') && !s.starts_with("choice.{field}"))
        .collect();
    let possible = possible_choices();
    let used: BTreeSet<&String> = strings
        .iter()
        .filter(|s| {
            nl.contains(*s)
                || is_key_like(s)
                    && nl
                        .iter()
                        .any(|k| k.split('.').next() == s.split('.').next())
        })
        .collect();

    // Used in code, missing in a file.
    for key in &used {
        assert!(
            nl.contains(*key),
            "\"{key}\" is used in the code but not in nl.json"
        );
        assert!(
            en.contains(*key),
            "\"{key}\" is used in the code but not in en.json"
        );
    }
    let mut shown = BTreeSet::new();
    for seed in support::SEEDS {
        screen_keys(seed, &mut shown);
    }
    for key in shown.iter().filter(|k| !k.ends_with(".hint")) {
        assert!(
            nl.contains(key),
            "the choice \"{key}\" has no text in nl.json"
        );
        assert!(
            en.contains(key),
            "the choice \"{key}\" has no text in en.json"
        );
    }
    for step in Step::ALL {
        let key = format!("{}.heading", step.key());
        assert!(nl.contains(&key) && en.contains(&key), "{key} is missing");
    }

    // In a file, used nowhere.
    let step_keys: BTreeSet<String> = Step::ALL
        .iter()
        .flat_map(|s| STEP_TEXTS.map(|t| format!("{}.{t}", s.key())))
        .collect();
    let unused: Vec<&String> = nl
        .iter()
        .filter(|key| {
            // A variant counts as used when its key is (see `Wizard::t`).
            let key = key
                .trim_end_matches("@helper")
                .trim_end_matches("@deceased")
                .to_string();
            !used.contains(&key)
                && !shown.contains(&key)
                && !possible.contains(&key)
                && !step_keys.contains(&key)
                && !patterns.iter().any(|p| fits(p, &key))
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:#?}");
}

#[test]
fn the_key_finder_can_tell() {
    assert!(fits("staff.{}", "staff.team_leader"));
    assert!(fits(
        "choice.{field}.{name}.hint",
        "choice.role.employee.hint"
    ));
    assert!(!fits("choice.{field}.{name}", "choice.role.employee.hint"));
    assert!(!fits("month.{}", "months.1"));
    assert!(is_key_like("check.heading") && !is_key_like("nl.json!"));
}
