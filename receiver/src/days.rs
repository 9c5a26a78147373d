//! Calendar dates (UTC) for the inbox and exports, without a date library: days since
//! 1970-01-01, from and to `YYYY-MM-DD`.

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, if it is one.
pub fn parse(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d < 1 || d > month_length(y, m) {
        return None;
    }
    Some(from_civil(y, m, d))
}

/// `YYYY-MM-DD` of a day number.
pub fn format(day: i64) -> String {
    let (y, m, d) = to_civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD HH:MM UTC` of a moment in Unix seconds.
pub fn format_moment(unix: i64) -> String {
    let minutes = unix.rem_euclid(86_400) / 60;
    format!(
        "{} {:02}:{:02} UTC",
        format(unix.div_euclid(86_400)),
        minutes / 60,
        minutes % 60
    )
}

/// Today's day number (UTC) at `unix` seconds.
pub fn day_of(unix: i64) -> i64 {
    unix.div_euclid(86_400)
}

fn month_length(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil and civil_from_days.
fn from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn to_civil(day: i64) -> (i64, i64, i64) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_impossible_ones_are_refused() {
        assert_eq!(parse("1970-01-01"), Some(0));
        assert_eq!(parse("2026-12-07"), Some(20_794));
        for day in [-1000, 0, 59, 20_794, 30_000] {
            assert_eq!(parse(&format(day)), Some(day));
        }
        assert_eq!(
            parse("2024-02-29").map(format).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "7-12-2026",
            "",
            "2026-12-0x",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(
            format_moment(20_794 * 86_400 + 3_600 + 120),
            "2026-12-07 01:02 UTC"
        );
    }
}
