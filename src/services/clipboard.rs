//! Writing text to the clipboard (`navigator.clipboard.writeText`).

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; returns whether the browser accepted it (it refuses outside secure contexts,
/// without focus or without permission).
pub async fn write_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
