//! Organisation-written text and contact details, as they appear in a regulation file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// The suffix of a language code for the words a support person reads when filing for a
/// client (`"nl@helper"`: about "de cliënt" instead of "je").
pub const HELPER: &str = "@helper";

/// Text for people: plain Dutch, or per language (`{"nl": "…", "en": "…"}`), each language
/// optionally with its words for a support person (`"nl@helper"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Dutch(String),
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `locale`, else in Dutch, else in any language given.
    pub fn get(&self, locale: Locale) -> &str {
        match self {
            Text::Dutch(text) => text,
            Text::PerLanguage(map) => map
                .get(locale.code())
                .or_else(|| map.get("nl"))
                .or_else(|| {
                    map.iter()
                        .find(|(k, _)| !k.ends_with(HELPER))
                        .map(|(_, v)| v)
                })
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// The text in `locale`, in the words for a support person filing for a client where
    /// the organisation wrote them.
    pub fn get_for(&self, locale: Locale, helper: bool) -> &str {
        match self {
            Text::PerLanguage(map) if helper => map
                .get(&format!("{}{HELPER}", locale.code()))
                .map(String::as_str)
                .unwrap_or_else(|| self.get(locale)),
            _ => self.get(locale),
        }
    }
}

/// Where a rule or text comes from: a section of the organisation's regulation and a short
/// quote of its own words. `klachtwijzer-check explain` prints it beside what the wizard says.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Source {
    pub section: String,
    pub quote: String,
}

rule! {
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Contact {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Lines of a postal address, joined with `\n`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub postal_address: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// A second phone number, offered as "or".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub other_phone: Option<String>,
    }
}

/// One way to reach someone as a link: the locale key of its label ("Bel {shown}"), the
/// address of the link and what the label shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Way {
    pub key: &'static str,
    pub href: String,
    pub shown: String,
}

/// A `tel:` link for a phone number as written ("015 284 1000").
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

impl Contact {
    /// The main action of a page that sends the person elsewhere: calling is the easiest for
    /// someone who reads with difficulty, then the website, then e-mail.
    pub fn main_way(&self) -> Option<Way> {
        if let Some(phone) = &self.phone {
            return Some(Way {
                key: "way.phone",
                href: tel_href(phone),
                shown: phone.clone(),
            });
        }
        if let Some(url) = &self.website {
            let host = url
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/');
            return Some(Way {
                key: "way.website",
                href: url.clone(),
                shown: host.to_string(),
            });
        }
        self.email.as_ref().map(|email| Way {
            key: "way.email",
            href: format!("mailto:{email}"),
            shown: email.clone(),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.email.is_none()
            && self.phone.is_none()
            && self.other_phone.is_none()
            && self.postal_address.is_none()
            && self.website.is_none()
    }
}

rule! {
    /// Where to go instead: who, why in plain words, how to reach them.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Destination {
        pub name: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<Contact>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_way_is_a_call_then_the_website_then_e_mail() {
        let mut c = Contact {
            email: Some("klacht@lentl.nl".into()),
            website: Some("https://www.lentl.nl/".into()),
            phone: Some("+31 (0)492 - 123 456".into()),
            ..Contact::default()
        };
        let way = c.main_way().unwrap();
        assert_eq!(
            (way.key, way.href.as_str()),
            ("way.phone", "tel:+310492123456")
        );
        c.phone = None;
        let way = c.main_way().unwrap();
        assert_eq!(
            (way.key, way.shown.as_str()),
            ("way.website", "www.lentl.nl")
        );
        c.website = None;
        assert_eq!(c.main_way().unwrap().href, "mailto:klacht@lentl.nl");
        c.email = None;
        assert_eq!(c.main_way(), None);
    }

    #[test]
    fn falls_back_to_dutch() {
        let plain = Text::Dutch("Klachtencommissie".into());
        assert_eq!(plain.get(Locale::En), "Klachtencommissie");
        let both: Text =
            serde_json::from_str(r#"{"nl": "Gemeente", "en": "Municipality"}"#).unwrap();
        assert_eq!(both.get(Locale::En), "Municipality");
        let only_nl: Text = serde_json::from_str(r#"{"nl": "Gemeente"}"#).unwrap();
        assert_eq!(only_nl.get(Locale::En), "Gemeente");
    }
}
