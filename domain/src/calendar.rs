//! The one proleptic Gregorian calendar: day counts since 1970-01-01 to and from dates (Howard
//! Hinnant's `days_from_civil` and its inverse, exact for every `i64` day count that fits), leap
//! years, and strict `YYYY-MM-DD` dates. Time zones and clocks are the callers' business.

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The days of `month` (1–12) in `year`; 0 for a month outside 1–12.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// Days since 1970-01-01 of `year-month-day` (month 1–12; the day is not range-checked).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` of a day count since 1970-01-01 (inverse of
/// [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A real calendar date written exactly `YYYY-MM-DD` (ASCII digits), as `(year, month, day)`.
pub fn parse_iso_date(s: &str) -> Option<(i64, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(&s[0..4])?, digits(&s[5..7])?, digits(&s[8..10])?);
    let y = i64::from(y);
    (d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// `s` read as a `u32` when it is one or more ASCII digits and nothing else (no sign, no space).
pub fn digits(s: &str) -> Option<u32> {
    fold_digits(s, u64::from(u32::MAX)).map(|n| n as u32)
}

/// An unsigned integer of at most `max` written as `str::parse` reads one: an optional `+`, then
/// one or more ASCII digits. The one decimal reader of the domain: each `parse::<uN>()` inlines a
/// copy of the standard library's.
pub fn uint(s: &str, max: u64) -> Option<u64> {
    fold_digits(s.strip_prefix('+').unwrap_or(s), max)
}

#[inline(never)]
fn fold_digits(s: &str, max: u64) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0_u64, |n, b| {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        n.checked_mul(10)?
            .checked_add(u64::from(d))
            .filter(|&n| n <= max)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        for y in [2000, 2024, 1996, 2400, 0, -4] {
            assert!(is_leap(y), "{y}");
        }
        for y in [1900, 2023, 2100, 2200, 1] {
            assert!(!is_leap(y), "{y}");
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2023, 4), 30);
        assert_eq!(days_in_month(2023, 12), 31);
        assert_eq!(days_in_month(2023, 13), 0);
        assert_eq!(days_in_month(2023, 0), 0);
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-719_528), (0, 1, 1));
        assert_eq!(civil_from_days(2_932_896), (9999, 12, 31));
        for days in (-800_000..3_000_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert!((1..=days_in_month(y, m)).contains(&d));
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn decimal_readers_match_str_parse() {
        for s in [
            "",
            "+",
            "0",
            "+0",
            "7",
            "+42",
            "-1",
            "00012",
            "4294967295",
            "4294967296",
            "65535",
            "65536",
            "1 2",
            " 1",
            "1a",
            "18446744073709551615",
            "18446744073709551616",
            "١",
        ] {
            assert_eq!(uint(s, u64::MAX), s.parse::<u64>().ok(), "{s:?}");
            assert_eq!(
                uint(s, u64::from(u16::MAX)).map(|n| n as u16),
                s.parse::<u16>().ok(),
                "{s:?}"
            );
            let plain = !s.starts_with('+');
            assert_eq!(digits(s), s.parse::<u32>().ok().filter(|_| plain), "{s:?}");
        }
    }

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2000-02-29"), Some((2000, 2, 29)));
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-01-00",
            "2023-04-31",
            "2023-1-01",
            "2023+01-01",
            "2023-01-01T",
            "-023-01-01",
            "２０２３-01-01",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
    }
}
