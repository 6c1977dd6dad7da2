//! The current time, read once where a page needs "now" (the domain never reads a clock).

/// Seconds since the Unix epoch, from `Date.now()`.
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}
