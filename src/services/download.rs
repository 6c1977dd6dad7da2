//! Saves text the page produced as a file: a `Blob`, an object URL and a click on a temporary
//! `<a download>`. Nothing leaves the browser.

use wasm_bindgen::JsCast;

/// Offers `text` for download as `file_name` with MIME type `mime`; returns whether the browser
/// accepted it.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> bool {
    save(file_name, mime, text).is_some()
}

fn save(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_rel("noopener");
    let body = document.body()?;
    body.append_child(&a).ok()?;
    a.click();
    a.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
