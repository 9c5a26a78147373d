//! The words of one regulation's wizard: a locale text, or the organisation's override of it,
//! with `{organisation}` and `{who}` filled in; periods in words.

use super::regulation::{Period, PeriodUnit, Regulation, Sector};
use crate::i18n::{self, Locale};

/// The text for `key`: the organisation's override wins over the locale file.
pub fn text(r: &Regulation, locale: Locale, key: &str) -> String {
    text_for(r, locale, key, false)
}

/// The text for `key`, for a support person filing for a client when `helper` (then the
/// staff in `{who}` are the client's: "de begeleider van de cliënt").
pub fn text_for(r: &Regulation, locale: Locale, key: &str, helper: bool) -> String {
    let text = r
        .texts
        .get(locale.code())
        .and_then(|t| t.get(key))
        .cloned()
        .unwrap_or_else(|| in_sector(r.organisation.sector, locale, i18n::t(locale, key)));
    if text.contains('{') {
        fill(r, locale, text, helper)
    } else {
        text
    }
}

/// Our texts speak of clients; a housing association has tenants, a municipality residents.
fn in_sector(sector: Sector, locale: Locale, text: String) -> String {
    let words: &[(&str, &str)] = match (sector, locale) {
        (Sector::Housing, Locale::Nl) => &[("cliënten", "huurders"), ("cliënt", "huurder")],
        (Sector::Housing, Locale::En) => &[("clients", "tenants"), ("client", "tenant")],
        (Sector::Municipality, Locale::Nl) => &[("cliënten", "inwoners"), ("cliënt", "inwoner")],
        (Sector::Municipality, Locale::En) => &[("clients", "residents"), ("client", "resident")],
        _ => return text,
    };
    // The words start with an ASCII letter (and ASCII case mapping keeps Unicode's tables
    // out of the wasm).
    let capital = |word: &str| {
        let mut word = word.to_string();
        word[..1].make_ascii_uppercase();
        word
    };
    words.iter().fold(text, |text, (ours, theirs)| {
        text.replace(ours, theirs)
            .replace(&capital(ours), &capital(theirs))
    })
}

/// Whether the `@helper` (or `@deceased`) variant `variant` of `key` is shown: where the
/// organisation wrote it, or where we have it and the organisation did not reword `key`.
pub fn uses_variant(r: &Regulation, locale: Locale, key: &str, variant: &str) -> bool {
    let own = |k: &str| {
        r.texts
            .get(locale.code())
            .is_some_and(|t| t.contains_key(k))
    };
    own(variant) || (i18n::has_key(locale, variant) && !own(key))
}

/// Fills `{organisation}` and `{who}` (the staff to talk to first) from the regulation.
fn fill(r: &Regulation, locale: Locale, text: String, helper: bool) -> String {
    let who = r
        .talk_first
        .as_ref()
        .map(|t| {
            t.with
                .iter()
                .map(|role| {
                    let key = format!("staff.{}", role.name());
                    let helper_key = format!("{key}@helper");
                    if helper && i18n::has_key(locale, &helper_key) {
                        i18n::t(locale, &helper_key)
                    } else {
                        i18n::t(locale, &key)
                    }
                })
                .collect::<Vec<_>>()
                .join(&format!(" {} ", i18n::t(locale, "or")))
        })
        .unwrap_or_default();
    text.replace("{organisation}", &r.organisation.name)
        .replace("{who}", &who)
}

/// "5 jaar", "12 maanden", "7 werkdagen".
pub fn period(r: &Regulation, locale: Locale, period: Period) -> String {
    let unit = match period.unit {
        PeriodUnit::WorkingDays => "working_days",
        PeriodUnit::Days => "days",
        PeriodUnit::Weeks => "weeks",
        PeriodUnit::Months => "months",
        PeriodUnit::Years => "years",
    };
    let number = if period.amount == 1 { "one" } else { "many" };
    format!(
        "{} {}",
        period.amount,
        text(r, locale, &format!("unit.{unit}.{number}"))
    )
}

/// The locale key that says how people can reach the organisation, for the ways its
/// regulation gives: it never offers calling where there is no phone number.
pub fn reach_us_key(r: &Regulation) -> &'static str {
    let c = &r.organisation.contact;
    match (c.phone.is_some(), c.email.is_some()) {
        (true, true) => "start.help.call_or_mail",
        (true, false) => "start.help.call",
        (false, true) => "start.help.mail",
        (false, false) => "start.help.below",
    }
}
