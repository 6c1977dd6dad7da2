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
                format!("[{h}]")
            } else {
                h
            };
            dpk_domain::incidents::url::is_loopback_host(&h)
        })
}
