//! Words that need a plain explanation where they appear ("Wat is dat?"). Each has an id;
//! its explanation is the locale text `term.<id>`, at most ten words.

/// The terms, each with the words it is written as (lower case, whole words).
pub const TERMS: &[(&str, &[&str])] = &[
    ("indicatie", &["indicatie", "indicaties"]),
    ("wmo", &["wmo"]),
    ("wlz", &["wlz"]),
    (
        "wettelijk_vertegenwoordiger",
        &[
            "wettelijk vertegenwoordiger",
            "wettelijke vertegenwoordiger",
        ],
    ),
    ("voogd", &["voogd"]),
    ("mentor", &["mentor"]),
    ("curator", &["curator"]),
    ("bewindvoerder", &["bewindvoerder"]),
    ("mediator", &["mediator"]),
    (
        "vertrouwenspersoon",
        &["vertrouwenspersoon", "cliëntvertrouwenspersoon"],
    ),
    (
        "clientondersteuner",
        &["cliëntondersteuner", "clientondersteuner"],
    ),
    ("klachtenfunctionaris", &["klachtenfunctionaris"]),
    ("klachtencommissie", &["klachtencommissie"]),
    ("inspectie", &["inspectie"]),
    ("bestuurder", &["bestuurder"]),
    ("calamiteit", &["calamiteit"]),
    ("smartengeld", &["smartengeld"]),
    ("beschikking", &["beschikking"]),
    ("bezwaar", &["bezwaar"]),
    ("ontvankelijk", &["ontvankelijk"]),
    ("gegrond", &["gegrond", "ongegrond"]),
    ("bindend", &["bindend"]),
    (
        "functionaris_gegevensbescherming",
        &["functionaris gegevensbescherming"],
    ),
];

/// One word per concept: the words our texts and the seed files do not use (lower case),
/// each with the one they use instead. Organisations are warned, never refused.
pub const ONE_WORD: &[(&str, &str)] = &[
    // The organisation is "we".
    ("de organisatie", "we"),
    // One name for the regulation.
    ("klachtenreglement", "klachtenregeling"),
    ("klachtenprocedure", "klachtenregeling"),
    ("regeling", "klachtenregeling"),
    // One name for sexual harm.
    ("seksuele intimidatie", "ongewenst seksueel gedrag"),
    ("ongewenste seksuele", "ongewenst seksueel gedrag"),
    // What the person filled in are "je antwoorden" ("gegevens" are personal details).
    ("wis mijn gegevens", "wis mijn antwoorden"),
];

/// The ids of the terms that `text` uses, in the order of [`TERMS`]. ASCII lower case is
/// enough (a capital É or Ë does not start these words) and keeps Unicode's case tables out
/// of the browser.
pub fn found(text: &str) -> Vec<&'static str> {
    let lower = text.to_ascii_lowercase();
    TERMS
        .iter()
        .filter(|(_, words)| words.iter().any(|word| has_word(&lower, word)))
        .map(|(id, _)| *id)
        .collect()
}

/// Whether `word` stands in `text` as a whole word (a hyphen counts as a boundary: "Wmo-loket").
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_only() {
        assert_eq!(found("Bel het Wmo-loket of een mentor."), ["wmo", "mentor"]);
        assert!(found("Een commentator").is_empty());
        assert_eq!(found("De klacht is niet-ontvankelijk."), ["ontvankelijk"]);
    }
}
