//! The regulation file format: the seeds load, problems are reported completely with their
//! paths, the published schemas are current, and no input makes loading panic.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::regulation::{self, load};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::*;

fn problems(value: &Value) -> Vec<String> {
    match load(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn seed_value(name: &str) -> Value {
    serde_json::from_str(&regulation_json(name)).unwrap()
}

#[test]
fn every_seed_regulation_loads() {
    for name in EXAMPLES {
        let r = regulation(name);
        assert!(!r.organisation.name.is_empty(), "{name}");
    }
}

#[test]
fn the_published_schemas_are_current() {
    let hint = "run: cargo run --bin klachtwijzer-check -- schema regulation > public/schema/regulation-1.json (and payload > payload-1.json)";
    assert_eq!(
        schema_file("regulation-1.json"),
        regulation::json_schema(),
        "{hint}"
    );
    assert_eq!(
        schema_file("payload-1.json"),
        klachtwijzer::core::payload::json_schema(),
        "{hint}"
    );
}

fn regulation_validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema_file("regulation-1.json")).unwrap()
}

#[test]
fn every_seed_matches_the_published_schema() {
    let validator = regulation_validator();
    for name in EXAMPLES {
        let errors: Vec<String> = validator
            .iter_errors(&seed_value(name))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut value = seed_value("perspectiefplus");
    value["timeline"]["receipt_within"]["amount"] = json!("vijf");
    value["organisation"]["contact"]["email"] = json!("info-at-perspectiefplus");
    value["organisation"]["kleur"] = json!("blauw");
    value["exclusions"][0]["effect"] = json!("weigeren");
    value.as_object_mut().unwrap().remove("filers");
    assert_eq!(
        problems(&value),
        [
            "organisation.contact.email: expected an e-mail address like naam@organisatie.nl, found \"info-at-perspectiefplus\"",
            "organisation.kleur: unknown field; known fields here: id, name, contact, locations, privacy_statement_url, bodies, sector",
            "exclusions[0].effect: expected one of \"not_handled\", \"may_decline\", \"own_route\", found \"weigeren\"",
            "filers: is required: Who may file a complaint.",
            "timeline.receipt_within.amount: expected a whole number from 0 to 1000, found \"vijf\"",
        ]
    );
}

#[test]
fn rules_across_fields_are_checked() {
    let mut value = seed_value("permens");
    value["talk_first"]["direct_route"]["to"] = json!("commissie");
    value["filers"]["allowed"] = json!(["client", "employee", "legal_representative"]);
    value["filers"]["representatives"] = json!([]);
    value["contact_fields"]["email"] = json!("hidden");
    value["texts"] = json!({ "nl": { "start.heading": "Klacht?", "bestaat.niet": "x" } });
    assert_eq!(
        problems(&value),
        [
            "talk_first.direct_route.to: no body with id \"commissie\" in organisation.bodies",
            "filers.allowed: an employee can never file a complaint for a client; put employee under filers.never",
            "filers.representatives: list the kinds of legal representative exactly when legal_representative is allowed",
            "contact_fields.at_least_one_of[1]: this channel is hidden, so people cannot give it",
            "texts.nl.bestaat.niet: no text has this key; see locales/nl.json for the keys",
        ]
    );
}

#[test]
fn a_theme_with_too_little_contrast_is_refused() {
    let mut value = seed_value("lentl");
    value["theme"] = json!({ "primary_colour": "#9fc5e8", "focus_colour": "#a0c8f0", "font_family": "Arial; color: red" });
    assert_eq!(
        problems(&value),
        ["theme.font_family: expected a font list of letters, digits, spaces, commas, quotes and hyphens, found \"Arial; color: red\""]
    );
    value["theme"]["font_family"] = json!("Arial, sans-serif");
    let problems = problems(&value);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].starts_with("theme.primary_colour: white text on this colour has a contrast of 1.8:1; it needs at least 4.5:1"), "{}", problems[0]);
    assert!(
        problems[1]
            .starts_with("theme.focus_colour: the focus ring contrasts 1.0:1 with the buttons"),
        "{}",
        problems[1]
    );
}

