//! Texts per language. They live as data in `locales/*.json`, never in components.

use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    Nl,
    En,
}

impl Locale {
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        ALL.iter().copied().find(|l| l.code() == code)
    }

    /// The language a switch button offers from here.
    pub fn other(self) -> Locale {
        match self {
            Locale::Nl => Locale::En,
            Locale::En => Locale::Nl,
        }
    }
}

const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

pub fn supported_codes() -> Vec<&'static str> {
    ALL.iter().map(|l| l.code()).collect()
}

pub fn is_supported(code: &str) -> bool {
    Locale::from_code(code).is_some()
}

pub fn has_key(locale: Locale, key: &str) -> bool {
    texts(locale).contains_key(key)
}

type Texts = BTreeMap<String, String>;

fn parse(source: &str) -> Texts {
    serde_json::from_str(source).unwrap_or_default()
}

fn texts(locale: Locale) -> &'static Texts {
    static NL: OnceLock<Texts> = OnceLock::new();
    static EN: OnceLock<Texts> = OnceLock::new();
    match locale {
        Locale::Nl => NL.get_or_init(|| parse(include_str!("../../locales/nl.json"))),
        Locale::En => EN.get_or_init(|| parse(include_str!("../../locales/en.json"))),
    }
}

/// The text for `key`. A missing key shows as the key itself, so it is seen and fixed.
pub fn t(locale: Locale, key: &str) -> String {
    texts(locale)
        .get(key)
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

/// The text for `key` with each `{name}` replaced by its value.
pub fn t_with(locale: Locale, key: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(t(locale, key), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_locales_parse_and_have_the_same_keys() {
        let nl = texts(Locale::Nl);
        let en = texts(Locale::En);
        assert!(nl.len() > 10, "nl.json did not parse");
        let nl_keys: Vec<_> = nl.keys().collect();
        let en_keys: Vec<_> = en.keys().collect();
        assert_eq!(nl_keys, en_keys);
        for (key, value) in nl.iter().chain(en.iter()) {
            assert!(!value.trim().is_empty(), "{key} is empty");
        }
    }

    #[test]
    fn every_validation_message_has_a_text() {
        for key in crate::core::validation::MESSAGE_KEYS {
            for locale in [Locale::Nl, Locale::En] {
                assert!(
                    has_key(locale, key),
                    "{} has no text for {key}",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn fills_placeholders() {
        let text = t_with(Locale::Nl, "progress", &[("number", "2"), ("total", "3")]);
        assert_eq!(text, "Stap 2 van 3");
        assert_eq!(t(Locale::En, "no.such.key"), "no.such.key");
    }
}
