//! The studio's texts (`locales/studio.nl.json`): every key the studio names is there (as a
//! key, or as the start of the keys of a list of choices), and every key there is named.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::path::Path;

/// The string literals of the studio's code that name a text.
fn studio_literals() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/studio");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let code = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        out.extend(support::string_literals(&code));
    }
    // `format!("studio.term.{name}")` names the keys under `studio.term`.
    out.into_iter()
        .filter(|l| l.starts_with("studio.") && !l.contains(' '))
        .map(|l| l.split(".{").next().unwrap_or(&l).to_string())
        .collect()
}

#[test]
fn every_studio_key_named_is_there_and_every_key_there_is_named() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/studio.nl.json");
    let texts: BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let named = studio_literals();
    let is_prefix = |p: &str| texts.keys().any(|k| k.starts_with(&format!("{p}.")));
    for literal in &named {
        assert!(
            texts.contains_key(literal) || is_prefix(literal),
            "{literal} is named in src/studio but not in locales/studio.nl.json"
        );
    }
    for key in texts.keys() {
        let used = named.iter().any(|n| {
            n == key || (key.starts_with(&format!("{n}.")) && !key[n.len() + 1..].contains('.'))
        });
        assert!(
            used,
            "{key} in locales/studio.nl.json is named nowhere in src/studio"
        );
    }
    // The choices offered by name: each option of each list has its text.
    use klachtwijzer::core::regulation::*;
    let lists: [(&str, &[&str]); 12] = [
        ("studio.sector", Sector::NAMES),
        ("studio.body_role", BodyRole::NAMES),
        ("studio.filer", FilerRole::NAMES),
        ("studio.representative_kind", RepresentativeKind::NAMES),
        ("studio.scope", Scope::NAMES),
        ("studio.topic", Topic::NAMES),
        ("studio.exclusion_kind", ExclusionKind::NAMES),
        ("studio.effect", Effect::NAMES),
        ("studio.policy", TalkPolicy::NAMES),
        ("studio.staff", StaffRole::NAMES),
        ("studio.if_not", IfNotTalked::NAMES),
        ("studio.help_kind", HelpKind::NAMES),
    ];
    for (prefix, names) in lists {
        for name in names {
            let key = format!("{prefix}.{name}");
            assert!(texts.contains_key(&key), "{key} is missing");
        }
    }
}
