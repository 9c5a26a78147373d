//! Reading ISO 8601 dates (`2026-11-22`) and timestamps (`2026-11-22T10:00:00+01:00`).
//! Hand-written on purpose: chrono's general parser costs the wasm about 15 KB, and these two
//! forms are all the wizard ever reads back (drafts, the kept confirmation, date answers).

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use serde::{de::Error, Deserialize, Deserializer};

fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Exactly `YYYY-MM-DD`, and a date that exists.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = number(&text[0..4])?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        number(&text[5..7])?,
        number(&text[8..10])?,
    )
}

/// RFC 3339: `YYYY-MM-DDTHH:MM:SS`, optional fraction of a second, then `Z` or `±HH:MM`.
pub fn parse_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
    let date = parse_date(text.get(0..10)?)?;
    let rest = text.get(10..)?.strip_prefix(['T', 't'])?;
    let time = rest.get(0..8)?;
    let (hour, minute, second) = match time.as_bytes() {
        [_, _, b':', _, _, b':', _, _] => (
            number(&time[0..2])?,
            number(&time[3..5])?,
            number(&time[6..8])?,
        ),
        _ => return None,
    };
    let mut rest = &rest[8..];
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let kept = &fraction[..digits.min(9)];
        nanos = number(kept)? * 10u32.pow(9 - kept.len() as u32);
        rest = &fraction[digits..];
    }
    let offset_seconds = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let seconds = (number(&rest[1..3])? * 3600 + number(&rest[4..6])? * 60) as i32;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    let local = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    FixedOffset::east_opt(offset_seconds)?
        .from_local_datetime(&local)
        .single()
}

/// For `#[serde(deserialize_with)]` on a `NaiveDate`.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date(&text).ok_or_else(|| D::Error::custom("not a date (YYYY-MM-DD)"))
}

/// For `#[serde(deserialize_with)]` on an `Option<NaiveDate>`.
pub fn optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    Option::<String>::deserialize(deserializer)?
        .map(|text| parse_date(&text).ok_or_else(|| D::Error::custom("not a date (YYYY-MM-DD)")))
        .transpose()
}

/// For `#[serde(deserialize_with)]` on a `DateTime<FixedOffset>`.
/// A list of `YYYY-MM-DD` dates.
pub fn dates<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<String>::deserialize(deserializer)?
        .iter()
        .map(|text| parse_date(text).ok_or_else(|| D::Error::custom("expected a date YYYY-MM-DD")))
        .collect()
}

pub fn timestamp<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_timestamp(&text).ok_or_else(|| D::Error::custom("not an RFC 3339 timestamp"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_chrono_reads_them() {
        for text in ["2026-11-22", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(parse_date(text), text.parse().ok(), "{text}");
        }
        for text in [
            "2025-02-29",
            "2026-13-01",
            "2026-11-31",
            "2026-1-05",
            "26-11-22",
            "2026/11/22",
            "2026-11-22 ",
            "+2026-11-22",
            "2026-11-2x",
            "",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn timestamps_read_as_chrono_reads_them() {
        for text in [
            "2026-11-22T10:00:00+01:00",
            "2026-05-12T10:00:00+02:00",
            "2026-11-22T09:00:00Z",
            "2026-11-22T09:00:00.123Z",
            "2026-11-22T23:59:59.123456789-05:30",
            "2026-11-22t09:00:00z",
        ] {
            assert_eq!(
                parse_timestamp(text),
                DateTime::parse_from_rfc3339(text).ok(),
                "{text}"
            );
            assert!(parse_timestamp(text).is_some(), "{text}");
        }
        for text in [
            "2026-11-22",
            "2026-11-22T10:00+01:00",
            "2026-11-22T25:00:00Z",
            "2026-11-22T10:00:00",
            "2026-11-22T10:00:00.Z",
            "2026-11-22T10:00:00+0100",
            "2026-11-22 10:00:00Z",
        ] {
            assert_eq!(parse_timestamp(text), None, "{text}");
        }
    }

    #[test]
    fn what_the_wizard_writes_reads_back() {
        let now = DateTime::parse_from_rfc3339("2026-03-29T02:30:15.250+02:00").unwrap();
        let written = serde_json::to_string(&now).unwrap();
        assert_eq!(
            parse_timestamp(written.trim_matches('"')),
            Some(now),
            "{written}"
        );
        let day = NaiveDate::from_ymd_opt(2026, 4, 27).unwrap();
        let written = serde_json::to_string(&day).unwrap();
        assert_eq!(parse_date(written.trim_matches('"')), Some(day));
    }
}
