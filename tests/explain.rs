//! `klachtwijzer-check explain` for the five seeds: every rule rests on a quote of the
//! regulation or a stated assumption, and the pages in `docs/explain/` are current.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::explain;
use support::*;

fn page(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/explain/{name}.md"))
}

#[test]
fn every_rule_of_every_seed_has_a_source_or_an_assumption() {
    for name in EXAMPLES {
        let missing: Vec<String> = explain::entries(&regulation(name))
            .into_iter()
            .filter(|e| !e.has_basis())
            .map(|e| e.path)
            .collect();
        assert!(missing.is_empty(), "{name}: {missing:?}");
    }
}

#[test]
fn a_rule_without_a_source_is_named() {
    let mut r = regulation("perspectiefplus");
    r.time_limit.as_mut().unwrap().source = None;
    let text = explain::markdown(&r);
    assert!(text.contains("1 zonder bron of aanname"), "{text}");
    assert!(text.contains("- **Bron:** ontbreekt."));
}

#[test]
fn the_explain_pages_are_current() {
    for name in EXAMPLES {
        let generated = explain::markdown(&regulation(name));
        let written = std::fs::read_to_string(page(name)).unwrap_or_default();
        assert!(
            written == generated,
            "docs/explain/{name}.md is out of date: run scripts/regenerate-docs"
        );
    }
}

#[test]
fn the_page_shows_what_the_wizard_says_and_the_quote() {
    let text = explain::markdown(&regulation("perspectiefplus"));
    assert!(text.contains("streeftermijn"));
    assert!(text
        .contains("We willen je klacht vóór [datum (30 werkdagen na het versturen)] afhandelen."));
    assert!(text
        .contains("PerspectiefPlus streeft er naar je klacht binnen 30 werkdagen af te handelen."));
}
