//! The browser edge: the only code that calls `web_sys`, `js_sys` or the network.
//!
//! Thin by design: each function does one browser call and hands plain values back, so that the
//! decisions stay in `dpk_domain` where they are tested natively. Nothing here ever receives a
//! token except the network call that must send it.

/// Browser facts: preferred languages, the document's `lang`, the page's origin.
pub mod browser;
/// The clipboard, for copy buttons.
pub mod clipboard;
/// The current time, the viewer's UTC offset and a ticker.
pub mod clock;
/// RS256 signature verification with WebCrypto.
pub mod crypto;
/// File downloads of text the page produced (CSV, JSON exports).
pub mod download;
/// Files the user picks (roster import).
pub mod file;
/// The one `fetch` call site: executes the domain's requests.
pub mod http;
/// The `location.hash` and its changes.
pub mod location;
/// Cryptographic randomness (`crypto.getRandomValues`).
pub mod random;
/// Signing in: WebCrypto SHA-256, the round-trip record, navigation, the token POST.
pub mod signin;
/// `localStorage`, for settings and the customer roster only.
pub mod storage;
