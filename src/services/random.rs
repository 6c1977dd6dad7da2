//! Cryptographic randomness from the browser (`crypto.getRandomValues`), for the consent `state`.

/// `N` random bytes from `crypto.getRandomValues`, or `None` when the browser offers no
/// cryptographic source (the page then leaves the state for the user to type; it never falls back
/// to a weak generator).
pub fn bytes<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut buf = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut buf).ok()?;
    Some(buf)
}
