//! Reading a file the user picked in an `<input type="file">` (the roster import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file chosen in the `<input type="file">` that fired `event`, if any. The input is cleared,
/// so that choosing the same file again fires `change` again.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// The file's size in bytes.
pub fn size(file: &web_sys::File) -> f64 {
    file.size()
}

/// The file's contents as text (`Blob.text()`, UTF-8), or `None` if the browser cannot read it.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}