#[test]
fn not_json_says_where() {
    let problems = load("{\n  \"format_version\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("line 3"), "{}", problems[0]);
}

#[test]
fn texts_can_be_overridden_per_language() {
    let mut value = seed_value("lentl");
    value["texts"] = json!({ "nl": { "start.heading": "Ben je ontevreden?" } });
    let r = load(&value.to_string()).unwrap();
    assert_eq!(r.texts["nl"]["start.heading"], "Ben je ontevreden?");
}

/// A small random change to a JSON document: drop a field, replace a value, add a field.
fn mutate(value: &mut Value, path: &[usize], replacement: &Value, action: u8) {
    let Some((&first, rest)) = path.split_first() else {
        *value = replacement.clone();
        return;
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(first % map.len()).unwrap().clone();
            if rest.is_empty() && action == 0 {
                map.remove(&key);
            } else if rest.is_empty() && action == 1 {
                map.insert(format!("{key}_extra"), replacement.clone());
            } else {
                mutate(map.get_mut(&key).unwrap(), rest, replacement, action);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = first % items.len();
            if rest.is_empty() && action == 0 {
                items.remove(i);
            } else {
                mutate(&mut items[i], rest, replacement, action);
            }
        }
        _ => *value = replacement.clone(),
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-5i64..2000).prop_map(|n| json!(n)),
        "[a-z_ ]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "required",
            "hidden",
            "client",
            "employee",
            "working_days",
            "nl",
            "wmo",
            "not_handled",
            "own_route",
            "x@y.nl",
            "https://a.nl",
            "2026-02-30",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Loading a mutated seed never panics; whatever loads also matches the published schema,
    /// and whatever the schema rejects does not load.
    #[test]
    fn mutated_regulations_never_panic_and_agree_with_the_schema(
        seed in 0usize..5,
        path in prop::collection::vec(any::<usize>(), 1..5),
        replacement in any_json(),
        action in 0u8..3,
    ) {
        let mut value = seed_value(SEEDS[seed]);
        mutate(&mut value, &path, &replacement, action);
        let schema_valid = regulation_validator().is_valid(&value);
        match load(&value.to_string()) {
            Ok(r) => {
                prop_assert!(schema_valid, "loaded but the schema rejects it: {value}");
                // What loads, written out again, loads again the same.
                let again = load(&serde_json::to_string(&r).unwrap());
                prop_assert_eq!(again, Ok(r));
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(!p.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn any_text_at_all_never_panics(text in "\\PC{0,200}") {
        let _ = load(&text);
    }
}

fn doc(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(name),
    )
    .unwrap()
}

/// The part of a document between its "generated by: klachtwijzer-check <command>" marker
/// and "end generated".
fn generated_section<'a>(text: &'a str, command: &str) -> &'a str {
    let marker = format!("<!-- generated by: klachtwijzer-check {command} -->\n");
    let start = text.find(&marker).unwrap() + marker.len();
    let end = text.find("<!-- end generated -->").unwrap();
    &text[start..end]
}

#[test]
fn the_format_reference_lists_every_field_as_generated() {
    let text = doc("regulation-format.md");
    assert_eq!(
        generated_section(&text, "reference"),
        regulation::format::REGULATION.reference(),
        "docs/regulation-format.md is out of date: paste the output of `klachtwijzer-check reference`"
    );
}

#[test]
fn the_answers_format_documents_every_field() {
    let text = doc("answers.md");
    let fields = serde_json::to_value(klachtwijzer::core::answers::Answers::default()).unwrap();
    for field in fields.as_object().unwrap().keys() {
        assert!(
            text.contains(&format!("| `{field}` |")),
            "docs/answers.md lacks {field}"
        );
    }
}

#[test]
fn the_payload_reference_lists_every_field_as_generated() {
    let text = doc("payload.md");
    assert_eq!(
        generated_section(&text, "payload-reference"),
        klachtwijzer::core::payload::field_reference(),
        "docs/payload.md is out of date: run scripts/regenerate-docs"
    );
}

#[test]
fn the_text_reference_lists_every_key_as_generated() {
    let text = doc("texts.md");
    assert_eq!(
        generated_section(&text, "text-reference"),
        klachtwijzer::i18n::reference::reference(),
        "docs/texts.md is out of date: run scripts/regenerate-docs"
    );
}

#[test]
fn notes_are_plain_text_or_carry_their_source() {
    let mut value = seed_value("permens");
    value["timeline"]["notes"] = json!([
        "Gewoon een zin.",
        { "nl": "Per taal.", "en": "Per language." },
        { "text": "Met bron.", "source": { "section": "Termijn", "quote": "zes weken" } },
        { "text": { "nl": "Aangenomen." }, "assumed": "De regeling zegt het niet." },
    ]);
    value["timeline"]["decision_within"]["aim"] = json!(true);
    let r = regulation::load(&value.to_string()).unwrap();
    let notes = &r.timeline.notes;
    assert_eq!(notes.len(), 4);
    assert_eq!(
        notes[1].text.get(klachtwijzer::i18n::Locale::En),
        "Per language."
    );
    assert_eq!(notes[2].source.as_ref().unwrap().quote, "zes weken");
    assert_eq!(
        notes[3].assumed.as_deref(),
        Some("De regeling zegt het niet.")
    );
    assert!(r.timeline.decision_within.as_ref().unwrap().aim);

    value["timeline"]["notes"] =
        json!([{ "text": "Zonder citaat.", "source": { "section": "2" } }]);
    assert_eq!(
        problems(&value),
        ["timeline.notes[0].source.quote: is required: The regulation's own words, short."]
    );
}
