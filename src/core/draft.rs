//! The unfinished complaint kept in the browser, so nothing is lost on a reload, a crashed
//! tab or a return the next day. The stored form is versioned; anything that does not read
//! back as this version is discarded (with a message), never a crash.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answers;
use super::flow::Step;

pub const DRAFT_VERSION: u64 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub version: u64,
    pub organisation_id: String,
    #[serde(deserialize_with = "super::iso::timestamp")]
    pub saved_at: DateTime<FixedOffset>,
    pub step: Step,
    pub locale: String,
    pub answers: Answers,
    /// Kept so a retry after a reload is still the same complaint for the receiver.
    pub submission_id: Option<String>,
}

/// Why a stored draft was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discarded {
    /// Not readable: damaged, or written by something else.
    Corrupt,
    /// Written by an older (or newer) version of the wizard.
    OtherVersion,
    /// Older than the regulation allows drafts to be kept.
    Expired,
}

impl Discarded {
    /// Locale key of the message the person sees.
    pub fn message(self) -> &'static str {
        match self {
            Discarded::Corrupt | Discarded::OtherVersion => "draft.discarded",
            Discarded::Expired => "draft.expired",
        }
    }
}

/// Where a wizard keeps its draft: one per organisation and per wizard on the page.
pub fn storage_key(organisation_id: &str, instance: usize) -> String {
    format!("klachtwijzer.draft.{organisation_id}.{instance}")
}

pub fn encode(draft: &Draft) -> String {
    serde_json::to_string(draft).unwrap_or_default()
}

/// Reads a stored draft for this organisation, if it is usable now.
pub fn decode(
    text: &str,
    organisation_id: &str,
    now: DateTime<FixedOffset>,
    keep_days: u32,
) -> Result<Draft, Discarded> {
    let value: Value = serde_json::from_str(text).map_err(|_| Discarded::Corrupt)?;
    match value.get("version").and_then(Value::as_u64) {
        Some(DRAFT_VERSION) => {}
        Some(_) => return Err(Discarded::OtherVersion),
        None => return Err(Discarded::Corrupt),
    }
    let draft: Draft = serde_json::from_str(text).map_err(|_| Discarded::Corrupt)?;
    if draft.organisation_id != organisation_id {
        return Err(Discarded::Corrupt);
    }
    if now - draft.saved_at > Duration::days(keep_days.into()) {
        return Err(Discarded::Expired);
    }
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn draft() -> Draft {
        Draft {
            version: DRAFT_VERSION,
            organisation_id: "lentl".into(),
            saved_at: at("2026-05-12T10:00:00+02:00"),
            step: Step::WhatHappened,
            locale: "nl".into(),
            answers: Answers {
                what_happened: "Half af".into(),
                ..Answers::default()
            },
            submission_id: None,
        }
    }

    #[test]
    fn a_draft_reads_back() {
        let text = encode(&draft());
        assert_eq!(
            decode(&text, "lentl", at("2026-05-13T09:00:00+02:00"), 7),
            Ok(draft())
        );
    }

    #[test]
    fn an_old_draft_expires() {
        let text = encode(&draft());
        assert_eq!(
            decode(&text, "lentl", at("2026-05-19T10:00:01+02:00"), 7),
            Err(Discarded::Expired)
        );
        assert_eq!(
            decode(&text, "lentl", at("2026-05-12T10:00:01+02:00"), 0),
            Err(Discarded::Expired)
        );
    }

    #[test]
    fn damaged_or_foreign_drafts_are_discarded() {
        let now = at("2026-05-12T11:00:00+02:00");
        for text in [
            "",
            "{",
            "null",
            "[]",
            "{\"answers\": {}}",
            "{\"version\": \"1\"}",
        ] {
            assert_eq!(
                decode(text, "lentl", now, 7),
                Err(Discarded::Corrupt),
                "{text}"
            );
        }
        let mut other = serde_json::to_value(draft()).unwrap();
        other["version"] = 0.into();
        assert_eq!(
            decode(&other.to_string(), "lentl", now, 7),
            Err(Discarded::OtherVersion)
        );
        let mut broken = serde_json::to_value(draft()).unwrap();
        broken["answers"]["what_happened"] = 12.into();
        assert_eq!(
            decode(&broken.to_string(), "lentl", now, 7),
            Err(Discarded::Corrupt)
        );
        assert_eq!(
            decode(&encode(&draft()), "permens", now, 7),
            Err(Discarded::Corrupt)
        );
    }
}
