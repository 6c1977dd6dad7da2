//! The one place that calls `fetch`. It executes an [`ApiRequest`] the domain built and hands
//! back status, `Retry-After` and body as plain values; it decides nothing. Requests carry no
//! cookies and no referrer, bypass the HTTP cache, can be aborted (cancel) or time out, and
//! never follow a redirect: the `Authorization` header must not go where a response points.
//!
//! Redirects: `redirect: "manual"` rather than `"error"`. Both stop at the redirect and send
//! nothing further; with `"error"` the page only sees a bare `TypeError`, the same as offline or
//! a CORS refusal, while `"manual"` yields an `opaqueredirect` response the page can name
//! ([`SendFailure::Redirected`]) and explain.
//!
//! Plain `web_sys` fetch rather than gloo-net: measured 2026-12-07, the same `send` written with
//! gloo-net 0.5 (`default-features = false, features = ["http"]`, the version already in
//! Cargo.lock through Yew) made the shipped page 2 748 bytes larger gzip (wasm +2 428, JS +319:
//! its builder, `http::Method` and query handling), for features this page does not use.
//! Timers need no extra crate: `yew::platform::time::sleep` is gloo-timers' `TimeoutFuture`
//! (through tokise).

use std::cell::Cell;
use std::rc::Rc;

use dpk_domain::incidents::request::{ApiRequest, RawResponse};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, Headers, ReferrerPolicy, RequestCache, RequestCredentials, RequestInit,
    RequestMode, RequestRedirect, Response, ResponseType,
};

/// Why no response came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// [`Abort::abort`] was called (the user cancelled).
    Aborted,
    /// The timeout passed without an answer.
    TimedOut,
    /// `fetch` rejected: no connection, or a CORS refusal (the browser does not say which).
    Failed,
    /// The status line came, but the body broke off.
    BodyCut,
    /// The answer was a redirect; it was not followed.
    Redirected,
}

/// Cancels a request in flight.
#[derive(Clone)]
pub struct Abort {
    controller: Option<AbortController>,
    aborted: Rc<Cell<bool>>,
}

impl Default for Abort {
    fn default() -> Self {
        Abort::new()
    }
}

impl Abort {
    /// A fresh handle.
    pub fn new() -> Abort {
        Abort {
            controller: AbortController::new().ok(),
            aborted: Rc::new(Cell::new(false)),
        }
    }

    /// Aborts the request this handle was given to (no effect once it finished).
    pub fn abort(&self) {
        self.aborted.set(true);
        self.fire();
    }

    fn fire(&self) {
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// Aborts `abort` after `timeout_ms` unless `done` is set by then; `fired` records that it did.
fn arm_timeout(abort: &Abort, timeout_ms: u64, done: &Rc<Cell<bool>>, fired: &Rc<Cell<bool>>) {
    let (abort, done, fired) = (abort.clone(), done.clone(), fired.clone());
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_millis(timeout_ms)).await;
        if !done.get() {
            fired.set(true);
            abort.fire();
        }
    });
}

fn init(method: &str, mode: RequestMode, abort: &Abort) -> RequestInit {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_mode(mode);
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_cache(RequestCache::NoStore);
    if mode == RequestMode::Cors {
        // A no-cors probe (no token) must follow: the Fetch standard refuses other modes there.
        init.set_redirect(RequestRedirect::Manual);
    }
    if let Some(c) = &abort.controller {
        init.set_signal(Some(&c.signal()));
    }
    init
}

async fn fetch(url: &str, init: &RequestInit) -> Result<Response, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await?
        .dyn_into::<Response>()
}

/// Sends `req`; gives up after `timeout_ms` or when `abort` fires.
pub async fn send(
    req: &ApiRequest,
    abort: &Abort,
    timeout_ms: u64,
) -> Result<RawResponse, SendFailure> {
    let init = init(req.method.as_str(), RequestMode::Cors, abort);
    let headers = Headers::new().map_err(|_| SendFailure::Failed)?;
    for (name, value) in &req.headers {
        headers.set(name, value).map_err(|_| SendFailure::Failed)?;
    }
    // The one place a token leaves its secret type.
    if let Some(token) = &req.bearer {
        let value = ["Bearer ", token.expose()].concat();
        headers
            .set("Authorization", &value)
            .map_err(|_| SendFailure::Failed)?;
    }
    init.set_headers(&headers);
    if let Some(body) = &req.body {
        init.set_body(&JsValue::from_str(body));
    }
    let (done, timed_out) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    arm_timeout(abort, timeout_ms, &done, &timed_out);
    let outcome = async {
        let resp = fetch(&req.url, &init)
            .await
            .map_err(|_| SendFailure::Failed)?;
        if resp.type_() == ResponseType::Opaqueredirect {
            return Err(SendFailure::Redirected);
        }
        let status = resp.status();
        let retry_after = resp.headers().get("retry-after").ok().flatten();
        let text = resp.text().map_err(|_| SendFailure::BodyCut)?;
        let body = JsFuture::from(text)
            .await
            .map_err(|_| SendFailure::BodyCut)?;
        Ok(RawResponse {
            status,
            retry_after,
            body: body.as_string().unwrap_or_default(),
        })
    }
    .await;
    done.set(true);
    outcome.map_err(|e| {
        if abort.aborted.get() {
            SendFailure::Aborted
        } else if timed_out.get() {
            SendFailure::TimedOut
        } else {
            e
        }
    })
}

/// GETs a public document with no header and no credentials (the consent page's tenant look-up:
/// a tenant's OpenID configuration on the chosen cloud's sign-in host, asked for by the user).
pub async fn get_public(url: &str, timeout_ms: u64) -> Result<RawResponse, SendFailure> {
    let req = ApiRequest {
        method: dpk_domain::incidents::request::Method::Get,
        url: url.to_owned(),
        target: url.to_owned(),
        bearer: None,
        headers: Vec::new(),
        body: None,
    };
    send(&req, &Abort::new(), timeout_ms).await
}

/// Whether anything answers at `url` at all: a `no-cors` GET whose opaque answer the page cannot
/// read, but whose arrival proves the host is up (a CORS refusal then explains a failed call).
pub async fn probe(url: &str, timeout_ms: u64) -> bool {
    let abort = Abort::new();
    let (done, fired) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    arm_timeout(&abort, timeout_ms, &done, &fired);
    let ok = fetch(url, &init("GET", RequestMode::NoCors, &abort))
        .await
        .is_ok();
    done.set(true);
    ok
}

/// `navigator.onLine` (true when unknown).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
