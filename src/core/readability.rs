//! How easy a Dutch text is to read: words per sentence, Flesch-Douma, passive sentences,
//! long words and jargon. For the check tool, the studio and our tests; organisations get
//! warnings with a hint, never an error.

/// The texts of a locale file that people read: all but the messages for integrators
/// (the `config` keys, in English on purpose).
pub fn locale_texts(json: &str) -> Vec<(String, String)> {
    let texts: std::collections::BTreeMap<String, String> =
        serde_json::from_str(json).unwrap_or_default();
    texts
        .into_iter()
        .filter(|(key, _)| key.split('.').next() != Some("config"))
        .collect()
}

/// The most words one sentence may have.
pub const MAX_WORDS: usize = 12;

/// A word of more syllables than this is long ("ontvangstbevestiging"; "organisatie" is not).
const LONG_SYLLABLES: usize = 5;

fn is_vowel(c: char) -> bool {
    "aeiouyàáâäèéêëìíîïòóôöùúûü".contains(c)
}

/// Syllables of a Dutch word: groups of vowels; a vowel with a diaeresis (cliënt, geïnd)
/// starts a new one. At least one.
pub fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut in_group = false;
    for c in word.to_lowercase().chars() {
        if is_vowel(c) {
            if !in_group || "ëïöü".contains(c) {
                count += 1;
            }
            in_group = true;
        } else {
            in_group = false;
        }
    }
    count.max(1)
}

/// The sentences of a text: ended by `.`, `!`, `?` or `:` before a space or the end, or by a
/// line break. Placeholders (`{date}`) count as one word.
pub fn sentences(text: &str) -> Vec<String> {
    let text = fill_placeholders(text);
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1);
        let ends = matches!(c, '.' | '!' | '?' | ':') && next.is_none_or(|n| n.is_whitespace())
            || *c == '\n';
        if ends {
            push_sentence(&mut out, &current);
            current.clear();
        }
    }
    push_sentence(&mut out, &current);
    out
}

fn push_sentence(out: &mut Vec<String>, text: &str) {
    if !words(text).is_empty() {
        out.push(text.trim().to_string());
    }
}

fn fill_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => {
                in_placeholder = true;
                out.push_str("naam");
            }
            '}' => in_placeholder = false,
            _ if !in_placeholder => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of a text: runs with a letter or digit, without the punctuation around them.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Flesch-Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word. Higher is
/// easier; 80 and up is easy.
pub fn flesch_douma(texts: &[&str]) -> f64 {
    let sentences: Vec<String> = texts.iter().flat_map(|t| sentences(t)).collect();
    let words: Vec<String> = sentences.iter().flat_map(|s| words(s)).collect();
    if words.is_empty() {
        return 100.0;
    }
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    206.835
        - 0.93 * words.len() as f64 / sentences.len() as f64
        - 77.0 * syllables as f64 / words.len() as f64
}

const PASSIVE_AUXILIARIES: &[&str] = &["word", "wordt", "worden", "werd", "werden"];

/// Whether a sentence reads as passive: a form of "worden" with a past participle.
fn is_passive(sentence: &str) -> bool {
    let words = words(sentence);
    words
        .iter()
        .any(|w| PASSIVE_AUXILIARIES.contains(&w.as_str()))
        && words.iter().any(|w| {
            (w.starts_with("ge") || w.starts_with("be") || w.starts_with("ver"))
                && w.len() > 4
                && (w.ends_with('d') || w.ends_with('t') || w.ends_with("en"))
                && !PASSIVE_AUXILIARIES.contains(&w.as_str())
        })
}

/// The jargon words a text uses (see `core::terms`).
fn jargon(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    crate::core::terms::TERMS
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .filter(|word| crate::core::terms::has_word(&lower, word))
        .collect()
}

