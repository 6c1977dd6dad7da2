//! Facts about the browser the page runs in.

/// `navigator.languages`, most preferred first (or `navigator.language` when the list is empty).
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>` so that screen readers and fonts follow the chosen language.
pub fn set_document_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// This page's origin (`location.origin`), e.g. `http://127.0.0.1:8080`.
pub fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Whether the page is served from this machine (`localhost`, `127.0.0.0/8`, `[::1]`).
pub fn page_is_loopback() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .is_some_and(|h| {
            let h = if h.contains(':') && !h.starts_with('[') {
                ["[", h.as_str(), "]"].concat()
            } else {
                h
            };
            dpk_domain::url::is_loopback_host(&h)
        })
}

/// The element that has the keyboard focus now, to give it back later (see [`focus`]).
pub fn focused_element() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves the keyboard focus to the element with `id`, if the page has one.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Gives the focus back to `el`, if it is still in the page.
pub fn focus(el: &web_sys::HtmlElement) {
    if el.is_connected() {
        let _ = el.focus();
    }
}

/// Scrolls the element with this `id` into view (no effect when there is none).
pub fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
    }
}
