//! Easy language, measured: our Dutch texts (the wizard's; the studio's) and the shown texts
//! of the example regulations have no sentence over 12 words, score at least 80 (the wizard's)
//! and 75 (each regulation; the studio's 70) on Flesch-Douma, and use one word per concept (`core::terms::ONE_WORD`). `klachtwijzer-check readability` prints the figures.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::readability::{self, MAX_WORDS};
use support::*;

fn check(name: &str, texts: &[(String, String)], least: f64) {
    let long: Vec<String> = texts
        .iter()
        .flat_map(|(at, text)| {
            readability::sentences(text)
                .into_iter()
                .filter(|s| readability::words(s).len() > MAX_WORDS)
                .map(move |s| format!("{at}: {s}"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "{name}: sentences over {MAX_WORDS} words: {long:#?}"
    );
    let other: Vec<String> = texts
        .iter()
        .flat_map(|(at, text)| {
            readability::other_words(text)
                .into_iter()
                .map(move |(word, instead)| format!("{at}: \"{word}\", say \"{instead}\""))
        })
        .collect();
    assert!(other.is_empty(), "{name}: one word per concept: {other:#?}");
    let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    let score = readability::flesch_douma(&all);
    assert!(
        score >= least,
        "{name}: Flesch-Douma {score:.0}, at least {least}"
    );
}

#[test]
fn our_dutch_texts_are_easy() {
    let json =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/nl.json")).unwrap();
    check("locales/nl.json", &readability::locale_texts(&json), 80.0);
}

#[test]
fn the_studios_texts_are_easy() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/studio.nl.json"
    ))
    .unwrap();
    // The studio names the complaints officer's own terms (klachtenregeling,
    // klachtenfunctionaris, vertrouwenspersoon): long words, hence a lower floor.
    check(
        "locales/studio.nl.json",
        &readability::locale_texts(&json),
        70.0,
    );
}

#[test]
fn the_seed_regulations_texts_are_easy() {
    for name in EXAMPLES {
        let texts = klachtwijzer::core::regulation::shown_texts(&regulation_json(name));
        assert!(texts.len() > 4, "{name}: its texts are found");
        check(name, &texts, 75.0);
    }
}

#[test]
fn a_hard_text_fails_the_measure() {
    let texts = [(
        "x".to_string(),
        "De ontvankelijkheidsbeoordeling van ingediende klachten geschiedt conform de klachtenregeling van de organisatie en de toepasselijke wetgeving.".to_string(),
    )];
    let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    assert!(readability::flesch_douma(&all) < 75.0);
    assert!(!readability::warnings("x", &texts[0].1).is_empty());
}
