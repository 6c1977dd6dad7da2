//! Timestamps as the APIs write them (RFC 3339 / ISO 8601 in UTC or with an offset) and as HTTP
//! headers write them (IMF-fixdate), converted to and from Unix milliseconds.
//!
//! The domain has no clock: callers pass `now_ms`. Parsing is tolerant of the precisions the
//! services emit (`…57Z`, `…57.29Z`, `…57.0733333Z`, `+00:00`) and returns `None` rather than
//! guessing when a value is not a timestamp.

use crate::calendar::{civil_from_days, days_from_civil, days_in_month, digits, parse_iso_date};

/// Parses an RFC 3339 timestamp (`2020-09-06T14:46:57.0733333Z`, `…+09:00`) or a bare date
/// (`2024-01-31`, read as midnight UTC) or a `datetime-local` value (`2024-01-31T10:00`, read as
/// UTC) into Unix milliseconds. Fractions beyond milliseconds are truncated. `None` when the text
/// is not such a timestamp.
pub fn parse_rfc3339_ms(text: &str) -> Option<i64> {
    let s = text.trim();
    let (date, rest) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    };
    let (y, m, d) = parse_iso_date(date)?;
    let ms = days_from_civil(y, m, d) * 86_400_000;
    if rest.is_empty() {
        return Some(ms);
    }
    // Split off the zone designator: `Z`, `+hh:mm` or `-hh:mm` (absent = UTC).
    let (clock, offset_min) = if let Some(c) = rest.strip_suffix(['Z', 'z']) {
        (c, 0)
    } else if let Some(i) = rest.rfind(['+', '-']) {
        let (c, zone) = rest.split_at(i);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let (zh, zm) = zone[1..].split_once(':').unwrap_or((&zone[1..], "00"));
        let (zh, zm) = (digits(zh)?, digits(zm)?);
        if zh > 23 || zm > 59 {
            return None;
        }
        (c, sign * i64::from(zh * 60 + zm))
    } else {
        (rest, 0)
    };
    Some(ms + clock_ms(clock)? - offset_min * 60_000)
}

/// `hh:mm[:ss][.fraction]` as milliseconds since midnight (the fraction truncated to
/// milliseconds; a leap second `60` is allowed).
fn clock_ms(clock: &str) -> Option<i64> {
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut hms = hms.split(':');
    let h = digits(hms.next()?)?;
    let mi = digits(hms.next()?)?;
    let sec = match hms.next() {
        Some(v) => digits(v)?,
        None => 0,
    };
    if hms.next().is_some() || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let (mut frac_ms, mut scale) = (0, 100);
    for b in frac.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        frac_ms += u32::from(b - b'0') * scale;
        scale /= 10;
    }
    Some(i64::from((h * 60 + mi) * 60 + sec) * 1000 + i64::from(frac_ms))
}

/// Formats Unix milliseconds as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, UTC): the form OData
/// `$filter` date literals take.
pub fn format_rfc3339(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let sod = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        sod / 3600,
        (sod / 60) % 60,
        sod % 60
    )
}

/// Formats Unix milliseconds as `YYYY-MM-DD HH:MM` UTC, for table cells.
pub fn format_short(ms: i64) -> String {
    let full = format_rfc3339(ms);
    [&full[..10], " ", &full[11..16]].concat()
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Parses an HTTP date in the preferred IMF-fixdate form (`Wed, 21 Oct 2015 07:28:00 GMT`) into
/// Unix milliseconds; `None` for anything else.
pub fn parse_http_date_ms(text: &str) -> Option<i64> {
    let s = text.trim();
    let s = s.split_once(',').map_or(s, |(_, rest)| rest).trim();
    let mut it = s.split_whitespace();
    let d = digits(it.next()?)?;
    let mon = it.next()?;
    let m = MONTHS.iter().position(|x| x.eq_ignore_ascii_case(mon))? as u32 + 1;
    let y = digits(it.next()?)?;
    let clock = it.next()?;
    let zone = it.next().unwrap_or("GMT");
    if !zone.eq_ignore_ascii_case("GMT") && !zone.eq_ignore_ascii_case("UTC") {
        return None;
    }
    let y = i64::from(y);
    if y > 9999 || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400_000 + clock_ms(clock)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision_the_services_emit() {
        let base = parse_rfc3339_ms("2020-09-06T14:46:57Z").expect("parses");
        assert_eq!(base, 1_599_403_617_000);
        assert_eq!(
            parse_rfc3339_ms("2020-09-06T14:46:57.29Z"),
            Some(base + 290)
        );
        assert_eq!(
            parse_rfc3339_ms("2020-09-06T14:46:57.0733333Z"),
            Some(base + 73)
        );
        assert_eq!(parse_rfc3339_ms("2020-09-06T23:46:57+09:00"), Some(base));
        assert_eq!(parse_rfc3339_ms("2020-09-06T13:46:57-01:00"), Some(base));
        assert_eq!(parse_rfc3339_ms("2020-09-06"), Some(base - 53_217_000));
        assert_eq!(parse_rfc3339_ms("2020-09-06T14:46"), Some(base - 57_000));
    }

    #[test]
    fn rejects_what_is_not_a_timestamp() {
        for bad in [
            "",
            "yesterday",
            "2020-13-01",
            "2020-02-30",
            "2020-9-6",
            "2020-09-06T25:00Z",
            "2020-09-06Tab:cdZ",
            "2020-09-06T10:00:00.x1Z",
        ] {
            assert_eq!(parse_rfc3339_ms(bad), None, "{bad:?}");
        }
        assert!(parse_rfc3339_ms("2024-02-29").is_some());
        assert!(parse_rfc3339_ms("2023-02-29").is_none());
    }

    #[test]
    fn formats_round_trip() {
        for ms in [0, 1_599_403_617_000, 951_782_400_000, -86_400_000] {
            assert_eq!(parse_rfc3339_ms(&format_rfc3339(ms)), Some(ms));
        }
        assert_eq!(format_rfc3339(1_599_403_617_290), "2020-09-06T14:46:57Z");
        assert_eq!(format_short(1_599_403_617_290), "2020-09-06 14:46");
    }

    #[test]
    fn http_dates() {
        assert_eq!(
            parse_http_date_ms("Wed, 21 Oct 2015 07:28:00 GMT"),
            parse_rfc3339_ms("2015-10-21T07:28:00Z")
        );
        assert_eq!(parse_http_date_ms("120"), None);
        assert_eq!(parse_http_date_ms("Wed, 21 Foo 2015 07:28:00 GMT"), None);
        assert_eq!(
            parse_http_date_ms("Sun, 06 nov 1994 08:49:37.5 utc"),
            parse_rfc3339_ms("1994-11-06T08:49:37.5Z")
        );
        for bad in [
            "Mon, 31 Feb 2015 07:28:00 GMT",
            "Mon, 00 Feb 2015 07:28:00 GMT",
            "Mon, 01 Feb 10000 07:28:00 GMT",
            "Mon, 01 Feb 2015 24:00:00 GMT",
            "Mon, 01 Feb 2015 07:28:00Z GMT",
            "Mon, 01 Feb 2015 07:28+01:00 GMT",
            "Mon, 01 Feb 2015 07:28:00 CET",
            "Mon, 01 Feb 2015",
        ] {
            assert_eq!(parse_http_date_ms(bad), None, "{bad}");
        }
    }
}
