//! Request pacing under documented rate limits, so that a full fetch never causes its own 429.
//!
//! Pure: the caller keeps the times its requests were sent and passes `now`. The rule is a
//! sliding window: for every limit `max / window`, any `window`-long interval may hold at most
//! `max` requests, plus a small safety margin for network jitter. A sliding window also keeps a
//! server that counts in fixed windows (per calendar minute) happy, since each fixed window is
//! one such interval.

use crate::calendar::uint;

/// One pacing limit: at most `max` requests in any `window_ms` milliseconds. (The catalog's
/// [`crate::catalog::RateLimit`] is what the documentation states per operation; the pacer turns
/// it into these windows.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowLimit {
    /// Requests allowed per window (at least 1).
    pub max: u32,
    /// The window length in milliseconds (at least 1).
    pub window_ms: u64,
}

impl WindowLimit {
    /// A limit of `max` requests per `window_ms`.
    pub const fn new(max: u32, window_ms: u64) -> WindowLimit {
        WindowLimit { max, window_ms }
    }

    /// The safety margin added after a window: 2.5 % of it, between 25 ms and 1.5 s. It absorbs
    /// the difference between when the page sends and when the server counts.
    pub fn margin_ms(&self) -> u64 {
        (self.window_ms / 40).clamp(25, 1_500)
    }
}

impl std::fmt::Display for WindowLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let w = self.window_ms;
        if w % 3_600_000 == 0 {
            write!(f, "{}/{}h", self.max, w / 3_600_000)
        } else if w % 60_000 == 0 {
            write!(f, "{}/{}min", self.max, w / 60_000)
        } else if w % 1000 == 0 {
            write!(f, "{}/{}s", self.max, w / 1000)
        } else {
            write!(f, "{}/{}ms", self.max, w)
        }
    }
}

/// `text` (a non-negative decimal such as `2`, `1.5` or `.25`) times `factor`, rounded down;
/// `None` for anything else. Avoids float parsing, which weighs several KB of WebAssembly.
pub(crate) fn decimal_times(text: &str, factor: u64) -> Option<u64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if (int.is_empty() && frac.is_empty())
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        || int.len() > 12
    {
        return None;
    }
    let whole = if int.is_empty() {
        0
    } else {
        uint(int, u64::MAX)?
    };
    let frac = &frac[..frac.len().min(9)];
    let scale = 10_u64.pow(frac.len() as u32);
    let part = if frac.is_empty() {
        0
    } else {
        uint(frac, u64::MAX)?
    };
    whole
        .checked_mul(factor)?
        .checked_add(part.checked_mul(factor)? / scale)
}

/// Why a rate-limit text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateLimitSyntaxError(pub String);

/// Reads limits written as `50/min, 1500/hour`, `5/2s`, `10/500ms` or `3/1.5s`: a count, `/`, an
/// optional number and a unit (`ms`, `s`/`sec`, `min`/`m`, `h`/`hour`), comma-separated. An empty
/// text is an empty list (meaning: use the documented limits).
pub fn parse_rate_limits(text: &str) -> Result<Vec<WindowLimit>, RateLimitSyntaxError> {
    let mut out = Vec::new();
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let bad = || RateLimitSyntaxError(part.to_owned());
        let (count, per) = part.split_once('/').ok_or_else(bad)?;
        let max = uint(count.trim(), u32::MAX.into()).ok_or_else(bad)? as u32;
        let per = per.trim().to_ascii_lowercase();
        let split = per
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(per.len());
        let (num, unit) = per.split_at(split);
        let unit_ms = match unit.trim() {
            "ms" => 1,
            "s" | "sec" | "second" | "seconds" => 1000,
            "m" | "min" | "minute" | "minutes" => 60_000,
            "h" | "hour" | "hours" => 3_600_000,
            _ => return Err(bad()),
        };
        let window_ms = if num.is_empty() {
            unit_ms
        } else {
            decimal_times(num, unit_ms).ok_or_else(bad)?
        };
        if max == 0 || !(1..=86_400_000).contains(&window_ms) {
            return Err(bad());
        }
        out.push(WindowLimit::new(max, window_ms));
    }
    Ok(out)
}

/// The earliest time (ms, never before `now_ms`) at which one more request keeps every limit,
/// given the send times of earlier requests (`sent_ms`, oldest first).
pub fn next_send_at(sent_ms: &[u64], limits: &[WindowLimit], now_ms: u64) -> u64 {
    let mut at = now_ms;
    for limit in limits {
        let max = limit.max.max(1) as usize;
        if sent_ms.len() >= max {
            // The request `max` places back must have left the window.
            let anchor = sent_ms[sent_ms.len() - max];
            at = at.max(anchor + limit.window_ms + limit.margin_ms());
        }
    }
    at
}

/// The send times of one operation's requests, trimmed to what the longest window still needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pacer {
    /// Oldest first. A `Vec` rather than a `VecDeque`: the trim below moves at most a few
    /// thousand numbers per request, and `next_send_at` reads it as a slice without a copy.
    sent: Vec<u64>,
}

impl Pacer {
    /// An empty history.
    pub fn new() -> Pacer {
        Pacer::default()
    }

