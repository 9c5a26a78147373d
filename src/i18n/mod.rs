//! Texts per language. They live as data in `locales/*.json`, never in components.

use std::collections::BTreeMap;
use std::sync::OnceLock;

#[cfg(not(target_arch = "wasm32"))]
pub mod reference;

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

/// Every key of a language's texts, in order.
pub fn keys(locale: Locale) -> impl Iterator<Item = &'static str> {
    texts(locale).keys().map(String::as_str)
}

type Texts = BTreeMap<String, String>;

fn parse(source: &str) -> Texts {
    serde_json::from_str(source).unwrap_or_default()
}

static NL: OnceLock<Texts> = OnceLock::new();
static EN: OnceLock<Texts> = OnceLock::new();

/// Dutch is built in. English is built in too, except in the browser: there it is data, loaded
/// when someone chooses it ([`provide`]), so the wasm for everyone else is smaller. Until then
/// its texts fall back to Dutch.
fn texts(locale: Locale) -> &'static Texts {
    let dutch = || NL.get_or_init(|| parse(include_str!("../../locales/nl.json")));
    match locale {
        Locale::Nl => dutch(),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::En => EN.get_or_init(|| parse(include_str!("../../locales/en.json"))),
        #[cfg(target_arch = "wasm32")]
        Locale::En => EN.get().unwrap_or_else(dutch),
    }
}

/// Whether this language's texts are here (built in, or loaded).
pub fn is_available(locale: Locale) -> bool {
    locale == Locale::Nl || cfg!(not(target_arch = "wasm32")) || EN.get().is_some()
}

/// Adds a language from the text of its locale file. False when it is not a usable file.
pub fn provide(locale: Locale, json: &str) -> bool {
    let texts = parse(json);
    if texts.len() != self::texts(Locale::Nl).len() {
        return false;
    }
    match locale {
        Locale::Nl => true,
        Locale::En => EN.set(texts).is_ok() || EN.get().is_some(),
    }
}

/// Where a language's locale file is, next to the wizard's own files. The name carries a
/// hash of the file, so a browser never uses a cached file of another build.
pub fn file_name(locale: Locale) -> String {
    let hash = match locale {
        Locale::Nl => NL_HASH,
        Locale::En => EN_HASH,
    };
    format!("locales/{}.json?v={hash:x}", locale.code())
}

/// Computed while compiling: the files themselves are not in the program this way.
const NL_HASH: u64 = fnv1a(include_bytes!("../../locales/nl.json"));
const EN_HASH: u64 = fnv1a(include_bytes!("../../locales/en.json"));

const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
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
        let text = t_with(
            Locale::Nl,
            "progress",
            &[("number", "2"), ("total", "3"), ("part", "eerst praten")],
        );
        assert_eq!(text, "Deel 2 van 3: eerst praten");
        assert_eq!(t(Locale::En, "no.such.key"), "no.such.key");
    }
}
