//! The incidents pacer keeps every documented rate limit (a self-caused 429 stalls a partner's
//! fetch for a minute): the safety margin, the history it keeps, the limits people type, and how
//! a limit is shown. Issue #19: cargo-mutants found these rules untested.

use dpk_domain::incidents::pacer::{Pacer, WindowLimit, next_send_at, parse_rate_limits};

#[test]
fn the_margin_is_a_fortieth_of_the_window_between_25_ms_and_1_5_s() {
    for (window, margin) in [
        (400, 25),           // 10 ms, raised to the floor
        (1_000, 25),         // exactly the floor
        (2_000, 50),         // 2.5 %
        (40_000, 1_000),     // 2.5 %
        (60_000, 1_500),     // exactly the ceiling
        (3_600_000, 1_500),  // 90 s, capped
        (86_400_000, 1_500), // capped
    ] {
        assert_eq!(WindowLimit::new(1, window).margin_ms(), margin, "{window}");
    }
}

#[test]
fn the_next_send_waits_for_the_oldest_of_the_last_max_requests_plus_the_margin() {
    let limits = [WindowLimit::new(3, 2_000)];
    // Fewer than max sends: go now.
    assert_eq!(next_send_at(&[100, 200], &limits, 300), 300);
    // max sends: the oldest must leave the window (100 + 2000 + 50).
    assert_eq!(next_send_at(&[100, 200, 300], &limits, 400), 2_150);
    // More than max: the anchor is max places back, not the first.
    assert_eq!(next_send_at(&[0, 100, 200, 2_150], &limits, 2_100), 2_150);
    // Already later than needed: now.
    assert_eq!(next_send_at(&[100, 200, 300], &limits, 5_000), 5_000);
    // A limit of 0 is treated as 1 (never divides, never sends unpaced).
    assert_eq!(
        next_send_at(&[1_000], &[WindowLimit::new(0, 1_000)], 1_000),
        2_025
    );
}

#[test]
fn the_pacer_remembers_exactly_what_the_largest_limit_needs() {
    let limits = [WindowLimit::new(2, 1_000), WindowLimit::new(4, 10_000)];
    let mut p = Pacer::new();
    assert!(p.is_empty());
    assert_eq!(p.len(), 0);
    for t in [0, 10, 20, 30, 40, 50] {
        p.record(t, &limits);
    }
    assert!(!p.is_empty());
    assert_eq!(p.len(), 4, "keeps max(2, 4) sends");
    // The 4/10 s limit anchors on the 4th-last send (20): 20 + 10 000 + 250.
    assert_eq!(p.wait_ms(&limits, 60), 10_270 - 60);
    // Once that time has come, no wait.
    assert_eq!(p.wait_ms(&limits, 10_270), 0);
    assert_eq!(p.wait_ms(&limits, 20_000), 0);
}

#[test]
fn every_unit_people_write_is_read() {
    let one = |text: &str| {
        let limits = parse_rate_limits(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(limits.len(), 1, "{text}");
        (limits[0].max, limits[0].window_ms)
    };
    for (text, window) in [
        ("7/ms", 1),
        ("7/250ms", 250),
        ("7/s", 1_000),
        ("7/sec", 1_000),
        ("7/second", 1_000),
        ("7/2seconds", 2_000),
        ("7/m", 60_000),
        ("7/min", 60_000),
        ("7/minute", 60_000),
        ("7/5 minutes", 300_000),
        ("7/h", 3_600_000),
        ("7/hour", 3_600_000),
        ("7/24hours", 86_400_000),
        ("7/1.5s", 1_500),
        ("7/.5s", 500),
        ("7 / 2 MIN", 120_000),
    ] {
        assert_eq!(one(text), (7, window), "{text}");
    }
    // At most a day; at least 1 ms; a count of at least 1.
    for bad in [
        "7/25h",
        "7/86400001ms",
        "7/0.5ms",
        "0/s",
        "7/",
        "/s",
        "7s",
        "7/1.2.3s",
        "7/1e3ms",
        "7/1234567890123ms",
    ] {
        assert!(parse_rate_limits(bad).is_err(), "{bad}");
    }
    assert_eq!(
        parse_rate_limits("1/1h; 2/1min,, 3/1s").map(|l| l.len()),
        Ok(3)
    );
}

#[test]
fn a_limit_is_shown_in_its_largest_whole_unit() {
    for (limit, shown) in [
        (WindowLimit::new(1_500, 3_600_000), "1500/1h"),
        (WindowLimit::new(9, 7_200_000), "9/2h"),
        (WindowLimit::new(50, 60_000), "50/1min"),
        (WindowLimit::new(5, 5_400_000), "5/90min"),
        (WindowLimit::new(4, 90_000), "4/90s"),
        (WindowLimit::new(3, 1_000), "3/1s"),
        (WindowLimit::new(3, 1_500), "3/1500ms"),
        (WindowLimit::new(2, 1), "2/1ms"),
    ] {
        assert_eq!(limit.to_string(), shown);
        // And what is shown reads back as the same limit.
        assert_eq!(parse_rate_limits(shown), Ok(vec![limit]), "{shown}");
    }
}

#[test]
fn only_plain_decimals_are_read_as_waits() {
    // The pacer's decimal reader (no float parsing) also reads Retry-After: a signed, exponent or
    // over-long number is not a wait the page trusts.
    use dpk_domain::incidents::response::retry_after_ms;
    assert_eq!(retry_after_ms(Some("2"), "", 0), Some(2_000));
    assert_eq!(retry_after_ms(Some("1.5"), "", 0), Some(1_500));
    // Twelve integer digits are still read; thirteen are not.
    assert_eq!(
        retry_after_ms(Some("123456789012"), "", 0),
        Some(123_456_789_012_000)
    );
    assert_eq!(retry_after_ms(Some("1234567890123"), "", 0), None);
    for bad in ["+5", "-5", "5e3", "1.+5", "0x10", "5s"] {
        assert_eq!(retry_after_ms(Some(bad), "", 0), None, "{bad}");
    }
}
