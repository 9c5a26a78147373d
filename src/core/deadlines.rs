//! Dates: adding periods to a date, with working days that skip weekends, the holidays of the
//! Algemene termijnenwet and the organisation's own closing days, and the dates of what
//! happens after a complaint is sent.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use super::regulation::Milestone;
use super::regulation::{Period, PeriodUnit, Route, Term, Timeline};

/// Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    // Euclidean division keeps every step in range for any year, so this never panics.
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a valid date")
}

/// The holidays recognised by the Algemene termijnenwet (art. 3): New Year's Day, Easter and
/// Whit Monday (with their Sundays), Ascension Day, both Christmas days, King's Day and
/// 5 May every year. Good Friday is not one of them; an organisation that closes then lists
/// it in `timeline.closing_days`.
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let fixed = match (date.month(), date.day()) {
        (1, 1) | (5, 5) | (12, 25) | (12, 26) => true,
        // Koningsdag: 27 April, or 26 April when the 27th is a Sunday.
        (4, 27) => date.weekday() != Weekday::Sun,
        (4, 26) => date.succ_opt().is_some_and(|d| d.weekday() == Weekday::Sun),
        _ => false,
    };
    if fixed {
        return true;
    }
    let easter = easter(date.year());
    // Pasen (two days), Hemelvaart, Pinksteren (two days).
    [0, 1, 39, 49, 50]
        .iter()
        .any(|offset| easter.checked_add_signed(chrono::Duration::days(*offset)) == Some(date))
}

/// Not a weekend day, a recognised holiday or one of the organisation's `closing_days`.
pub fn is_working_day(date: NaiveDate, closing_days: &[NaiveDate]) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && !is_public_holiday(date)
        && !closing_days.contains(&date)
}

/// `date` plus `period`, with no closing days of the organisation's own.
pub fn add(date: NaiveDate, period: Period) -> NaiveDate {
    add_closed(date, period, &[])
}

/// `date` plus `period`. Working days are counted from the next day on and skip
/// `closing_days`; months and years end on the same day of the month, or the last day when
/// that month is shorter.
pub fn add_closed(date: NaiveDate, period: Period, closing_days: &[NaiveDate]) -> NaiveDate {
    let far_future = NaiveDate::MAX;
    match period.unit {
        PeriodUnit::WorkingDays => {
            let mut day = date;
            let mut left = period.amount;
            while left > 0 {
                day = match day.succ_opt() {
                    Some(next) => next,
                    None => return far_future,
                };
                if is_working_day(day, closing_days) {
                    left -= 1;
                }
            }
            Some(day)
        }
        PeriodUnit::Days => date.checked_add_days(Days::new(period.amount.into())),
        PeriodUnit::Weeks => date.checked_add_days(Days::new(u64::from(period.amount) * 7)),
        PeriodUnit::Months => date.checked_add_months(Months::new(period.amount)),
        PeriodUnit::Years => date.checked_add_months(Months::new(period.amount.saturating_mul(12))),
    }
    .unwrap_or(far_future)
}

/// The real dates of what happens after sending.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// The date the complaint was sent.
    #[serde(deserialize_with = "super::iso::date")]
    pub submitted_on: NaiveDate,
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub receipt_by: Option<NaiveDate>,
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub first_contact_by: Option<NaiveDate>,
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub handling_starts_by: Option<NaiveDate>,
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub decision_by: Option<NaiveDate>,
    /// The latest decision date when the term is extended once.
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub decision_by_extended: Option<NaiveDate>,
    /// The dates above that the regulation only aims for: not promised (since 1.1.0).
    #[serde(default)]
    pub aims: Vec<Milestone>,
}

