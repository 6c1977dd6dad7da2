//! `localStorage` access, for settings and the customer roster only (`dpk_domain::roster`, which
//! refuses anything shaped like a secret): never a token or any other secret. And
//! `sessionStorage` for one thing only: the sign-in round-trip record (verifier, state, nonce;
//! no token), put just before leaving for the sign-in page and taken at once on return.
//!
//! Storage may be missing or refuse writes (private modes, disabled storage, a full quota); the
//! page then simply forgets settings at reload, so failures are deliberately ignored here.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, if storage is available and holds one.
pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; returns whether the browser accepted it.
pub fn save(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Puts `value` under `key` in this tab's `sessionStorage` (the sign-in round-trip record only);
/// whether the browser took it.
pub fn session_put(key: &str, value: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Takes `key` out of `sessionStorage`: reads it and deletes it in the same step.
pub fn session_take(key: &str) -> Option<String> {
    let s = session_storage()?;
    let value = s.get_item(key).ok().flatten();
    let _ = s.remove_item(key);
    value
}
