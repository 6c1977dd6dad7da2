//! The browser side of signing in: executes what `dpk_domain::signin` decides. SHA-256 from
//! WebCrypto, the round-trip record in `sessionStorage` through `services::storage` (put before
//! leaving, taken — read and deleted at once — on return), top-level navigation, address
//! clean-up, and the token POST through the one `fetch` call site (`http::send`). Never logs
//! anything.

use dpk_domain::incidents::request::{ApiRequest, Method};
use dpk_domain::signin::{TokenAnswer, TokenRequest};
use wasm_bindgen_futures::JsFuture;

use crate::services::{http, storage};

/// The `sessionStorage` key of the round-trip record (no token in it).
pub const PENDING_KEY: &str = "dpk.signin.pending";

/// Keeps the round-trip record for the trip to the sign-in page; whether the browser took it.
pub fn put_pending(record: &str) -> bool {
    storage::session_put(PENDING_KEY, record)
}

/// Takes the round-trip record: reads it and deletes it in the same step.
pub fn take_pending() -> Option<String> {
    storage::session_take(PENDING_KEY)
}

/// SHA-256 of `data` from WebCrypto (`crypto.subtle.digest`); `None` without WebCrypto.
pub async fn sha256(data: &[u8]) -> Option<Vec<u8>> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", data).ok()?;
    let buf = JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Leaves for `url` (top-level navigation, as the authorization request must be), or moves to
/// another route of the page when `url` is a hash (`#/sign-in`; the router sees the `hashchange`).
pub fn navigate(url: &str) -> bool {
    web_sys::window().is_some_and(|w| w.location().assign(url).is_ok())
}

/// Reloads the page when the browser restores it from its back/forward cache (`pageshow` with
/// `persisted`): coming back from the sign-in page with the Back button must run the start-up
/// reading again instead of showing the frozen "Signing in…" state.
pub fn reload_when_restored() {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let on_show =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
            let persisted = js_sys::Reflect::get(&e, &"persisted".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if let Some(w) = web_sys::window().filter(|_| persisted) {
                let _ = w.location().reload();
            }
        });
    let _ = w.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    // One listener for the page's whole life.
    on_show.forget();
}

/// POSTs a token request (a CORS "simple" request: form body, no credentials, no referrer). A
/// failed fetch is told apart by a `no-cors` probe: an opaque answer means the host is up and
/// refused this origin (CORS), no answer means the network or the address is wrong.
pub async fn post_token(req: &TokenRequest) -> TokenAnswer {
    let api = ApiRequest {
        method: Method::Post,
        url: req.url.clone(),
        target: req.url.clone(),
        bearer: None,
        headers: vec![(
            "Content-Type",
            "application/x-www-form-urlencoded".to_owned(),
        )],
        body: Some(req.body.clone()),
    };
    match http::send(&api, &http::Abort::new(), 30_000).await {
        Ok(r) => TokenAnswer::Response {
            status: r.status,
            body: r.body,
        },
        Err(http::SendFailure::Failed) if http::probe(&req.url, 10_000).await => {
            TokenAnswer::CorsRefused
        }
        Err(_) => TokenAnswer::Unreachable,
    }
}