    /// Records a request sent at `at_ms` (requests that were answered with 429 count too: the
    /// server counted them).
    pub fn record(&mut self, at_ms: u64, limits: &[WindowLimit]) {
        self.sent.push(at_ms);
        // `next_send_at` looks back at most `max` sends per limit.
        let keep = limits.iter().map(|l| l.max as usize).max().unwrap_or(0);
        let excess = self.sent.len().saturating_sub(keep);
        self.sent.drain(..excess);
    }

    /// How long to wait from `now_ms` before the next request may go (0 = now).
    pub fn wait_ms(&self, limits: &[WindowLimit], now_ms: u64) -> u64 {
        next_send_at(&self.sent, limits, now_ms) - now_ms
    }

    /// How many sends are remembered.
    pub fn len(&self) -> usize {
        self.sent.len()
    }

    /// Whether nothing was sent yet (or everything has aged out).
    pub fn is_empty(&self) -> bool {
        self.sent.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XDR: [WindowLimit; 2] = [
        WindowLimit::new(50, 60_000),
        WindowLimit::new(1500, 3_600_000),
    ];

    #[test]
    fn parses_the_ways_people_write_limits() {
        assert_eq!(parse_rate_limits("50/min, 1500/hour"), Ok(XDR.to_vec()));
        assert_eq!(
            parse_rate_limits("5/2s"),
            Ok(vec![WindowLimit::new(5, 2000)])
        );
        assert_eq!(
            parse_rate_limits(" 10 / 500ms ; 3/1.5s"),
            Ok(vec![WindowLimit::new(10, 500), WindowLimit::new(3, 1500)])
        );
        assert_eq!(parse_rate_limits(""), Ok(vec![]));
        for bad in ["50", "0/min", "x/min", "5/fortnight", "5/0s", "5/-1s"] {
            assert!(parse_rate_limits(bad).is_err(), "{bad}");
        }
        assert_eq!(XDR[0].to_string(), "50/1min");
        assert_eq!(WindowLimit::new(5, 2000).to_string(), "5/2s");
    }

    #[test]
    fn a_burst_up_to_the_limit_goes_at_once_then_waits_for_the_window() {
        let limits = [WindowLimit::new(5, 2000)];
        let sent = [0, 10, 20, 30, 40];
        assert_eq!(next_send_at(&sent[..4], &limits, 50), 50);
        // The 6th request waits until the 1st leaves the window, plus the margin.
        assert_eq!(next_send_at(&sent, &limits, 50), 2000 + 50);
    }

    #[test]
    fn the_strictest_limit_wins() {
        let limits = [WindowLimit::new(3, 1000), WindowLimit::new(4, 10_000)];
        let sent = [0, 1, 2, 1100];
        // 3/s allows t >= 1+1000+25; 4/10s requires t >= 0+10000+250.
        assert_eq!(next_send_at(&sent, &limits, 1200), 10_250);
    }

    #[test]
    fn a_simulated_full_fetch_never_exceeds_the_documented_limits() {
        // 3 000 pages against 50/min and 1 500/hour, 300 ms per response.
        let mut pacer = Pacer::new();
        let mut now = 0_u64;
        let mut all = Vec::new();
        for _ in 0..3000 {
            now += pacer.wait_ms(&XDR, now);
            pacer.record(now, &XDR);
            all.push(now);
            now += 300;
        }
        for limit in XDR {
            for (i, &t) in all.iter().enumerate() {
                let in_window = all[i..]
                    .iter()
                    .take_while(|&&u| u < t + limit.window_ms)
                    .count();
                assert!(in_window <= limit.max as usize, "{limit} broken at {t}");
            }
        }
        // And it is not needlessly slow: 1 500 in the first half hour (50/min), then the hourly
        // limit holds the next 1 500 until the hour is over, and they take another half hour.
        let hours = *all.last().expect("sent") as f64 / 3_600_000.0;
        assert!((1.45..1.55).contains(&hours), "took {hours} h");
    }

    #[test]
    fn decimals_without_floats() {
        assert_eq!(decimal_times("2", 1000), Some(2000));
        assert_eq!(decimal_times("1.5", 1000), Some(1500));
        assert_eq!(decimal_times(".25", 1000), Some(250));
        assert_eq!(decimal_times("0.0015", 1000), Some(1));
        for bad in ["", ".", "1.2.3", "-1", "1e3", "x"] {
            assert_eq!(decimal_times(bad, 1000), None, "{bad}");
        }
    }

    #[test]
    fn the_history_keeps_what_the_longest_limit_needs() {
        let limits = [WindowLimit::new(3, 1000), WindowLimit::new(2, 100)];
        let mut p = Pacer::new();
        for t in [0, 10, 20, 30, 40] {
            p.record(t, &limits);
        }
        assert_eq!(p.len(), 3);
        // The third send back (at 20) must leave the 1 s window (plus its margin).
        assert_eq!(
            p.wait_ms(&limits, 50),
            next_send_at(&[20, 30, 40], &limits, 50) - 50
        );
        assert!(p.wait_ms(&limits, 50) >= 970);
    }

    #[test]
    fn no_limits_means_no_wait() {
        let mut p = Pacer::new();
        p.record(0, &[]);
        assert_eq!(p.wait_ms(&[], 5), 0);
    }
}
