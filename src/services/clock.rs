//! The clock, for the domain's `now` parameters.

/// Milliseconds since the Unix epoch (`Date.now()`).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
