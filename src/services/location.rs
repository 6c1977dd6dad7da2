//! The `location.hash`, read on demand and watched for changes.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The current `location.hash` (empty when there is none).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its `#fragment` (for share links built from a hash).
pub fn page_url_without_hash() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// Replaces the hash without adding a history entry (used for shareable, non-secret parameters).
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// A `hashchange` listener; removed when dropped.
pub struct HashListener {
    closure: Closure<dyn FnMut()>,
}

impl HashListener {
    /// Calls `on_change` with the new hash after every `hashchange`.
    pub fn new(on_change: impl Fn(String) + 'static) -> HashListener {
        let closure = Closure::<dyn FnMut()>::new(move || on_change(hash()));
        if let Some(w) = web_sys::window() {
            let _ =
                w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
        }
        HashListener { closure }
    }
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
