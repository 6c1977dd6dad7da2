//! The clock: the current time, the viewer's UTC offset, and a once-a-second ticker for live
//! "expires in …" texts. The domain never reads the clock; pages pass `now` in.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The current Unix time in whole seconds.
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}

/// The viewer's UTC offset at Unix time `at`, in minutes east of UTC (daylight saving applies).
pub fn utc_offset_minutes(at: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    let west = date.get_timezone_offset();
    if west.is_finite() { -(west as i32) } else { 0 }
}

/// Calls a function every `period_ms` milliseconds until dropped.
pub struct Ticker {
    handle: Option<i32>,
    _closure: Closure<dyn FnMut()>,
}

impl Ticker {
    /// Starts ticking.
    pub fn new(period_ms: i32, on_tick: impl FnMut() + 'static) -> Ticker {
        let closure = Closure::<dyn FnMut()>::new(on_tick);
        let handle = web_sys::window().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                period_ms,
            )
            .ok()
        });
        Ticker {
            handle,
            _closure: closure,
        }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        if let (Some(w), Some(handle)) = (web_sys::window(), self.handle) {
            w.clear_interval_with_handle(handle);
        }
    }
}

/// Milliseconds since the Unix epoch (`Date.now()`).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