/// Dates for a complaint sent on `submitted_on` that takes `route`. `decision_within`
/// overrides the timeline's term (an own route, such as a complaint about personal data).
pub fn compute(
    timeline: &Timeline,
    route: Route,
    decision_within: Option<Period>,
    submitted_on: NaiveDate,
) -> Deadlines {
    let closed = &timeline.closing_days;
    let on_route =
        |term: Option<&Term>| term.filter(|t| t.route.is_none_or(|r| r == route)).cloned();
    // An own route's decision term (`decision_within`) replaces the timeline's (below).
    let terms = [
        Milestone::Receipt,
        Milestone::FirstContact,
        Milestone::HandlingStarts,
        Milestone::Decision,
    ]
    .map(|m| {
        let replaced = m == Milestone::Decision && decision_within.is_some();
        (m, on_route(timeline.term(m)).filter(|_| !replaced))
    });
    // A term runs from the day of sending or, chained, from another moment's date (the
    // loader refuses cycles). A date counted from an aim is only an aim itself.
    let mut dates: [Option<NaiveDate>; 4] = [None; 4];
    let mut aimed = [false; 4];
    for _ in 0..terms.len() {
        for (i, (_, term)) in terms.iter().enumerate() {
            let Some(term) = term.as_ref().filter(|_| dates[i].is_none()) else {
                continue;
            };
            let from = match term.after {
                None => Some((submitted_on, false)),
                Some(other) => dates[other as usize].map(|d| (d, aimed[other as usize])),
            };
            if let Some((from, from_aim)) = from {
                dates[i] = Some(add_closed(from, term.period(), closed));
                aimed[i] = term.aim || from_aim;
            }
        }
    }
    // An own route's term replaces the decision term and runs from the day of sending.
    if let Some(period) = decision_within {
        dates[Milestone::Decision as usize] = Some(add_closed(submitted_on, period, closed));
    }
    let decision_by = dates[Milestone::Decision as usize];
    let extension = on_route(timeline.extension.as_ref());
    let decision_by_extended = match (decision_by, extension, decision_within) {
        (Some(by), Some(extension), None) => Some(add_closed(by, extension.period(), closed)),
        _ => None,
    };
    let aims = terms
        .iter()
        .zip(aimed)
        .filter(|(_, aim)| *aim)
        .map(|((milestone, _), _)| *milestone)
        .collect();
    let [receipt_by, first_contact_by, handling_starts_by, _] = dates;
    Deadlines {
        submitted_on,
        receipt_by,
        first_contact_by,
        handling_starts_by,
        decision_by,
        decision_by_extended,
        aims,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn p(amount: u32, unit: PeriodUnit) -> Period {
        Period { amount, unit }
    }

    fn term(amount: u32, unit: PeriodUnit) -> Term {
        Term {
            amount,
            unit,
            aim: false,
            route: None,
            after: None,
            #[cfg(not(target_arch = "wasm32"))]
            source: None,
            #[cfg(not(target_arch = "wasm32"))]
            assumed: None,
        }
    }

    #[test]
    fn easter_dates_are_right() {
        for (year, date) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter(year), d(date), "{year}");
        }
    }

    #[test]
    fn koningsdag_moves_to_saturday_when_the_27th_is_a_sunday() {
        // 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April.
        assert!(is_public_holiday(d("2025-04-26")));
        assert!(!is_public_holiday(d("2025-04-27")));
        // 2026: Monday 27 April.
        assert!(is_public_holiday(d("2026-04-27")));
        assert!(!is_public_holiday(d("2026-04-26")));
    }

    #[test]
    fn the_termijnenwet_counts_5_may_every_year_and_not_good_friday() {
        for year in [2025, 2026, 2027] {
            assert!(is_public_holiday(d(&format!("{year}-05-05"))), "{year}");
        }
        assert!(!is_public_holiday(d("2026-04-03")), "Goede Vrijdag 2026");
        assert!(is_working_day(d("2026-04-03"), &[]));
        assert!(!is_working_day(d("2026-04-03"), &[d("2026-04-03")]));
    }

    #[test]
    fn working_days_never_panic_at_the_ends_of_the_calendar() {
        let far = p(1000, PeriodUnit::WorkingDays);
        assert_eq!(add(NaiveDate::MAX, far), NaiveDate::MAX);
        assert!(add(NaiveDate::MIN, far) > NaiveDate::MIN);
    }

    #[test]
    fn holidays_of_2026() {
        for date in [
            "2026-01-01",
            "2026-04-05",
            "2026-04-06",
            "2026-04-27",
            "2026-05-14",
            "2026-05-24",
            "2026-05-25",
            "2026-12-25",
            "2026-12-26",
        ] {
            assert!(is_public_holiday(d(date)), "{date}");
        }
        assert!(!is_public_holiday(d("2026-04-02")));
        assert!(!is_public_holiday(d("2026-04-07")));
        assert!(is_public_holiday(d("2026-05-05")));
    }

    #[test]
    fn working_days_skip_weekends_and_the_easter_holidays() {
        // Thursday 2 April 2026 + 5 working days: Good Friday 3/4 counts, the weekend and
        // Easter Monday 6/4 are skipped: 3, 7, 8, 9, 10 April.
        assert_eq!(
            add(d("2026-04-02"), p(5, PeriodUnit::WorkingDays)),
            d("2026-04-10")
        );
        // An organisation closed on Good Friday says so.
        assert_eq!(
            add_closed(
                d("2026-04-02"),
                p(5, PeriodUnit::WorkingDays),
                &[d("2026-04-03")]
            ),
            d("2026-04-13")
        );
        // Friday 24 April 2026 + 2: Monday 27 is Koningsdag → 28, 29.
        assert_eq!(
            add(d("2026-04-24"), p(2, PeriodUnit::WorkingDays)),
            d("2026-04-29")
        );
        // Friday 25 April 2025 + 1: Saturday 26 is Koningsdag anyway, Monday 28.
        assert_eq!(
            add(d("2025-04-25"), p(1, PeriodUnit::WorkingDays)),
            d("2025-04-28")
        );
        // Christmas 2026: Thursday 24 + 2 → Monday 28, Tuesday 29.
        assert_eq!(
            add(d("2026-12-24"), p(2, PeriodUnit::WorkingDays)),
            d("2026-12-29")
        );
        // Zero working days is the same day.
        assert_eq!(
            add(d("2026-12-24"), p(0, PeriodUnit::WorkingDays)),
            d("2026-12-24")
        );
    }

    #[test]
    fn calendar_periods() {
        assert_eq!(
            add(d("2026-01-31"), p(1, PeriodUnit::Months)),
            d("2026-02-28")
        );
        assert_eq!(
            add(d("2024-02-29"), p(1, PeriodUnit::Years)),
            d("2025-02-28")
        );
        assert_eq!(
            add(d("2026-03-01"), p(6, PeriodUnit::Weeks)),
            d("2026-04-12")
        );
        assert_eq!(
            add(d("2026-03-01"), p(10, PeriodUnit::Days)),
            d("2026-03-11")
        );
        assert_eq!(
            add(d("2026-03-01"), p(1000, PeriodUnit::Years)),
            d("3026-03-01")
        );
    }

    #[test]
    fn the_wkkgz_term_with_extension() {
        let timeline = Timeline {
            first_contact_within: Some(term(2, PeriodUnit::WorkingDays)),
            decision_within: Some(term(6, PeriodUnit::Weeks)),
            extension: Some(term(4, PeriodUnit::Weeks)),
            ..Timeline::default()
        };
        let dates = compute(&timeline, Route::Usual, None, d("2026-05-12"));
        assert_eq!(dates.first_contact_by, Some(d("2026-05-15"))); // Hemelvaart 14 May skipped
        assert_eq!(dates.decision_by, Some(d("2026-06-23")));
        assert_eq!(dates.decision_by_extended, Some(d("2026-07-21")));
        assert_eq!(dates.receipt_by, None);
        // An own route's term replaces the decision term, without the extension.
        let privacy = compute(
            &timeline,
            Route::Usual,
            Some(p(1, PeriodUnit::Months)),
            d("2026-05-12"),
        );
        assert_eq!(privacy.decision_by, Some(d("2026-06-12")));
        assert_eq!(privacy.decision_by_extended, None);
        assert!(dates.aims.is_empty());
    }

    #[test]
    fn terms_of_another_route_and_aims() {
        let timeline = Timeline {
            first_contact_within: Some(Term {
                route: Some(Route::Usual),
                ..term(2, PeriodUnit::WorkingDays)
            }),
            decision_within: Some(Term {
                aim: true,
                ..term(30, PeriodUnit::WorkingDays)
            }),
            ..Timeline::default()
        };
        let usual = compute(&timeline, Route::Usual, None, d("2026-05-12"));
        assert_eq!(usual.first_contact_by, Some(d("2026-05-15")));
        assert_eq!(usual.aims, vec![Milestone::Decision]);
        let direct = compute(&timeline, Route::Direct, None, d("2026-05-12"));
        assert_eq!(direct.first_contact_by, None);
        assert!(direct.decision_by.is_some());
    }
}
