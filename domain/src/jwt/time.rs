//! NumericDate claims (`iat`, `nbf`, `exp`) as calendar times and durations. The UTC offset of the
//! viewer's time zone is a parameter: the page asks the browser for it.

use serde_json::Value;

/// The latest NumericDate shown as a date: 9999-12-31T23:59:59Z.
const MAX_SHOWN: i64 = 253_402_300_799;
/// The earliest NumericDate shown as a date: 0000-01-01T00:00:00Z.
const MIN_SHOWN: i64 = -62_167_219_200;

/// A NumericDate claim value as whole seconds: integer or fractional JSON numbers (rounded down);
/// `None` for anything else, including numbers beyond ±2^63.
pub fn numeric_date(value: &Value) -> Option<i64> {
    let n = value.as_number()?;
    n.as_i64().or_else(|| {
        let f = n.as_f64()?;
        (f.is_finite() && f.abs() < 9.2e18).then(|| f.floor() as i64)
    })
}

/// A date and time in a fixed UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilTime {
    /// Year (0–9999).
    pub year: i64,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, 0–23.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
    /// Second, 0–59.
    pub second: u32,
    /// The UTC offset, in minutes east of UTC.
    pub offset_minutes: i32,
}

impl std::fmt::Display for CivilTime {
    /// `2023-11-15 07:13:20 UTC+09:00` (ISO 8601 order, the same in every language).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let off = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC{sign}{:02}:{:02}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            off / 60,
            off % 60
        )
    }
}

/// The calendar time of Unix time `secs` at `offset_minutes` east of UTC (JavaScript's
/// `getTimezoneOffset()` is the negation), or `None` outside years 0–9999.
pub fn civil_time(secs: i64, offset_minutes: i32) -> Option<CivilTime> {
    let local = secs.checked_add(i64::from(offset_minutes) * 60)?;
    if !(MIN_SHOWN..=MAX_SHOWN).contains(&local) {
        return None;
    }
    let days = local.div_euclid(86_400);
    let rem = local.rem_euclid(86_400);
    let (year, month, day) = crate::calendar::civil_from_days(days);
    Some(CivilTime {
        year,
        month,
        day,
        hour: (rem / 3600) as u32,
        minute: (rem % 3600 / 60) as u32,
        second: (rem % 60) as u32,
        offset_minutes,
    })
}

/// A duration split into its two most significant units, for "expires in 1 h 5 min".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DurationParts {
    /// Whole days (shown only when non-zero).
    pub days: u64,
    /// Hours.
    pub hours: u64,
    /// Minutes.
    pub minutes: u64,
    /// Seconds.
    pub seconds: u64,
}

impl DurationParts {
    /// Splits `secs` (its absolute value).
    pub fn of(secs: i64) -> DurationParts {
        let s = secs.unsigned_abs();
        DurationParts {
            days: s / 86_400,
            hours: s % 86_400 / 3600,
            minutes: s % 3600 / 60,
            seconds: s % 60,
        }
    }

    /// The two most significant non-zero units, largest first, as (unit, amount); one
    /// [`DurationUnit::Seconds`] of 0 for zero.
    pub fn top_two(&self) -> Vec<(DurationUnit, u64)> {
        let all = [
            (DurationUnit::Days, self.days),
            (DurationUnit::Hours, self.hours),
            (DurationUnit::Minutes, self.minutes),
            (DurationUnit::Seconds, self.seconds),
        ];
        let first = all.iter().position(|(_, n)| *n > 0);
        match first {
            None => vec![(DurationUnit::Seconds, 0)],
            Some(i) => all[i..]
                .iter()
                .take(2)
                .filter(|(_, n)| *n > 0)
                .copied()
                .collect(),
        }
    }
}

/// A unit of [`DurationParts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DurationUnit {
    /// Days.
    Days,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
    /// Seconds.
    Seconds,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn civil_time_in_utc_and_offsets() {
        let t = civil_time(1_700_000_000, 0).expect("in range");
        assert_eq!(t.to_string(), "2023-11-14 22:13:20 UTC+00:00");
        assert_eq!(
            civil_time(1_700_000_000, 540).expect("tokyo").to_string(),
            "2023-11-15 07:13:20 UTC+09:00"
        );
        assert_eq!(
            civil_time(0, -330).expect("offset").to_string(),
            "1969-12-31 18:30:00 UTC-05:30"
        );
        assert_eq!(
            civil_time(951_782_400, 0).map(|t| (t.month, t.day)),
            Some((2, 29))
        );
        assert!(civil_time(MAX_SHOWN + 1, 0).is_none());
        assert!(civil_time(i64::MAX, 600).is_none());
    }

    #[test]
    fn numeric_dates_accept_numbers_only() {
        assert_eq!(numeric_date(&json!(1_700_000_000)), Some(1_700_000_000));
        assert_eq!(numeric_date(&json!(1_700_000_000.9)), Some(1_700_000_000));
        assert_eq!(numeric_date(&json!("1700000000")), None);
        assert_eq!(numeric_date(&json!(1e300)), None);
        assert_eq!(numeric_date(&json!(null)), None);
    }

    #[test]
    fn durations_keep_two_units() {
        use DurationUnit::{Days, Hours, Minutes, Seconds};
        assert_eq!(
            DurationParts::of(3_900).top_two(),
            [(Hours, 1), (Minutes, 5)]
        );
        assert_eq!(
            DurationParts::of(-90_061).top_two(),
            [(Days, 1), (Hours, 1)]
        );
        assert_eq!(DurationParts::of(86_400 + 59).top_two(), [(Days, 1)]);
        assert_eq!(DurationParts::of(42).top_two(), [(Seconds, 42)]);
        assert_eq!(DurationParts::of(0).top_two(), [(Seconds, 0)]);
    }
}