/// One thing to improve in one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// Where the text is: a JSON path or a locale key.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The warnings for one text at `path`.
pub fn warnings(path: &str, text: &str) -> Vec<Warning> {
    let warn = |message: String| Warning {
        path: path.to_string(),
        message,
    };
    let mut out = Vec::new();
    for sentence in sentences(text) {
        let count = words(&sentence).len();
        if count > MAX_WORDS {
            out.push(warn(format!(
                "a sentence of {count} words (at most {MAX_WORDS}): split it, one idea per sentence: \"{sentence}\""
            )));
        }
        if is_passive(&sentence) {
            out.push(warn(format!(
                "passive: say who does it (\"we behandelen je klacht\"): \"{sentence}\""
            )));
        }
    }
    for word in words(text) {
        // Numbers and addresses (e-mail, web) are what they are.
        let address = word.contains('@') || word.contains("www.");
        if syllables(&word) > LONG_SYLLABLES
            && !word.chars().any(|c| c.is_ascii_digit())
            && !address
        {
            out.push(warn(format!(
                "a long word: \"{word}\" ({} syllables); use a shorter one if there is one",
                syllables(&word)
            )));
        }
    }
    for term in jargon(text) {
        out.push(warn(format!(
            "\"{term}\" is jargon: explain it in at most ten plain words on the same screen"
        )));
    }
    for (word, instead) in other_words(text) {
        out.push(warn(format!(
            "\"{word}\": say \"{instead}\" (one word for one thing, as everywhere in the wizard)"
        )));
    }
    out
}

/// The words `text` uses where the wizard uses another for the same thing (see
/// `core::terms::ONE_WORD`).
pub fn other_words(text: &str) -> Vec<(&'static str, &'static str)> {
    let lower = text.to_lowercase();
    crate::core::terms::ONE_WORD
        .iter()
        .copied()
        .filter(|(word, _)| crate::core::terms::has_word(&lower, word))
        .collect()
}

/// The figures for a set of texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub texts: usize,
    pub sentences: usize,
    pub longest_sentence: usize,
    pub flesch_douma: f64,
    pub passives: usize,
    pub long_words: usize,
}

pub fn figures(texts: &[&str]) -> Figures {
    let sentences: Vec<String> = texts.iter().flat_map(|t| sentences(t)).collect();
    let all_words: Vec<String> = sentences.iter().flat_map(|s| words(s)).collect();
    Figures {
        texts: texts.len(),
        sentences: sentences.len(),
        longest_sentence: sentences.iter().map(|s| words(s).len()).max().unwrap_or(0),
        flesch_douma: flesch_douma(texts),
        passives: sentences.iter().filter(|s| is_passive(s)).count(),
        long_words: all_words
            .iter()
            .filter(|w| syllables(w) > LONG_SYLLABLES && !w.chars().any(|c| c.is_ascii_digit()))
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_syllables() {
        for (word, count) in [
            ("klacht", 1),
            ("cliënt", 2),
            ("begeleider", 4),
            ("vertrouwenspersoon", 5),
            ("geïnd", 2),
            ("euro", 2),
            ("ui", 1),
        ] {
            assert_eq!(syllables(word), count, "{word}");
        }
    }

    #[test]
    fn sentences_and_words() {
        let text = "Je krijgt uiterlijk {date} bericht. Vragen? Bel ons: 015 284 1000.";
        let s = sentences(text);
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(words(&s[0]).len(), 5);
        assert_eq!(words("Wmo-loket, e-mail").len(), 2);
    }

    #[test]
    fn one_word_for_one_thing() {
        assert_eq!(
            other_words("De organisatie volgt haar klachtenreglement."),
            [
                ("de organisatie", "we"),
                ("klachtenreglement", "klachtenregeling")
            ]
        );
        assert!(other_words("We volgen onze klachtenregeling.").is_empty());
        let found = warnings("texts.nl.x", "Seksuele intimidatie melden we.");
        assert!(
            found[0]
                .message
                .contains("say \"ongewenst seksueel gedrag\""),
            "{found:?}"
        );
    }

    #[test]
    fn warnings_for_long_passive_and_jargon() {
        let text = "Uw klacht wordt door de klachtencommissie zorgvuldig behandeld en ook beoordeeld op ontvankelijkheid en gegrondheid.";
        let found: Vec<String> = warnings("x", text).into_iter().map(|w| w.message).collect();
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("a sentence of 15 words")),
            "{found:?}"
        );
        assert!(found.iter().any(|m| m.starts_with("passive")), "{found:?}");
        assert!(
            found
                .iter()
                .any(|m| m.contains("\"klachtencommissie\" is jargon")),
            "{found:?}"
        );
        assert!(warnings("x", "Je klacht is verstuurd.").is_empty());
    }

    #[test]
    fn flesch_douma_is_higher_for_easy_text() {
        let easy = flesch_douma(&["Je klacht is binnen. We bellen je snel."]);
        let hard = flesch_douma(&[
            "De ontvankelijkheidsbeoordeling geschiedt conform de klachtenregeling.",
        ]);
        assert!(easy > 80.0 && hard < 40.0, "{easy} {hard}");
    }
}
