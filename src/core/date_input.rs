//! A date typed as day, month and year (the GOV.UK date pattern): the same in every browser,
//! and someone who does not know the day gives only the month and the year.

use chrono::{Datelike, Months, NaiveDate};

/// What was typed: day, month, year.
pub type Parts = [String; 3];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typed {
    Empty,
    /// A whole date.
    Day(NaiveDate),
    /// Only month and year: the month's last day (not after today), so a time limit is
    /// counted in the person's favour.
    Month(NaiveDate),
    /// Not a date yet: the locale key of what to fix.
    Problem(&'static str),
}

fn number(part: &str) -> Option<u32> {
    let ok = !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| part.parse().ok()).flatten()
}

/// Reads the three parts as typed (spaces around them do not count).
pub fn read(parts: &Parts, today: NaiveDate) -> Typed {
    let [day, month, year] = parts.each_ref().map(|p| p.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Typed::Empty;
    }
    let (Some(month), Some(year)) = (number(month), number(year)) else {
        return Typed::Problem("error.date.incomplete");
    };
    if year < 1000 {
        return Typed::Problem("error.date.year");
    }
    let year = year as i32;
    if day.is_empty() {
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            return Typed::Problem("error.date.not_real");
        };
        let last = first
            .checked_add_months(Months::new(1))
            .and_then(|next| next.pred_opt())
            .unwrap_or(first);
        return Typed::Month(last.min(today).max(first));
    }
    match number(day).and_then(|day| NaiveDate::from_ymd_opt(year, month, day)) {
        Some(date) => Typed::Day(date),
        None if number(day).is_none() => Typed::Problem("error.date.incomplete"),
        None => Typed::Problem("error.date.not_real"),
    }
}

/// The parts of a whole date, to show it again.
pub fn parts_of(date: NaiveDate) -> Parts {
    [
        date.day().to_string(),
        date.month().to_string(),
        date.year().to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn parts(d: &str, m: &str, y: &str) -> Parts {
        [d.into(), m.into(), y.into()]
    }

    #[test]
    fn reads_what_a_person_types() {
        let today = at(2026, 12, 7);
        assert_eq!(read(&parts("", "", ""), today), Typed::Empty);
        assert_eq!(
            read(&parts(" 14", "03 ", "2025"), today),
            Typed::Day(at(2025, 3, 14))
        );
        assert_eq!(
            read(&parts("", "2", "2024"), today),
            Typed::Month(at(2024, 2, 29))
        );
        // This month: not after today, so it is not in the future.
        assert_eq!(read(&parts("", "12", "2026"), today), Typed::Month(today));
        assert_eq!(
            read(&parts("31", "2", "2025"), today),
            Typed::Problem("error.date.not_real")
        );
        assert_eq!(
            read(&parts("", "13", "2025"), today),
            Typed::Problem("error.date.not_real")
        );
        assert_eq!(
            read(&parts("3", "", "2025"), today),
            Typed::Problem("error.date.incomplete")
        );
        assert_eq!(
            read(&parts("3", "mei", "2025"), today),
            Typed::Problem("error.date.incomplete")
        );
        assert_eq!(
            read(&parts("3", "5", "25"), today),
            Typed::Problem("error.date.year")
        );
        assert_eq!(parts_of(at(2025, 3, 4)), parts("4", "3", "2025"));
    }
}
