//! The studio's texts, for the complaints officer, in Dutch (`locales/studio.nl.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

static TEXTS: OnceLock<BTreeMap<String, String>> = OnceLock::new();

/// The text for `key`; a missing key shows as the key itself, so it is seen and fixed.
pub fn st(key: &str) -> String {
    TEXTS
        .get_or_init(|| {
            serde_json::from_str(include_str!("../../locales/studio.nl.json")).unwrap_or_default()
        })
        .get(key)
        .cloned()
        .unwrap_or_else(|| key.to_string())
}
